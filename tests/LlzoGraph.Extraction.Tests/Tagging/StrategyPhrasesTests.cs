using LlzoGraph.Extraction.Tagging;

namespace LlzoGraph.Extraction.Tests.Tagging;

public sealed class StrategyPhrasesTests
{
    private static string[] Found(string sentence) => StrategyPhrases.Find(sentence).Select(s => sentence[s.Start..s.End]).ToArray();

    [Theory]
    [InlineData("The pellets were densified by rapid thermal annealing in argon.", "rapid thermal annealing")]
    [InlineData("After calcination, the powder was pressed.", "calcination")]
    [InlineData("We applied an ultrasonic cleaning technique to the pellets.", "ultrasonic cleaning technique")]
    [InlineData("A thin silver interlayer was sputtered onto the garnet.", "silver interlayer")]
    [InlineData("Cells with the Li-Mg anode cycled longer.", "Li-Mg anode")]
    [InlineData("Applying a moderate stack pressure closed the voids.", "stack pressure")] // an amount is no part of it
    [InlineData("Carbon-free composite cathodes were cast on the pellet.", "Carbon-free composite cathodes")]
    [InlineData("A 3D nickel scaffold and 2D interlayers were compared.", "3D nickel scaffold")]
    [InlineData("A 3D nickel scaffold and 2D interlayers were compared.", "2D interlayers")]
    [InlineData("Electron conductive layers and mixed ion/electron conductive layers differ.", "Electron conductive layers")]
    [InlineData("Electron conductive layers and mixed ion/electron conductive layers differ.", "mixed ion/electron conductive layers")]
    [InlineData("A quick acid treatment and an ideal buffer interlayer help.", "acid treatment")]
    [InlineData("A porous zinc layer and a protective carbon coating were added.", "porous zinc layer")]
    [InlineData("A porous zinc layer and a protective carbon coating were added.", "carbon coating")]
    [InlineData("An in situ lithiated zinc layer formed.", "in situ lithiated zinc layer")]
    [InlineData("It raised the mechanical strength PEO interlayer.", "PEO interlayer")]
    [InlineData("A 5% silver interlayer and a uniformly gold interlayer.", "silver interlayer")] // numbers and adverbs qualify none
    [InlineData("A 5% silver interlayer and a uniformly gold interlayer.", "gold interlayer")]
    [InlineData("A quick acid treatment and an ideal buffer interlayer help.", "buffer interlayer")]
    [InlineData("An in-situ formed LiF layer protects the anode.", "in-situ formed LiF layer")]
    [InlineData("A sputtered Cu layer was added.", "sputtered Cu layer")]
    [InlineData("Metals were deposited by thermal evaporation.", "thermal evaporation")]
    [InlineData("By spin-coating a polymer, the contact improved.", "spin-coating")]
    [InlineData("Sintering aids such as Li3BO3 help.", "Sintering aids")]
    [InlineData("Porous hosts and bilayer frameworks were compared.", "bilayer frameworks")]
    [InlineData("A brief acid treatment sufficed.", "acid treatment")]
    [InlineData("A continuous V2O5 layer formed.", "V2O5 layer")]
    [InlineData("Ga doping and grain-boundary engineering both help.", "Ga doping")]
    [InlineData("A ZnO film and an Al2O3 overlayer were compared.", "Al2O3 overlayer")]
    [InlineData("A Li–Ta–O buffer and a sol–gel coating were used.", "Li–Ta–O buffer")]
    [InlineData("A Li–Ta–O buffer and a sol–gel coating were used.", "sol–gel coating")]
    [InlineData("An ionically conducting buffer sat on vertically aligned LLZO microchannels.", "ionically conducting buffer")]
    [InlineData("An ionically conducting buffer sat on vertically aligned LLZO microchannels.", "vertically aligned LLZO microchannels")]
    [InlineData("A 1 h anneal under argon and an artificial Li3N-rich SEI were combined.", "anneal")]
    [InlineData("A 1 h anneal under argon and an artificial Li3N-rich SEI were combined.", "artificial Li3N-rich SEI")]
    [InlineData("The Li3BO3-based catholyte suits a dense/porous bilayer.", "Li3BO3-based catholyte")]
    [InlineData("It works only since stack pressure is applied.", "stack pressure")]
    [InlineData("Ga doping and grain-boundary engineering both help.", "grain-boundary engineering")]
    [InlineData("An HCl etch, laser ablation and carbothermal reduction remove the carbonate.", "HCl etch")]
    [InlineData("An HCl etch, laser ablation and carbothermal reduction remove the carbonate.", "laser ablation")]
    [InlineData("An HCl etch, laser ablation and carbothermal reduction remove the carbonate.", "carbothermal reduction")]
    [InlineData("An Ar plasma cleans the surface before spark plasma sintering.", "Ar plasma")]
    [InlineData("An Ar plasma cleans the surface before spark plasma sintering.", "spark plasma sintering")]
    [InlineData("Sol–gel synthesis and the Pechini method beat the solid-state reaction.", "Sol–gel synthesis")]
    [InlineData("Sol–gel synthesis and the Pechini method beat the solid-state reaction.", "Pechini method")]
    [InlineData("Sol–gel synthesis and the Pechini method beat the solid-state reaction.", "solid-state reaction")]
    [InlineData("An evaporated Sn film and alloy-forming interlayers were compared.", "evaporated Sn film")]
    [InlineData("An evaporated Sn film and alloy-forming interlayers were compared.", "alloy-forming interlayers")]
    [InlineData("Aliovalent substitution, furnace cooling and dry-room handling matter.", "Aliovalent substitution")]
    [InlineData("Aliovalent substitution, furnace cooling and dry-room handling matter.", "furnace cooling")]
    [InlineData("Aliovalent substitution, furnace cooling and dry-room handling matter.", "dry-room handling")]
    [InlineData("The four lithiophilic coatings, for example acid etching, explain why oxide coatings help.", "lithiophilic coatings")]
    [InlineData("The four lithiophilic coatings, for example acid etching, explain why oxide coatings help.", "acid etching")]
    [InlineData("The four lithiophilic coatings, for example acid etching, explain why oxide coatings help.", "oxide coatings")]
    [InlineData("Surface treatments and Cu meshes were compared.", "Surface treatments")]
    [InlineData("Surface treatments and Cu meshes were compared.", "Cu meshes")]
    [InlineData("Wet chemical passivation, thermal nitridation, bipolar stacking and screen printing were compared.", "Wet chemical passivation")]
    [InlineData("Wet chemical passivation, thermal nitridation, bipolar stacking and screen printing were compared.", "thermal nitridation")]
    [InlineData("Wet chemical passivation, thermal nitridation, bipolar stacking and screen printing were compared.", "bipolar stacking")]
    [InlineData("Wet chemical passivation, thermal nitridation, bipolar stacking and screen printing were compared.", "screen printing")]
    [InlineData("In situ polymerisation and elevated-temperature operation help a lithiophilic ZnO film.", "In situ polymerisation")]
    [InlineData("In situ polymerisation and elevated-temperature operation help a lithiophilic ZnO film.", "elevated-temperature operation")]
    [InlineData("In situ polymerisation and elevated-temperature operation help a lithiophilic ZnO film.", "lithiophilic ZnO film")]
    [InlineData("Stack pressures and a sequential tape casting under limited pressure.", "Stack pressures")]
    [InlineData("Co-sintering survives, whereas in situ polymerisation avoids solvent casting.", "in situ polymerisation")]
    [InlineData("Co-sintering survives, whereas in situ polymerisation avoids solvent casting.", "solvent casting")]
    [InlineData("Grain-size control, grain refinement, mechanical mixing and templating with a cellulose template help.", "Grain-size control")]
    [InlineData("Grain-size control, grain refinement, mechanical mixing and templating with a cellulose template help.", "grain refinement")]
    [InlineData("Grain-size control, grain refinement, mechanical mixing and templating with a cellulose template help.", "mechanical mixing")]
    [InlineData("Grain-size control, grain refinement, mechanical mixing and templating with a cellulose template help.", "cellulose template")]
    [InlineData("A LiAlO₂ grain-boundary phase, a bilayer design, silane coupling agents and an HCl dip were compared.", "LiAlO₂ grain-boundary phase")]
    [InlineData("A LiAlO₂ grain-boundary phase, a bilayer design, silane coupling agents and an HCl dip were compared.", "bilayer design")]
    [InlineData("A LiAlO₂ grain-boundary phase, a bilayer design, silane coupling agents and an HCl dip were compared.", "silane coupling agents")]
    [InlineData("A LiAlO₂ grain-boundary phase, a bilayer design, silane coupling agents and an HCl dip were compared.", "HCl dip")]
    [InlineData("Neither ion implantation nor laser treatment, nor so-called conversion-type interlayers, nor melt infusion.", "ion implantation")]
    [InlineData("Neither ion implantation nor laser treatment, nor so-called conversion-type interlayers, nor melt infusion.", "laser treatment")]
    [InlineData("Neither ion implantation nor laser treatment, nor so-called conversion-type interlayers, nor melt infusion.", "conversion-type interlayers")]
    [InlineData("Neither ion implantation nor laser treatment, nor so-called conversion-type interlayers, nor melt infusion.", "melt infusion")]
    [InlineData("Engineering lithiophilic coatings decides whether lithiophilic coatings help after energy-intensive sintering.", "lithiophilic coatings")]
    [InlineData("Engineering lithiophilic coatings decides whether lithiophilic coatings help after energy-intensive sintering.", "sintering")]
    [InlineData("Stack pressures and a sequential tape casting under limited pressure.", "tape casting")]
    [InlineData("Among alloy-forming interlayers, a Li₃PO₄ skin and dry-room-compatible surface treatments stand out.", "alloy-forming interlayers")]
    [InlineData("Among alloy-forming interlayers, a Li₃PO₄ skin and dry-room-compatible surface treatments stand out.", "Li₃PO₄ skin")]
    [InlineData("Among alloy-forming interlayers, a Li₃PO₄ skin and dry-room-compatible surface treatments stand out.", "surface treatments")]
    public void A_process_or_design_phrase_is_found_with_its_qualifiers(string sentence, string expected) =>
        Assert.Contains(expected, Found(sentence));

