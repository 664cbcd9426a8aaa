using LlzoGraph.Extraction.Tagging;

namespace LlzoGraph.Extraction.Tests.Tagging;

public sealed class TokenFeaturesTests
{
    private static string[] FeaturesOf(string sentence, string token)
    {
        var tokens = ChemTokenizer.Tokenize(sentence);
        var features = TokenFeatures.Extract(sentence, tokens);
        return features[tokens.ToList().FindIndex(t => t.Text == token)];
    }

    [Fact]
    public void A_formula_with_stoichiometry_is_marked_as_one()
    {
        var f = FeaturesOf("Pellets of Li₆.₄La₃Zr₁.₄Ta₀.₆O₁₂ were hot-pressed.", "Li₆.₄La₃Zr₁.₄Ta₀.₆O₁₂");

        Assert.Contains("formula-stoich", f);
        Assert.Contains("subscript", f);
        Assert.Contains("sshape=Xxs.sXxsXxs.sXxs.sXs", f);
        Assert.DoesNotContain("formula-stoich", FeaturesOf("Pellets of Li₆.₄La₃Zr₁.₄Ta₀.₆O₁₂ were hot-pressed.", "Pellets"));
    }

    [Fact]
    public void Numbers_and_units_are_flagged_and_seen_by_their_neighbours()
    {
        const string sentence = "The cell cycled at 0.5 mA cm⁻² for 1000 h.";

        Assert.Contains("number", FeaturesOf(sentence, "0.5"));
        Assert.Contains("unit", FeaturesOf(sentence, "mA"));
        Assert.Contains("unit", FeaturesOf(sentence, "cm⁻²"));
        Assert.Contains("1:unit", FeaturesOf(sentence, "0.5"));
        Assert.Contains("-1:w=at", FeaturesOf(sentence, "0.5"));
        Assert.Contains("-2:edge", FeaturesOf(sentence, "The"));
        Assert.DoesNotContain("unit", FeaturesOf(sentence, "cell"));
    }

    [Fact]
    public void Gazetteer_hits_mark_properties_materials_and_quantities()
    {
        const string sentence = "The ionic conductivity of LLZO reached 1.2 mS cm⁻¹ at 25 °C.";

        Assert.Contains("gz:PROP-B", FeaturesOf(sentence, "ionic"));
        Assert.Contains("gz:PROP-I", FeaturesOf(sentence, "conductivity"));
        Assert.Contains("gz:MAT-B", FeaturesOf(sentence, "LLZO"));
        Assert.Contains("gz:QTY-B", FeaturesOf(sentence, "1.2"));
        Assert.DoesNotContain(FeaturesOf(sentence, "reached"), f => f.StartsWith("gz:", StringComparison.Ordinal));
    }

    [Fact]
    public void The_condition_rules_mark_quantities_that_qualify_another_value()
    {
        const string sentence = "The ionic conductivity reached 1.2 mS cm⁻¹ at 25 °C.";

        Assert.Contains("gz:COND-B", FeaturesOf(sentence, "25"));
        Assert.Contains("gz:COND-I", FeaturesOf(sentence, "°C"));
        Assert.Contains("gz:QTY-result-B", FeaturesOf(sentence, "1.2"));
        Assert.DoesNotContain("gz:COND-B", FeaturesOf(sentence, "1.2"));
        Assert.Contains(FeaturesOf(sentence, "1.2"), f => f.StartsWith("gz:QTY-dim=", StringComparison.Ordinal));
    }

    [Fact]
    public void Context_features_give_bracket_depth_position_and_a_number_before()
    {
        const string sentence = "Garnet (LLZO) showed 2 mA at best";

        Assert.Contains("depth=1", FeaturesOf(sentence, "LLZO"));
        Assert.Contains("depth=0", FeaturesOf(sentence, "showed"));
        Assert.Contains("pos=first", FeaturesOf(sentence, "Garnet"));
        Assert.Contains("pos=last", FeaturesOf(sentence, "best"));
        Assert.Contains("prevnumber", FeaturesOf(sentence, "mA"));
        Assert.DoesNotContain("prevnumber", FeaturesOf(sentence, "showed"));
        Assert.Contains("bi-2=(|llzo", FeaturesOf(sentence, ")"));
    }

