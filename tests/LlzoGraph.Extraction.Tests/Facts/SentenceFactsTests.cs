using LlzoGraph.Core.Documents;
using LlzoGraph.Core.Facts;
using LlzoGraph.Extraction.Citations;
using LlzoGraph.Extraction.Facts;
using LlzoGraph.Extraction.Tagging;

namespace LlzoGraph.Extraction.Tests.Facts;

public class SentenceFactsTests
{
    private static List<Measurement> Extract(string paragraph, IReadOnlyDictionary<int, Subject>? tableSubjects = null) =>
        new SentenceFacts(tableSubjects ?? new Dictionary<int, Subject>(), new CitationIndex([]))
            .Extract(new Block(7, BlockKind.Paragraph, paragraph, "2.1 Interlayers"))
            .ToList();

    /// <summary>As the pipeline reads a paragraph: with the rule tagger's strategy and material mentions.</summary>
    private static List<Measurement> ExtractTagged(string paragraph) =>
        new SentenceFacts(new Dictionary<int, Subject>(), new CitationIndex([]), RuleEntityTagger.Instance)
            .Extract(new Block(7, BlockKind.Paragraph, paragraph, "2.1 Interlayers"))
            .ToList();

    [Fact]
    public void Properties_listed_with_respectively_pair_with_the_values_in_order()
    {
        var known = Extract("The interfacial resistance and the CCD of the Y₂O₃ interlayer were 5 Ω cm² and 1.2 mA cm⁻², respectively.");
        var unknown = Extract("The Young's modulus and Vickers hardness of the Y₂O₃ interlayer were 148 GPa and 9.1 GPa, respectively.");

        Assert.Equal([(Property.InterfacialResistance, 5.0), (Property.CriticalCurrentDensity, 1.2)], known.Select(m => (m.Property, m.Quantity.Value)));
        var modulus = Assert.Single(unknown);
        Assert.Equal((Property.YoungsModulus, 148.0), (modulus.Property, modulus.Quantity.Value));
    }

    [Fact]
    public void A_material_named_with_its_partner_is_the_subject_by_its_whole_name()
    {
        var m = ExtractTagged("The PEO-LLZTO membrane delivered an ionic conductivity of 0.2 mS cm⁻¹ at 60 °C.");

        Assert.Equal("PEO-LLZTO", Assert.Single(m).Subject.Name);
    }

    [Fact]
    public void A_method_that_made_the_named_strategy_is_not_the_subject()
    {
        const string sentence = "An Al₂O₃ layer was deposited on garnet by ALD, which decreased the interfacial resistance to 1 Ω cm².";
        var tagged = ExtractTagged(sentence);

        Assert.Equal("Al₂O₃ layer", Assert.Single(tagged).Subject.Name);
        var densified = ExtractTagged("Nb-doped LLZO densified by SPS reached an ionic conductivity of 0.5 mS cm⁻¹.");
        Assert.Equal("Nb-doped LLZO", Assert.Single(densified).Subject.Name);
        Assert.Contains(RuleEntityTagger.Instance.Tag(sentence), m => m.Type == EntityType.Strategy && m.Text == "ALD");
    }

    [Fact]
    public void A_ccd_at_room_temperature_is_a_ccd_measured_at_twenty_five_degrees()
    {
        var m = Assert.Single(Extract("A Y₂O₃ interlayer raised the CCD of the cell to 1.3 mA cm⁻² at room temperature."));

        Assert.Equal(Property.CriticalCurrentDensity, m.Property);
        Assert.Equal(1.3, m.Quantity.Value, 9);
        Assert.Equal(13, m.Quantity.SiValue, 9);
        Assert.Equal("Y₂O₃ interlayer", m.Subject.Name);
        Assert.Equal(SubjectKind.Interlayer, m.Subject.Kind);
        var temperature = Assert.Single(m.Conditions);
        Assert.Equal("temperature", temperature.Name);
        Assert.Equal(25, temperature.Quantity.Value);
        Assert.Equal("°C", temperature.Quantity.Unit.Symbol);
    }

    [Theory]
    [InlineData("The Y₂O₃ interlayer gave an interfacial resistance of 9 Ω cm² at 0.3 mA cm⁻².", "current density", 0.3)]
    [InlineData("The Y₂O₃ interlayer gave an interfacial resistance of 9 Ω cm² under 5 MPa.", "pressure", 5)]
    [InlineData("The Y₂O₃ interlayer gave an interfacial resistance of 9 Ω cm² at 60 °C.", "temperature", 60)]
    [InlineData("The Y₂O₃ interlayer gave an interfacial resistance of 9 Ω cm² after 50 cycles.", "cycles", 50)]
    public void A_value_introduced_by_at_or_under_is_a_condition_of_the_result_not_a_result(string sentence, string condition, double value)
    {
        var m = Assert.Single(Extract(sentence));

        Assert.Equal(Property.InterfacialResistance, m.Property);
        Assert.Equal(9, m.Quantity.Value);
        var c = Assert.Single(m.Conditions);
        Assert.Equal(condition, c.Name);
        Assert.Equal(value, c.Quantity.Value, 9);
    }

    [Fact]
    public void A_sentence_of_conditions_only_gives_no_measurement()
    {
        Assert.Empty(Extract("The Y₂O₃ interlayer cell was cycled at 0.3 mA cm⁻² under 5 MPa at 60 °C."));
    }

    [Theory]
    [InlineData("The Y₂O₃ interlayer cell was held for 40 h.")]
    [InlineData("The Y₂O₃ interlayer was 40 nm away from the edge and weighed 3 g.")]
    [InlineData("In 2021 the Y₂O₃ interlayer was made by 3 groups.")]
    public void A_number_with_no_property_gives_no_fact(string sentence)
    {
        Assert.Empty(Extract(sentence));
    }

    [Theory]
    [InlineData("The interfacial resistance was lowered to 30 Ω cm² by the new layer.")]
    [InlineData("It reached a CCD of 1.3 mA cm⁻².")]
    public void A_value_with_nothing_to_belong_to_gives_no_fact(string sentence)
    {
        Assert.Empty(Extract(sentence));
    }

    [Fact]
    public void A_property_of_the_wrong_dimension_is_not_taken()
    {
        // "CCD" is named, but a time cannot be a current density
        Assert.Empty(Extract("The Y₂O₃ interlayer raised the CCD within 40 h."));
    }

    [Theory]
    [InlineData("The ionic conductivity of the CPE rose from ~10⁻⁶ to ~10⁻⁴ S cm⁻¹.", Qualifier.Approximately)]
    [InlineData("The ionic conductivity of the CPE rose from 10⁻⁶ to 10⁻⁴ S cm⁻¹.", Qualifier.Exact)]
    public void An_approximated_pair_approximates_both_values(string sentence, Qualifier qualifier)
    {
        var facts = Extract(sentence);

        Assert.Equal([1e-6, 1e-4], facts.Select(m => m.Quantity.Value));
        Assert.All(facts, m => Assert.Equal(qualifier, m.Quantity.Qualifier));
    }

    [Fact]
    public void A_fall_from_x_to_y_gives_two_measurements_the_after_one_changed_from_the_before_one()
    {
        var facts = Extract("A Y₂O₃ interlayer lowered the interfacial resistance from 870 to 26 Ω cm².");

        Assert.Equal(2, facts.Count);
        var (before, after) = (facts[0], facts[1]);
        Assert.Equal(870, before.Quantity.Value);
        Assert.Equal(26, after.Quantity.Value);
        Assert.Same(before, after.ChangedFrom);
        Assert.Null(before.ChangedFrom);
        Assert.All(facts, m => Assert.Equal(Property.InterfacialResistance, m.Property));
        Assert.All(facts, m => Assert.Empty(m.Conditions));
        Assert.All(facts, m => Assert.InRange(m.Confidence, 0.01, 1));
    }

