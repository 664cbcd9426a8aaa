using LlzoGraph.Core.Facts;
using LlzoGraph.Extraction.Quantities;

namespace LlzoGraph.Extraction.Tests.Quantities;

public class QuantityFinderTests
{
    /// <summary>One row per written form: the text, then value, upper bound, unit symbol, qualifier and the value in SI.</summary>
    public static TheoryData<string, double, double?, string, Qualifier, double> Forms => new()
    {
        { "3.4 mA cm⁻²", 3.4, null, "mA/cm2", Qualifier.Exact, 34 },
        { "3 Ω cm²", 3, null, "Ω·cm2", Qualifier.Exact, 3e-4 },
        { "0.42 mS cm⁻¹", 0.42, null, "mS/cm", Qualifier.Exact, 0.042 },
        { "10⁻⁵ to 10⁻² S cm⁻¹", 1e-5, 1e-2, "S/cm", Qualifier.Range, 1e-3 },
        { "0.2–0.7 mA cm⁻²", 0.2, 0.7, "mA/cm2", Qualifier.Range, 2 },
        { "0.2-0.7 mA cm⁻²", 0.2, 0.7, "mA/cm2", Qualifier.Range, 2 },
        { "15 000 h", 15000, null, "h", Qualifier.Exact, 15000 * 3600.0 },
        { "2.3 × 10⁻⁵ S cm⁻¹", 2.3e-5, null, "S/cm", Qualifier.Exact, 2.3e-3 },
        { "2.3 x 10^-5 S/cm", 2.3e-5, null, "S/cm", Qualifier.Exact, 2.3e-3 },
        { "10^-3 S/cm", 1e-3, null, "S/cm", Qualifier.Exact, 0.1 },
        { "10−8 S cm−1", 1e-8, null, "S/cm", Qualifier.Exact, 1e-6 },
        { "10−5 to 10−3 S cm−1", 1e-5, 1e-3, "S/cm", Qualifier.Range, 1e-3 },
        { "10–20 nm", 10, 20, "nm", Qualifier.Range, 10e-9 },
        { "10-8 S cm-1", 1e-8, null, "S/cm", Qualifier.Exact, 1e-6 },
        { "10-4 to 10-3 S/cm", 1e-4, 1e-3, "S/cm", Qualifier.Range, 1e-2 },
        { "10-12 to 10-10 S/cm", 1e-12, 1e-10, "S/cm", Qualifier.Range, 1e-10 },
        { "6.8 x 10-4 S/cm", 6.8e-4, null, "S/cm", Qualifier.Exact, 6.8e-2 },
        { "10-20 nm", 10, 20, "nm", Qualifier.Range, 10e-9 },
        { "~4 Ω cm²", 4, null, "Ω·cm2", Qualifier.Approximately, 4e-4 },
        { "≈4 Ω cm²", 4, null, "Ω·cm2", Qualifier.Approximately, 4e-4 },
        { "about 6 h", 6, null, "h", Qualifier.Approximately, 21600 },
        { "over 1500 h", 1500, null, "h", Qualifier.GreaterThan, 1500 * 3600.0 },
        { "more than 1500 h", 1500, null, "h", Qualifier.GreaterThan, 1500 * 3600.0 },
        { "beyond 1500 h", 1500, null, "h", Qualifier.GreaterThan, 1500 * 3600.0 },
        { "up to 2500 h", 2500, null, "h", Qualifier.AtMost, 2500 * 3600.0 },
        { "at least 40 h", 40, null, "h", Qualifier.AtLeast, 40 * 3600.0 },
        { "<0.07 V", 0.07, null, "V", Qualifier.LessThan, 0.07 },
        { "below 0.07 V", 0.07, null, "V", Qualifier.LessThan, 0.07 },
        { "≥5 mA cm⁻²", 5, null, "mA/cm2", Qualifier.AtLeast, 50 },
        { "800 °C", 800, null, "°C", Qualifier.Exact, 1073.15 },
        { "350 K", 350, null, "K", Qualifier.Exact, 350 },
        { "6.25 MPa", 6.25, null, "MPa", Qualifier.Exact, 6.25e6 },
        { "35 nm", 35, null, "nm", Qualifier.Exact, 35e-9 },
        { "4 µm", 4, null, "µm", Qualifier.Exact, 4e-6 },
        { "145 mA h g⁻¹", 145, null, "mA·h/g", Qualifier.Exact, 145 * 3600.0 },
        { "145 mAh g-1", 145, null, "mA·h/g", Qualifier.Exact, 145 * 3600.0 },
        { "1.5 mA cm-2", 1.5, null, "mA/cm2", Qualifier.Exact, 15 },
        { "1.5 mA/cm2", 1.5, null, "mA/cm2", Qualifier.Exact, 15 },
        { "0.35 eV", 0.35, null, "eV", Qualifier.Exact, 0.35 * 1.602176634e-19 },
        { "10⁴ h", 1e4, null, "h", Qualifier.Exact, 3.6e7 },
        { "2–4 × 10⁻⁴ S cm⁻¹", 2e-4, 4e-4, "S/cm", Qualifier.Range, 2e-2 }, // one power of ten for both
        { "a 10-nm LiNbO₃ layer", 10, null, "nm", Qualifier.Exact, 1e-8 }, // a size written as an adjective
        { "a 2-h anneal", 2, null, "h", Qualifier.Exact, 7200 },
        { "a 20-µm-thick separator", 20, null, "µm", Qualifier.Exact, 2e-5 },
        { "1.5-3 x 10^-3 S/cm", 1.5e-3, 3e-3, "S/cm", Qualifier.Range, 1.5e-1 },
    };

