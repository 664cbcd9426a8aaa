using LlzoGraph.Core.Documents;
using LlzoGraph.Extraction.Vocabulary;

namespace LlzoGraph.Extraction.Tests.Vocabulary;

public class AbbreviationFinderTests
{
    [Theory]
    [InlineData("Cells with Ta-doped LLZO (LLZTO) were cycled.", "Ta-doped LLZO", "LLZTO")]
    [InlineData("A thin Li₃PO₄ (LPO) layer was deposited.", "Li₃PO₄", "LPO")]
    [InlineData("It was mixed with poly(ethylene oxide) (PEO) and LiTFSI.", "poly(ethylene oxide)", "PEO")]
    [InlineData("Cubic Li₇La₃Zr₂O₁₂ (LLZO) pellets were sintered.", "Li₇La₃Zr₂O₁₂", "LLZO")]
    [InlineData("Nb-doped LLZO (LLZNO) pellets", "Nb-doped LLZO", "LLZNO")]
    [InlineData("coated with polyacrylonitrile (PAN) first", "polyacrylonitrile", "PAN")]
    [InlineData("the cathode SrCo0.8Nb0.1Ta0.1O3−δ (SCNT) was screen-printed", "SrCo0.8Nb0.1Ta0.1O3−δ", "SCNT")]
    public void Finds_the_name_an_abbreviation_stands_for(string text, string name, string abbreviation)
    {
        var d = Assert.Single(AbbreviationFinder.Find(text));
        Assert.Equal(name, d.Name);
        Assert.Equal(abbreviation, d.Abbreviation);
        Assert.Equal(name, text[d.Start..(d.Start + name.Length)]);
    }

    [Theory]
    [InlineData("made by atomic layer deposition (ALD) on the pellet")]
    [InlineData("the critical current density (CCD) rose")]
    [InlineData("the interface (Fig. 3) shows")]
    [InlineData("Solid oxide fuel cells (SOFCs) run hot")] // a device whose name holds a substance
    [InlineData("Garnet-type lithium batteries (GLBs) were built")]
    [InlineData("the cell (Li|LLZO|Li) was cycled")]
    [InlineData("a layer of LLZO (AB) was")]
    [InlineData("(LLZO)")]
    [InlineData("")]
    [InlineData("((((((((((")]
    public void Finds_no_material_definition_where_there_is_none(string text)
    {
        Assert.Empty(AbbreviationFinder.Find(text));
    }

    [Theory]
    [InlineData("Hot pressing (HP) densifies it.", "HP")]
    [InlineData("The pellet of hot garnet (HP) was dense.", null)] // a formula the words before do not spell
    public void Two_capitals_that_read_as_a_formula_are_a_short_form_only_of_words_with_those_initials(string text, string? abbreviation) =>
        Assert.Equal(abbreviation is null ? [] : [abbreviation], AbbreviationFinder.FindAny(text).Select(d => d.Abbreviation));

    [Fact]
    public void A_paper_s_definitions_make_one_alias_table()
    {
        var document = new Document("p.txt", new DocumentMetadata("t", [], null, null, null), [],
            [
                new Block(0, BlockKind.Paragraph, "We use Ta-doped LLZO (LLZTO) throughout.", "1"),
                new Block(1, BlockKind.Caption, "Fig. 1 A Li₃PO₄ (LPO) layer on LLZTO.", "1"),
                new Block(2, BlockKind.Reference, "Poly(ethylene oxide) (PEO) handbook.", "References"),
            ],
            [], []);

        var aliases = AbbreviationFinder.FromDocument(document);

        Assert.Equal(2, aliases.Count);
        Assert.Equal("Ta-doped LLZO", aliases.CanonicalOf("LLZTO"));
        Assert.Equal("Li₃PO₄", aliases.CanonicalOf("LPO"));
        Assert.Equal("PEO", aliases.CanonicalOf("PEO"));
    }

    [Theory]
    [InlineData("Cubic Nb-doped LLZO (Li6.5La3Zr1.5Nb0.5O12, LLZNO) was sintered.", "Nb-doped LLZO", "LLZNO", "Li6.5La3Zr1.5Nb0.5O12")]
    [InlineData("Al-doped LLZO (Li₆.₂₅Al₀.₂₅La₃Zr₂O₁₂) was sintered.", "Al-doped LLZO", null, "Li₆.₂₅Al₀.₂₅La₃Zr₂O₁₂")]
    public void A_full_formula_in_brackets_is_another_name_of_the_material_before_it(string text, string name, string? abbreviation, string formula)
    {
        var found = AbbreviationFinder.Find(text);

        Assert.Contains(found, d => d.Name == name && d.Abbreviation == formula);
        Assert.Equal(abbreviation is null ? 1 : 2, found.Count);
        Assert.True(abbreviation is null || found.Any(d => d.Name == name && d.Abbreviation == abbreviation));
    }

    [Theory]
    [InlineData("The pellet (Fig. 2) and LiF (LiF) were used.")]
    [InlineData("LLZO was mixed with Li2CO3 (Li2CO3) powder.")]
    [InlineData("the Li (Li2O) layer")]
    public void A_bracketed_formula_of_fewer_than_three_elements_or_after_a_formula_names_nothing(string text)
    {
        Assert.DoesNotContain(AbbreviationFinder.Find(text), d => FormulaLike(d.Abbreviation));
    }

    private static bool FormulaLike(string s) => s.Any(char.IsDigit) || s.Any(c => c is >= '₀' and <= '₉');

    [Fact]
    public void A_long_random_text_gives_no_exception()
    {
        var random = new Random(5);
        const string alphabet = "abcLLZOTaPE()- ₂₃doped";
        var text = new string(Enumerable.Range(0, 10_240).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
        Assert.All(AbbreviationFinder.Find(text), d => Assert.InRange(d.Start, 0, d.End));
    }
}