    [Theory]
    [InlineData("A thin SnO₂ coating (about 20 nm) was grown on the pellet.", 20)]
    [InlineData("An Au interlayer of 150 nm was sputtered.", 150)]
    public void A_length_right_after_a_layer_is_its_thickness(string sentence, double nm)
    {
        var m = Assert.Single(Extract(sentence));
        Assert.Equal(Property.Thickness, m.Property);
        Assert.Equal(nm, m.Quantity.Value);
    }

    [Theory]
    [InlineData("The cell with an AlN interlayer gave a discharge capacity of 4 mA h cm⁻².", Property.ArealCapacity)]
    [InlineData("The cell with an AlN interlayer gave a discharge capacity of 140 mA h g⁻¹.", Property.SpecificCapacity)]
    public void The_unit_tells_which_capacity_is_meant(string sentence, Property property)
    {
        Assert.Equal(property, Assert.Single(Extract(sentence)).Property);
    }

    [Theory]
    [InlineData("A pouch cell with the thin garnet membrane would reach an energy density of 1100 Wh L⁻¹.", Property.VolumetricEnergyDensity)]
    [InlineData("A pouch cell with the thin garnet membrane would reach energy densities of 450 W h kg⁻¹.", Property.EnergyDensity)]
    [InlineData("A pouch cell with the thin garnet membrane would reach a volumetric energy density of 1100 Wh/L.", Property.VolumetricEnergyDensity)]
    [InlineData("A pouch cell with the thin garnet membrane would store 1100 Wh L⁻¹.", Property.VolumetricEnergyDensity)]
    public void The_unit_tells_which_energy_density_is_meant(string sentence, Property property)
    {
        Assert.Equal(property, Assert.Single(Extract(sentence)).Property);
    }

    [Fact]
    public void A_design_named_with_after_a_value_is_its_subject()
    {
        var found = Extract("The interfacial resistance stayed at 30 Ω cm² with an Sn interlayer and 45 Ω cm² with a ZnO coating after 50 cycles.");

        Assert.Equal([("Sn interlayer", 30.0), ("ZnO coating", 45.0)], found.Select(m => (m.Subject.Name, m.Quantity.Value)));
    }

    [Theory]
    [InlineData("Soft interlayers such as PEO-LiTFSI, with a Young's modulus of about 0.1 GPa, absorb the volume change.", "PEO-LiTFSI")]
    [InlineData("Soft interlayers such as PEO and PAN, with a Young's modulus of about 0.1 GPa, absorb the volume change.", "Soft interlayers")]
    public void A_class_given_by_one_example_is_measured_on_that_example(string sentence, string subject) =>
        Assert.Equal(subject, Assert.Single(ExtractTagged(sentence)).Subject.Name);

    [Fact]
    public void A_pressure_is_no_volumetric_energy_density()
    {
        var m = Assert.Single(Extract("Raising the stack pressure of the pouch cell with the thin garnet membrane to 5 MPa gave 850 Wh L⁻¹."));

        Assert.Equal((Property.VolumetricEnergyDensity, 850.0), (m.Property, m.Quantity.Value));
    }

    [Fact]
    public void A_value_of_what_the_subject_is_compared_with_is_not_the_subject_s()
    {
        var m = Assert.Single(Extract("Ta-doped LLZO has a shear modulus of 70 GPa, which is far higher than the value needed to stop dendrites (9 GPa)."));
        Assert.Equal(70, m.Quantity.Value);
    }

    [Fact]
    public void A_value_compared_with_that_of_a_named_sample_is_that_sample_s()
    {
        var found = Extract("The Y₂O₃ interlayer gives a CCD (1.1 mA cm⁻²) much higher than that of pristine LLZO (0.3 mA cm⁻²).");

        Assert.Equal([("Y₂O₃ interlayer", 1.1), ("pristine LLZO", 0.3)], found.Select(m => (m.Subject.Name, m.Quantity.Value)));
        Assert.All(found, m => Assert.Equal(Property.CriticalCurrentDensity, m.Property));
    }

    [Fact]
    public void A_clause_joined_by_and_with_its_own_named_subject_gives_its_values_that_subject()
    {
        var facts = Extract("The ZnO coating raised the CCD to 0.5 mA cm⁻², and the AlN interlayer raised the CCD to 1.2 mA cm⁻².");

        Assert.Equal([("ZnO coating", 0.5), ("AlN interlayer", 1.2)], facts.Select(m => (m.Subject.Name, m.Quantity.Value)));
    }

    [Fact]
    public void A_strategy_named_by_a_substance_word_is_the_subject_a_later_sentence_refers_to()
    {
        var m = Assert.Single(Extract("A graphite interlayer was placed between Li and LLZO. It reduced the interfacial resistance to 10 Ω cm²."));

        Assert.Equal("graphite interlayer", m.Subject.Name);
        Assert.Equal(SubjectKind.Interlayer, m.Subject.Kind);
    }

    [Theory]
    [InlineData("The Li₂CO₃ layer on the pellets was removed by an HF treatment. Then the interfacial resistance dropped to 20 Ω cm².")]
    [InlineData("An HF treatment removed the LiOH layers. Then the interfacial resistance dropped to 20 Ω cm².")]
    public void A_contaminant_layer_is_no_strategy_of_the_passage(string paragraph)
    {
        var m = Assert.Single(Extract(paragraph));

        Assert.Equal("HF treatment", m.Subject.Name);
    }

    [Fact]
    public void A_value_given_with_its_spread_is_stored_as_its_central_value()
    {
        var m = Assert.Single(Extract("The AlN interlayer gave a CCD of 1.2 ± 0.1 mA cm⁻² at 25 °C."));

        Assert.Equal(1.2, m.Quantity.Value, 9);
        Assert.Equal("1.2 ± 0.1 mA cm⁻²", m.Quantity.Text);
    }

    [Fact]
    public void A_value_after_its_own_more_than_is_kept()
    {
        var m = Assert.Single(Extract("Ta-doped LLZO has a shear modulus of more than 70 GPa."));
        Assert.Equal(Qualifier.GreaterThan, m.Quantity.Qualifier);
    }

    [Fact]
    public void With_no_strategy_or_material_the_opening_noun_phrase_is_the_subject_with_low_confidence()
    {
        var m = Assert.Single(Extract("Sodium-ion cells with hard carbon anodes reach an energy density of 160 W h kg⁻¹."));

        Assert.Equal("Sodium-ion cells", m.Subject.Name);
        Assert.Equal(SubjectKind.Other, m.Subject.Kind);
        Assert.True(m.Confidence <= 0.5);
    }

    [Theory]
    [InlineData("As a result, an energy density of 160 W h kg⁻¹ was reached.")]
    [InlineData("However cells reach an energy density of 160 W h kg⁻¹.")]
    public void A_connective_or_determiner_opening_is_no_subject(string sentence)
    {
        Assert.Empty(Extract(sentence));
    }

    [Fact]
    public void A_reduction_from_x_unit_to_y_unit_is_one_pair()
    {
        var facts = Extract("The SnO₂ coating reduced the interfacial resistance from 1.2 kΩ cm² to 45 Ω cm².");

        Assert.Equal(2, facts.Count);
        Assert.Equal(1200, facts[0].Quantity.Value, 9);
        Assert.Equal("Ω·cm2", facts[0].Quantity.Unit.Symbol);
        Assert.Same(facts[0], facts[1].ChangedFrom);
    }

    [Fact]
    public void Ranging_from_x_to_y_is_one_range_not_a_pair()
    {
        var m = Assert.Single(Extract("Ta-doped LLZO has an ionic conductivity ranging from 0.2 to 0.9 mS cm⁻¹."));

        Assert.Equal(Qualifier.Range, m.Quantity.Qualifier);
        Assert.Equal(0.9, m.Quantity.UpperValue);
        Assert.Null(m.ChangedFrom);
    }