    [Theory]
    [InlineData("The CCDs were 0.1, 0.6 and 0.9 mA cm⁻², respectively.", new[] { 0.1, 0.6, 0.9 }, "mA/cm2")]
    [InlineData("They lasted 100, 250, and 1,000 h.", new[] { 100.0, 250, 1000 }, "h")]
    [InlineData("At 25, 40, 60 or 80 °C.", new[] { 25.0, 40, 60, 80 }, "°C")]
    public void Three_or_more_numbers_listed_before_one_unit_are_each_a_value_in_it(string text, double[] values, string unit)
    {
        var found = QuantityFinder.Find(text);

        Assert.Equal(values, found.Select(q => q.Quantity.Value));
        Assert.All(found, q => Assert.Equal(unit, q.Quantity.Unit.Symbol));
        Assert.True(found.Select(q => q.Start).SequenceEqual(found.Select(q => q.Start).Order()));
    }

    [Theory]
    [InlineData("Samples 1, 2 and 3 were pressed.")]
    [InlineData("See refs 4, 5 and 6.")]
    [InlineData("A 4-V class cathode and a 3-fold rise.")] // a hyphenated voltage or factor is no size
    public void A_list_of_numbers_without_a_unit_is_no_quantity(string text) =>
        Assert.Empty(QuantityFinder.Find(text));

    [Fact]
    public void A_power_of_ten_written_with_a_hyphen_keeps_its_text_as_written() =>
        Assert.Equal("10-4 to 10-3 S/cm", Assert.Single(QuantityFinder.Find("It had 10-4 to 10-3 S/cm.")).Quantity.Text);

    [Theory]
    [MemberData(nameof(Forms))]
    public void Reads_each_written_form(string text, double value, double? upper, string unit, Qualifier qualifier, double si)
    {
        var found = Assert.Single(QuantityFinder.Find(text));

        var q = found.Quantity;
        Assert.Equal(value, q.Value, 1e-9 * Math.Max(1, Math.Abs(value)));
        if (upper is null)
        {
            Assert.Null(q.UpperValue);
        }
        else
        {
            Assert.Equal(upper.Value, q.UpperValue!.Value, 1e-9 * Math.Max(1, upper.Value));
        }

        Assert.Equal(unit, q.Unit.Symbol);
        Assert.Equal(qualifier, q.Qualifier);
        Assert.Equal(si, q.SiValue, Math.Abs(si) * 1e-9 + 1e-30);
    }

