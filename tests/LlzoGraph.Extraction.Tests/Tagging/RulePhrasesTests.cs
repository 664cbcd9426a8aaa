using LlzoGraph.Extraction.Tagging;

namespace LlzoGraph.Extraction.Tests.Tagging;

public sealed class RulePhrasesTests
{
    private static string[] Properties(string sentence) => PropertyPhrases.Find(sentence).Select(s => sentence[s.Start..s.End]).ToArray();

    private static string[] Materials(string sentence) => MaterialTokens.Find(sentence).Select(s => sentence[s.Start..s.End]).ToArray();

    [Fact]
    public void A_property_head_takes_its_qualifiers_and_a_general_head_needs_one()
    {
        var found = Properties("The contact angle fell while the Young's modulus, the porosity and the value stayed.");

        Assert.Equal(["contact angle", "Young's modulus", "porosity"], found);
        Assert.Equal(["grain boundary ionic conductivity"], Properties("The grain boundary ionic conductivity rose."));
        Assert.Equal(["degree of crystallinity", "particle size distribution"], Properties("The degree of crystallinity and the particle size distribution fell."));
        Assert.Equal(["Li vacancy concentration", "ion diffusion rate"], Properties("The Li vacancy concentration set the ion diffusion rate."));
        Assert.Empty(Properties(""));
    }

    [Theory]
    [InlineData("It can reduce the density of LLZO.", "density")]
    [InlineData("CAMs have a higher potential than LLZO.", "potential")]
    [InlineData("The binder improved its strength, and its stability.", "strength")]
    [InlineData("They offer potential applications.", null)]
    [InlineData("We used density functional theory.", null)]
    [InlineData("The density of states was computed.", null)]
    [InlineData("It was cycled at a current density of 1 mA cm⁻².", null)]
    public void Some_heads_name_a_property_alone_only_as_nouns(string sentence, string? expected) =>
        Assert.Equal(expected is null ? [] : [expected], Properties(sentence));

    [Fact]
    public void Metal_symbols_ions_and_one_token_stacks_are_materials_but_word_like_symbols_are_not()
    {
        var found = Materials("In cells with Mg and Li⁺ transport, Li|LZO-LLZO|Li and Li/Au@XYZ/Li were tested.");

        Assert.Equal(["Mg", "Li⁺", "Li|LZO-LLZO|Li", "Li/Au@XYZ/Li"], found);
        Assert.DoesNotContain("Li/LLZO", Materials("The Li/LLZO interface was stable."));
        Assert.Empty(Materials("As shown, the and/or case 1/2 holds."));
        Assert.Equal(["Co", "Ba2+", "LixAl", "LiF-LiAl-Li", "Al-Si"], Materials("Co ions with Co, Ba2+, LixAl, LiF-LiAl-Li and Al-Si, not Li-ion or X-ray."));
    }

    [Fact]
    public void The_rule_tagger_gives_a_stack_instead_of_the_materials_inside_it()
    {
        const string sentence = "The Li|LLZTO|Li cell cycled.";

        var materials = RuleEntityTagger.Instance.Tag(sentence).Where(m => m.Type == EntityType.Material).Select(m => m.Text);

        Assert.Equal(["Li|LLZTO|Li"], materials);
    }
}
