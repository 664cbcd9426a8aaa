using LlzoGraph.Core.Documents;
using LlzoGraph.Documents.ConvertedText;

namespace LlzoGraph.Documents.Tests.ConvertedText;

public class ReferenceListTests
{
    private static IReadOnlyList<ReferenceEntry> Split(params string[] chunks)
    {
        var splitter = new ReferenceSplitter();
        foreach (var chunk in chunks)
        {
            Assert.True(splitter.Add(chunk), chunk);
        }

        return splitter.Entries;
    }

    [Fact]
    public void A_references_heading_with_the_list_right_under_it_starts_the_list()
    {
        var text = "Invented garnet interfaces\n\n1. Results\n\nThe resistance fell [2].\n\n"
            + "References\n1 A. Author, J. Imag. Chem., 2020, 1, 1.\n2 B. Writer, Imag. Lett., 2019, 5, 10.\n";
        var parsed = ConvertedTextReader.Read("refs.txt", System.Text.Encoding.UTF8.GetBytes(text));
        Assert.True(parsed.Ok, parsed.Error);

        Assert.Equal([1, 2], parsed.Value!.References.Select(e => e.Number));
        Assert.DoesNotContain(parsed.Value.Paragraphs(), b => b.Text.Contains("Imag. Lett.", StringComparison.Ordinal));
    }

    [Fact]
    public void An_entry_broken_across_a_blank_line_continues_the_entry_before_it()
    {
        var entries = Split(
            "1 A. Author and B. Writer, A first title, J. Imag. Chem., 2020, 1, 1-2.",
            "2 C. Person, D. Other and E. Third, A second title that is",
            "- broken across a blank line, Imag. Lett., 2019, 5, 10-20.",
            "3 F. Name, A third title, Imag. Lett., 2018, 4, 3-4.");

        Assert.Equal([1, 2, 3], entries.Select(e => e.Number));
        Assert.Equal("C. Person, D. Other and E. Third, A second title that is broken across a blank line, Imag. Lett., 2019, 5, 10-20.", entries[1].Raw);
    }

    [Fact]
    public void A_continuation_starting_with_a_number_other_than_the_next_expected_one_is_not_a_new_entry()
    {
        var entries = Split(
            "1 G. Name, A title broken before its year,",
            "2021, 11, 2003.",
            "2 H. Name, Another title, Adv. Imag., 2017, 2, 100.");

        Assert.Equal([1, 2], entries.Select(e => e.Number));
        Assert.Equal("G. Name, A title broken before its year, 2021, 11, 2003.", entries[0].Raw);
    }

    [Theory]
    [InlineData("1 ", "2 ")]
    [InlineData("1. ", "2. ")]
    [InlineData("[1] ", "[2] ")]
    [InlineData("- 1 ", "- 2 ")]
    [InlineData("• 1 ", "• 2 ")]
    public void Reads_each_way_of_numbering_entries(string first, string second)
    {
        var entries = Split(first + "A. Name, Title one, J. Imag., 2020, 1, 1.", second + "B. Name, Title two, J. Imag., 2021, 2, 2.");
        Assert.Equal([1, 2], entries.Select(e => e.Number));
        Assert.Equal("A. Name, Title one, J. Imag., 2020, 1, 1.", entries[0].Raw);
    }

    [Fact]
    public void Conversion_markup_is_removed_from_entries()
    {
        var entries = Split(@"1 A. Name, Growth of $\rm Li_2CO_3$ on garnet, *J. Imag.*, 2020, **1**, 1.");
        Assert.Equal("A. Name, Growth of Li₂CO₃ on garnet, J. Imag., 2020, 1, 1.", entries[0].Raw);
    }

    [Fact]
    public void An_unnumbered_author_year_list_is_numbered_in_order()
    {
        var entries = Split(
            "Smith, J., Lee, K., 2020. A title. J. Imag. 1, 1-2.",
            "Zhou, Q., 2019. Another title. Imag. Lett. 5, 3-4.");
        Assert.Equal([1, 2], entries.Select(e => e.Number));
        Assert.StartsWith("Zhou, Q.", entries[1].Raw, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_heading_after_the_list_is_not_taken_for_a_continuation()
    {
        var splitter = new ReferenceSplitter();
        Assert.True(splitter.Add("1 A. Name, Title one, J. Imag., 2020, 1, 1."));
        Assert.False(splitter.Add("Appendix"));
        Assert.Single(splitter.Entries);
    }

    private const string Body = """
        1. Introduction

        Pellets were pressed and sintered.

        Acknowledgements

        Nobody paid for this.

        References

        1 A. Author and B. Writer, A first title, J. Imag. Chem., 2020, 1, 1-2.
        2 C. Person, D. Other and E. Third, A second title that is

        - broken across a blank line, Imag. Lett., 2019, 5, 10-20.
        3 F. Name, A third title, Imag. Lett., 2018, 4, 3-4.
        4 G. Name, A fourth title, Adv. Imag., 2017, 2, 100.

        5 H. Name, A fifth title, Adv. Imag., 2016, 1, 7-9.

        Appendix

        This appendix follows the references.
        """;

    [Fact]
    public void The_reference_list_of_a_document_is_split_one_per_line_and_across_blank_lines()
    {
        var document = Synthetic.Read(Body);

        Assert.Equal([1, 2, 3, 4, 5], document.References.Select(r => r.Number));
        Assert.EndsWith("blank line, Imag. Lett., 2019, 5, 10-20.", document.References[1].Raw, StringComparison.Ordinal);
        Assert.All(document.Paragraphs(), p => Assert.DoesNotContain("Imag. Lett.", p.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void A_heading_after_the_reference_list_ends_it()
    {
        var document = Synthetic.Read(Body);

        Assert.Equal("Appendix", document.Sections[^1].Label);
        Assert.Equal("This appendix follows the references.", document.Paragraphs()[^1].Text);
        Assert.Equal(5, document.References.Count);
    }

    [Fact]
    public void An_unnumbered_author_year_list_is_split_by_entry_and_numbered_in_order()
    {
        var entries = Split(
            "Author, A., Writer, B., 2020. A first invented title. J. Imag. Chem. 1, 1-2.",
            "Person, C.D., Other, E., 2019. A second invented title that is",
            "broken across lines. Imag. Lett. 5(2), 10-20.",
            "Van Name, F., 2018. A third invented title. Imag. Lett. 4, 3-4.");

        Assert.Equal([1, 2, 3], entries.Select(e => e.Number));
        Assert.StartsWith("Person, C.D.", entries[1].Raw, StringComparison.Ordinal);
        Assert.EndsWith("Imag. Lett. 5(2), 10-20.", entries[1].Raw, StringComparison.Ordinal);
    }

    [Fact]
    public void Entries_numbered_in_parentheses_are_entries()
    {
        var entries = Split("(1) A. Author, A title, J. Imag. Chem., 2020, 1, 1-2.", "(2) B. Writer, Another title, Imag. Lett., 2019, 5, 10-20.");

        Assert.Equal([1, 2], entries.Select(e => e.Number));
    }
}
