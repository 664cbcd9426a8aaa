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
    [InlineData("proton", true)]
    [InlineData("Al(NO₃)₃·9H₂O", true)]
    [InlineData("pellets", false)]
    [InlineData("", false)]
    public void A_whole_token_is_a_material_when_it_is_a_formula_or_a_gazetteer_name(string token, bool expected)
    {
        Assert.Equal(expected, MaterialFinder.IsMaterial(token));
    }

    [Theory]
    [InlineData("A film of poly(ethylene oxide) and poly(vinylidene fluoride-co-hexafluoropropylene) was cast.", new[] { "poly(ethylene oxide)", "poly(vinylidene fluoride-co-hexafluoropropylene)" })]
    [InlineData("The poly(ethylene glycol) diacrylate gel held 5 wt% LiTFSI.", new[] { "poly(ethylene glycol) diacrylate", "LiTFSI" })]
    [InlineData("Pyr₁₃TFSI and EMIM-FSI wet the cathode.", new[] { "Pyr₁₃TFSI", "EMIM-FSI" })]
    [InlineData("A protonated layer (Li₇₋ₓHₓLa₃Zr₂O₁₂) forms.", new[] { "Li₇₋ₓHₓLa₃Zr₂O₁₂" })]
    public void Polymers_named_with_a_bracket_ionic_liquids_and_formulas_with_subscript_signs_are_materials(string sentence, string[] materials) =>
        Assert.Equal(materials, MaterialFinder.Find(sentence).Select(m => m.Text));
}
