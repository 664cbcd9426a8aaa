using LlzoGraph.Extraction.Tagging;

namespace LlzoGraph.Extraction.Tests.Tagging;

public sealed class MentionMergeTests
{
    private const string Sentence = "A Li₃PO₄ (LPO) layer lowered the interfacial resistance to 20 Ω cm² at 25 °C.";

    private static EntityMention M(EntityType type, string text, double confidence = 1.0)
    {
        var start = Sentence.IndexOf(text, StringComparison.Ordinal);
        return new EntityMention(type, start, start + text.Length, text, confidence);
    }

    [Fact]
    public void The_first_list_wins_and_the_second_fills_only_what_it_leaves_free()
    {
        IReadOnlyList<EntityMention> rules = [M(EntityType.Property, "interfacial resistance"), M(EntityType.Quantity, "20 Ω cm²")];
        IReadOnlyList<EntityMention> model = [M(EntityType.Strategy, "Li₃PO₄ (LPO) layer", 0.8), M(EntityType.Property, "resistance", 0.7), M(EntityType.Condition, "25 °C", 0.9)];

        var merged = MentionMerge.Prefer(rules, model);

        Assert.Equal(["Li₃PO₄ (LPO) layer", "interfacial resistance", "20 Ω cm²", "25 °C"], merged.Select(m => m.Text));
        Assert.Equal(EntityType.Property, merged[1].Type);
    }

    [Fact]
    public void A_mention_inside_a_longer_one_of_the_same_list_is_dropped()
    {
        IReadOnlyList<EntityMention> rules = [M(EntityType.Material, "Li₃PO₄"), M(EntityType.Material, "LPO"), M(EntityType.Strategy, "Li₃PO₄ (LPO) layer")];

        var merged = MentionMerge.Prefer(rules, []);

        Assert.Equal([(EntityType.Strategy, "Li₃PO₄ (LPO) layer")], merged.Select(m => (m.Type, m.Text)));
    }

    [Fact]
    public void Roles_come_from_a_quantity_with_exactly_the_same_span()
    {
        IReadOnlyList<EntityMention> model = [M(EntityType.Quantity, "25 °C"), M(EntityType.Condition, "20 Ω cm²")];
        IReadOnlyList<EntityMention> rules = [M(EntityType.Condition, "25 °C"), M(EntityType.Quantity, "20 Ω")];

        var roles = MentionMerge.WithRoles(model, rules);

        Assert.Equal([EntityType.Condition, EntityType.Condition], roles.Select(m => m.Type));
    }
}
