using LlzoGraph.Core.Documents;

namespace LlzoGraph.Documents.Tests.ConvertedText;

public class HeadingTests
{
    private const string Intro = """
        1. Introduction

        Imaginary pellets were pressed and sintered in air for the tests.


        """;

    [Theory]
    [InlineData("3. Results", "3", "Results", 1)]
    [InlineData("3 Results", "3", "Results", 1)]
    [InlineData("2.1 Sample preparation", "2.1", "Sample preparation", 2)]
    [InlineData("2.3. Strategies for cleaning pellets", "2.3", "Strategies for cleaning pellets", 2)]
    [InlineData("4.2.1 Dense pellets", "4.2.1", "Dense pellets", 3)]
    [InlineData("2.2 Growth of Li_2CO_3 on garnet", "2.2", "Growth of Li₂CO₃ on garnet", 2)]
    [InlineData("Summary and outlook", "", "Summary and outlook", 1)]
    [InlineData("Conflicts of interest", "", "Conflicts of interest", 1)]
    [InlineData("Acknowledgements", "", "Acknowledgements", 1)]
    [InlineData("Author contributions", "", "Author contributions", 1)]
    public void Reads_numbered_and_unnumbered_headings(string line, string number, string title, int level)
    {
        var document = Synthetic.Read(Intro + line + "\n\nThe section has one paragraph of plain text.\n");

        var section = document.Sections[^1];
        Assert.Equal(new Section(number, title, level), section);
        Assert.Contains(document.OfKind(BlockKind.Heading), b => b.Text == section.Label);
        Assert.Equal(section.Label, document.Paragraphs()[^1].Section);
    }

    [Theory]
    [InlineData("This line ends with a stop.")]
    [InlineData("1000 pellets were pressed")]
    [InlineData("Dense pellets, thin films")]
    [InlineData("45 Samples were pressed")]
    public void Lines_that_only_look_like_headings_stay_paragraphs(string line)
    {
        var document = Synthetic.Read(Intro + line + "\n");

        Assert.Equal(["1 Introduction"], document.Sections.Select(s => s.Label));
        Assert.Contains(document.Paragraphs(), b => b.Text.Contains(line, StringComparison.Ordinal));
    }

    [Fact]
    public void Splits_a_run_in_heading_from_the_paragraph_it_starts()
    {
        var document = Synthetic.Read(Intro + """
            2. Methods

            2.1 Cleaning

            2.1.1 Removal of Li_2CO_3. Both acid and heat were used to clean the pellet. The acid route was quicker.

            """);

        Assert.Equal(new Section("2.1.1", "Removal of Li₂CO₃", 3), document.Sections[^1]);
        var paragraph = document.Paragraphs()[^1];
        Assert.Equal("Both acid and heat were used to clean the pellet. The acid route was quicker.", paragraph.Text);
        Assert.Equal("2.1.1 Removal of Li₂CO₃", paragraph.Section);
    }

    [Fact]
    public void Section_labels_follow_the_document_in_order()
    {
        var document = Synthetic.Read(Intro + """
            2. Methods

            2.1 Pressing

            Pellets were pressed.

            2.2 Sintering

            Pellets were sintered.

            3. Results

            Pellets were dense.

            Acknowledgements

            Nobody paid for this.
            """);

        Assert.Equal(
            ["1 Introduction", "2 Methods", "2.1 Pressing", "2.2 Sintering", "3 Results", "Acknowledgements"],
            document.Sections.Select(s => s.Label));
        Assert.Equal(
            ["1 Introduction", "2.1 Pressing", "2.2 Sintering", "3 Results", "Acknowledgements"],
            document.Paragraphs().Select(p => p.Section));
    }

    [Fact]
    public void Markdown_headings_are_headings_even_without_a_blank_line_after_them()
    {
        var document = Synthetic.Read("# 1. Introduction\nImaginary pellets were pressed for the tests.\n\n## 2.1 Methods\nThe pellets were sintered in air.\n\n### Outlook and next steps for the pellets\nMore pellets follow.\n");

        Assert.Equal(["1 Introduction", "2.1 Methods", "Outlook and next steps for the pellets"], document.Sections.Select(s => s.Label));
        Assert.Equal(["Imaginary pellets were pressed for the tests.", "The pellets were sintered in air.", "More pellets follow."],
            document.Paragraphs().Select(p => p.Text));
    }

    [Fact]
    public void A_numbered_heading_with_its_short_paragraph_right_under_it_is_a_heading()
    {
        var document = Synthetic.Read("1. Introduction\nImaginary pellets were pressed.\n\n2.1 Synthesis\nLi6.4La3Zr1.4Ta0.6O12 powders were sintered in air.\n");

        Assert.Equal(["1 Introduction", "2.1 Synthesis"], document.Sections.Select(s => s.Label));
        Assert.Equal(["Imaginary pellets were pressed.", "Li6.4La3Zr1.4Ta0.6O12 powders were sintered in air."], document.Paragraphs().Select(p => p.Text));
    }

    [Fact]
    public void A_wrapped_paragraph_that_starts_with_a_value_stays_one_paragraph()
    {
        var document = Synthetic.Read(Intro + "4.2 V and discharged slowly the cells\nwere then rested for a day.\n");

        Assert.Contains(document.Paragraphs(), p => p.Text == "4.2 V and discharged slowly the cells were then rested for a day.");
    }

    [Fact]
    public void A_sentence_fragment_cut_by_a_page_break_is_not_a_heading()
    {
        var document = Synthetic.Read(Intro + "The invented pellet was pressed by\n\nhand and sintered in air at a modest heat.\n");

        Assert.Single(document.Sections);
        Assert.Contains(document.Paragraphs(), p => p.Text == "The invented pellet was pressed by hand and sintered in air at a modest heat.");
    }

    [Fact]
    public void A_paragraph_that_starts_with_a_value_and_its_unit_is_not_a_numbered_heading()
    {
        var document = Synthetic.Read(Intro + "4.2 V and discharged slowly. The cells were then rested for a day.\n");

        Assert.Single(document.Sections);
        Assert.Contains(document.Paragraphs(), p => p.Text.StartsWith("4.2 V and discharged slowly.", StringComparison.Ordinal));
    }
}