    [Theory]
    [InlineData("Ta-doped LLZO has an ionic conductivity of 4 h.", Property.IonicConductivity)]
    [InlineData("The AlN interlayer gave a critical current density of 0.6 mS cm⁻¹.", Property.CriticalCurrentDensity)]
    [InlineData("The Li₃N layer had an interfacial resistance of 3 V.", Property.InterfacialResistance)]
    public void A_unit_that_contradicts_the_named_property_is_flagged_not_a_fact(string sentence, Property property)
    {
        var read = new SentenceFacts(new Dictionary<int, Subject>(), new CitationIndex([]))
            .Read(new Block(0, BlockKind.Paragraph, sentence, "1"));

        Assert.Empty(read.Measurements);
        var flagged = Assert.Single(read.Flagged);
        Assert.Equal(property, flagged.Property);
        Assert.Contains(PropertyVocabulary.Get(property).Name, flagged.Reason, StringComparison.Ordinal);
        Assert.Equal(sentence, flagged.Evidence.Text);
    }

    [Theory]
    [InlineData("The ionic conductivity of the 10 h sample was 0.82 mS cm⁻¹.", "Ta-doped LLZO")]
    [InlineData("The ionic conductivity of Ga-LLZO was 0.82 mS cm⁻¹.", "Ga-LLZO")]
    [InlineData("These strategies raised the CCD to more than 1 mA cm⁻².", null)]
    public void A_value_nothing_nearer_names_a_subject_for_is_the_paper_s_material(string sentence, string? subject)
    {
        var paper = new Subject("Ta-doped LLZO", SubjectKind.Material, ["Ta-doped LLZO"]);
        var found = new SentenceFacts(new Dictionary<int, Subject>(), new CitationIndex([]), paperMaterial: paper)
            .Extract(new Block(0, BlockKind.Paragraph, sentence, "2 Results")).ToList();

        Assert.Equal(subject is null ? [] : [subject], found.Select(m => m.Subject.Name));
    }

    [Fact]
    public void A_value_far_from_a_property_of_another_dimension_is_neither_fact_nor_flag()
    {
        var read = new SentenceFacts(new Dictionary<int, Subject>(), new CitationIndex([]))
            .Read(new Block(0, BlockKind.Paragraph, "The CCD of the AlN interlayer cell improved markedly, and the cell was then rested 4 h.", "1"));

        Assert.Empty(read.Measurements);
        Assert.Empty(read.Flagged);
    }

    [Fact]
    public void An_area_specific_resistance_unit_implies_the_property_with_lower_confidence()
    {
        var named = Assert.Single(Extract("A Y₂O₃ interlayer gave an interfacial resistance of 26 Ω cm²."));
        var implied = Assert.Single(Extract("A Y₂O₃ interlayer gave only 26 Ω cm²."));

        Assert.Equal(Property.InterfacialResistance, implied.Property);
        Assert.True(implied.Confidence < named.Confidence);
    }

    [Fact]
    public void A_condition_stated_before_the_first_value_holds_for_the_sentence_s_values()
    {
        var found = Extract("At 60 °C, the Y₂O₃ interlayer raised the CCD to 5.2 mA cm⁻² and lowered the interfacial resistance to 3 Ω cm² at 0.1 mA cm⁻².");

        Assert.Equal([5.2, 3], found.Select(m => m.Quantity.Value));
        Assert.All(found, m => Assert.Equal(60, Assert.Single(m.Conditions, c => c.Name == "temperature").Quantity.Value));
        Assert.Single(found[1].Conditions, c => c.Name == "current density");
    }

    [Fact]
    public void The_material_a_property_is_given_of_is_its_subject_not_a_strategy_of_a_clause_after_whereas()
    {
        var found = Extract("The CCD of Li/LLZO/Li was only 0.3 mA cm⁻², whereas the cell with Y₂O₃ interlayers reached 3.1 mA cm⁻².");

        Assert.Equal([("LLZO", SubjectKind.Material), ("Y₂O₃ interlayers", SubjectKind.Interlayer)], found.Select(m => (m.Subject.Name, m.Subject.Kind)));
    }

    [Fact]
    public void A_temperature_of_a_making_step_before_the_value_is_no_condition_of_it() =>
        Assert.Empty(Assert.Single(Extract("The Y₂O₃ interlayer was annealed at 500 °C, achieving an interfacial resistance of 10 Ω cm².")).Conditions);

    [Theory]
    [InlineData("The cell with a Y₂O₃ interlayer delivered 148 mAh g⁻¹ at 0.2C.", Property.SpecificCapacity)]
    [InlineData("The cell with a Y₂O₃ interlayer reached 420 mW cm⁻² at 700 °C.", Property.PowerDensity)]
    [InlineData("The pouch cell with a Y₂O₃ interlayer reached 350 Wh kg⁻¹.", Property.EnergyDensity)]
    [InlineData("Cells with a Y₂O₃ interlayer delivered 2.1 mAh cm⁻² at 0.05 mA cm⁻².", Property.ArealCapacity)]
    [InlineData("The Ta-doped LLZO reached 0.7 mS cm⁻¹ at 25 °C.", Property.IonicConductivity)] // an electrolyte's conductivity
    public void A_unit_only_one_property_has_implies_it(string sentence, Property property) =>
        Assert.Equal(property, Assert.Single(Extract(sentence)).Property);

    [Theory]
    [InlineData("The cell with a Y₂O₃ interlayer was cycled with 2 mAh cm⁻² per cycle.")]
    [InlineData("The cell with a Y₂O₃ interlayer was tested with 0.5 mA cm⁻².")]
    [InlineData("The electronic leakage through the Y₂O₃ interlayer reached 10⁻⁸ S cm⁻¹.")]
    public void A_unit_several_properties_or_conditions_share_implies_none(string sentence) =>
        Assert.Empty(Extract(sentence));

    [Fact]
    public void A_value_compared_with_is_a_second_value_of_the_property_not_a_condition()
    {
        var found = Extract("With the Y₂O₃ interlayer, the CCD increased to 1.4 mA cm⁻², compared with 0.3 mA cm⁻² for the bare pellet.");

        Assert.Equal([1.4, 0.3], found.Select(m => m.Quantity.Value));
        Assert.All(found, m => Assert.Equal(Property.CriticalCurrentDensity, m.Property));
        Assert.All(found, m => Assert.Empty(m.Conditions));
    }

    [Theory]
    [InlineData("Symmetric cells with a Y₂O₃ interlayer are cycled at 0.5 mA cm⁻² for 1500 h.", 1500)]
    [InlineData("The Y₂O₃ interlayer enabled stable plating/stripping at 0.2 mA cm⁻² over 800 h.", 800)]
    [InlineData("Cells with a Y₂O₃ interlayer were cycled at 0.2 mA cm⁻² and 60 °C for more than 300 h.", 300)]
    [InlineData("The Li/Y₂O₃/LLZO/Y₂O₃/Li cell with the Y₂O₃ interlayer was stable for 1000 h at 0.1 mA cm⁻².", 1000)]
    [InlineData("With the Y₂O₃ interlayer, the symmetric cell ran for 1500 h at 0.1 mA cm⁻² and 0.1 mAh cm⁻².", 1500)]
    public void A_time_a_cell_is_cycled_for_is_its_cycle_life(string sentence, double hours)
    {
        var m = Assert.Single(Extract(sentence));
        Assert.Equal((Property.CycleLife, hours), (m.Property, m.Quantity.Value));
        Assert.Contains(m.Conditions, c => c.Name == "current density");
    }

    [Theory]
    [InlineData("The Y₂O₃ interlayer was annealed for 2 h before cycling.")]
    [InlineData("After cycling, the Y₂O₃ interlayer was soaked. It was dried for 12 h.")]
    [InlineData("The Y₂O₃ interlayer was stable for 200 h in air.")]
    [InlineData("The Y₂O₃ interlayer ran for 200 h in the furnace.")]
    public void A_time_of_a_making_step_is_no_cycle_life(string sentence) =>
        Assert.Empty(Extract(sentence));

