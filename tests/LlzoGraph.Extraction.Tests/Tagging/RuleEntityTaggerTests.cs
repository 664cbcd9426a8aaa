using LlzoGraph.Extraction.Tagging;

namespace LlzoGraph.Extraction.Tests.Tagging;

public sealed class RuleEntityTaggerTests
{
    [Fact]
    public void The_rule_finders_give_typed_spans_with_conditions_told_from_results()
    {
        const string sentence = "The ionic conductivity of LLZO reached 1.2 mS cm⁻¹ at 25 °C.";

        var mentions = RuleEntityTagger.Instance.Tag(sentence);

        Assert.Contains(mentions, m => m.Type == EntityType.Property && m.Text == "ionic conductivity");
        Assert.Contains(mentions, m => m.Type == EntityType.Material && m.Text == "LLZO");
        Assert.Contains(mentions, m => m.Type == EntityType.Quantity && m.Text.StartsWith("1.2", StringComparison.Ordinal));
        Assert.Contains(mentions, m => m.Type == EntityType.Condition && m.Text.StartsWith("25", StringComparison.Ordinal));
        Assert.All(mentions, m => Assert.Equal(m.Text, sentence[m.Start..m.End]));
        Assert.Empty(RuleEntityTagger.Instance.Tag(""));
    }

    [Fact]
    public void Room_temperature_is_a_condition_only_of_a_stated_value()
    {
        var stated = RuleEntityTagger.Instance.Tag("The cell reached a CCD of 1.2 mA cm⁻² at room temperature.");
        var process = RuleEntityTagger.Instance.Tag("Lithium carbonate forms at room temperature in humid air.");

        Assert.Contains(stated, m => m.Type == EntityType.Condition && m.Text == "room temperature");
        Assert.DoesNotContain(process, m => m.Text == "room temperature");
    }

    [Fact]
    public void A_temperature_is_a_condition_only_where_the_sentence_states_a_value_it_qualifies()
    {
        var stated = RuleEntityTagger.Instance.Tag("The CCD reached 1.2 mA cm⁻² at 60 °C.");
        var process = RuleEntityTagger.Instance.Tag("The pellets were annealed at 400 °C in argon.");

        Assert.Contains(stated, m => m.Type == EntityType.Condition && m.Text == "60 °C");
        Assert.Contains(process, m => m.Type == EntityType.Quantity && m.Text == "400 °C");
        Assert.DoesNotContain(process, m => m.Type == EntityType.Condition);
    }

    [Fact]
    public void A_short_form_the_paper_defines_for_a_strategy_is_a_strategy_wherever_it_stands()
    {
        var paper = DocumentTerms.Of("Films were grown by pulsed laser deposition (PLD). Gadolinium-doped ceria (GDC) was the substrate. A porous zinc layer (PZL) was added.");
        const string sentence = "The PLD films on GDC were dense, unlike PLDX.";

        var strategies = RuleEntityTagger.Instance.Tag(sentence, TaggingDomain.Project, paper).Where(m => m.Type == EntityType.Strategy).Select(m => m.Text).ToList();

        Assert.Contains("PLD", strategies);
        Assert.DoesNotContain("GDC", strategies);
        Assert.DoesNotContain("PLDX", strategies);
        Assert.Equal(DocumentTerms.TermKind.Strategy, paper.KindOf("PLD"));
        Assert.Equal(DocumentTerms.TermKind.Substance, paper.KindOf("GDC"));
        Assert.Equal(DocumentTerms.TermKind.Strategy, paper.KindOf("PZL"));
        Assert.DoesNotContain(RuleEntityTagger.Instance.Tag(sentence), m => m.Type == EntityType.Strategy && m.Text == "PLD");
    }

    [Theory]
    [InlineData("Rapid thermal annealing removed the carbonate.", "Rapid thermal annealing")]
    [InlineData("Uneven Li deposition was seen.", null)]
    public void A_strategy_phrase_wider_than_the_finder_span_wins_and_plating_is_no_strategy(string sentence, string? expected)
    {
        var strategies = RuleEntityTagger.Instance.Tag(sentence).Where(m => m.Type == EntityType.Strategy).Select(m => m.Text).ToList();

        if (expected is null)
        {
            Assert.Empty(strategies);
        }
        else
        {
            Assert.Equal([expected], strategies);
        }
    }

    [Theory]
    [InlineData("The cells showed stable cycling of 500 h.", "cycling")]
    [InlineData("The cathode kept 90% of its initial capacity.", "capacity")]
    [InlineData("The symmetric cell cycled for 800 h.", null)]
    [InlineData("A high ionic conductivity was reached.", "ionic conductivity")]
    public void A_property_span_leaves_out_the_cue_words_of_its_synonym(string sentence, string? expected)
    {
        var properties = RuleEntityTagger.Instance.Tag(sentence).Where(m => m.Type == EntityType.Property).Select(m => m.Text).ToList();

        Assert.Equal(expected is null ? [] : [expected], properties);
    }

    [Fact]
    public void A_c_rate_qualifying_a_value_is_a_condition()
    {
        var mentions = RuleEntityTagger.Instance.Tag("A discharge capacity of 150 mA h g⁻¹ was kept at 0.5C (Fig. 2g).");

        Assert.Contains(mentions, m => m.Type == EntityType.Condition && m.Text == "0.5C");
        Assert.DoesNotContain(mentions, m => m.Text.Contains('g', StringComparison.Ordinal) && m.Text.StartsWith('2'));
    }
}