    [Theory]
    [InlineData("The contact angle decreased from 128° to 41°.", "128° to 41°")]
    [InlineData("It exceeds 90° on bare garnet.", "90°")]
    [InlineData("It was heated to 25° C.", "25° C")]
    public void A_degree_after_a_number_is_its_unit(string sentence, string expected) =>
        Assert.Equal(expected, Assert.Single(QuantityFinder.Find(sentence)).Quantity.Text);

    [Theory]
    [InlineData("It is higher than that of pristine LLZO (0.3 mA cm⁻²).", "0.3 mA cm⁻²")]
    [InlineData("The ASR (10 Ω cm²) fell.", "10 Ω cm²")]
    [InlineData("The ASR was 10 Ω cm² (ref. 3).", "10 Ω cm²")]
    [InlineData("It rose from ~10⁻⁶ to ~10⁻⁴ S cm⁻¹ with fillers.", "~10⁻⁶ to ~10⁻⁴ S cm⁻¹")]
    public void A_unit_ends_at_a_closing_bracket_and_a_range_may_approximate_both_bounds(string sentence, string expected)
    {
        var found = Assert.Single(QuantityFinder.Find(sentence));

        Assert.Equal(expected, sentence[found.Start..found.End]);
        Assert.Equal(expected, found.Quantity.Text);
    }

    [Theory]
    [InlineData("It cycled stably over 1000 h at 0.2 mA cm⁻².", "over 1000 h")]
    [InlineData("A film of about 500 nm was grown.", "about 500 nm")]
    [InlineData("It was heated for 5 h.", "5 h")]
    [InlineData("The CCD rose to 1.2 mA cm⁻².", "1.2 mA cm⁻²")]
    public void A_lead_word_that_qualifies_the_value_is_part_of_its_text_one_that_introduces_it_is_not(string sentence, string expected) =>
        Assert.Equal(expected, sentence[QuantityFinder.Find(sentence)[0].Start..QuantityFinder.Find(sentence)[0].End]);

    [Theory]
    [InlineData("The cell lasted 900 h.", 900, "h")]
    [InlineData("The resistance was 17 Ω cm².", 17, "Ω·cm2")]
    [InlineData("The CCD reached 2.2 mA cm⁻².", 2.2, "mA/cm2")]
    [InlineData("It was 2.2 mA/cm2.", 2.2, "mA/cm2")]
    [InlineData("It was 0.9 mS cm⁻¹;", 0.9, "mS/cm")]
    [InlineData("(about 0.9 mS cm⁻¹)", 0.9, "mS/cm")]
    [InlineData("values of 0.9 mS cm⁻¹, which", 0.9, "mS/cm")]
    public void Punctuation_after_a_quantity_is_not_part_of_its_unit(string text, double value, string unit)
    {
        var found = Assert.Single(QuantityFinder.Find(text));
        Assert.Equal(value, found.Quantity.Value, 9);
        Assert.Equal(unit, found.Quantity.Unit.Symbol);
        Assert.False(text[found.Start..found.End].EndsWith('.'));
    }

    [Theory]
    [InlineData("The cell was stable for 15,000 h.", 15000, "h")]
    [InlineData("It gave 1,037 mW/cm2 at 500 °C.", 1037, "mW/cm2")]
    [InlineData("It ran for >40,000 h.", 40000, "h")]
    [InlineData("1,000 h", 1000, "h")]
    public void A_comma_between_groups_of_three_digits_separates_thousands(string text, double value, string unit)
    {
        var found = QuantityFinder.Find(text)[0];
        Assert.Equal(value, found.Quantity.Value, 9);
        Assert.Equal(unit, found.Quantity.Unit.Symbol);
    }

