using LlzoGraph.Documents.ConvertedText;

namespace LlzoGraph.Documents.Tests.ConvertedText;

public class StrayTokenTests
{
    [Fact]
    public void A_lone_capital_token_between_sentences_is_removed_while_a_recurring_abbreviation_stays()
    {
        var document = Synthetic.Read("""
            1. Introduction

            The pellet was coated by ALD before cycling. The pellet was dense. QXZ The next step used heat. The coat was thin. ALD Films were grown again.

            Later work on ALD used thinner films.
            """);

        var text = string.Join('\n', document.Paragraphs().Select(p => p.Text));
        Assert.DoesNotContain("QXZ", text, StringComparison.Ordinal);
        Assert.Contains("The pellet was dense. The next step used heat.", text, StringComparison.Ordinal);
        Assert.Contains("The coat was thin. ALD Films were grown again.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_abbreviation_defined_in_parentheses_is_not_debris()
    {
        var document = Synthetic.Read("""
            1. Introduction

            An invented bonding coat (IBC) was applied. The pellet was dense. IBC Layers were thin.
            """);

        Assert.Contains("The pellet was dense. IBC Layers were thin.", document.Paragraphs()[0].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("It was dense. QXZ The end.", "It was dense. The end.")]
    [InlineData("It was dense (Fig. 2). QXZ The end.", "It was dense (Fig. 2). The end.")]
    [InlineData("It was dense. QXZ the end.", "It was dense. QXZ the end.")]
    [InlineData("It was dense QXZ The end.", "It was dense QXZ The end.")]
    [InlineData("It was dense. QXZABC The end.", "It was dense. QXZABC The end.")]
    public void Only_a_short_capital_token_between_a_sentence_end_and_a_capitalised_word_is_a_candidate(string paragraph, string expected)
    {
        Assert.Equal(expected, StrayTokens.Remove(paragraph, _ => 1).Replace("  ", " ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_candidate_the_document_uses_again_is_kept()
    {
        Assert.Equal("It was dense. QXZ The end.", StrayTokens.Remove("It was dense. QXZ The end.", _ => 2));
    }
}
