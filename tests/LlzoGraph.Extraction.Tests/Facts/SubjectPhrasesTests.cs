using LlzoGraph.Extraction.Facts;
using LlzoGraph.Extraction.Vocabulary;

namespace LlzoGraph.Extraction.Tests.Facts;

public class SubjectPhrasesTests
{
    /// <summary>The subject phrase of the clause holding the first occurrence of <paramref name="value"/>.</summary>
    private static SubjectPhrases.Phrase? Find(string sentence, string value) =>
        SubjectPhrases.Find(sentence, 0, sentence.Length, sentence.IndexOf(value, StringComparison.Ordinal));

    [Theory]
    [InlineData("The CPE with 10 wt% LLZO provided an ionic conductivity of 0.2 mS cm⁻¹.", "0.2", "The CPE with 10 wt% LLZO")]
    [InlineData("Plasma cleaning has also been explored: Ar plasma for 10 min lowered the ASR to 65 Ω cm².", "65", "Ar plasma for 10 min")]
    [InlineData("As a result, the cell prepared with this anode achieved a CCD of 1.4 mA cm⁻².", "1.4", "the cell prepared with this anode")]
    [InlineData("After annealing at 300 °C, the Li₃PO₄ layer reduced the resistance to 9 Ω cm².", "9 Ω", "the Li₃PO₄ layer")]
    [InlineData("The cell assembled with Li metal modified with AlN cycled for 500 h.", "500", "The cell assembled with Li metal modified with AlN")]
    [InlineData("The FGLA dramatically reduced the impedance to 1 Ω cm².", "1 Ω", "The FGLA")]
    [InlineData("The SnO₂ interlayer, unlike the ZnO coating, reached a CCD of 1.5 mA cm⁻².", "1.5", "The SnO₂ interlayer")]
    [InlineData("Due to the effect of Co, Nb, and Ba, the doped pellet exhibited 0.3 mS cm⁻¹.", "0.3", "the doped pellet")]
    [InlineData("Since Kim's group reported it, the conductivity of LLZO has increased to 1 mS cm⁻¹.", "1 mS", "the conductivity of LLZO")]
    [InlineData("Li₃N formed in situ, whereas the bare cell delivered only 35 mA h g⁻¹.", "35", "the bare cell")]
    [InlineData("Li₃N formed, whereas the cell without the Li2,5C0,5B0,5O3 additive delivered 35 mA h g⁻¹.", "35", "the cell without the Li2,5C0,5B0,5O3 additive")]
    [InlineData("Moreover the Ga-LLZO pellet showed a CCD of 0.9 mA cm⁻².", "0.9", "the Ga-LLZO pellet")]
    [InlineData("Kim et al. densified the pellets. ⁴ The Ga-LLZO pellet showed a CCD of 0.9 mA cm⁻².", "0.9", "The Ga-LLZO pellet")]
    [InlineData("Kim et al. found that the LiF-coated pellet delivered a CCD of 0.9 mA cm⁻².", "0.9", "the LiF-coated pellet")]
    [InlineData("According to Kim et al., the dense pellet showed a CCD of 0.9 mA cm⁻².", "0.9", "the dense pellet")]
    [InlineData("Coating LLZO with Al₂O₃ lowered the resistance to 4 Ω cm².", "4 Ω", "Coating LLZO with Al₂O₃")]
    [InlineData("The increase of density raised the CCD to 0.9 mA cm⁻².", "0.9", "The increase of density")]
    [InlineData("The results of Kim et al. showed that the Ga-LLZO pellet reached 0.9 mA cm⁻².", "0.9", "the Ga-LLZO pellet")]
    [InlineData("The bare pellet reached 0.3 mA cm⁻², and the AlN interlayer raised the CCD to 1.2 mA cm⁻².", "1.2", "the AlN interlayer")]
    [InlineData("The bare pellet reached 0.3 mA cm⁻², and the AlN interlayer raised the CCD to 1.2 mA cm⁻².", "0.3", "The bare pellet")]
    [InlineData("The AlN interlayer lowered the ASR to 5 Ω cm², and increased the CCD to 1.2 mA cm⁻².", "1.2", "The AlN interlayer")]
    [InlineData("The AlN interlayer lowered the ASR to 5 Ω cm², and the CCD rose to 1.2 mA cm⁻².", "1.2", "The AlN interlayer")]
    [InlineData("The AlN interlayer lowered the ASR to 5 Ω cm², and it raised the CCD to 1.2 mA cm⁻².", "1.2", "The AlN interlayer")]
    public void The_subject_is_the_noun_phrase_before_the_main_verb_of_the_values_clause(string sentence, string value, string expected)
    {
        var phrase = Find(sentence, value);

        Assert.NotNull(phrase);
        Assert.Equal(expected, phrase.Text);
        Assert.Equal(expected, sentence[phrase.Start..phrase.End]);
        Assert.False(phrase.Agent);
    }

