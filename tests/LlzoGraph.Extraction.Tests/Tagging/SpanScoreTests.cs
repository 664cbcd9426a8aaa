using LlzoGraph.Extraction.Tagging;

namespace LlzoGraph.Extraction.Tests.Tagging;

public sealed class SpanScoreTests
{
    private static EntityMention Predicted(EntityType type, int start, int end) => new(type, start, end, "", 1);

    [Fact]
    public void Only_exact_spans_of_the_right_type_count()
    {
        IReadOnlyList<GoldEntity> gold = [new(0, 4, EntityType.Material), new(10, 20, EntityType.Quantity), new(30, 35, EntityType.Property)];
        IReadOnlyList<EntityMention> predicted =
        [
            Predicted(EntityType.Material, 0, 4), // exact
            Predicted(EntityType.Quantity, 10, 19), // boundary off by one
            Predicted(EntityType.Material, 30, 35), // wrong type
        ];

        var scores = SpanScore.Score([(gold, predicted)], EntityTypes.All).ToDictionary(s => s.Type);

        Assert.Equal((1, 1, 0), (scores["MATERIAL"].TruePositives, scores["MATERIAL"].FalsePositives, scores["MATERIAL"].FalseNegatives));
        Assert.Equal((0, 1, 1), (scores["QUANTITY"].TruePositives, scores["QUANTITY"].FalsePositives, scores["QUANTITY"].FalseNegatives));
        Assert.Equal((0, 0, 1), (scores["PROPERTY"].TruePositives, scores["PROPERTY"].FalsePositives, scores["PROPERTY"].FalseNegatives));
        Assert.Equal(0.5, scores["MATERIAL"].Precision, 6);
        Assert.Equal(1.0, scores["MATERIAL"].Recall, 6);
        Assert.Equal(2 / 3.0, scores["MATERIAL"].F1, 6);
        Assert.Equal((1, 2, 2), (scores["ALL"].TruePositives, scores["ALL"].FalsePositives, scores["ALL"].FalseNegatives));
    }

    [Fact]
    public void Types_outside_the_scored_set_are_ignored_and_empty_types_score_zero()
    {
        IReadOnlyList<GoldEntity> gold = [new(0, 4, EntityType.Strategy)];
        IReadOnlyList<EntityMention> predicted = [Predicted(EntityType.Condition, 5, 9)];

        var scores = SpanScore.Score([(gold, predicted)], [EntityType.Material, EntityType.Quantity]);

        Assert.Equal(["MATERIAL", "QUANTITY", "ALL"], scores.Select(s => s.Type));
        Assert.All(scores, s => Assert.Equal((0, 0, 0, 0.0), (s.TruePositives, s.FalsePositives, s.FalseNegatives, s.F1)));
    }
}
