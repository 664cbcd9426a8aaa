using LlzoGraph.Extraction.Tagging;

namespace LlzoGraph.Extraction.Tests.Tagging;

public sealed class HybridEntityTaggerTests
{
    private sealed class Fixed(double confidence, params (EntityType Type, string Text)[] found) : IEntityTagger
    {
        public List<TaggingDomain> Domains { get; } = [];

        public IReadOnlyList<EntityMention> Tag(string sentence) => Tag(sentence, TaggingDomain.Project);

        public IReadOnlyList<EntityMention> Tag(string sentence, TaggingDomain domain)
        {
            Domains.Add(domain);
            return found.Select(f =>
            {
                var start = sentence.IndexOf(f.Text, StringComparison.Ordinal);
                return new EntityMention(f.Type, start, start + f.Text.Length, f.Text, confidence);
            }).Where(m => m.Start >= 0).ToList();
        }
    }

    private const string Sentence = "The YSZ electrolyte of Ni-YSZ cells was tested at 800 °C.";

    [Fact]
    public void In_the_project_domain_rule_spans_win_and_the_model_adds_the_rest()
    {
        var rules = new Fixed(1.0, (EntityType.Material, "YSZ"), (EntityType.Condition, "800 °C"));
        var model = new Fixed(0.9, (EntityType.Material, "YSZ electrolyte"), (EntityType.Material, "Ni-YSZ"), (EntityType.Quantity, "800 °C"));

        var mentions = new HybridEntityTagger(rules, model).Tag(Sentence);

        Assert.Equal([(EntityType.Material, "YSZ"), (EntityType.Material, "Ni-YSZ"), (EntityType.Condition, "800 °C")], mentions.Select(m => (m.Type, m.Text)));
    }

    [Fact]
    public void A_model_quantity_without_a_number_is_none_in_the_project_domain()
    {
        const string sentence = "It fell from 950 to 75 Ω cm².";
        var model = new Fixed(0.9, (EntityType.Quantity, "from"), (EntityType.Quantity, "950 to 75 Ω cm²"));

        var mentions = new HybridEntityTagger(new Fixed(1.0), model).Tag(sentence);

        Assert.Equal(["950 to 75 Ω cm²"], mentions.Select(m => m.Text));
    }

    [Fact]
    public void Air_and_an_author_are_no_material_in_the_project_domain_but_air_may_be_one_in_another()
    {
        const string sentence = "Li et al. stored LLZO in ambient air.";
        var rules = new Fixed(1.0);
        var model = new Fixed(0.9, (EntityType.Material, "Li"), (EntityType.Material, "LLZO"), (EntityType.Material, "ambient air"));

        Assert.Equal(["LLZO"], new HybridEntityTagger(rules, model).Tag(sentence).Select(m => m.Text));
        Assert.Equal(["LLZO", "ambient air"], new HybridEntityTagger(rules, model).Tag(sentence, TaggingDomain.SofcExp).Select(m => m.Text));
    }

    [Fact]
    public void In_another_domain_the_model_tags_alone_in_that_domain()
    {
        var rules = new Fixed(1.0, (EntityType.Material, "YSZ"));
        var model = new Fixed(0.3, (EntityType.Material, "Ni-YSZ"));

        var mentions = new HybridEntityTagger(rules, model).Tag(Sentence, TaggingDomain.SofcExp);

        Assert.Equal(["Ni-YSZ"], mentions.Select(m => m.Text));
        Assert.Empty(rules.Domains);
        Assert.Equal([TaggingDomain.SofcExp], model.Domains);
    }

    [Fact]
    public void A_model_mention_below_the_confidence_threshold_is_not_added()
    {
        var rules = new Fixed(1.0, (EntityType.Material, "YSZ"));
        var model = new Fixed(0.4, (EntityType.Material, "Ni-YSZ"));

        Assert.Equal(["YSZ"], new HybridEntityTagger(rules, model, 0.6).Tag(Sentence).Select(m => m.Text));
        Assert.Equal(["YSZ", "Ni-YSZ"], new HybridEntityTagger(rules, model, 0.3).Tag(Sentence).Select(m => m.Text));
    }

    [Fact]
    public void A_model_strategy_the_rules_know_names_none_is_not_added()
    {
        const string sentence = "Controlling the sintering atmosphere and the AlN interlayer helped.";
        var model = new Fixed(0.9, (EntityType.Strategy, "sintering"), (EntityType.Strategy, "AlN interlayer"));

        Assert.Equal(["AlN interlayer"], new HybridEntityTagger(new Fixed(1.0), model).Tag(sentence).Select(m => m.Text));
    }

    [Theory]
    [InlineData(TaggingDomain.Project)]
    [InlineData(TaggingDomain.SofcExp)]
    public void A_label_of_a_sample_or_a_device_role_is_no_material_in_either_domain(TaggingDomain domain)
    {
        const string sentence = "Cell-B with a GDC layer, CAM and sample 2 were compared.";
        var model = new Fixed(0.9, (EntityType.Material, "Cell-B"), (EntityType.Material, "GDC"), (EntityType.Material, "CAM"), (EntityType.Material, "sample 2"));

        Assert.Equal(["GDC"], new HybridEntityTagger(new Fixed(1.0), model).Tag(sentence, domain).Select(m => m.Text));
    }

    [Fact]
    public void A_model_name_without_a_letter_is_none()
    {
        const string sentence = "It complements interface engineering,25,26 since leakage matters.";
        var model = new Fixed(0.9, (EntityType.Strategy, "25,26"), (EntityType.Strategy, "interface engineering"));

        Assert.Equal(["interface engineering"], new HybridEntityTagger(new Fixed(1.0), model).Tag(sentence).Select(m => m.Text));
    }

    [Fact]
    public void A_citation_glued_to_a_word_or_unit_is_read_past_and_offsets_stay_the_sentence_s()
    {
        const string sentence = "Its CCD exceeds 1 mA cm⁻².⁵⁴⁻⁵⁹ after polishing.⁶⁰";
        var tagger = new HybridEntityTagger(RuleEntityTagger.Instance, new Fixed(0.9));

        var mentions = tagger.Tag(sentence);

        Assert.Contains(mentions, m => m.Type == EntityType.Quantity && m.Text == "1 mA cm⁻²");
        Assert.Contains(mentions, m => m.Type == EntityType.Strategy && m.Text == "polishing");
        Assert.All(mentions, m => Assert.Equal(sentence[m.Start..m.End], m.Text));
    }

    [Fact]
    public void A_model_strategy_that_is_a_general_process_with_a_quality_is_left_out() =>
        Assert.DoesNotContain(
            new HybridEntityTagger(RuleEntityTagger.Instance, new Fixed(0.9, (EntityType.Strategy, "final treatment"))).Tag("Lithium was attached after the final treatment."),
            m => m.Type == EntityType.Strategy);
}
