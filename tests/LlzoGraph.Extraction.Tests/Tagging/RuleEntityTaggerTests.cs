using LlzoGraph.Extraction.Tagging;

namespace LlzoGraph.Extraction.Tests.Tagging;

public sealed class RuleEntityTaggerTests
{
    [Fact]
    public void The_rule_finders_give_typed_spans_with_conditions_told_from_results()
    {
        const string sentence = "The ionic conductivity of LLZO reached 1.2 mS cm⁻¹ at 25 °C.";

        var mentions = RuleEntityTagger.Instance.Tag(sentence);

        Assert.Contains(mentions, m => m.Type == EntityType.Property && m.Text == "ionic conductivity");
        Assert.Contains(mentions, m => m.Type == EntityType.Material && m.Text == "LLZO");
        Assert.Contains(mentions, m => m.Type == EntityType.Quantity && m.Text.StartsWith("1.2", StringComparison.Ordinal));
        Assert.Contains(mentions, m => m.Type == EntityType.Condition && m.Text.StartsWith("25", StringComparison.Ordinal));
        Assert.All(mentions, m => Assert.Equal(m.Text, sentence[m.Start..m.End]));
        Assert.Empty(RuleEntityTagger.Instance.Tag(""));
    }
}