    [Theory]
    [InlineData("an ASR of 1.04 ± 0.02 Ωcm2 at 700 °C", 1.04, "Ω·cm2", "1.04 ± 0.02 Ωcm2")]
    [InlineData("a CCD of 1.2±0.1 mA cm⁻².", 1.2, "mA/cm2", "1.2±0.1 mA cm⁻²")]
    [InlineData("a conductivity of (6.2 ± 0.3) × 10⁻⁴ S cm⁻¹ at 25 °C", 6.2e-4, "S/cm", "(6.2 ± 0.3) × 10⁻⁴ S cm⁻¹")]
    public void A_value_with_its_spread_is_its_central_value(string text, double value, string unit, string written)
    {
        var found = QuantityFinder.Find(text)[0];
        Assert.Equal(value, found.Quantity.Value, 12);
        Assert.Equal(unit, found.Quantity.Unit.Symbol);
        Assert.Equal(Qualifier.Exact, found.Quantity.Qualifier);
        Assert.Equal(written, text[found.Start..found.End]);
    }

    [Theory]
    [InlineData("Li2,3C0,7B0,3O3 was added.")]
    [InlineData("as reported before.12,345 The cell")]
    public void A_comma_inside_a_formula_or_between_citations_makes_no_number(string text) =>
        Assert.Empty(QuantityFinder.Find(text));

    [Fact]
    public void From_x_to_y_is_the_new_value_with_the_old_one_kept_as_before()
    {
        var found = Assert.Single(QuantityFinder.Find("the resistance decreased from 950.5 to 61.2 Ω cm² after the coating"));

        Assert.Equal(61.2, found.Quantity.Value, 9);
        Assert.Equal(950.5, found.Before);
        Assert.Null(found.Quantity.UpperValue);
        Assert.Equal(Qualifier.Exact, found.Quantity.Qualifier);
        Assert.Equal("Ω·cm2", found.Quantity.Unit.Symbol);
    }

    [Fact]
    public void A_rise_from_x_to_y_keeps_the_same_order()
    {
        var found = Assert.Single(QuantityFinder.Find("raised from 0.4 to 1.1 mA cm⁻²"));
        Assert.Equal(1.1, found.Quantity.Value, 9);
        Assert.Equal(0.4, found.Before);
    }

    [Theory]
    [InlineData("the resistance decreased from 2 kΩ cm² to 61 Ω cm²", 61, 2000)]
    [InlineData("conductivity improved from 0.1 mS cm⁻¹ to 0.5 mS cm⁻¹", 0.5, 0.1)]
    [InlineData("it lowered the Li|LLZO|Li overpotential at 0.1 mA cm⁻² from 310 mV to 18 mV", 18, 310)]
    [InlineData("it increased the CCD of Li|Li6.4La3Zr1.4Ta0.6O12|Li from 0.2 to 0.9 mA cm⁻²", 0.9, 0.2)]
    [InlineData("a 3 μm interlayer decreased the charge-transfer resistance at the Li/LLZTO interface from 1,820 to 95 Ω cm²", 95, 1820)]
    public void From_x_unit_to_y_unit_after_a_verb_of_change_is_one_change(string text, double after, double before)
    {
        var found = QuantityFinder.Find(text)[^1];
        Assert.Equal(after, found.Quantity.Value, 9);
        Assert.Equal(before, found.Before!.Value, 9);
    }

    [Theory]
    [InlineData("values ranging from 0.1 to 0.5 mS cm⁻¹")]
    [InlineData("values ranging from 0.1 mS cm⁻¹ to 0.5 mS cm⁻¹")]
    public void From_x_to_y_without_a_verb_of_change_is_a_range(string text)
    {
        var found = Assert.Single(QuantityFinder.Find(text));
        Assert.Equal(Qualifier.Range, found.Quantity.Qualifier);
        Assert.Equal(0.1, found.Quantity.Value, 9);
        Assert.Equal(0.5, found.Quantity.UpperValue!.Value, 9);
        Assert.Null(found.Before);
    }