    [Fact]
    public void Affixes_and_shape_describe_the_word()
    {
        var f = FeaturesOf("an interlayer", "interlayer");

        Assert.Contains("p3=int", f);
        Assert.Contains("s4=ayer", f);
        Assert.Contains("w=interlayer", f);
        Assert.Contains("shape=xxxxxxxxxx", f);
    }

    [Fact]
    public void Every_feature_also_comes_with_the_domain_of_the_sentence()
    {
        const string sentence = "The LSCF cathode was sintered at 1100 °C.";
        var tokens = ChemTokenizer.Tokenize(sentence);

        var project = TokenFeatures.Extract(sentence, tokens, TaggingDomain.Project)[1];
        var sofc = TokenFeatures.Extract(sentence, tokens, TaggingDomain.SofcExp)[1];

        Assert.Contains("w=lscf", project);
        Assert.Contains("P|w=lscf", project);
        Assert.DoesNotContain("S|w=lscf", project);
        Assert.Contains("S|w=lscf", sofc);
        Assert.Equal(project.Where(f => !f.StartsWith("P|", StringComparison.Ordinal)), sofc.Where(f => !f.StartsWith("S|", StringComparison.Ordinal)));
    }

    [Fact]
    public void Strategy_and_property_words_are_marked_even_without_a_material_before_them()
    {
        const string sentence = "After calcination the interlayers lowered the contact angle and raised the mechanical strength.";

        Assert.Contains("sw:process", FeaturesOf(sentence, "calcination"));
        Assert.Contains("sw:design", FeaturesOf(sentence, "interlayers"));
        Assert.Contains("pw:head", FeaturesOf(sentence, "angle"));
        Assert.Contains("pw:qual", FeaturesOf(sentence, "contact"));
        Assert.Contains("pw:head", FeaturesOf(sentence, "strength"));
        Assert.DoesNotContain("sw:process", FeaturesOf(sentence, "lowered"));
        Assert.DoesNotContain("pw:head", FeaturesOf(sentence, "raised"));
    }

    [Fact]
    public void Substance_words_are_marked_whole_or_in_a_hyphenated_part()
    {
        const string sentence = "A samarium-doped ceria layer on stainless steel in air.";

        Assert.Contains("cw:element", FeaturesOf(sentence, "samarium-doped"));
        Assert.Contains("cw:compound", FeaturesOf(sentence, "ceria"));
        Assert.Contains("cw:compound", FeaturesOf(sentence, "steel"));
        Assert.Contains("cw:compound", FeaturesOf(sentence, "air"));
        Assert.DoesNotContain(FeaturesOf(sentence, "layer"), f => f.StartsWith("cw:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_short_form_the_paper_defines_is_marked_by_what_its_long_form_names()
    {
        var paper = DocumentTerms.Of("We used gadolinium-doped ceria (GDC) films. Electrochemical impedance spectroscopy (EIS) was run.");
        const string sentence = "The GDC film was studied by EIS at 600 °C.";
        var tokens = ChemTokenizer.Tokenize(sentence);
        string[] Of(string token, DocumentTerms terms) => TokenFeatures.Extract(sentence, tokens, TaggingDomain.Project, terms)[tokens.ToList().FindIndex(t => t.Text == token)];

        Assert.Contains("doc:substance", Of("GDC", paper));
        Assert.Contains("doc:term", Of("EIS", paper));
        Assert.Contains("1:doc:substance", Of("The", paper));
        Assert.DoesNotContain(Of("GDC", DocumentTerms.None), f => f.StartsWith("doc:", StringComparison.Ordinal));
        Assert.Equal(2, paper.Count);
    }

    [Fact]
    public void A_quantity_s_qualifier_word_is_marked_apart_so_the_number_starts_the_quantity()
    {
        const string sentence = "It ran for over 1000 h at about 60 °C.";

        Assert.Contains("gz:QTY-qual", FeaturesOf(sentence, "over"));
        Assert.DoesNotContain("gz:QTY-B", FeaturesOf(sentence, "over"));
        Assert.Contains("gz:QTY-B", FeaturesOf(sentence, "1000"));
        Assert.Contains("gz:QTY-qual", FeaturesOf(sentence, "about"));
        Assert.Contains("gz:QTY-B", FeaturesOf(sentence, "60"));
    }
}
