using LlzoGraph.Core.Facts;
using LlzoGraph.Documents.Text;
using LlzoGraph.Extraction.Citations;

namespace LlzoGraph.Extraction.Tests.Citations;

public class CitationFinderTests
{
    [Theory]
    [InlineData("Lithium wetted the cleaned surface.⁵⁸", new[] { 58 }, CitationForm.Superscript, "Lithium wetted the cleaned surface.")]
    [InlineData("Lithium wetted the cleaned surface.⁵⁸,⁶¹", new[] { 58, 61 }, CitationForm.Superscript, "Lithium wetted the cleaned surface.")]
    [InlineData("Lithium wetted the cleaned surface.¹⁸,⁵²⁻⁵⁴", new[] { 18, 52, 53, 54 }, CitationForm.Superscript, "Lithium wetted the cleaned surface.")]
    [InlineData("The resistance fell (Fig. 4c). 63", new[] { 63 }, CitationForm.TrailingNumber, "The resistance fell (Fig. 4c).")]
    [InlineData("The resistance fell (Fig. 4c).63", new[] { 63 }, CitationForm.TrailingNumber, "The resistance fell (Fig. 4c).")]
    [InlineData("The resistance fell on polished LLZTO.63", new[] { 63 }, CitationForm.TrailingNumber, "The resistance fell on polished LLZTO.")]
    [InlineData("Several coatings were compared. 120-122", new[] { 120, 121, 122 }, CitationForm.TrailingNumber, "Several coatings were compared.")]
    [InlineData("Several coatings were compared. 120,125", new[] { 120, 125 }, CitationForm.TrailingNumber, "Several coatings were compared.")]
    [InlineData("Several coatings were compared [17–19].", new[] { 17, 18, 19 }, CitationForm.Bracketed, "Several coatings were compared.")]
    [InlineData("Several coatings were compared [4, 9].", new[] { 4, 9 }, CitationForm.Bracketed, "Several coatings were compared.")]
    public void Finds_each_citation_form_and_removes_its_marker(string sentence, int[] numbers, CitationForm form, string clean)
    {
        var (cleaned, found, _) = CitationFinder.FindAll(sentence);

        Assert.Equal(numbers, found.Select(f => f.Number));
        Assert.All(found, f => Assert.Equal(form, f.Form));
        Assert.Equal(clean, cleaned);
    }

    [Fact]
    public void A_ref_mention_is_a_citation_that_stays_in_the_text()
    {
        var (clean, found, _) = CitationFinder.FindAll("The same coating was used in ref. 63 with thinner lithium.");
        Assert.Equal([(63, CitationForm.RefMention)], found);
        Assert.Contains("ref. 63", clean, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tex_superscript_citation_is_found_after_normalisation()
    {
        var normalised = LatexText.Normalise("Lithium wetted the cleaned surface.^{18,52-54}");
        var (_, numbers) = CitationFinder.Find(normalised);
        Assert.Equal([18, 52, 53, 54], numbers);
    }

    [Theory]
    [InlineData("The pellet had an area of 2 cm² and was thin.")]
    [InlineData("It was cycled at 0.5 mA cm⁻² for a day.")]
    [InlineData("The doped Ni²⁺ ions moved.")]
    [InlineData("The conductivity was 10⁻³ S cm⁻¹ at best.")]
    [InlineData("The volume was 3 Å³ larger.")]
    [InlineData("A charge of 1 C m⁻² and Li⁺ flux.")]
    [InlineData("It lasted 300 h at 2 mA cm² in the cell.")]
    public void Unit_exponents_charges_and_powers_of_ten_are_not_citations(string sentence)
    {
        var (clean, found, authorYear) = CitationFinder.FindAll(sentence);
        Assert.Empty(found);
        Assert.Empty(authorYear);
        Assert.Equal(sentence, clean);
    }

    [Fact]
    public void A_citation_right_after_a_unit_exponent_is_still_found()
    {
        var (clean, numbers) = CitationFinder.Find("The CCD reached 1.4 mA cm⁻².⁷⁷");
        Assert.Equal([77], numbers);
        Assert.Equal("The CCD reached 1.4 mA cm⁻².", clean);
    }

    [Theory]
    [InlineData("Interlayers help (Okafor et al., 2021).", "Okafor", 2021)]
    [InlineData("Interlayers help (Okafor and Lee, 2019a).", "Okafor", 2019)]
    [InlineData("Okafor et al. (2021) showed that interlayers help.", "Okafor", 2021)]
    [InlineData("Okafor and Lee (2019) showed it.", "Okafor", 2019)]
    public void Author_year_citations_are_left_for_the_reference_list(string sentence, string surname, int year)
    {
        var (_, found, authorYear) = CitationFinder.FindAll(sentence);
        Assert.Empty(found);
        Assert.Equal([(surname, year)], authorYear);
    }

    [Theory]
    [InlineData("32,49-51", new[] { 32, 49, 50, 51 })]
    [InlineData("7", new[] { 7 })]
    [InlineData("3–5", new[] { 3, 4, 5 })]
    [InlineData("9-7", new int[0])]
    [InlineData("1-500", new int[0])]
    [InlineData("a,b", new int[0])]
    [InlineData("", new int[0])]
    public void Expands_lists_and_ranges_and_ignores_implausible_ones(string list, int[] expected)
    {
        Assert.Equal(expected, CitationFinder.Expand(list));
    }

    [Theory]
    [InlineData("It lowered the ASR directly after polishing.⁶⁰", "It lowered the ASR directly after polishing.  ")]
    [InlineData("Cells exceed 1 mA cm⁻².⁵⁴⁻⁵⁹", "Cells exceed 1 mA cm⁻².     ")]
    [InlineData("It dropped to 26 Ω cm² at 25 °C [11].", "It dropped to 26 Ω cm² at 25 °C     .")]
    [InlineData("No citation here, Ni²⁺ and cm⁻² stay.", "No citation here, Ni²⁺ and cm⁻² stay.")]
    public void Blanking_citation_markers_keeps_every_other_character_where_it_stands(string sentence, string blanked) =>
        Assert.Equal(blanked, CitationFinder.Blanked(sentence));
}