    [Theory]
    [InlineData("at 0.3 mA cm⁻²", "at")]
    [InlineData("under 4 MPa", "under")]
    [InlineData("a CCD of 1.1 mA cm⁻²", "of")]
    [InlineData("for 300 h", "for")]
    [InlineData("with 20 nm", "with")]
    [InlineData("7 nm", "")]
    public void Keeps_the_word_that_introduces_a_quantity(string text, string lead)
    {
        Assert.Equal(lead, Assert.Single(QuantityFinder.Find(text)).Lead);
    }

    [Fact]
    public void Finds_every_quantity_of_a_sentence_in_order_with_positions()
    {
        const string text = "A cell cycled at 0.2 mA cm⁻² for 450 h at 60 °C showed 12 Ω cm².";
        var found = QuantityFinder.Find(text);

        Assert.Equal([0.2, 450, 60, 12], found.Select(f => f.Quantity.Value));
        Assert.Equal(["mA/cm2", "h", "°C", "Ω·cm2"], found.Select(f => f.Quantity.Unit.Symbol));
        Assert.Equal(found.OrderBy(f => f.Start), found);
        Assert.All(found, f => Assert.True(f.Start < f.End && f.End <= text.Length));
        Assert.Equal("0.2 mA cm⁻²", text[found[0].Start..found[0].End]);
    }

    public static TheoryData<string> Garbage => new()
    {
        "NCM811",
        "NCM523 cathodes",
        "Fig. 1",
        "Fig. 3b shows",
        "(Fig. 1g)",
        "Figs. 2C and 3m",
        "Figure 4 h",
        "Eq. 5 V",
        "the C 1s and Zr 3d signals",
        "Li⁺ on tetrahedral 24d and octahedral 96h sites",
        "ordered on 8a, 16f and 32g sites",
        "Table 2",
        "in 2020",
        "since 2019 the",
        "LLZO",
        "Li₇La₃Zr₂O₁₂",
        "Li6.4La3Zr1.4Ta0.6O12",
        "Li-7",
        "3D",
        "step 3 of 5",
        "ref. 47",
        "(32–35)",
        "0,000 h",
        "!!@#$%^&*()_+{}|:\"<>?~`-=[]\\;',./",
        "1e400 V",
        "1e5 V",
        "10^999 S/cm",
        "1.0 × 10⁻⁹⁹⁹ S cm⁻¹",
        "99999999999999999999999999999999999999999999999999999999999999 ",
        "",
        " ",
        "—",
        "²³⁴ ⁻¹",
    };

    [Theory]
    [InlineData("163 mA h g⁻¹ at 0.2C", "0.2C", 0.2)]
    [InlineData("cycled at 1 C for 100 cycles", "1 C", 1.0)]
    public void Reads_a_c_rate(string text, string written, double value)
    {
        var rate = Assert.Single(QuantityFinder.Find(text), f => f.Quantity.Unit.IsCRate);
        Assert.Equal(written, text[rate.Start..rate.End]);
        Assert.Equal(value, rate.Quantity.Value);
    }

    [Theory]
    [MemberData(nameof(Garbage))]
    public void Finds_no_quantity_in_text_that_holds_none(string text)
    {
        Assert.Empty(QuantityFinder.Find(text));
    }

    [Fact]
    public void A_core_level_is_no_time_but_a_time_before_an_article_is()
    {
        const string text = "A 5 s HCl dip removed carbonate, and the C 1s peak faded.";

        Assert.Equal(["5 s"], QuantityFinder.Find(text).Select(q => text[q.Start..q.End]));
    }