    [Theory]
    [InlineData("The cells with a Y₂O₃ interlayer retained 91% of their initial capacity after 300 cycles.", Property.CapacityRetention, 91)]
    [InlineData("Cells with a Y₂O₃ interlayer cycle stably for 900 h.", Property.CycleLife, 900)]
    [InlineData("After 100 cycles, the cell with a Y₂O₃ interlayer retained 80% of its capacity.", Property.CapacityRetention, 80)]
    [InlineData("For Ga-LLZO, σ = 1.2 mS/cm was obtained.", Property.IonicConductivity, 1.2)]
    [InlineData("For Ga-LLZO, Ea = 0.32 eV was obtained.", Property.ActivationEnergy, 0.32)]
    [InlineData("With the Y₂O₃ interlayer, Rint fell to 35 Ω cm².", Property.InterfacialResistance, 35)]
    [InlineData("The σe of Ga-LLZO was 2 × 10⁻⁸ S/cm.", Property.ElectronicConductivity, 2e-8)]
    [InlineData("The relative density of the Ga-LLZO pellets reached 97.5%.", Property.RelativeDensity, 97.5)]
    [InlineData("Ga-LLZO has an electrochemical stability window of up to 6 V.", Property.ElectrochemicalWindow, 6)]
    public void Common_wordings_of_a_property_name_it(string sentence, Property property, double value)
    {
        var m = Assert.Single(Extract(sentence));
        Assert.Equal(property, m.Property);
        Assert.Equal(value, m.Quantity.Value);
    }

    [Theory]
    [InlineData("The ASRs of Li/LLZO and Li/Au/LLZO were 1200 and 30 Ω cm², respectively.", new[] { "Li/LLZO", "Li/Au/LLZO" })]
    [InlineData("The CCDs of the bare, Y₂O₃-coated and MgO-coated pellets were 0.1, 0.6 and 0.9 mA cm⁻², respectively.", new[] { "bare pellets", "Y₂O₃ coating", "MgO coating" })]
    [InlineData("Ta-LLZO and Ga-LLZO show 0.8 and 1.3 mS cm⁻¹ ionic conductivity, respectively.", new[] { "Ta-LLZO", "Ga-LLZO" })]
    public void Respectively_pairs_listed_values_with_listed_subjects_in_order(string sentence, string[] subjects) =>
        Assert.Equal(subjects, Extract(sentence).Select(m => m.Subject.Name));

    [Theory]
    [InlineData("Similarly, SnO2 and MgO coatings deposited by ALD raised the CCD of the cells to 0.6 and 0.9 mA cm⁻², respectively.", new[] { "SnO2 coatings", "MgO coatings" })]
    [InlineData("The HF and HCl treatments leave residues, which lowered the ASR to 12 and 8 Ω cm², respectively.", new[] { "HF treatments", "HCl treatments" })]
    public void Respectively_pairs_values_with_listed_strategies_sharing_the_last_ones_head(string sentence, string[] subjects) =>
        Assert.Equal(subjects, ExtractTagged(sentence).Select(m => m.Subject.Name));

    [Theory]
    [InlineData("Bilayer frameworks, in which a porous LLZTO host is co-sintered onto a dense membrane, gave an overpotential of 45 mV.", "Bilayer frameworks")]
    [InlineData("A Nb₂O₅ coating on LCO, applied by a sol–gel route, lowered the interfacial resistance to 260 Ω cm².", "Nb₂O₅ coating")]
    [InlineData("Guo et al. built a Li–Sn alloy interlayer via magnetron sputtering, and the cell gave an interfacial resistance of 12 Ω cm².", "Li–Sn alloy interlayer")]
    public void What_a_clause_between_commas_names_or_the_method_a_design_was_made_by_is_not_the_subject(string sentence, string subject) =>
        Assert.Equal(subject, Assert.Single(ExtractTagged(sentence)).Subject.Name);

    [Fact]
    public void A_clause_after_a_colon_has_its_own_subject() =>
        Assert.Equal("graphite coating", Assert.Single(ExtractTagged("Carbon interlayers are cheap: a graphite coating drawn with a pencil gave an ASR of 105 Ω cm².")).Subject.Name);

    [Theory]
    [InlineData("The LiCoO₂|LLZO cell retained only 41% of its discharge capacity after 50 cycles.")]
    [InlineData("With a Coulombic efficiency of 99%, the LiCoO₂|LLZO cell retained 90% of its discharge capacity.")]
    public void A_share_retained_of_a_capacity_is_its_retention(string sentence) =>
        Assert.Equal(Property.CapacityRetention, Extract(sentence).Last().Property);

    [Fact]
    public void A_condition_after_a_respective_list_holds_for_each_value()
    {
        var found = Extract("The ionic conductivities of Ta-LLZO and Ga-LLZO are 0.8 and 1.3 mS cm⁻¹ at 25 °C, respectively.");

        Assert.Equal([("Ta-LLZO", 0.8), ("Ga-LLZO", 1.3)], found.Select(m => (m.Subject.Name, m.Quantity.Value)));
        Assert.All(found, m => Assert.Equal(25, Assert.Single(m.Conditions).Quantity.Value));
    }

    [Fact]
    public void Lists_of_different_lengths_pair_nothing() =>
        Assert.Single(Extract("The ionic conductivities of Ta-LLZO, Ga-LLZO and Al-LLZO are 0.8 and 1.3 mS cm⁻¹, respectively.")
            .Select(m => m.Subject.Name).Distinct());

    [Fact]
    public void A_cell_named_with_its_own_materials_is_not_the_passage_s_strategy()
    {
        var found = Extract("An ultrathin Al₂O₃ layer was coated by ALD. The Li/Li₃N-LLZO/Li symmetric cell exhibits a small overpotential of 50 mV.");

        Assert.Equal(("Li₃N-LLZO", SubjectKind.Material), (Assert.Single(found).Subject.Name, found[0].Subject.Kind));
    }

    [Fact]
    public void A_material_is_the_subject_when_no_strategy_is_named()
    {
        var m = Assert.Single(Extract("Ta-doped LLZO shows an ionic conductivity of 0.7 mS cm⁻¹ at 30 °C."));

        Assert.Equal(Property.IonicConductivity, m.Property);
        Assert.Equal(SubjectKind.Material, m.Subject.Kind);
        Assert.Equal("Ta-doped LLZO", m.Subject.Name);
        Assert.Equal(30, Assert.Single(m.Conditions).Quantity.Value);
    }

    [Fact]
    public void A_strategy_named_earlier_in_the_same_cited_passage_is_the_subject()
    {
        var facts = Extract("A Y₂O₃ interlayer was sputtered on the pellet. The interfacial resistance then fell to 12 Ω cm².⁹");

        var m = Assert.Single(facts);
        Assert.Equal("Y₂O₃ interlayer", m.Subject.Name);
        Assert.Equal([9], m.ReferenceNumbers);
    }

    [Fact]
    public void A_sentence_without_citation_takes_the_citation_that_closes_its_passage()
    {
        var facts = Extract("A Y₂O₃ interlayer gave a CCD of 1.3 mA cm⁻². The cells were also stable for weeks.⁹ A ZnO coating gave a CCD of 0.8 mA cm⁻².¹¹");

        Assert.Equal([(1.3, 9), (0.8, 11)], facts.Select(m => (m.Quantity.Value, m.ReferenceNumbers.Single())));
        Assert.Equal(["Y₂O₃ interlayer", "ZnO coating"], facts.Select(m => m.Subject.Name));
    }

    [Fact]
    public void The_tables_subject_for_a_cited_work_wins_over_a_material_of_the_sentence()
    {
        var tabled = new Subject("Foo interlayer", SubjectKind.Interlayer, []);
        var m = Assert.Single(Extract("The modified LLZO gave an interfacial resistance of 6 Ω cm².⁹", new Dictionary<int, Subject> { [9] = tabled }));

        Assert.Same(tabled, m.Subject);
    }

