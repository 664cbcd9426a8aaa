using LlzoGraph.Core.Materials;

namespace LlzoGraph.Core.Tests.Materials;

public class StoichiometryTests
{
    public static TheoryData<string, string> Formulas => new()
    {
        { "Li₆.₄La₃Zr₁.₄Ta₀.₆O₁₂", "Li 6.4, La 3, Zr 1.4, Ta 0.6, O 12" },
        { "Li6.4La3Zr1.4Ta0.6O12", "Li 6.4, La 3, Zr 1.4, Ta 0.6, O 12" },
        { "Li_{6.4}La_{3}Zr_{1.4}Ta_{0.6}O_{12}", "Li 6.4, La 3, Zr 1.4, Ta 0.6, O 12" },
        { "Li₆.₂₅Al₀.₂₅La₃Zr₂O₁₂", "Li 6.25, Al 0.25, La 3, Zr 2, O 12" },
        { "Li₂CO₃", "Li 2, C 1, O 3" },
        { "$\\rm Li_2CO_3$", "Li 2, C 1, O 3" },
        { "AlN", "Al 1, N 1" },
        { "Ca3(PO4)2", "Ca 3, P 2, O 8" },
        { "LiOH", "Li 1, O 1, H 1" },
        { "CH3COOH", "C 2, H 4, O 2" },
    };

    [Theory]
    [MemberData(nameof(Formulas))]
    public void Reads_elements_with_their_amounts(string formula, string expected)
    {
        var stoichiometry = Stoichiometry.Parse(formula).GetValueOrThrow();
        Assert.Equal(expected, string.Join(", ", stoichiometry.Elements.Select(e => $"{e.Element} {e.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture)}")));
    }

    [Fact]
    public void Amount_of_an_element()
    {
        var c = Stoichiometry.Parse("Li₆.₄La₃Zr₁.₄Ta₀.₆O₁₂").GetValueOrThrow();
        Assert.Equal(0.6, c.AmountOf("Ta"), 9);
        Assert.Equal(0, c.AmountOf("Al"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("LLZO")]
    [InlineData("Xx2O")]
    [InlineData("Li2(CO3")]
    [InlineData("Li2CO3)")]
    [InlineData("lithium")]
    [InlineData("Li2CO3 and more")]
    [InlineData("((((((((((((Li))))))))))))")]
    [InlineData("Li99999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999")]
    [InlineData("😀")]
    public void Garbage_is_a_failure_with_a_reason(string? formula)
    {
        var parsed = Stoichiometry.Parse(formula);
        Assert.False(parsed.Ok);
        Assert.False(string.IsNullOrWhiteSpace(parsed.Error));
    }
}
