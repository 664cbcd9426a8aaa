using LlzoGraph.Core.Documents;

namespace LlzoGraph.Documents.Tests.ConvertedText;

/// <summary>Author bios, affiliations and captions placed in the running text by the converter, and the paragraphs they split.</summary>
public class BlockKindTests
{
    private const string Bio = "Dana Okafor obtained her PhD from Example University in 2015. She works on imaginary ceramics.";

    private static readonly Document Document = Synthetic.Read($"""
        1. Introduction

        Imaginary pellets were sintered in air and the surface was cleaned with acid before the cell was

        Dana Okafor

        {Bio}

        ^a Department of Chemistry, Example University, Springfield, Nowhere. E-mail: a@example.org

        † These authors contributed equally to this work.

        assembled with lithium foil on both sides. The cells were then cycled.

        2. Results

        The resistance of the cleaned pellet fell while the layer

        Fig. 1 Schematic of the invented cell. (a) The interface before cleaning.

        continued to grow on the surface of the pellet.

        Figure 2 Impedance spectra of the invented cells.

        A new paragraph starts here with a capital letter. It is complete.

        Scheme 1 Reaction of the invented acid with the pellet.
        """);

    [Fact]
    public void An_author_bio_is_a_sidebar_and_not_body_text()
    {
        var sidebars = Document.OfKind(BlockKind.Sidebar).Select(b => b.Text).ToList();
        Assert.Equal(["Dana Okafor", Bio], sidebars);
        Assert.All(Document.Paragraphs(), p => Assert.DoesNotContain("Dana Okafor", p.Text, StringComparison.Ordinal));
        Assert.All(Document.Paragraphs(), p => Assert.DoesNotContain("PhD", p.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Affiliation_lines_are_front_matter_wherever_they_appear()
    {
        var front = Document.OfKind(BlockKind.FrontMatter);
        Assert.Contains(front, b => b.Text.Contains("Department of Chemistry", StringComparison.Ordinal) && b.Section == "Front matter");
        Assert.Contains(front, b => b.Text.Contains("contributed equally", StringComparison.Ordinal));
        Assert.All(Document.Paragraphs(), p =>
        {
            Assert.DoesNotContain("Example University", p.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("contributed equally", p.Text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void A_paragraph_split_by_a_sidebar_and_affiliations_is_joined_again()
    {
        Assert.Contains(Document.Paragraphs(), p => p.Text ==
            "Imaginary pellets were sintered in air and the surface was cleaned with acid before the cell was "
            + "assembled with lithium foil on both sides. The cells were then cycled.");
    }

    [Fact]
    public void Figure_table_and_scheme_captions_are_captions_in_their_section()
    {
        var captions = Document.OfKind(BlockKind.Caption);
        Assert.Equal(
            ["Fig. 1 Schematic of the invented cell. (a) The interface before cleaning.", "Figure 2 Impedance spectra of the invented cells.",
             "Scheme 1 Reaction of the invented acid with the pellet."],
            captions.Select(c => c.Text));
        Assert.All(captions, c => Assert.Equal("2 Results", c.Section));
        Assert.All(Document.Paragraphs(), p => Assert.DoesNotContain("Schematic", p.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void A_paragraph_interrupted_by_a_caption_is_joined_across_it()
    {
        var results = Document.Paragraphs().Where(p => p.Section == "2 Results").Select(p => p.Text).ToList();
        Assert.Equal(
            ["The resistance of the cleaned pellet fell while the layer continued to grow on the surface of the pellet.",
             "A new paragraph starts here with a capital letter. It is complete."],
            results);
    }

    [Fact]
    public void Blocks_are_indexed_in_reading_order()
    {
        Assert.Equal(Enumerable.Range(0, Document.Blocks.Count), Document.Blocks.Select(b => b.Index));
    }

    [Theory]
    // the first part is unfinished: joined even when the second starts with a capital
    [InlineData("The invented pellet was pressed in a steel die by", "Hand at low load.", "The invented pellet was pressed in a steel die by Hand at low load.")]
    // the second part starts in lower case: joined even after a complete first part
    [InlineData("The invented pellet was pressed in a steel die.", "and then it was sintered.", "The invented pellet was pressed in a steel die. and then it was sintered.")]
    // a first part ending with a citation after the stop is complete
    [InlineData("The invented pellet was pressed in a steel die.¹²", "Then it was sintered.", null)]
    [InlineData("The invented pellet was pressed in a steel die. 12,13", "Then it was sintered.", null)]
    [InlineData("The invented pellet was pressed in a steel die (Fig. 2).", "Then it was sintered.", null)]
    [InlineData("The invented pellet was pressed in a steel die.[14,15]", "Then it was sintered.", null)]
    public void Joins_paragraphs_split_by_a_page_break_only_when_the_first_is_unfinished(string first, string second, string? joined)
    {
        var document = Synthetic.Read($"1. Introduction\n\n{first}\n\n{second}\n");
        var paragraphs = document.Paragraphs().Select(p => p.Text).ToList();
        Assert.Equal(joined is null ? [first, second] : [joined], paragraphs);
    }

    [Fact]
    public void A_paragraph_opening_with_a_greek_symbol_is_a_paragraph_of_its_own()
    {
        var document = Synthetic.Read("""
            1. Results

            The CCD of the invented cell rose to 0.9 mA cm−2 at 60 °C.

            σ(25 °C) = 5.2 × 10−4 S cm−1 was derived from the Arrhenius plot.

            and a lower-case opening still goes on with the paragraph before.
            """);

        var paragraphs = document.Blocks.Where(b => b.Kind == BlockKind.Paragraph).Select(b => b.Text).ToList();

        Assert.Equal(2, paragraphs.Count);
        Assert.StartsWith("σ(25 °C)", paragraphs[1], StringComparison.Ordinal);
        Assert.EndsWith("before.", paragraphs[1], StringComparison.Ordinal);
    }
}