    [Fact]
    public void Evidence_is_the_sentence_as_printed_in_its_block_and_section()
    {
        var m = Assert.Single(Extract("It was dense. A Y₂O₃ interlayer gave a CCD of 1.3 mA cm⁻² (Fig. 3). 9 It was kept."));

        Assert.Equal(EvidenceKind.Sentence, m.Evidence.Kind);
        Assert.Equal("A Y₂O₃ interlayer gave a CCD of 1.3 mA cm⁻² (Fig. 3). 9", m.Evidence.Text);
        Assert.Equal(7, m.Evidence.BlockIndex);
        Assert.Equal("2.1 Interlayers", m.Evidence.Section);
        Assert.Equal([9], m.ReferenceNumbers);
        Assert.InRange(m.Confidence, 0.01, 1);
    }

    [Fact]
    public void A_sentence_that_names_its_own_strategy_keeps_it_over_the_tables_row_for_the_work()
    {
        var tabled = new Subject("Foo interlayer", SubjectKind.Interlayer, []);
        var m = Assert.Single(Extract("A Qx/Li₃P MCL gave an interfacial resistance of 6 Ω cm².⁹", new Dictionary<int, Subject> { [9] = tabled }));

        Assert.Equal("Qx/Li₃P MCL", m.Subject.Name);
    }

    [Fact]
    public void A_later_sentence_of_the_passage_takes_the_strategy_it_refers_back_to_not_the_last_one_named()
    {
        var facts = Extract(
            "Kim et al. coated a ZnO film on the pellet, and a Zn/Li₂O MCL formed when molten lithium reacted with the ZnO film. " +
            "The resulting CCD of MCL-protected LLZO was 1.4 mA cm⁻². The cells showed stable cycling over 700 h.⁹",
            new Dictionary<int, Subject> { [9] = new("ZnO interlayer", SubjectKind.Interlayer, []) });

        Assert.Equal([(1.4, "Zn/Li₂O MCL"), (700, "Zn/Li₂O MCL")], facts.Select(m => (m.Quantity.Value, m.Subject.Name)));
    }

    [Fact]
    public void A_value_after_a_full_stop_the_splitter_kept_belongs_to_the_passages_topic_not_the_last_strategy_before_it()
    {
        var m = Assert.Single(Extract(
            "Kim et al. coated a ZnO film on LLZO, and the Zn/Li₂O MCL was formed by heating the ZnO film at 300 °C. " +
            "The interfacial resistance was 40 Ω cm² at 25 °C. The Li₂O in the MCL conducts Li⁺, and the MCL blocks electrons."));

        Assert.Equal("Zn/Li₂O MCL", m.Subject.Name);
    }

    [Theory]
    [InlineData("Kim et al. made a 3D porous tin layer (PTL) on LLZO. Li/LLZO@PTL/Li cells reached a CCD of 1.5 mA cm⁻².", "3D porous tin layer")]
    [InlineData("Kim et al. used lithium biphenylide (Li-BP(s)) as MCL, with an ionic conductivity of 2.5 mS cm⁻¹.", "Li-BP(s)")]
    [InlineData("The tin-rich graded lithium electrode (TGLE) was made by casting. TGLE raised the CCD to 2.5 mA cm⁻².", "TGLE")]
    public void A_short_form_the_passage_defines_names_the_subject_where_it_is_used(string paragraph, string subject)
    {
        var m = Assert.Single(Extract(paragraph));

        Assert.Equal(subject, m.Subject.Name);
    }

    [Fact]
    public void A_plural_short_form_names_a_class_not_a_subject()
    {
        var m = Assert.Single(Extract("Among oxide electrolytes (OEs), the garnet Li₇La₃Zr₂O₁₂ has an ionic conductivity of 0.5 mS cm⁻¹."));

        Assert.Equal("Li₇La₃Zr₂O₁₂", m.Subject.Name);
    }

    [Fact]
    public void A_passage_refers_back_to_a_strategy_by_what_it_is_made_of()
    {
        var facts = Extract(
            "Kim et al. infiltrated the pores with graphene, forming a conductive Li-G anode. Lithium deposition was even. " +
            "The polished surface was clean. The Li-G/LLZO interface impedance was 12 Ω cm².⁴");

        Assert.Equal("Li-G anode", Assert.Single(facts).Subject.Name);
    }

    [Fact]
    public void A_control_named_by_what_it_lacks_is_its_own_subject_and_not_that_of_the_value_before_it()
    {
        var facts = Extract(
            "Kim et al. added a Li₃BO₃ sintering additive.⁵ The engineered cell gave a capacity of 120 mA h g⁻¹, whereas the cell without the Li₃BO₃ sintering additive delivered a capacity of 40 mA h g⁻¹.⁵");

        Assert.Equal([(120, "Li₃BO₃ sintering additive"), (40, "cell without the Li₃BO₃ sintering additive")],
            facts.Select(m => (m.Quantity.Value, m.Subject.Name)));
    }

    [Theory]
    [InlineData("With this thin film cathode, the cell delivered a discharge capacity of about 90 mA h g⁻¹.", "thin film cathode")]
    [InlineData("In comparison, a mixed conductive interphase gave a CCD of 0.9 mA cm⁻².", "mixed conductive interphase")]
    [InlineData("The formed LiNiO₂-LLZO@LiNiO₂ composite cathode kept 85% of its initial capacity.", "LiNiO₂-LLZO@LiNiO₂ composite cathode")]
    [InlineData("The LLZO-5%LBO composite SSE exhibited an ionic conductivity of 0.3 mS cm⁻¹.", "LLZO-5%LBO")]
    public void Designs_named_by_a_general_term_are_subjects(string sentence, string subject)
    {
        Assert.Equal(subject, Assert.Single(ExtractTagged(sentence)).Subject.Name);
    }

    [Fact]
    public void The_clause_subject_that_names_a_strategy_wins_over_a_nearer_strategy_of_the_clause()
    {
        var m = Assert.Single(Extract("The SnO₂ interlayer, unlike the ZnO coating, reached a CCD of 1.5 mA cm⁻²."));

        Assert.Equal("SnO₂ interlayer", m.Subject.Name);
    }

    [Theory]
    [InlineData("Park et al. introduced a ZnO interlayer between Li and LLZO. LLZTO itself showed an ionic conductivity of 0.6 mS cm⁻¹.", "LLZTO")]
    [InlineData("Park et al. introduced a ZnO interlayer between Li and LLZO. The ionic conductivity of Ga-LLZO rose to 1.2 mS cm⁻¹.", "Ga-LLZO")]
    [InlineData("Park et al. introduced a ZnO interlayer between Li and LLZO. Ga-LLZO's ionic conductivity was 1.2 mS cm⁻¹.", "Ga-LLZO")]
    [InlineData("Park et al. introduced a ZnO interlayer between Li and LLZO. They measured the ionic conductivity of Al-LLZO to be 0.4 mS cm⁻¹.", "Al-LLZO")]
    [InlineData("Park et al. introduced a ZnO interlayer between Li and LLZO. Symmetric cells with Ga-LLZO cycled for 800 h.", "Ga-LLZO")]
    [InlineData("Park et al. introduced a ZnO interlayer between Li and LLZO. As a result, a CCD of 1.1 mA cm⁻² was achieved by Ta-LLZO.", "Ta-LLZO")]
    [InlineData("Park et al. introduced a ZnO interlayer between Li and LLZO. A CCD of 1.1 mA cm⁻² was reached in symmetric cells with Ga-LLZO.", "Ga-LLZO")]
    public void A_material_the_clause_subject_or_the_property_of_phrase_names_wins_over_the_passage_strategy(string paragraph, string subject)
    {
        var m = Assert.Single(Extract(paragraph));

        Assert.Equal(subject, m.Subject.Name);
        Assert.Equal(SubjectKind.Material, m.Subject.Kind);
    }