    [Theory]
    [InlineData("The anode was pressed onto the pellet.")]
    [InlineData("The treatment lasted two hours.")]
    [InlineData("Uneven lithium deposition causes dendrites.")]
    [InlineData("Graphite anodes and layered oxide cathodes are common.")]
    [InlineData("By adding interlayers the cells improved.")]
    [InlineData("Making thin plates involves pressing.")]
    [InlineData("The surface layer was removed.")]
    [InlineData("A protective layer forms.")]
    [InlineData("Lithium evaporation during firing lowers the density.")]
    [InlineData("No single treatment suffices.")]
    [InlineData("The modification lasted long.")]
    [InlineData("Grain boundaries act as electron conduction channels.")]
    [InlineData("The annealing process aids densification.")]
    [InlineData("It caused a reduction in resistance.")]
    [InlineData("PLD-grown LLZO films and the films were dense.")]
    [InlineData("The reaction route and the synthesis were slow.")]
    [InlineData("Coupled electrodeposition and cell operation, forming intergranular networks.")]
    [InlineData("The grain-boundary phase, a LiAlO2-rich grain-boundary phase and cation mixing; the design matters.")]
    [InlineData("")]
    public void A_bare_design_a_general_process_a_plating_or_an_electrode_of_one_material_is_not_a_strategy(string sentence) =>
        Assert.DoesNotContain(Found(sentence), f => f is "anode" or "treatment" or "lithium deposition" or "Lithium evaporation" or "No single treatment" or "single treatment" or "annealing process aids" or "process aids" or "modification" or "electron conduction channels" or "conduction channels" or "Uneven lithium deposition" or "Graphite anodes" or "layered oxide cathodes" or "adding interlayers"
            or "plates involves pressing" or "thin plates involves pressing" or "surface layer" or "protective layer"
            or "reduction" or "PLD-grown LLZO films" or "LLZO films" or "films" or "reaction route" or "synthesis"
            or "Coupled electrodeposition" or "cell operation" or "operation" or "forming intergranular networks"
            or "grain-boundary phase" or "LiAlO2-rich grain-boundary phase" or "cation mixing" or "design");