    [Fact]
    public void A_long_random_string_gives_no_exception_and_only_finite_quantities()
    {
        var random = new Random(31);
        const string alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789   ..,,;:()[]~<>≈×x⁻⁰¹²³⁴⁵⁶⁷⁸⁹₂₃°ΩµS/-–^";
        for (var round = 0; round < 20; round++)
        {
            var text = new string(Enumerable.Range(0, 10_240).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var found = QuantityFinder.Find(text);
            Assert.All(found, f =>
            {
                Assert.True(double.IsFinite(f.Quantity.Value));
                Assert.True(double.IsFinite(f.Quantity.SiValue));
                Assert.InRange(f.Start, 0, text.Length);
                Assert.InRange(f.End, f.Start, text.Length);
            });
        }
    }

    [Theory]
    [InlineData("The cell reached 3 mA cm⁻².¹³⁹", "3 mA cm⁻²")]
    [InlineData("The cell reached 3 mA cm⁻².163", "3 mA cm⁻²")]
    [InlineData("It fell to 50 Ω cm².¹²,¹³", "50 Ω cm²")]
    public void A_citation_glued_after_the_full_stop_is_not_part_of_the_unit(string sentence, string expected)
    {
        var found = QuantityFinder.Find(sentence);

        Assert.Equal(expected, Assert.Single(found).Quantity.Text);
    }

    [Fact]
    public void Two_numbers_joined_by_and_with_one_unit_are_two_values_unless_after_between()
    {
        var listed = QuantityFinder.Find("The films reached conductivities of 0.09 and 0.156 S cm⁻¹ at 500 °C.");
        var range = QuantityFinder.Find("The cells were tested between 550 and 750 °C.");

        Assert.Equal([("0.09", 0.09, "S/cm"), ("0.156 S cm⁻¹", 0.156, "S/cm"), ("500 °C", 500, "°C")],
            listed.Select(q => (q.Quantity.Text!, q.Quantity.Value, q.Quantity.Unit.Symbol)));
        Assert.All(listed, q => Assert.Null(q.Quantity.UpperValue));
        var only = Assert.Single(range);
        Assert.Equal((550.0, 750.0, Qualifier.Range), (only.Quantity.Value, only.Quantity.UpperValue!.Value, only.Quantity.Qualifier));
    }

    [Fact]
    public void As_high_as_stresses_a_value_and_is_not_part_of_it()
    {
        var found = Assert.Single(QuantityFinder.Find("The CCD was as high as 1.2 mA cm⁻²."));

        Assert.Equal(("1.2 mA cm⁻²", Qualifier.Exact), (found.Quantity.Text!, found.Quantity.Qualifier));
    }

    [Theory]
    [InlineData("LLZO is predicted to oxidize above ~2.9 V.", "above ~2.9 V", Qualifier.GreaterThan)]
    [InlineData("Its ASR was shown to exceed 2000 Ω cm².", "2000 Ω cm²", Qualifier.GreaterThan)]
    [InlineData("A window up to ~5 V was observed.", "up to ~5 V", Qualifier.AtMost)]
    [InlineData("The resistance was exceeding 10 kΩ cm2.", "10 kΩ cm2", Qualifier.GreaterThan)]
    [InlineData("It stays stable up to about 700 °C.", "up to about 700 °C", Qualifier.AtMost)]
    [InlineData("It oxidises above about 4.0 V.", "above about 4.0 V", Qualifier.GreaterThan)]
    public void A_bound_with_an_approximation_sign_is_the_bound_and_a_verb_is_no_part_of_the_value(string sentence, string text, Qualifier qualifier)
    {
        var found = Assert.Single(QuantityFinder.Find(sentence));

        Assert.Equal(text, sentence[found.Start..found.End]);
        Assert.Equal(qualifier, found.Quantity.Qualifier);
    }

    [Fact]
    public void A_share_is_no_part_of_a_product_unit() =>
        Assert.Equal("5 wt%", Assert.Single(QuantityFinder.Find("The Li–Mg alloy anode (5 wt% Mg) sustains it.")).Quantity.Text);
}