    [Fact]
    public void A_material_of_the_clause_subject_gives_way_to_a_strategy_the_same_clause_names()
    {
        var m = Assert.Single(Extract("After the HF treatment, LLZTO showed an interfacial resistance of 7 Ω cm²."));

        Assert.Equal("HF treatment", m.Subject.Name);
    }

    [Theory]
    [InlineData("Park et al. introduced a ZnO interlayer between Li and LLZO. The symmetric cell cycled for 800 h.")]
    [InlineData("Park et al. introduced a ZnO interlayer between Li and LLZO. The Li/LLZO interfacial resistance fell to 5 Ω cm².")]
    [InlineData("Park et al. introduced a ZnO interlayer between Li and LLZO. The resistance of the Li/LLZO interface fell to 5 Ω cm².")]
    [InlineData("Park et al. introduced a ZnO interlayer between Li and LLZO. The resistance of cathode/LLZO fell to 5 Ω cm².")]
    public void Generic_cells_and_interfaces_are_not_subjects_so_the_passage_strategy_is(string paragraph)
    {
        Assert.Equal("ZnO interlayer", Assert.Single(Extract(paragraph)).Subject.Name);
    }

    [Fact]
    public void A_definite_reference_resolves_to_the_latest_mention_with_its_head_word()
    {
        var m = Assert.Single(Extract(
            "Lee et al. first tried a Mg interlayer and later a thicker Sn interlayer, next to a ZnO coating on the cathode. " +
            "The interlayer lowered the interfacial resistance to 8 Ω cm²."));

        Assert.Equal("Sn interlayer", m.Subject.Name);
    }

    [Fact]
    public void A_reference_back_outside_the_subject_phrase_also_resolves_to_the_latest_mention_with_its_head_word()
    {
        var m = Assert.Single(Extract(
            "Lee et al. first deposited a Mg interlayer and then a Sn interlayer. With the interlayer, they reached a CCD of 1.6 mA cm⁻²."));

        Assert.Equal("Sn interlayer", m.Subject.Name);
    }

    [Fact]
    public void A_treatment_told_by_its_verb_is_the_subject_of_the_passage_values()
    {
        var facts = Extract(
            "Wang et al. treated the garnet pellets with HCl to remove Li₂CO₃. The interfacial resistance decreased from 940 to 26 Ω cm², and the CCD increased to 0.9 mA cm⁻².⁴");

        Assert.Equal(3, facts.Count);
        Assert.All(facts, m => Assert.Equal(("HCl treatment", SubjectKind.Treatment), (m.Subject.Name, m.Subject.Kind)));
    }

    [Theory]
    [InlineData("Li et al. sputtered a Au layer on LLZO. The Li/Au/LLZO interfacial resistance was only 12 Ω cm².⁴", "Au layer")]
    [InlineData("Fu et al. grew a Al₂O₃ layer on LLZO. The ALD-Al₂O₃ garnet showed an interfacial resistance of 1 Ω cm².⁴", "Al₂O₃ layer")]
    public void A_stack_or_compound_in_the_subject_phrase_refers_back_to_the_strategy_it_contains(string paragraph, string subject)
    {
        Assert.Equal(subject, Assert.Single(Extract(paragraph)).Subject.Name);
    }

    [Fact]
    public void This_strategy_refers_to_the_strategy_the_passage_named_last()
    {
        var m = Assert.Single(Extract(
            "Wu et al. first polished the pellets and then deposited a Ge interlayer. This strategy raised the CCD to 1.9 mA cm⁻²."));

        Assert.Equal("Ge interlayer", m.Subject.Name);
    }

    [Fact]
    public void An_action_as_subject_gives_what_it_brings()
    {
        var m = Assert.Single(Extract("Park et al. studied garnets. Coating LLZTO with Al₂O₃ lowered the interfacial resistance to 4 Ω cm²."));

        Assert.Equal("Al₂O₃", m.Subject.Name);
    }

    [Theory]
    [InlineData("LLZO pellets treated with HCl showed an interfacial resistance of 6 Ω cm².", "HCl treatment", SubjectKind.Treatment)]
    [InlineData("The HCl-treated pellet showed an interfacial resistance of 6 Ω cm².", "HCl treatment", SubjectKind.Treatment)]
    [InlineData("Garnet coated with Al₂O₃ showed an interfacial resistance of 6 Ω cm².", "Al₂O₃ coating", SubjectKind.Coating)]
    public void A_treatment_or_coating_named_by_its_participle_in_the_subject_phrase_is_the_subject(string sentence, string subject, SubjectKind kind)
    {
        var m = Assert.Single(Extract(sentence));

        Assert.Equal(subject, m.Subject.Name);
        Assert.Equal(kind, m.Subject.Kind);
    }

    [Fact]
    public void A_short_form_heading_the_subject_phrase_is_the_subject()
    {
        var m = Assert.Single(Extract("Park et al. introduced a ZnO interlayer between Li and LLZO. The CPE with 20 wt% filler provided an ionic conductivity of 0.2 mS cm⁻¹."));

        Assert.Equal("CPE", m.Subject.Name);
    }

    [Fact]
    public void A_membrane_with_a_value_is_the_subject_of_the_value()
    {
        var m = Assert.Single(Extract("Park et al. introduced a ZnO interlayer between Li and LLZO. A free-standing LLZTO membrane with an ionic conductivity of 0.4 mS cm⁻¹ was obtained."));

        Assert.Equal("LLZTO", m.Subject.Name);
    }

    [Fact]
    public void What_a_value_is_given_for_is_its_subject()
    {
        var facts = Extract("Park et al. introduced a ZnO interlayer between Li and LLZO. The CCD reached 1.2 mA cm⁻² for Al-LLZO and 0.6 mA cm⁻² for Ga-LLZO.");

        Assert.Equal([(1.2, "Al-LLZO"), (0.6, "Ga-LLZO")], facts.Select(m => (m.Quantity.Value, m.Subject.Name)));
    }

    [Fact]
    public void A_generic_cell_a_value_is_given_for_leaves_the_subject_to_the_passage()
    {
        var m = Assert.Single(Extract("Park et al. introduced a ZnO interlayer between Li and LLZO. The CCD reached 1.2 mA cm⁻² for the symmetric cell."));

        Assert.Equal("ZnO interlayer", m.Subject.Name);
    }

    [Fact]
    public void A_strategy_named_as_the_means_of_the_study_is_the_passage_subject()
    {
        var m = Assert.Single(Extract(
            "Ito et al. stabilised PEO against LLZO by exploiting the hydrogen bonding between the ether groups and the surface. " +
            "As a result, a capacity of 150 mA h g⁻¹ was retained."));

        Assert.Equal("hydrogen bonding", m.Subject.Name);
    }

    [Theory]
    [InlineData("Ito et al. stabilised PEO against LLZO by using this method. As a result, a capacity of 150 mA h g⁻¹ was retained.")]
    [InlineData("Ito et al. stabilised PEO against LLZO by using PAN as a binder. As a result, a capacity of 150 mA h g⁻¹ was retained.")]
    public void A_general_or_material_means_is_not_a_strategy(string paragraph)
    {
        Assert.NotEqual(SubjectKind.Other, Assert.Single(Extract(paragraph)).Subject.Kind);
    }

    [Theory]
    [InlineData("The ionic conductivity of Nb-doped LLZO reaches 0.8 mS cm⁻¹ at room temperature.", "Nb-doped LLZO")]
    [InlineData("Li₂CO₃-free LLZTO showed an interfacial resistance of 15 Ω cm².", "Li₂CO₃-free LLZTO")]
    public void A_material_keeps_the_dopant_or_absence_that_is_part_of_its_name(string sentence, string subject)
    {
        Assert.Equal(subject, Assert.Single(ExtractTagged(sentence)).Subject.Name);
    }