    [Theory]
    [InlineData("As a result, a CCD of 1.1 mA cm⁻² was achieved by LiF-coated LLZO at room temperature.", "LiF-coated LLZO")]
    [InlineData("A resistance as low as 3 Ω cm² was obtained for the AlN-coated LLZO, close to the ideal.", "AlN-coated LLZO")]
    [InlineData("A CCD of 1.1 mA cm⁻² was reached in symmetric cells with Ga-LLZO.", "symmetric cells with Ga-LLZO")]
    public void A_value_inside_a_passive_subject_belongs_to_the_agent_after_by_or_what_it_was_reached_in(string sentence, string agent)
    {
        var phrase = Find(sentence, sentence.First(char.IsDigit).ToString());

        Assert.NotNull(phrase);
        Assert.Equal(agent, phrase.Text);
        Assert.True(phrase.Agent);
    }

    [Fact]
    public void A_value_described_as_what_the_subject_has_belongs_to_the_noun_before_with()
    {
        var phrase = Find("A free-standing LLZO membrane with a thickness of 25 µm was obtained by tape casting.", "25");

        Assert.NotNull(phrase);
        Assert.Equal("A free-standing LLZO membrane", phrase.Text);
    }

    [Theory]
    [InlineData("As a result, a lifespan of over 400 cycles was achieved.", "400")]
    [InlineData("Park et al. reported a CCD of 1.3 mA cm⁻² for the cell.", "1.3")]
    [InlineData("They achieved a CCD of 1.3 mA cm⁻².", "1.3")]
    [InlineData("This led to a dense pellet with a CCD of 1.3 mA cm⁻², and fillers can help.", "1.3")]
    [InlineData("This led to a dense pellet with a CCD of 1.3 mA cm⁻². ¹² Similarly, fillers such as ZrO₂ can help.", "1.3")]
    [InlineData("The pellet was coated, which raised the CCD to 1.3 mA cm⁻².", "1.3")]
    [InlineData("With a CCD of 1.3 mA cm⁻² and no verb at all", "1.3")]
    public void Pronouns_people_and_a_value_with_no_agent_give_no_subject_phrase(string sentence, string value)
    {
        Assert.Null(Find(sentence, value));
    }

    [Theory]
    [InlineData("The ionic conductivity of the Ga-LLZO pellet rose to 1.1 mS cm⁻¹.", "1.1", "Ga-LLZO pellet")]
    [InlineData("Ga-LLZO's ionic conductivity was 1.1 mS cm⁻¹.", "1.1", "Ga-LLZO")]
    [InlineData("They raised the ionic conductivity of Al-LLZO to 1.1 mS cm⁻¹.", "1.1", "Al-LLZO")]
    public void The_x_of_the_property_of_x_is_read_between_the_property_and_the_value(string sentence, string value, string expected)
    {
        var property = Assert.Single(PropertyMatcher.Find(sentence));

        var phrase = SubjectPhrases.Of(sentence, property, sentence.IndexOf(value, StringComparison.Ordinal));

        Assert.Equal(expected, phrase?.Text);
    }

    [Theory]
    [InlineData("The CCD reached 1.2 mA cm⁻² for Al-LLZO and 0.6 mA cm⁻² for Ga-LLZO.", "1.2 mA cm⁻²", "Al-LLZO")]
    [InlineData("The CCD reached 1.2 mA cm⁻² for the coated pellet, twice the bare one.", "1.2 mA cm⁻²", "coated pellet")]
    [InlineData("The cell cycled at 0.2 mA cm⁻² for 500 h.", "0.2 mA cm⁻²", null)]
    [InlineData("An ASR of 26 Ω cm² (vs. 1200 Ω cm² for the pristine pellet).", "1200 Ω cm²", "pristine pellet")]
    [InlineData("DFT gives a migration barrier of 0.29 eV in Ga-LLZO.", "0.29 eV", "Ga-LLZO")]
    public void What_a_value_is_given_for_is_read_right_after_it(string sentence, string value, string? expected)
    {
        var end = sentence.IndexOf(value, StringComparison.Ordinal) + value.Length;

        Assert.Equal(expected, SubjectPhrases.For(sentence, end, sentence.Length)?.Text);
    }
}
