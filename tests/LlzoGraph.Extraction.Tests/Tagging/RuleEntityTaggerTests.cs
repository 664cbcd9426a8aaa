using LlzoGraph.Extraction.Tagging;

namespace LlzoGraph.Extraction.Tests.Tagging;

public sealed class RuleEntityTaggerTests
{
    /// <summary>The texts of the rule tagger's mentions of one type in a sentence, in order.</summary>
    private static IEnumerable<string> Texts(string sentence, EntityType type) =>
        RuleEntityTagger.Instance.Tag(sentence).Where(m => m.Type == type).Select(m => m.Text);

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
        var paper = DocumentTerms.Of("Films were grown by flash light sintering (FLS). Gadolinium-doped ceria (GDC) was the substrate. A porous zinc layer (PZL) was added.");
        const string sentence = "The films grown by FLS on GDC were dense, unlike FLSX.";

        var strategies = RuleEntityTagger.Instance.Tag(sentence, TaggingDomain.Project, paper).Where(m => m.Type == EntityType.Strategy).Select(m => m.Text).ToList();

        Assert.Contains("FLS", strategies);
        Assert.DoesNotContain("GDC", strategies);
        Assert.DoesNotContain("FLSX", strategies);
        Assert.Equal(DocumentTerms.TermKind.Strategy, paper.KindOf("FLS"));
        Assert.Equal(DocumentTerms.TermKind.Substance, paper.KindOf("GDC"));
        Assert.Equal(DocumentTerms.TermKind.Strategy, paper.KindOf("PZL"));
        Assert.DoesNotContain(RuleEntityTagger.Instance.Tag(sentence), m => m.Type == EntityType.Strategy && m.Text == "FLS");
    }

    [Fact]
    public void A_method_short_form_papers_use_undefined_is_a_strategy_and_one_that_spells_a_formula_can_be_defined()
    {
        Assert.Contains(RuleEntityTagger.Instance.Tag("An Al2O3 layer was coated by ALD."), m => m.Type == EntityType.Strategy && m.Text == "ALD");
        Assert.Equal(DocumentTerms.TermKind.Strategy, DocumentTerms.Of("Samples were made by selective plasma sintering (SPS).").KindOf("SPS"));
        Assert.Null(DocumentTerms.Of("The layer was LiF (LiF) and CaO (CaO).").KindOf("CaO"));
    }

    [Theory]
    [InlineData("Electrochemical impedance spectroscopy showed the interfacial resistance.", "interfacial resistance")]
    [InlineData("Impedance spectra were fitted.", null)]
    public void A_property_word_before_spectroscopy_names_the_technique_not_a_property(string sentence, string? property) =>
        Assert.Equal(property is null ? [] : [property], Texts(sentence, EntityType.Property));

    [Theory]
    [InlineData("Cu₃N turned into a Li₃N/Cu mixed conducting layer.", "Li₃N/Cu mixed conducting layer")]
    [InlineData("It was stabilized by an SN plasticizer.", "SN plasticizer")]
    public void Layers_named_by_conduction_and_plasticizers_are_strategies(string sentence, string strategy) =>
        Assert.Contains(RuleEntityTagger.Instance.Tag(sentence), m => m.Type == EntityType.Strategy && m.Text == strategy);

    [Theory]
    [InlineData("Rapid thermal annealing removed the carbonate.", "Rapid thermal annealing")]
    [InlineData("Uneven Li deposition was seen.", null)]
    public void A_strategy_phrase_wider_than_the_finder_span_wins_and_plating_is_no_strategy(string sentence, string? expected)
    {
        var strategies = Texts(sentence, EntityType.Strategy).ToList();

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
        var properties = Texts(sentence, EntityType.Property).ToList();

        Assert.Equal(expected is null ? [] : [expected], properties);
    }

    [Fact]
    public void A_c_rate_qualifying_a_value_is_a_condition()
    {
        var mentions = RuleEntityTagger.Instance.Tag("A discharge capacity of 150 mA h g⁻¹ was kept at 0.5C (Fig. 2g).");

        Assert.Contains(mentions, m => m.Type == EntityType.Condition && m.Text == "0.5C");
        Assert.DoesNotContain(mentions, m => m.Text.Contains('g', StringComparison.Ordinal) && m.Text.StartsWith('2'));
    }

    [Theory]
    [InlineData("Here we deposit a 10 nm ZnO coating on the pellets.", "ZnO coating", "10 nm")]
    [InlineData("A 20 nm thick La2Zr2O7 interphase formed after co-sintering.", "La2Zr2O7 interphase", "20 nm")]
    public void A_value_before_a_strategy_is_no_part_of_its_name(string sentence, string strategy, string value)
    {
        var mentions = RuleEntityTagger.Instance.Tag(sentence);

        Assert.Contains(mentions, m => m.Type == EntityType.Strategy && m.Text == strategy);
        Assert.Contains(mentions, m => m.Type == EntityType.Quantity && m.Text == value);
        Assert.DoesNotContain(mentions, m => m.Type == EntityType.Property);
    }

    [Theory]
    [InlineData("The interlayer sits between lithium metal and Al-doped Li7La3Zr2O12.", "Al-doped Li7La3Zr2O12")]
    [InlineData("Ga/Ta co-doped LLZO pellets were pressed.", "Ga/Ta co-doped LLZO")]
    [InlineData("Li/Ag–C/Al-LLZO/Ag–C/Li symmetric cells were cycled.", "Li/Ag–C/Al-LLZO/Ag–C/Li")]
    public void A_doped_material_and_a_stack_with_dashed_parts_are_one_material(string sentence, string material) =>
        Assert.Contains(RuleEntityTagger.Instance.Tag(sentence), m => m.Type == EntityType.Material && m.Text == material);

    [Fact]
    public void Doping_by_a_word_that_is_no_element_names_no_material() =>
        Assert.DoesNotContain(RuleEntityTagger.Instance.Tag("Heavily doped LLZO was used."), m => m.Text.Contains("doped", StringComparison.Ordinal));

    [Theory]
    [InlineData("LLZTO pellets were sintered at 1150 °C for 12 h in air.")]
    [InlineData("The powder was made with 10 wt% excess Li2CO3 and calcined at 900 °C.")]
    [InlineData("SPS densified the pellets within 10 min at 1000 °C under 50 MPa.")]
    public void Process_settings_in_a_sentence_that_names_no_property_are_quantities(string sentence)
    {
        var mentions = RuleEntityTagger.Instance.Tag(sentence);

        Assert.True(mentions.Count(m => m.Type == EntityType.Quantity) >= 2);
        Assert.DoesNotContain(mentions, m => m.Type == EntityType.Condition);
    }

    [Theory]
    [InlineData("The symmetric cell ran for 1500 h at 0.1 mA cm⁻².", "0.1 mA cm⁻²")]
    [InlineData("The CCD was 1.2 mA cm⁻² at 60 °C.", "60 °C")]
    [InlineData("After annealing, 12 Ω cm² was reached at 25 °C.", "25 °C")]
    public void A_condition_qualifies_a_named_value_a_value_its_unit_names_or_a_cell_run(string sentence, string condition) =>
        Assert.Contains(RuleEntityTagger.Instance.Tag(sentence), m => m.Type == EntityType.Condition && m.Text == condition);

    [Theory]
    [InlineData("Protons enter the garnet through Li⁺/H⁺ exchange.", "Li⁺/H⁺")]
    [InlineData("Li₂CO₃-free LLZO surfaces were obtained by annealing.", "Li₂CO₃-free LLZO")]
    [InlineData("The PEO-LLZTO membrane was 45 μm thick.", "PEO-LLZTO")]
    [InlineData("The fibres were embedded in PVDF-HFP.", "PVDF-HFP")]
    [InlineData("The pellets were rinsed with ethanol.", "ethanol")]
    [InlineData("It was rinsed in citric acid and water.", "citric acid")]
    [InlineData("LiOH·H₂O was the lithium source.", "LiOH·H₂O")]
    [InlineData("A LiOH·H₂O/Li₂CO₃ layer forms in air.", "LiOH·H₂O/Li₂CO₃")]
    [InlineData("Nb⁵⁺ replaces Zr⁴⁺.", "Nb⁵⁺")]
    [InlineData("LiF- and Li₃N-rich interphases form.", "LiF")]
    [InlineData("Ga on the Li-site stabilises the cubic phase.", "Li")]
    public void Ion_pairs_compositions_free_of_a_substance_composites_and_solvents_are_one_material(string sentence, string material) =>
        Assert.Contains(RuleEntityTagger.Instance.Tag(sentence), m => m.Type == EntityType.Material && m.Text == material);

    [Theory]
    [InlineData("The Vickers hardness of the pellet was 9.1 GPa.", "Vickers hardness")]
    [InlineData("It gave a Li⁺ transference number of 0.42.", "Li⁺ transference number")]
    [InlineData("The cells showed overpotentials of 35 and 120 mV.", "overpotentials")]
    [InlineData("Its flexural strength rose and its open porosity fell.", "flexural strength")]
    [InlineData("Its flexural strength rose and its open porosity fell.", "open porosity")]
    [InlineData("The hardness values were compared.", "hardness")]
    [InlineData("The rate capability and the elastic moduli differ.", "rate capability")]
    [InlineData("The rate capability and the elastic moduli differ.", "elastic moduli")]
    [InlineData("The total cell resistance and the Li⁺ migration barriers fell.", "total cell resistance")]
    [InlineData("The total cell resistance and the Li⁺ migration barriers fell.", "Li⁺ migration barriers")]
    [InlineData("Comparable densities, within 5 min.", "densities")]
    public void Property_names_keep_their_qualifiers_and_plurals(string sentence, string property) =>
        Assert.Contains(RuleEntityTagger.Instance.Tag(sentence), m => m.Type == EntityType.Property && m.Text == property);

    [Theory]
    [InlineData("The SPS pellets were dense.", null)]
    [InlineData("The SPS-LLZO pellet was dense.", null)]
    [InlineData("The combined polishing and heat treatment lowered it.", "polishing")]
    [InlineData("Nanofibers were embedded to build a 3D ion-conducting framework.", "3D ion-conducting framework")]
    [InlineData("A Li₂CO₃/LiOH contamination layer forms in air.", null)]
    public void A_strategy_word_that_modifies_a_noun_or_a_contaminant_is_none_and_qualities_are_left_out(string sentence, string? first)
    {
        var strategies = Texts(sentence, EntityType.Strategy).ToList();

        Assert.Equal(first, strategies.FirstOrDefault());
    }

    [Fact]
    public void A_molar_concentration_is_a_quantity() =>
        Assert.Contains(RuleEntityTagger.Instance.Tag("The pellets were etched in 1 M HCl for 30 s."), m => m.Type == EntityType.Quantity && m.Text == "1 M");

    [Theory]
    [InlineData("The separator was supported on a porous LLZO layer.", "porous LLZO layer")]
    [InlineData("The 3D-printed LLZO scaffold was infiltrated with Li.", "3D-printed LLZO scaffold")]
    [InlineData("Such fluorinated layers block electrons.", "fluorinated layers")]
    [InlineData("LFP does not need co-sintering at all.", "co-sintering")]
    [InlineData("It kept its structure, whereas direct co-sintering gave impurities.", "co-sintering")]
    public void Designs_of_a_named_material_are_strategies_and_verbs_or_conjunctions_are_no_part_of_one(string sentence, string strategy) =>
        Assert.Equal([strategy], Texts(sentence, EntityType.Strategy));

    [Theory]
    [InlineData("Films annealed at 700 °C show a Li⁺ conductivity of 10⁻⁶ S cm⁻¹.", "700 °C")]
    [InlineData("Voids form during stripping at 0.4 mA cm⁻² once the pressure falls.", "0.4 mA cm⁻²")]
    public void A_process_setting_or_a_test_setting_without_a_value_is_a_quantity(string sentence, string quantity) =>
        Assert.Contains(RuleEntityTagger.Instance.Tag(sentence), m => m.Type == EntityType.Quantity && m.Text == quantity);

    [Theory]
    [InlineData("The void fraction after stripping at 0.5 mA cm⁻² reached 38%.", "void fraction")]
    [InlineData("The wetting angle of molten Li falls below 30°.", "wetting angle")]
    [InlineData("The volumetric energy density is penalized.", "volumetric energy density")]
    public void Qualifiers_of_measurable_properties_stay_in_their_names(string sentence, string property) =>
        Assert.Contains(RuleEntityTagger.Instance.Tag(sentence), m => m.Type == EntityType.Property && m.Text == property);

    [Fact]
    public void A_strategy_starts_after_a_bracket_it_opens_and_does_not_close() =>
        Assert.Equal(["Solution-based treatments", "acid etching"],
            RuleEntityTagger.Instance.Tag("Solution-based treatments (acid etching, for one) rank first.").Where(m => m.Type == EntityType.Strategy).Select(m => m.Text));

    [Fact]
    public void A_dopant_named_by_its_lattice_site_is_no_strategy() =>
        Assert.DoesNotContain(RuleEntityTagger.Instance.Tag("Ta is a Zr-site dopant."), m => m.Type == EntityType.Strategy);

    [Fact]
    public void A_bulk_value_names_no_property() =>
        Assert.DoesNotContain(RuleEntityTagger.Instance.Tag("It reached half of the bulk value."), m => m.Type == EntityType.Property);

    [Fact]
    public void A_two_letter_short_form_spelt_by_its_words_initials_is_defined_even_where_it_reads_as_a_formula()
    {
        const string sentence = "Hot pressing (HP) at 1050 °C densifies LLZO.";
        var mentions = RuleEntityTagger.Instance.Tag(sentence, TaggingDomain.Project, DocumentTerms.Of(sentence));

        Assert.Contains(mentions, m => m.Type == EntityType.Strategy && m.Text == "HP");
        Assert.DoesNotContain(mentions, m => m.Type == EntityType.Material && m.Text == "HP");
    }

    [Fact]
    public void A_content_names_a_test_parameter_not_a_property() =>
        Assert.DoesNotContain(RuleEntityTagger.Instance.Tag("Ta substitution lowers the Li content per formula unit."), m => m.Type == EntityType.Property);

    [Theory]
    [InlineData("Fitting gives Rb = 145 Ω, Rgb = 62 Ω and Rint = 37 Ω cm2.", new[] { "Rb", "Rgb", "Rint" })]
    [InlineData("This layer lowers Rint, whereas Rb remains nearly unchanged.", new[] { "Rint", "Rb" })]
    public void Symbols_of_fitted_resistances_are_properties(string sentence, string[] properties)
    {
        var mentions = RuleEntityTagger.Instance.Tag(sentence);

        Assert.Equal(properties, mentions.Where(m => m.Type == EntityType.Property).Select(m => m.Text));
        Assert.DoesNotContain(mentions, m => m.Type == EntityType.Material);
    }

    [Fact]
    public void Rubidium_alone_stays_a_material() =>
        Assert.Contains(RuleEntityTagger.Instance.Tag("Rb and Cs doping were compared."), m => m.Type == EntityType.Material && m.Text == "Rb");

    [Theory]
    [InlineData("The Li–Na alloy exhibits a CCD of 1.1 mA cm⁻².", "Li–Na alloy", EntityType.Material)]
    [InlineData("A 3 μm Li3N–LiF bilayer delivers a CCD above 2 mA cm⁻².", "Li3N–LiF bilayer", EntityType.Strategy)]
    public void Names_joined_by_an_en_dash_are_one_with_the_alloy_they_name_and_a_bilayer_of_them_is_a_strategy(string sentence, string name, EntityType type) =>
        Assert.Contains(RuleEntityTagger.Instance.Tag(sentence), m => m.Type == type && m.Text == name);

    [Theory]
    [InlineData("An ultra-thin LCO layer was grown.", "LCO layer")]
    [InlineData("The Ga-LLZO/PVDF composite electrolyte reached 0.2 mS cm⁻¹.", null)]
    public void A_size_is_no_part_of_a_layer_and_a_composite_of_named_materials_is_those_materials(string sentence, string? strategy) =>
        Assert.Equal(strategy is null ? [] : [strategy], Texts(sentence, EntityType.Strategy));

    [Theory]
    [InlineData("The SnO2 and MgO coatings both lowered the impedance.", new[] { "SnO2", "MgO coatings" })]
    [InlineData("Bi, Sb and Zn layers were evaporated onto the pellets.", new[] { "Bi", "Sb", "Zn layers" })]
    [InlineData("Sulfide and chloride interlayers were compared.", new[] { "Sulfide", "chloride interlayers" })]
    [InlineData("The contact between Li and the MgO coating improved.", new[] { "MgO coating" })]
    [InlineData("Li–Mg, Li–Al and Li–Sn alloy anodes keep contact.", new[] { "Li–Mg", "Li–Al", "Li–Sn alloy anodes" })]
    [InlineData("The strategies (Sn interlayers and LiNbO3 coatings) help.", new[] { "Sn interlayers", "LiNbO3 coatings" })]
    public void Substances_listed_before_a_plural_strategy_head_are_strategies_each(string sentence, string[] strategies) =>
        Assert.Equal(strategies, Texts(sentence, EntityType.Strategy));

    [Theory]
    [InlineData("Molten sodium wets the pellet, but sodium dendrites still form.", new[] { "sodium" })]
    [InlineData("Zinc oxide reacts with lithium to form an alloy.", new[] { "Zinc oxide", "lithium" })]
    [InlineData("Lithium-ion cells lose lithium ions at the lithium electrode.", new[] { "lithium ions" })]
    [InlineData("A Li–Na alloy wets the pellet, and sputtered Cu and Ag alloy with Li.", new[] { "Li–Na alloy", "Cu", "Ag", "Li" })]
    [InlineData("Wang et al. and Li et al. saw Li filaments in Li dendrites.", new string[0])]
    [InlineData("Lithium salts and lithium naphthalenide differ from LiAl alloy particles.", new[] { "lithium naphthalenide", "LiAl" })]
    [InlineData("Molten lithium wets a lithium foil on copper foam.", new[] { "lithium", "lithium", "copper" })] // the form is no part of the name
    [InlineData("Li and co-workers and Li's group coated the pellet with Sn.", new[] { "Sn" })]
    public void Elements_named_in_words_and_alloys_are_materials_but_not_phenomena_or_authors(string sentence, string[] materials) =>
        Assert.Equal(materials, Texts(sentence, EntityType.Material));

    [Fact]
    public void A_cell_written_with_bars_gives_no_qualifier_to_the_property_after_it()
    {
        var mentions = RuleEntityTagger.Instance.Tag("It lowered the Li|LLZO|Li overpotential to 18 mV.");

        Assert.Contains(mentions, m => m.Type == EntityType.Material && m.Text == "Li|LLZO|Li");
        Assert.Contains(mentions, m => m.Type == EntityType.Property && m.Text == "overpotential");
    }

    [Fact]
    public void A_general_process_left_alone_by_trimming_its_quality_is_no_strategy() =>
        Assert.DoesNotContain(RuleEntityTagger.Instance.Tag("Lithium was attached right after the final treatment."), m => m.Type == EntityType.Strategy);

    [Theory]
    [InlineData("The yield strength of sodium is low.", "yield strength")]
    [InlineData("Surface compressive stress arrests cracks.", "Surface compressive stress")]
    [InlineData("A clamping force of 20 kN was applied.", "clamping force")]
    [InlineData("The diffusion length of vacancies grows with temperature.", "diffusion length")]
    [InlineData("Grains 2 µm in diameter sintered faster.", "diameter")]
    [InlineData("The pack-level energy density falls with every fixture.", "pack-level energy density")]
    [InlineData("Its calendar life remains unknown.", "calendar life")]
    [InlineData("The GB resistance fell to 20 Ω cm².", "GB resistance")]
    [InlineData("The interfacial reaction energy is small.", "interfacial reaction energy")]
    [InlineData("Its lattice parameter grew.", "lattice parameter")]
    [InlineData("The melting point of the alloy fell.", "melting point")]
    [InlineData("A low viscosity helps wetting.", "viscosity")]
    [InlineData("The stresses at the crack tip exceed the stack pressure.", "stresses")]
    public void Mechanical_and_engineering_quantities_are_properties(string sentence, string property) =>
        Assert.Contains(RuleEntityTagger.Instance.Tag(sentence), m => m.Type == EntityType.Property && m.Text == property);

    [Theory]
    [InlineData("Stress control and temperature management matter for packs.")]
    [InlineData("Atomic force microscopy showed the grains.")]
    [InlineData("Secondary ion mass spectrometry showed the grains.")]
    [InlineData("The Li|LLZO|Li cell cycled stably for 700 h.")]
    public void A_property_word_that_names_a_way_of_acting_on_it_or_a_technique_is_no_property(string sentence) =>
        Assert.DoesNotContain(RuleEntityTagger.Instance.Tag(sentence), m => m.Type == EntityType.Property);

    [Fact]
    public void A_substance_before_a_size_is_the_material_it_is_the_size_of()
    {
        var mentions = RuleEntityTagger.Instance.Tag("The sodium thickness changes on plating, unlike the sodium diffusivity.");

        Assert.Equal(
            [(EntityType.Material, "sodium"), (EntityType.Property, "thickness"), (EntityType.Material, "sodium"), (EntityType.Property, "sodium diffusivity")],
            mentions.Select(m => (m.Type, m.Text)));
    }

    [Theory]
    [InlineData("Spring-loaded fixtures and bolted clamps hold the stack.", new[] { "Spring-loaded fixtures", "bolted clamps" })]
    [InlineData("A rubber spacer sat on a porous LLZO backbone.", new[] { "rubber spacer", "porous LLZO backbone" })]
    [InlineData("A Na-poor skin and a grafted layer form.", new[] { "Na-poor skin", "grafted layer" })]
    [InlineData("Freeze-casting gave a poly(VC) layer.", new[] { "Freeze-casting", "poly(VC) layer" })]
    [InlineData("Vertically aligned garnet nanofibre arrays were grown.", new[] { "Vertically aligned garnet nanofibre arrays" })]
    [InlineData("Well-dispersed ZrO₂ fillers and better Sn interlayers help.", new[] { "ZrO₂ fillers", "Sn interlayers" })]
    [InlineData("Such interface-engineering strategies and surface-modification methods differ.", new string[0])]
    [InlineData("Sandwich structures with aligned channels and a conversion layer help; the crystal structure does not.", new[] { "Sandwich structures", "aligned channels", "conversion layer" })]
    [InlineData("Air forms a passivation layer composed of LiOH and Li₂CO₃ on the pellet.", new string[0])]
    [InlineData("With this thin film cathode and a thin gold interlayer the cell worked.", new[] { "thin film cathode", "gold interlayer" })]
    [InlineData("Molten-infusion filled the host, and so LiF-rich interphases formed; the interlayers were thin.", new[] { "Molten-infusion", "LiF-rich interphases" })]
    [InlineData("A sandwich-type composite electrolyte and a gradient composite electrolyte beat the composite electrolyte.", new[] { "sandwich-type composite electrolyte", "gradient composite electrolyte" })]
    [InlineData("A high stack pressure, a compatible Sn interlayer and operando scanning electron microscopy were used.", new[] { "stack pressure", "Sn interlayer" })]
    [InlineData("A soft poly(vinylidene fluoride) (PVDF) interlayer and a solid poly(DOL) layer were made.", new[] { "poly(vinylidene fluoride) (PVDF) interlayer", "poly(DOL) layer" })]
    public void Fixtures_spacers_backbones_arrays_and_hyphenated_processes_are_strategies(string sentence, string[] strategies) =>
        Assert.Equal(strategies, Texts(sentence, EntityType.Strategy));

    [Theory]
    [InlineData("Li–Sn anodes sustained 0.5 mA cm⁻² for 300 h at 25 °C under 1 MPa.", new[] { "25 °C", "1 MPa" }, new[] { "0.5 mA cm⁻²", "300 h" })]
    [InlineData("Cells assembled at 50 MPa ran for 100 h at 0.1 mA cm⁻².", new[] { "0.1 mA cm⁻²" }, new[] { "50 MPa", "100 h" })]
    [InlineData("Above 80 °C, the yield strength of sodium falls below 0.2 MPa.", new[] { "Above 80 °C" }, new[] { "below 0.2 MPa" })]
    [InlineData("The coated pellet kept an ASR below 20 Ω cm² after 7 days at 40% relative humidity.", new[] { "7 days", "40%" }, new[] { "below 20 Ω cm²" })]
    [InlineData("The surface stayed clean after 30 days in air.", new string[0], new[] { "30 days" })]
    public void Conditions_qualify_a_run_or_a_value_of_a_property_the_vocabulary_does_not_know(string sentence, string[] conditions, string[] quantities)
    {
        var mentions = RuleEntityTagger.Instance.Tag(sentence);

        Assert.Equal(conditions, mentions.Where(m => m.Type == EntityType.Condition).Select(m => m.Text));
        Assert.Equal(quantities, mentions.Where(m => m.Type == EntityType.Quantity).Select(m => m.Text));
    }

    [Theory]
    [InlineData("Because a bilayer survives longer, most trilayers fail later.", new[] { "bilayer", "trilayers" })]
    [InlineData("Structured anodes and structured lithium anodes cycle well.", new[] { "Structured anodes", "structured lithium anodes" })]
    [InlineData("The anode-free configuration and anode-free operation save lithium.", new[] { "anode-free configuration", "anode-free operation" })]
    [InlineData("Cells with a Li–Mg electrode lasted.", new[] { "Li–Mg electrode" })]
    [InlineData("An Al–Li alloying layer and a Au seed layer helped.", new[] { "Al–Li alloying layer", "Au seed layer" })]
    [InlineData("A 3D-printed LLZO grid was used.", new[] { "3D-printed LLZO grid" })]
    [InlineData("Groups now target scaffolds that leave a still conducting alloy skeleton.", new[] { "conducting alloy skeleton" })]
    [InlineData("Sequential casting replaced tape casting in a symmetric trilayer.", new[] { "tape casting", "trilayer" })]
    [InlineData("It stays cubic after long sintering.", new[] { "sintering" })]
    [InlineData("Atomic layer deposition coats the grains.", new[] { "Atomic layer deposition" })]
    [InlineData("Fig. 3 (a) dry polishing and (b) Graphite interlayer on LLZO.", new[] { "dry polishing", "Graphite interlayer" })]
    [InlineData("Kim and co-workers combined surface fluorination with a soft interlayer.", new[] { "surface fluorination", "soft interlayer" })]
    [InlineData("A ZnO-coated garnet scaffold and a polymer-infiltrated composite cathode were mature structured anodes.", new[] { "garnet scaffold", "polymer-infiltrated composite cathode", "structured anodes" })]
    public void Stacked_layers_structured_and_anode_free_designs_are_strategies_without_the_verbs_before_them(string sentence, string[] strategies) =>
        Assert.Equal(strategies, Texts(sentence, EntityType.Strategy));

    [Theory]
    [InlineData("The configuration was changed.")]
    [InlineData("The outer porous layer hosts lithium.")]
    [InlineData("The anode-free cell failed.")]
    [InlineData("It stays cubic in a cubic framework.")]
    public void A_configuration_a_layer_that_hosts_or_an_anode_free_cell_is_no_strategy(string sentence) =>
        Assert.Empty(Texts(sentence, EntityType.Strategy));

    [Theory]
    [InlineData("The nucleation overpotential fell.", "nucleation overpotential")]
    [InlineData("Its tortuosity was low.", "tortuosity")]
    [InlineData("The stiffness rose.", "stiffness")]
    public void Nucleation_overpotential_tortuosity_and_stiffness_are_properties(string sentence, string property) =>
        Assert.Equal([property], Texts(sentence, EntityType.Property));

    [Theory]
    [InlineData("A reduced graphene oxide film and graphitic carbon nitride were used.", new[] { "reduced graphene oxide", "graphitic carbon nitride" })]
    [InlineData("Carbon fibers and a carbon nanotube sponge were used.", new[] { "Carbon fibers", "carbon nanotube" })]
    public void Carbon_materials_are_named_whole(string sentence, string[] materials) =>
        Assert.Equal(materials, Texts(sentence, EntityType.Material));
}