    [Theory]
    [InlineData("It was found that annealing LLZTO at 400 °C under oxygen lowered the interfacial resistance to 30 Ω cm².", "annealing under oxygen")]
    [InlineData("Pellets etched in a glovebox gave an interfacial resistance of 90 Ω cm².", "etching")]
    public void A_treatment_told_by_a_verb_in_the_subject_phrase_is_the_subject(string sentence, string subject)
    {
        var m = Assert.Single(Extract(sentence));

        Assert.Equal(subject, m.Subject.Name);
        Assert.Equal(SubjectKind.Treatment, m.Subject.Kind);
    }

    [Fact]
    public void A_coating_told_by_its_verb_refers_back_to_the_layer_of_the_same_material_named_before()
    {
        var m = Assert.Single(Extract("Gao et al. built a Li₃PO₄ layer on LLZTO. The Li₃PO₄-coated pellet showed a CCD of 1.4 mA cm⁻².⁴"));

        Assert.Equal("Li₃PO₄ layer", m.Subject.Name);
    }

    [Fact]
    public void A_control_named_as_bare_or_pristine_is_its_own_subject()
    {
        var facts = Extract(
            "Gao et al. built a Li₃PO₄ layer on LLZTO. The Li₃PO₄-coated pellet showed a CCD of 1.4 mA cm⁻², while pristine LLZTO showed a CCD of 0.3 mA cm⁻².⁴");

        Assert.Equal([(1.4, "Li₃PO₄ layer"), (0.3, "pristine LLZTO")], facts.Select(m => (m.Quantity.Value, m.Subject.Name)));
        Assert.Equal(SubjectKind.Other, facts[1].Subject.Kind);
    }

    [Fact]
    public void The_subject_phrase_s_own_name_wins_over_a_strategy_named_only_after_the_value()
    {
        var facts = Extract(
            "The SPE based on PEO exhibited an ionic conductivity of 0.05 mS cm⁻¹, and adding a ZrO₂ filler increased it to 0.2 mS cm⁻¹.");

        Assert.Equal([(0.05, "SPE"), (0.2, "ZrO₂ filler")], facts.Select(m => (m.Quantity.Value, m.Subject.Name)));
    }

    [Fact]
    public void A_design_term_heading_the_subject_phrase_is_the_subject_even_without_a_modifier()
    {
        var m = Assert.Single(Extract("The composite cathode with LLZO nanoparticles kept 85% of its initial capacity."));

        Assert.Equal(("composite cathode", SubjectKind.Other), (m.Subject.Name, m.Subject.Kind));
    }

    [Fact]
    public void A_garnet_type_adjective_is_not_the_material_of_the_subject_phrase()
    {
        var m = Assert.Single(Extract("Among oxides, the garnet-type Li₇La₃Zr₂O₁₂ has an ionic conductivity of 0.5 mS cm⁻¹."));

        Assert.Equal("Li₇La₃Zr₂O₁₂", m.Subject.Name);
    }

    [Fact]
    public void A_result_sentence_takes_the_material_the_passage_studies_not_the_host_it_names()
    {
        var m = Assert.Single(Extract(
            "Kim et al. studied the reaction between Li₂SnO₃ (LSO) and Ta-doped LLZO. This led to an LLZO sheet with a CCD of 1.1 mA cm⁻²."));

        Assert.Equal("Li₂SnO₃ (LSO)", m.Subject.Name);
    }

    private sealed class FixedTagger(params (EntityType Type, string Text)[] entities) : IEntityTagger
    {
        public IReadOnlyList<EntityMention> Tag(string sentence) => entities
            .Where(e => sentence.Contains(e.Text, StringComparison.Ordinal))
            .Select(e => new EntityMention(e.Type, sentence.IndexOf(e.Text, StringComparison.Ordinal), sentence.IndexOf(e.Text, StringComparison.Ordinal) + e.Text.Length, e.Text, 0.9))
            .ToList();
    }

    private static List<Measurement> ExtractTagged(string paragraph, IEntityTagger tagger) =>
        new SentenceFacts(new Dictionary<int, Subject>(), new CitationIndex([]), tagger)
            .Extract(new Block(7, BlockKind.Paragraph, paragraph, "2.1 Interlayers"))
            .ToList();

    [Fact]
    public void A_strategy_only_the_tagger_finds_is_the_subject_of_a_later_value_of_its_passage()
    {
        var facts = ExtractTagged(
            "Kim et al. used plasma nitriding of the pellet surface. As a result, the CCD rose to 1.7 mA cm⁻².",
            new FixedTagger((EntityType.Strategy, "plasma nitriding")));

        Assert.Equal("plasma nitriding", Assert.Single(facts).Subject.Name);
    }

    [Fact]
    public void A_bare_head_the_tagger_marks_is_a_reference_back_not_a_new_subject()
    {
        var facts = ExtractTagged(
            "Kim et al. formed a Zn/Li₂O MCL on LLZO. The CCD of MCL-protected LLZO was 1.4 mA cm⁻².",
            new FixedTagger((EntityType.Strategy, "MCL-protected")));

        Assert.Equal("Zn/Li₂O MCL", Assert.Single(facts).Subject.Name);
    }

    [Fact]
    public void A_value_whose_passage_names_no_strategy_takes_the_last_material_of_the_sentences_before()
    {
        var facts = Extract("Kim et al. mixed the garnet powder with PAN. As a result, a specific capacity of 150 mA h g⁻¹ was reached.");

        Assert.Equal("PAN", Assert.Single(facts).Subject.Name);
    }

    [Fact]
    public void A_value_of_a_passage_about_another_cited_work_takes_no_material_from_it()
    {
        Assert.Empty(Extract("Kim et al. mixed PAN with the garnet powder.⁴ As a result, a specific capacity of 150 mA h g⁻¹ was reached.⁵"));
    }

    [Fact]
    public void A_value_of_a_property_the_vocabulary_does_not_know_takes_no_other_property()
    {
        var found = Extract("Nanoindentation of the Y₂O₃ interlayer gave a hardness of 9.1 GPa and a Young's modulus of 147 GPa.");
        var window = Extract("The Y₂O₃ interlayer is predicted to oxidize above 2.9 V, and its electrochemical window extends to 5 V.");

        Assert.Equal([(Property.YoungsModulus, 147.0)], found.Select(m => (m.Property, m.Quantity.Value)));
        Assert.Equal([(Property.ElectrochemicalWindow, 5.0)], window.Select(m => (m.Property, m.Quantity.Value)));
    }

    [Fact]
    public void A_percentage_a_cell_retained_is_its_capacity_retention()
    {
        var m = Assert.Single(Extract("Cells with the Y₂O₃ interlayer retained 88.2% capacity after 200 cycles."));

        Assert.Equal((Property.CapacityRetention, 88.2), (m.Property, m.Quantity.Value));
        Assert.Contains(m.Conditions, c => c.Name == "cycles");
    }

    [Theory]
    [InlineData("The resistance fell after a 10 nm Nb₂O₅ buffer layer was inserted.", 10, "Nb₂O₅ buffer layer")]
    [InlineData("Li penetrated through a 500 μm LLZTO pellet within 20 min.", 500, "LLZTO")]
    public void A_length_before_a_layer_or_pellet_is_its_thickness(string sentence, double value, string subject)
    {
        var m = Assert.Single(ExtractTagged(sentence));

        Assert.Equal((Property.Thickness, value, subject), (m.Property, m.Quantity.Value, m.Subject.Name));
    }

