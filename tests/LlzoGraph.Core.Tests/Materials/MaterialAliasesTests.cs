using LlzoGraph.Core.Materials;

namespace LlzoGraph.Core.Tests.Materials;

public class MaterialAliasesTests
{
    private static readonly MaterialAliases Aliases = new([("Ta-doped LLZO", "LLZTO"), ("Li₃PO₄", "LPO"), ("poly(ethylene oxide)", "PEO")]);

    [Theory]
    [InlineData("LLZTO", "Ta-doped LLZO")]
    [InlineData("llzto", "Ta-doped LLZO")]
    [InlineData("Ta-doped LLZO", "Ta-doped LLZO")]
    [InlineData("LPO", "Li₃PO₄")]
    [InlineData("Li3PO4", "Li₃PO₄")]
    [InlineData("$\\rm Li_3PO_4$", "Li₃PO₄")]
    [InlineData("PEO", "poly(ethylene oxide)")]
    [InlineData("LLZO", "LLZO")]
    public void An_abbreviation_or_another_spelling_resolves_to_one_name(string written, string canonical)
    {
        Assert.Equal(canonical, Aliases.CanonicalOf(written));
    }

    [Fact]
    public void Lists_the_abbreviations_of_a_material_and_tells_same_from_different()
    {
        Assert.Equal(["LLZTO"], Aliases.AliasesOf("Ta-doped LLZO"));
        Assert.Equal(["LPO"], Aliases.AliasesOf("Li3PO4"));
        Assert.True(Aliases.Same("LPO", "Li₃PO₄"));
        Assert.False(Aliases.Same("LLZTO", "LLZO"));
    }

    [Fact]
    public void The_first_definition_of_an_abbreviation_wins_and_self_definitions_are_ignored()
    {
        var aliases = new MaterialAliases([("Ta-doped LLZO", "LLZTO"), ("Nb-doped LLZO", "LLZTO"), ("LLZO", "LLZO"), ("", "")]);
        Assert.Equal("Ta-doped LLZO", aliases.CanonicalOf("LLZTO"));
        Assert.Equal(1, aliases.Count);
    }
}