    [Theory]
    [InlineData("Ways to fix contacts include co-sintering.", "Ways to fix contacts include co-sintering", "co-sintering")]
    [InlineData("(ii) Ionic conductive layers help.", "(ii) Ionic conductive layers", "Ionic conductive layers")]
    [InlineData("A pure ionic conductive interphase forms.", "pure ionic conductive interphase", "ionic conductive interphase")]
    [InlineData("The AlN interlayer helps.", "AlN interlayer", "AlN interlayer")]
    public void A_span_of_another_rule_starts_after_words_that_cannot_qualify_a_strategy(string sentence, string span, string expected)
    {
        var start = sentence.IndexOf(span, StringComparison.Ordinal);

        var trimmed = StrategyPhrases.TrimmedStart(sentence, start, start + span.Length);

        Assert.Equal(expected, sentence[trimmed..(start + span.Length)]);
    }

    [Fact]
    public void A_method_word_joins_the_name_but_process_does_not()
    {
        Assert.Contains("ultrafast sintering method", Found("They used an ultrafast sintering method."));
        Assert.Contains("calcination", Found("The calcination process removed it."));
        Assert.DoesNotContain("calcination process", Found("The calcination process removed it."));
    }

    [Theory]
    [InlineData("A spin coating technology was used.", "spin coating", "spin coating technology")]
    [InlineData("The spin coating process was used.", "spin coating", "spin coating")]
    [InlineData("The acid treatment approach was used.", "acid treatment", "acid treatment")]
    public void A_span_of_another_rule_takes_the_method_words_after_it(string sentence, string span, string expected)
    {
        var start = sentence.IndexOf(span, StringComparison.Ordinal);

        Assert.Equal(expected, sentence[start..StrategyPhrases.ExtendedEnd(sentence, start + span.Length)]);
    }

