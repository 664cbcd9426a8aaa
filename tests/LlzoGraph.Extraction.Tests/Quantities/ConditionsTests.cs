using LlzoGraph.Extraction.Quantities;

namespace LlzoGraph.Extraction.Tests.Quantities;

public class ConditionsTests
{
    [Fact]
    public void The_charge_a_stripping_test_passes_after_its_current_density_is_a_condition()
    {
        const string sentence = "It ran for 1500 h at 0.1 mA cm⁻² and 0.2 mAh cm⁻².";
        var charge = QuantityFinder.Find(sentence)[^1];

        Assert.Equal("areal capacity", Conditions.NameOf(charge, sentence[..charge.Start]));
    }

    private static string? NameIn(string sentence)
    {
        var mention = Assert.Single(QuantityFinder.Find(sentence));
        return Conditions.NameIn(sentence, mention);
    }

    [Theory]
    [InlineData("cycled at 0.3 mA cm⁻²", "current density")]
    [InlineData("cycled under 0.3 mA cm⁻²", "current density")]
    [InlineData("at a current density of 0.3 mA cm⁻²", "current density")]
    [InlineData("the current density was 0.3 mA cm⁻²", null)]
    [InlineData("a critical current density of 0.3 mA cm⁻²", null)]
    [InlineData("a CCD of 0.3 mA cm⁻²", null)]
    [InlineData("a CCD reaching 0.3 mA cm⁻²", null)]
    [InlineData("pressed under 8 MPa", "pressure")]
    [InlineData("under a stack pressure of 3 MPa", "pressure")]
    [InlineData("a hardness of 3 MPa", null)]
    [InlineData("a stripping capacity of 0.5 mAh cm⁻²", null)]
    [InlineData("a modulus of 8 GPa", null)]
    [InlineData("measured at 60 °C", "temperature")]
    [InlineData("sintered 1100 °C", "temperature")]
    [InlineData("obtained after heat treatment at 500 °C", "processing temperature")]
    [InlineData("pellets annealed in argon at 400 °C", "processing temperature")]
    [InlineData("carbothermal reduction at 700 °C", "processing temperature")]
    [InlineData("Carbon reduction at 700 °C", "processing temperature")]
    [InlineData("LLZO densified at high temperature under 40 MPa", null)]
    [InlineData("Li|LLZO|Li cells assembled at 75 MPa", null)]
    [InlineData("the CCD was measured at 60 °C", "temperature")]
    [InlineData("stable over 300 cycles", "cycles")]
    [InlineData("after 300 cycles", "cycles")]
    [InlineData("for 300 h", null)]
    [InlineData("a resistance of 9 Ω cm²", null)]
    [InlineData("cycled at 0.1C", "rate")]
    [InlineData("a higher CCD, compared with 0.2 mA cm⁻²", null)]
    [InlineData("a lower overpotential than the cell cycled with 0.2 mA cm⁻²", "current density")]
    [InlineData("higher, versus 0.2 mA cm⁻² for the bare pellet", null)]
    [InlineData("a capacity retained at 2 C", "rate")]
    [InlineData("it stayed low after 7 days in ambient air", "time")]
    [InlineData("its conductivity fell after 3 days in moist air", "time")]
    [InlineData("the CCD fell after 100 h of operation", "time")]
    [InlineData("the ASR stayed low even after 7 days of storage", "time")]
    [InlineData("the bare cell short-circuited after 90 h", null)]
    [InlineData("intact after 1200 h of cycling", null)]
    [InlineData("the ASR stayed low at 40% relative humidity", "relative humidity")]
    [InlineData("an ASR 40% lower", null)]
    public void Tells_a_condition_from_a_result(string sentence, string? expected)
    {
        Assert.Equal(expected, NameIn(sentence));
    }

    [Theory]
    [InlineData("cycled at room temperature", 1)]
    [InlineData("tested at ambient temperature and at RT", 2)]
    [InlineData("the room-temperature ionic conductivity", 1)]
    [InlineData("heated at a high temperature", 0)]
    [InlineData("the RTX sample", 0)]
    public void Reads_room_temperature_in_words_as_twenty_five_degrees(string text, int count)
    {
        var found = Conditions.InWords(text).ToList();
        Assert.Equal(count, found.Count);
        Assert.All(found, f =>
        {
            Assert.Equal("temperature", f.Condition.Name);
            Assert.Equal(25, f.Condition.Quantity.Value);
            Assert.Equal("°C", f.Condition.Quantity.Unit.Symbol);
            Assert.Equal(LlzoGraph.Core.Facts.Qualifier.Approximately, f.Condition.Quantity.Qualifier);
        });
    }

    [Theory]
    [InlineData("At 60 °C and 0.3 mA cm⁻², the cell cycles stably for more than 800 h.", "0.3 mA cm⁻²")]
    [InlineData("Cycling at 0.1, 0.2 and 0.5 mA cm⁻² gives overpotentials of 12, 25 and 68 mV.", "0.5 mA cm⁻²")]
    public void A_value_joined_by_and_to_a_condition_introduced_by_at_is_introduced_by_it_too(string sentence, string text)
    {
        var q = QuantityFinder.Find(sentence).Single(m => m.Quantity.Text == text);

        Assert.Equal("current density", Conditions.NameOf(q, sentence[..q.Start]));
    }

    [Theory]
    [InlineData("The coated pellet shows a CCD of 0.9 mA cm⁻² at 25 °C and 2.2 mA cm⁻² at 60 °C.", "2.2 mA cm⁻²")]
    [InlineData("The CCD reached 1.2 mA cm⁻² under 5 MPa and 0.6 mA cm⁻² under 1 MPa.", "0.6 mA cm⁻²")]
    public void A_value_after_another_of_its_dimension_and_that_ones_condition_is_a_second_result(string sentence, string text)
    {
        var q = QuantityFinder.Find(sentence).Single(m => m.Quantity.Text == text);

        Assert.Null(Conditions.NameOf(q, sentence[..q.Start]));
    }

    [Theory]
    [InlineData("The pellets hot-pressed at 40 MPa", null)]
    [InlineData("Isostatic pressing of the stack at 71 MPa", null)]
    [InlineData("The cell cycled under a stack pressure of 5 MPa", "pressure")]
    [InlineData("Heat treatment of Li6.4La3Zr1.4Ta0.6O12 at 700 °C", "processing temperature")]
    [InlineData("Molten-salt treatment in LiCl–KCl at 400 °C", "processing temperature")]
    [InlineData("SPS at 1000 °C", "processing temperature")]
    public void A_pressure_or_temperature_a_sample_was_made_at_is_a_process_setting(string text, string? expected)
    {
        var value = QuantityFinder.Find(text)[^1];

        Assert.Equal(expected, Conditions.NameOf(value, text[..value.Start]));
    }
}
