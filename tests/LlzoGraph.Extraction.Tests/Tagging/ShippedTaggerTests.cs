using LlzoGraph.Extraction.Tagging;

namespace LlzoGraph.Extraction.Tests.Tagging;

public sealed class ShippedTaggerTests
{
    private static readonly string[] General =
    [
        "Li₂CO₃ forms on the surface of garnet pellets stored in humid air.",
        "We measured an ionic conductivity of 0.45 mS cm⁻¹ for the ZnO-coated pellet.",
        "The symmetric cell cycled for 300 h at 0.1 mA cm⁻² without short circuit.",
        "Cubic LLZO was obtained after sintering at 1200 °C for 12 h.",
    ];

    [Fact]
    public void The_shipped_model_loads_and_tags_general_sentences_with_the_right_types()
    {
        var tagger = EntityTagger.Default;

        var mentions = General.SelectMany(s => tagger.Tag(s).Select(m => (m.Type, m.Text))).ToList();

        Assert.Contains((EntityType.Material, "Li₂CO₃"), mentions);
        Assert.Contains((EntityType.Material, "LLZO"), mentions);
        Assert.Contains(mentions, m => m.Type == EntityType.Property && m.Text.Contains("ionic conductivity", StringComparison.Ordinal));
        Assert.Contains(mentions, m => m.Type is EntityType.Quantity or EntityType.Condition && m.Text == "0.45 mS cm⁻¹");
        Assert.Contains(mentions, m => m.Type is EntityType.Quantity or EntityType.Condition && m.Text == "1200 °C");
        Assert.DoesNotContain(mentions, m => m.Text is "cell" or "We" or "without");
    }

    [Fact]
    public void Mentions_have_offsets_into_the_sentence_and_a_probability()
    {
        foreach (var sentence in General)
        {
            Assert.All(EntityTagger.Default.Tag(sentence), m =>
            {
                Assert.Equal(m.Text, sentence[m.Start..m.End]);
                Assert.InRange(m.Confidence, 0.0, 1.0);
            });
        }
    }

    [Fact]
    public void Tagging_from_several_threads_gives_the_same_output_as_one()
    {
        var tagger = EntityTagger.Default;
        var expected = General.Select(s => Describe(tagger.Tag(s))).ToArray();

        var results = new string[8][];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
            results[i] = Enumerable.Range(0, 5).SelectMany(_ => General.Select(s => Describe(tagger.Tag(s)))).ToArray());

        Assert.All(results, r => Assert.Equal(Enumerable.Range(0, 5).SelectMany(_ => expected), r));
    }

    [Fact]
    public void Empty_and_odd_input_gives_no_mentions_and_no_exception()
    {
        Assert.Empty(EntityTagger.Default.Tag(""));
        Assert.Empty(EntityTagger.Default.Tag("   "));
        _ = EntityTagger.Default.Tag("((( ]]] ^{ ⁻²³ —— ×××");
    }

    private static string Describe(IReadOnlyList<EntityMention> mentions) =>
        string.Join("|", mentions.Select(m => $"{m.Type}:{m.Start}-{m.End}:{m.Confidence:R}"));
}