    [Theory]
    [InlineData("Li deposition", true)]
    [InlineData("uneven lithium metal deposition", true)]
    [InlineData("atomic layer deposition", false)]
    [InlineData("deposition", true)] // too general alone
    [InlineData("lithium evaporation", true)]
    [InlineData("thermal evaporation", false)]
    public void Plating_and_a_bare_general_process_are_told_from_a_deposition_strategy(string span, bool plating) =>
        Assert.Equal(plating, StrategyPhrases.NamesNoStrategy(span, 0, span.Length));

    [Theory]
    [InlineData("The passivated Li₂CO₃ layer grew.", "passivated Li₂CO₃ layer", true)]
    [InlineData("A Li2CO3 layer and LiOH layers form in air.", "LiOH layers", true)]
    [InlineData("A Li2CO3 layer and LiOH layers form in air.", "Li2CO3 layer", true)]
    [InlineData("A Li₃PO₄ layer was coated.", "Li₃PO₄ layer", false)]
    [InlineData("Controlling the sintering atmosphere helps.", "sintering", true)]
    [InlineData("It lowers the sintering temperature.", "sintering", true)]
    [InlineData("Thin-film batteries avoid it.", "Thin-film", true)]
    [InlineData("Sintering at 900 °C helps.", "Sintering", false)]
    [InlineData("A sintering additive was used.", "sintering", false)]
    [InlineData("Cubic LLZO conducts.", "Cubic", true)]
    [InlineData("The trilayer held.", "trilayer", false)]
    public void A_contaminant_layer_or_a_process_word_that_only_modifies_a_noun_names_no_strategy(string sentence, string span, bool none)
    {
        var start = sentence.IndexOf(span, StringComparison.Ordinal);
        Assert.Equal(none, StrategyPhrases.NamesNoStrategy(sentence, start, start + span.Length));
    }
}
