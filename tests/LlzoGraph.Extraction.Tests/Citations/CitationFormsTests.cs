using LlzoGraph.Core.Documents;
using LlzoGraph.Core.Facts;
using LlzoGraph.Extraction.Citations;
using LlzoGraph.Extraction.Text;

namespace LlzoGraph.Extraction.Tests.Citations;

public class CitationFormsTests
{
    [Theory]
    [InlineData("The layer wets lithium well.³²", CitationForm.Superscript, new[] { 32 })]
    [InlineData("The layer wets lithium well.³²,⁴⁹⁻⁵¹", CitationForm.Superscript, new[] { 32, 49, 50, 51 })]
    [InlineData("The contact improved (Fig. 1a). 47", CitationForm.TrailingNumber, new[] { 47 })]
    [InlineData("Several groups studied it [12–14].", CitationForm.Bracketed, new[] { 12, 13, 14 })]
    [InlineData("Reproduced with permission from ref. 47.", CitationForm.RefMention, new[] { 47 })]
    public void Each_numbered_form_is_found_with_its_form(string sentence, CitationForm form, int[] numbers)
    {
        var (_, cited, _) = CitationFinder.FindAll(sentence);

        Assert.Equal(numbers, cited.Select(c => c.Number));
        Assert.All(cited, c => Assert.Equal(form, c.Form));
    }

    [Fact]
    public void Removing_a_bracketed_citation_leaves_no_space_before_the_stop()
    {
        var (clean, _, _) = CitationFinder.FindAll("The values were compared [17–19].");

        Assert.Equal("The values were compared.", clean);
    }

    [Theory]
    [InlineData("The interlayer raised the CCD (Feng et al., 2022).", "Feng", 2022)]
    [InlineData("As Feng et al. (2022) showed, the interlayer raised the CCD.", "Feng", 2022)]
    [InlineData("The interlayer raised the CCD (Feng and Xia, 2022; Lee, 2021).", "Feng", 2022)]
    public void Author_year_citations_are_found(string sentence, string surname, int year)
    {
        var (_, _, authorYear) = CitationFinder.FindAll(sentence);

        Assert.Contains((surname, year), authorYear);
    }

    [Theory]
    [InlineData("The resistance fell to 5 Ω cm².")]
    [InlineData("A CCD of 2 mA cm⁻² was reached.")]
    [InlineData("Ni²⁺ was reduced.")]
    [InlineData("The conductivity is 10⁻³ S cm⁻¹.")]
    [InlineData("In 2022 the group reported it.")]
    public void Exponents_charges_and_bare_years_are_not_citations(string sentence)
    {
        var (_, cited, authorYear) = CitationFinder.FindAll(sentence);

        Assert.Empty(cited);
        Assert.Empty(authorYear);
    }

    [Fact]
    public void An_author_year_citation_resolves_to_the_entry_whose_first_author_and_year_match()
    {
        ReferenceEntry Entry(int n, string author, int year) => new(n, "raw", [author, "B. Other"], "T", "J", year, "1", "1", null);
        var index = new CitationIndex([Entry(1, "W. Feng", 2022), Entry(2, "S. Lee", 2021), Entry(3, "S. Lee", 2021)]);
        var sentence = SentenceSplitter.Split("The interlayer raised the CCD (Feng et al., 2022; Lee et al., 2021).")[0];

        Assert.Equal([1], index.NumbersOf(sentence));
        Assert.Null(index.Resolve("Lee", 2021)); // two entries match: ambiguous, not guessed
    }

    [Fact]
    public void Extracted_citations_keep_the_sentence_and_section_they_belong_to()
    {
        var document = new Document(
            "test.txt",
            new DocumentMetadata("T", [], null, null, null),
            [new Section("2", "Results", 1)],
            [new Block(0, BlockKind.Paragraph, "A first claim.³ A second claim [4]. A third claim (Feng et al., 2022).", "2 Results")],
            [],
            [new ReferenceEntry(3, "r3", ["A. Author"], "T", "J", 2020, "1", "1", null),
             new ReferenceEntry(4, "r4", ["B. Author"], "T", "J", 2021, "1", "1", null),
             new ReferenceEntry(5, "r5", ["W. Feng"], "T", "J", 2022, "1", "1", null)]);

        var citations = CitationExtractor.Extract(document);

        Assert.Equal([(3, CitationForm.Superscript), (4, CitationForm.Bracketed), (5, CitationForm.AuthorYear)], citations.Select(c => (c.Number, c.Form)));
        Assert.All(citations, c => Assert.Equal("2 Results", c.Section));
        Assert.Equal("A second claim [4].", citations[1].Text);
    }
}
