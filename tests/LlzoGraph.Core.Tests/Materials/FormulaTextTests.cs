using LlzoGraph.Core.Materials;

namespace LlzoGraph.Core.Tests.Materials;

public class FormulaTextTests
{
    [Theory]
    [InlineData("Li₂CO₃")]
    [InlineData("Li2CO3")]
    [InlineData("Li_2CO_3")]
    [InlineData("Li_{2}CO_{3}")]
    [InlineData("$\\rm Li_2CO_3$")]
    [InlineData("$\\mathrm{Li_2CO_3}$")]
    [InlineData("Li $_2$ CO $_3$")]
    [InlineData("Li $_{2}$ CO $_{3}$")]
    [InlineData("  Li2CO3 ")]
    public void Every_spelling_of_a_formula_has_one_canonical_name(string written)
    {
        Assert.Equal("Li₂CO₃", FormulaText.Normalise(written));
    }

    [Theory]
    [InlineData("Li6.4La3Zr1.4Ta0.6O12", "Li₆.₄La₃Zr₁.₄Ta₀.₆O₁₂")]
    [InlineData("Li_{6.4}La_3Zr_{1.4}Ta_{0.6}O_{12}", "Li₆.₄La₃Zr₁.₄Ta₀.₆O₁₂")]
    [InlineData("Li₆.₄La₃Zr₁.₄Ta₀.₆O₁₂", "Li₆.₄La₃Zr₁.₄Ta₀.₆O₁₂")]
    [InlineData("Li3PO4", "Li₃PO₄")]
    [InlineData("AlN", "AlN")]
    [InlineData("LLZO", "LLZO")]
    [InlineData("NCM811", "NCM811")]
    [InlineData("Ta-doped LLZO", "Ta-doped LLZO")]
    [InlineData("Li2CO3-coated LLZO", "Li2CO3-coated LLZO")]
    [InlineData("poly(ethylene oxide)", "poly(ethylene oxide)")]
    public void Only_formula_tokens_get_subscripts(string written, string canonical)
    {
        Assert.Equal(canonical, FormulaText.Normalise(written));
    }

    [Theory]
    [InlineData("Li₂CO₃", true)]
    [InlineData("Li2CO3", true)]
    [InlineData("AlN", true)]
    [InlineData("Ca3(PO4)2", true)]
    [InlineData("LLZO", false)]
    [InlineData("NCM811", false)]
    [InlineData("In", false)]
    [InlineData("", false)]
    public void Tells_formulas_from_other_names(string token, bool formula)
    {
        Assert.Equal(formula, FormulaText.IsFormula(token));
    }

    public static TheoryData<string?> Garbage => new()
    {
        null, "", "   ", "$$$", "{{{", "}}}", "Li_{2", "_", "^", "\\", "$\\rm$", "😀 Li₂ 𝔘", "\ud800",
        new string('L', 10_240), string.Concat(Enumerable.Repeat("Li_2", 3000)),
    };

    [Theory]
    [MemberData(nameof(Garbage))]
    public void Garbage_never_throws(string? text)
    {
        var normal = FormulaText.Normalise(text);
        Assert.NotNull(normal);
        Assert.False(FormulaText.IsFormula(text ?? string.Empty) && string.IsNullOrWhiteSpace(normal));
    }
}