    [Fact]
    public void A_sentence_that_opens_without_a_strategy_is_about_its_control()
    {
        var m = Assert.Single(ExtractTagged("Without any Y₂O₃ interlayer, the same cell showed an interfacial resistance of 900 Ω cm²."));

        Assert.StartsWith("Without", m.Subject.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Materials_listed_with_respectively_are_the_subjects_without_their_form()
    {
        var found = Extract("Ga-LLZO, Al-LLZO and Ta-LLZO pellets showed CCDs of 0.6, 0.4 and 0.9 mA cm⁻², respectively.");

        Assert.Equal(["Ga-LLZO", "Al-LLZO", "Ta-LLZO"], found.Select(m => m.Subject.Name));
    }

    [Fact]
    public void A_value_compared_with_is_of_the_strategy_or_control_named_right_after_it()
    {
        var after = Extract("At 25 °C, dry polishing leaves an interfacial resistance of 410 Ω cm², compared with 46 Ω cm² after heat treatment at 750 °C in Ar.");
        var control = Extract("With a Y₂O₃ interlayer the interface shows an interfacial resistance of 120 Ω cm², compared with 2800 Ω cm² for the interface without Y₂O₃ interlayer.");

        Assert.Equal(["dry polishing", "heat treatment"], after.Select(m => m.Subject.Name));
        Assert.Equal("interface without Y₂O₃ interlayer", control[1].Subject.Name);
    }

    [Fact]
    public void A_time_of_cycling_written_after_it_is_a_cycle_life()
    {
        var m = Assert.Single(Extract("Over 2000 h of cycling is achieved with the Y₂O₃ interlayer at 0.1 mA cm⁻²."));

        Assert.Equal((Property.CycleLife, 2000.0), (m.Property, m.Quantity.Value));
    }

    [Fact]
    public void In_sequence_pairs_like_respectively_and_a_list_of_conditions_is_no_list_of_subjects()
    {
        var sequence = Extract("The Y₂O₃ interlayer, the ZnO interlayer and the AlN interlayer show ASRs of 30, 64 and 9 Ω cm² in sequence.");
        var conditions = Extract("Cycling of the Y₂O₃ interlayer at 0.1, 0.2 and 0.5 mA cm⁻² gives overpotentials of 12, 25 and 68 mV, respectively.");

        Assert.Equal(["Y₂O₃ interlayer", "ZnO interlayer", "AlN interlayer"], sequence.Select(m => m.Subject.Name));
        Assert.All(conditions, m => Assert.Equal("Y₂O₃ interlayer", m.Subject.Name));
    }

    [Fact]
    public void A_length_before_thick_and_a_layer_is_the_thickness_of_that_layer()
    {
        var found = ExtractTagged("Cells on LLZO with a 30 nm thick Al₂O₃ layer show an ASR of 65 Ω cm².");

        Assert.Contains(found, m => m.Property == Property.Thickness && m.Quantity.Value == 30 && m.Subject.Name == "Al₂O₃ layer");
    }

    [Fact]
    public void Lengths_joined_before_thick_and_a_layer_are_each_that_layers_thickness()
    {
        var found = ExtractTagged("Cells with 5 nm, 12 nm and 40 nm thick ZnO layers were compared.");

        Assert.Equal([5.0, 12.0, 40.0], found.Where(m => m.Property == Property.Thickness && m.Subject.Name == "ZnO layers").Select(m => m.Quantity.Value));
    }

    [Fact]
    public void A_value_listed_under_a_label_and_a_colon_is_the_labels()
    {
        var found = Extract("ASR values at 25 °C — Li|Nb-LLZO|Li: 15 Ω cm²; Li|LLZTO|Li: 640 Ω cm²; Y₂O₃ interlayer: 9 Ω cm².");

        Assert.Equal(["Nb-LLZO", "LLZTO", "Y₂O₃ interlayer"], found.Select(m => m.Subject.Name));
    }

    [Fact]
    public void A_second_value_after_the_condition_of_the_first_is_a_result_of_its_own()
    {
        var found = Extract("The Y₂O₃ interlayer gives a CCD of 0.8 mA cm⁻² at 25 °C and 1.9 mA cm⁻² at 60 °C.");

        Assert.Equal([(0.8, 25.0), (1.9, 60.0)], found.Select(m => (m.Quantity.Value, Assert.Single(m.Conditions).Quantity.Value)));
        Assert.All(found, m => Assert.Equal(Property.CriticalCurrentDensity, m.Property));
    }

    [Fact]
    public void A_value_compared_with_has_the_property_of_the_value_it_is_compared_with()
    {
        var found = Extract("The Y₂O₃ interlayer retained 90% capacity after 300 cycles, compared with 55% for the unmodified control.");

        Assert.Equal([(Property.CapacityRetention, 90.0, "Y₂O₃ interlayer"), (Property.CapacityRetention, 55.0, "unmodified control")],
            found.Select(m => (m.Property, m.Quantity.Value, m.Subject.Name)));
    }

    [Theory]
    [InlineData("With a Y₂O₃ interlayer the interface shows an ASR of 120 Ω cm², compared with 2800 Ω cm² for the interface without LiF.", "interface without LiF")]
    [InlineData("The cathode with Y₂O₃-coated LLZO shows an ASR of 120 Ω cm², whereas the cathode with uncoated LLZO shows 900 Ω cm².", "cathode with uncoated LLZO")]
    [InlineData("Nb-doped LLZO shows an activation energy of 0.29 eV, whereas undoped LLZO gives 0.45 eV.", "undoped LLZO")]
    [InlineData("The cathode with Y₂O₃-coated LLZO shows an ASR of 120 Ω cm², whereas the cathode with as-sintered LLZO shows 900 Ω cm².", "cathode with as-sintered LLZO")]
    public void A_control_named_by_what_it_lacks_is_its_own_subject(string sentence, string control)
    {
        Assert.Equal(control, Extract(sentence)[^1].Subject.Name);
    }

    [Fact]
    public void Neither_an_ion_nor_a_reference_electrode_is_a_subject()
    {
        var found = ExtractTagged("The electrochemical window of the membrane extends up to 5.1 V vs. Li⁺/Li.");

        Assert.DoesNotContain(found, m => m.Subject.Name.StartsWith("Li", StringComparison.Ordinal));
    }

    [Fact]
    public void A_size_set_off_by_commas_belongs_to_the_subject_before_it()
    {
        var found = ExtractTagged("The PVDF-LLZTO membrane, 60 μm thick, delivered an ionic conductivity of 0.3 mS cm⁻¹ at 30 °C.");

        Assert.All(found, m => Assert.Equal("PVDF-LLZTO", m.Subject.Name));
        Assert.Contains(found, m => m.Property == Property.IonicConductivity);
    }

    [Fact]
    public void A_thickness_stated_with_a_layer_is_that_layers()
    {
        var found = ExtractTagged("Storing LLZO in air formed a Li₂CO₃ surface layer with a thickness of about 15 nm.");

        var m = Assert.Single(found);
        Assert.Equal((Property.Thickness, "Li₂CO₃"), (m.Property, m.Subject.Name));
    }

    [Fact]
    public void A_value_computed_for_a_material_is_its_and_a_symmetric_stack_is_what_it_sandwiches()
    {
        var computed = Assert.Single(Extract("Nudged elastic band calculations give migration barriers of 0.28 eV computed for tetragonal LLZO."));
        var stack = ExtractTagged("Galvanostatic cycling of Li|LLZTO@C|Li at 0.2 mA cm⁻² gives an overpotential of 30 mV.");

        Assert.Equal("LLZO", computed.Subject.Name);
        Assert.Equal("LLZTO@C", Assert.Single(stack).Subject.Name);
    }

    [Theory]
    [InlineData("With the Y₂O₃ interlayer the symmetric cells short-circuited only at 1.4 mA cm⁻².", 1.4)]
    [InlineData("Cells with the Y₂O₃ interlayer failed at a current density of 0.6 mA cm⁻² after 3 h.", 0.6)]
    public void A_current_density_a_cell_failed_at_is_its_critical_current_density(string sentence, double value)
    {
        var m = Assert.Single(Extract(sentence));

        Assert.Equal((Property.CriticalCurrentDensity, value, "Y₂O₃ interlayer"), (m.Property, m.Quantity.Value, m.Subject.Name));
    }
}
