using LlzoGraph.Extraction.Text;

namespace LlzoGraph.Extraction.Tests.Text;

public class SentenceSplitterTests
{
    private static string[] Texts(string paragraph) => SentenceSplitter.Split(paragraph).Select(s => s.Text).ToArray();

    [Theory]
    [InlineData("Okafor et al. coated the pellet. It worked.", new[] { "Okafor et al. coated the pellet.", "It worked." })]
    [InlineData("It fell to 35 Ω cm² at 25 °C.[14] Then it was cycled.[15,16] It failed.", new[] { "It fell to 35 Ω cm² at 25 °C.[14]", "Then it was cycled.[15,16]", "It failed." })]
    [InlineData("It rose to 1.6 mA cm−2 at 80 °C. σ rose with it.", new[] { "It rose to 1.6 mA cm−2 at 80 °C.", "σ rose with it." })]
    [InlineData("As shown in Fig. 2b the layer grew. It stopped.", new[] { "As shown in Fig. 2b the layer grew.", "It stopped." })]
    [InlineData("As in Figs. 2 and 3 the layer grew. It stopped.", new[] { "As in Figs. 2 and 3 the layer grew.", "It stopped." })]
    [InlineData("The layer was 2.5 nm thick. It stopped.", new[] { "The layer was 2.5 nm thick.", "It stopped." })]
    [InlineData("Acids, e.g. HCl, were used. It worked.", new[] { "Acids, e.g. HCl, were used.", "It worked." })]
    [InlineData("Pellets vs. films were compared. Films won.", new[] { "Pellets vs. films were compared.", "Films won." })]
    [InlineData("It was charged to 4.3 V. Then it rested.", new[] { "It was charged to 4.3 V.", "Then it rested." })]
    [InlineData("It was sintered at 1100 °C. Then it cooled.", new[] { "It was sintered at 1100 °C.", "Then it cooled." })]
    [InlineData("It fell to 4.5 Ω cm2. The CCD rose.", new[] { "It fell to 4.5 Ω cm2.", "The CCD rose." })]
    [InlineData("It reached 3.1 mA cm-2. Li/LLZO/Li cells cycled.", new[] { "It reached 3.1 mA cm-2.", "Li/LLZO/Li cells cycled." })]
    [InlineData("As shown in Fig. 2. The layer grew.", new[] { "As shown in Fig. 2.", "The layer grew." })]
    [InlineData("J. Okafor coated it. It worked.", new[] { "J. Okafor coated it.", "It worked." })]
    [InlineData("Is it stable? Yes! It is.", new[] { "Is it stable?", "Yes!", "It is." })]
    [InlineData("No stop at the end", new[] { "No stop at the end" })]
    [InlineData("", new string[0])]
    public void Splits_at_sentence_ends_but_not_at_abbreviations_decimals_or_initials(string paragraph, string[] expected)
    {
        Assert.Equal(expected, Texts(paragraph));
    }

    [Theory]
    [InlineData("The resistance fell (Fig. 4c). 63 Although small, it mattered.", "The resistance fell (Fig. 4c). 63", 63)]
    [InlineData("The resistance fell on polished LLZTO.63 To avoid this, acid was used.", "The resistance fell on polished LLZTO.63", 63)]
    [InlineData("The resistance fell.⁶³ Although small, it mattered.", "The resistance fell.⁶³", 63)]
    [InlineData("The resistance fell. 63,64 Although small, it mattered.", "The resistance fell. 63,64", 63)]
    [InlineData("The resistance fell. 63-65 Although small, it mattered.", "The resistance fell. 63-65", 63)]
    public void A_citation_number_after_the_stop_belongs_to_the_sentence_before_it(string paragraph, string first, int cited)
    {
        var sentences = SentenceSplitter.Split(paragraph);

        Assert.Equal(2, sentences.Count);
        Assert.Equal(first, sentences[0].Text);
        Assert.Equal(cited, sentences[0].Citations[0]);
        Assert.Empty(sentences[1].Citations);
        Assert.DoesNotMatch(@"^\d", sentences[1].Text);
    }

    [Fact]
    public void Each_sentence_has_its_index_clean_text_and_citations_once()
    {
        var sentences = SentenceSplitter.Split("Films were made.⁴,⁴ They were dense [4]. Done.");

        Assert.Equal([0, 1, 2], sentences.Select(s => s.Index));
        Assert.Equal("Films were made.", sentences[0].Clean);
        Assert.Equal([4], sentences[0].Citations);
        Assert.Equal([4], sentences[1].Citations);
        Assert.Empty(sentences[2].Citations);
    }

    [Fact]
    public void A_sentence_starting_with_a_number_is_not_taken_for_a_citation()
    {
        var sentences = SentenceSplitter.Split("Films were made. 300 cells were built.");
        Assert.Empty(sentences[0].Citations);
    }
}
