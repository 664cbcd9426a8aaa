using LlzoGraph.Extraction.Vocabulary;

namespace LlzoGraph.Extraction.Tests.Vocabulary;

public class MaterialFinderTests
{
    [Theory]
    [InlineData("HCl", true)]
    [InlineData("Al₂O₃", true)]
    [InlineData("LLZTO", true)]
    [InlineData("lithium metal", true)]
    [InlineData("LLZO pellet", false)]
    [InlineData("LiOH·H₂O", true)]
    [InlineData("garnets", true)]
    [InlineData("Al(NO₃)₃·9H₂O", true)]
    [InlineData("pellets", false)]
    [InlineData("", false)]
    public void A_whole_token_is_a_material_when_it_is_a_formula_or_a_gazetteer_name(string token, bool expected)
    {
        Assert.Equal(expected, MaterialFinder.IsMaterial(token));
    }
}
