using LlzoGraph.Core.Materials;

namespace LlzoGraph.Core.Tests.Materials;

public class MaterialNameTests
{
    [Theory]
    [InlineData("Ta-doped LLZO", "LLZO", "Ta")]
    [InlineData("Ta doped LLZO", "LLZO", "Ta")]
    [InlineData("Al-doped Li₇La₃Zr₂O₁₂", "Li₇La₃Zr₂O₁₂", "Al")]
    [InlineData("Ga/Nb co-doped LLZO", "LLZO", "Ga,Nb")]
    [InlineData("Al-LLZO", "LLZO", "Al")]
    [InlineData("Ga-LLZO", "LLZO", "Ga")]
    [InlineData("LLZTO", "LLZTO", "")]
    [InlineData("Li₂CO₃-coated LLZO", "Li₂CO₃-coated LLZO", "")]
    [InlineData("PEO", "PEO", "")]
    public void Reads_host_and_dopants_from_a_name(string name, string host, string dopants)
    {
        var described = MaterialName.Describe(name);
        Assert.Equal(host, described.Host);
        Assert.Equal(dopants, string.Join(',', described.Dopants));
    }

    [Fact]
    public void A_formula_carries_its_composition_dopants_included()
    {
        var described = MaterialName.Describe("Li6.4La3Zr1.4Ta0.6O12");
        Assert.Equal("Li₆.₄La₃Zr₁.₄Ta₀.₆O₁₂", described.Name);
        Assert.Equal(0.6, described.Stoichiometry!.AmountOf("Ta"), 9);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-doped")]
    [InlineData("Xq-doped LLZO")]
    [InlineData("Ta-")]
    public void Garbage_names_have_no_dopant(string name)
    {
        Assert.Empty(MaterialName.Describe(name).Dopants);
    }
}
