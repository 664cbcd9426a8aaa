using LlzoGraph.Documents.Text;

namespace LlzoGraph.Documents.Tests.Text;

public class LatexTextTests
{
    [Theory]
    // formulas written as TeX math, as script-only math between words, and as bare TeX scripts
    [InlineData(@"$\rm Li_2CO_3$", "Li₂CO₃")]
    [InlineData(@"${\rm Li_2CO_3}$ layer", "Li₂CO₃ layer")]
    [InlineData(@"$\text{Li}_7\text{La}_3\text{Zr}_2\text{O}_{12}$", "Li₇La₃Zr₂O₁₂")]
    [InlineData("Li $_2$ CO $_3$ can be removed", "Li₂CO₃ can be removed")]
    [InlineData("washing Li $_2$ CO $_3$.", "washing Li₂CO₃.")]
    [InlineData("Li_2CO_3", "Li₂CO₃")]
    [InlineData("NH_4F", "NH₄F")]
    [InlineData("Li_7La_3Zr_2O_12", "Li₇La₃Zr₂O₁₂")]
    [InlineData("2.4 × 10^-4 S cm^-1", "2.4 × 10⁻⁴ S cm⁻¹")]
    [InlineData("0.1 mA cm^-2 and 10^3 h", "0.1 mA cm⁻² and 10³ h")]
    [InlineData("Li_{6.4}Ga_{0.2}", "Li₆.₄Ga₀.₂")]
    // units and symbols
    [InlineData(@"$\sim 1~\Omega~\text{cm}^2$", "~1 Ω cm²")]
    [InlineData(@"a resistance of $\sim 7~\Omega~\text{cm}^2$ was", "a resistance of ~7 Ω cm² was")]
    [InlineData(@"mA h $\rm g^{-1}$", "mA h g⁻¹")]
    [InlineData(@"3 mA $\rm cm^{-2}$ and", "3 mA cm⁻² and")]
    [InlineData(@"$50~\rm nm$ thick", "50 nm thick")]
    [InlineData(@"at 700 $^\circ$C", "at 700°C")]
    [InlineData(@"$\sim$ 2 h", "~ 2 h")]
    // superscript citations
    [InlineData("surface.^{18,52-54}", "surface.¹⁸,⁵²⁻⁵⁴")]
    [InlineData("interface ^{6} and", "interface ⁶ and")]
    // unicode scripts that the converter spaced apart
    [InlineData("MgF ₂ coating", "MgF₂ coating")]
    [InlineData("Al ₂ O ₃ film", "Al₂O₃ film")]
    [InlineData("Nb ₂ O ₅", "Nb₂O₅")]
    [InlineData("0.4 mA cm ⁻² for", "0.4 mA cm⁻² for")]
    [InlineData("12 S cm ⁻¹", "12 S cm⁻¹")]
    // spaces before punctuation and runs of spaces
    [InlineData("LiF , AlN and Li₂CO₃ . Then", "LiF, AlN and Li₂CO₃. Then")]
    [InlineData("two   spaces\u00a0\u00a0here", "two spaces here")]
    public void Normalises_converter_artefacts(string text, string expected)
    {
        Assert.Equal(expected, LatexText.Normalise(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Plain prose with no markup at all.")]
    [InlineData("Already unicode: Li₇La₃Zr₂O₁₂, 2 mA cm⁻², 5 Ω cm², Ni²⁺.")]
    [InlineData("A range of -20~70 °C stays a range.")]
    [InlineData("~3 stays approximately three.")]
    public void Leaves_clean_text_as_it_is(string text)
    {
        Assert.Equal(text, LatexText.Normalise(text));
    }

    [Fact]
    public void A_tilde_before_a_number_survives_normalisation_of_other_markup_in_the_same_line()
    {
        // the line holds TeX elsewhere, so the whole of it is rewritten; "~5" is still "about five"
        Assert.Equal("~5 h for Li₂CO₃", LatexText.Normalise("~5 h for Li_2CO_3"));
    }

    [Theory]
    [InlineData("$")]
    [InlineData("$$")]
    [InlineData("$ unclosed math \\rm")]
    [InlineData("^{")]
    [InlineData("_}")]
    [InlineData(@"\\\\\\")]
    [InlineData("_{{{}}}^{{")]
    public void Survives_broken_markup(string text)
    {
        var normalised = LatexText.Normalise(text);
        Assert.NotNull(normalised);
        Assert.DoesNotContain("{", normalised, StringComparison.Ordinal);
    }
}
