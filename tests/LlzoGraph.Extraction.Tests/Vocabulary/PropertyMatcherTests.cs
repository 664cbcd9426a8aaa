using LlzoGraph.Core.Facts;
using LlzoGraph.Extraction.Vocabulary;

namespace LlzoGraph.Extraction.Tests.Vocabulary;

public class PropertyMatcherTests
{
    [Theory]
    [InlineData("the CCD rose", Property.CriticalCurrentDensity, "CCD")]
    [InlineData("it extended the cycling lifetime beyond 1500 h", Property.CycleLife, "cycling lifetime")]
    [InlineData("the CCDs rose", Property.CriticalCurrentDensity, "CCDs")]
    [InlineData("the critical current density rose", Property.CriticalCurrentDensity, "critical current density")]
    [InlineData("Critical Current Density", Property.CriticalCurrentDensity, "Critical Current Density")]
    [InlineData("critical current densities of", Property.CriticalCurrentDensity, "critical current densities")]
    [InlineData("the interface impedance fell", Property.InterfacialResistance, "interface impedance")]
    [InlineData("the interfacial impedance fell", Property.InterfacialResistance, "interfacial impedance")]
    [InlineData("the interfacial resistance fell", Property.InterfacialResistance, "interfacial resistance")]
    [InlineData("the ASR fell", Property.InterfacialResistance, "ASR")]
    [InlineData("area-specific resistance", Property.InterfacialResistance, "area-specific resistance")]
    [InlineData("charge-transfer resistance", Property.InterfacialResistance, "charge-transfer resistance")]
    [InlineData("the ionic conductivity rose", Property.IonicConductivity, "ionic conductivity")]
    [InlineData("Li-ion conductivity", Property.IonicConductivity, "Li-ion conductivity")]
    [InlineData("the electronic conductivity", Property.ElectronicConductivity, "electronic conductivity")]
    [InlineData("a long cycle life", Property.CycleLife, "cycle life")]
    [InlineData("the cycling stability", Property.CycleLife, "cycling stability")]
    [InlineData("a high discharge capacity", Property.SpecificCapacity, "discharge capacity")]
    [InlineData("the areal capacity", Property.ArealCapacity, "areal capacity")]
    [InlineData("a low overpotential", Property.Overpotential, "overpotential")]
    [InlineData("the activation energy", Property.ActivationEnergy, "activation energy")]
    [InlineData("the shear modulus", Property.ShearModulus, "shear modulus")]
    public void Maps_each_synonym_to_its_property(string text, Property property, string matched)
    {
        var mention = Assert.Single(PropertyMatcher.Find(text));
        Assert.Equal(property, mention.Value);
        Assert.Equal(matched, mention.Text);
        Assert.Equal(matched, text[mention.Start..mention.End]);
    }

    [Theory]
    [InlineData("the ccd rose")]
    [InlineData("the asr fell")]
    [InlineData("CCDX and XASR")]
    [InlineData("a resistance")]
    [InlineData("the pellet")]
    [InlineData("")]
    public void Abbreviations_match_only_as_written_and_as_whole_words(string text)
    {
        Assert.Empty(PropertyMatcher.Find(text));
    }

    [Fact]
    public void The_longest_synonym_wins_and_mentions_do_not_overlap()
    {
        var found = PropertyMatcher.Find("the electronic conductivity and the ionic conductivity");
        Assert.Equal([Property.ElectronicConductivity, Property.IonicConductivity], found.Select(f => f.Value));
        Assert.Equal(["electronic conductivity", "ionic conductivity"], found.Select(f => f.Text));
    }

    [Fact]
    public void Mentions_are_in_text_order()
    {
        var found = PropertyMatcher.Find("The ASR fell while the CCD and the cycle life rose.");
        Assert.Equal([Property.InterfacialResistance, Property.CriticalCurrentDensity, Property.CycleLife], found.Select(f => f.Value));
    }

    [Theory]
    [InlineData("It reached 0.82 mS cm⁻¹ at 25 °C.", Property.IonicConductivity)]
    [InlineData("Its electronic conductivity stayed at 10⁻⁸ S cm⁻¹.", null)]
    [InlineData("Electrons leak at 10⁻⁸ S/cm.", null)]
    public void A_conductivity_unit_names_the_ionic_one_unless_the_sentence_speaks_of_electrons(string sentence, Property? expected) =>
        Assert.Equal(expected, PropertyMatcher.ImpliedBy(LlzoGraph.Core.Units.Unit.Parse("S/cm").GetValueOrThrow(), sentence));
}
