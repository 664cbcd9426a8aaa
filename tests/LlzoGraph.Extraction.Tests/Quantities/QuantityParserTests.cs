using LlzoGraph.Core.Facts;
using LlzoGraph.Extraction.Quantities;

namespace LlzoGraph.Extraction.Tests.Quantities;

/// <summary>Every number form and unit form papers write, read as one quantity, and garbage read as a failure with a reason.</summary>
public class QuantityParserTests
{
    /// <summary>The text, then value, upper bound, unit symbol, qualifier and the value in SI.</summary>
    public static TheoryData<string, double, double?, string, Qualifier, double> Forms => new()
    {
        // number forms
        { "0.85 mS cm⁻¹", 0.85, null, "mS/cm", Qualifier.Exact, 0.085 },
        { "14 000 h", 14000, null, "h", Qualifier.Exact, 14000 * 3600.0 },
        { "1.7 × 10⁻⁴ S cm⁻¹", 1.7e-4, null, "S/cm", Qualifier.Exact, 1.7e-2 },
        { "10⁻² to 10⁻⁵ S cm⁻¹", 1e-5, 1e-2, "S/cm", Qualifier.Range, 1e-3 },
        { "~2 Ω cm²", 2, null, "Ω·cm2", Qualifier.Approximately, 2e-4 },
        { "<0.08 V", 0.08, null, "V", Qualifier.LessThan, 0.08 },
        { "over 800 h", 800, null, "h", Qualifier.GreaterThan, 800 * 3600.0 },
        { "up to 1800 h", 1800, null, "h", Qualifier.AtMost, 1800 * 3600.0 },
        { "0.5–0.6 mA cm⁻²", 0.5, 0.6, "mA/cm2", Qualifier.Range, 5 },
        { "from 940.2 to 52.7 Ω cm²", 52.7, 940.2, "Ω·cm2", Qualifier.Range, 52.7e-4 },
        // unit forms
        { "1.3 mA cm⁻²", 1.3, null, "mA/cm2", Qualifier.Exact, 13 },
        { "1.3 mA cm-2", 1.3, null, "mA/cm2", Qualifier.Exact, 13 },
        { "1.3 mA/cm2", 1.3, null, "mA/cm2", Qualifier.Exact, 13 },
        { "1.3 mA cm^{-2}", 1.3, null, "mA/cm2", Qualifier.Exact, 13 },
        { "7 Ω cm²", 7, null, "Ω·cm2", Qualifier.Exact, 7e-4 },
        { "7 Ohm cm2", 7, null, "Ω·cm2", Qualifier.Exact, 7e-4 },
        { "2 S cm⁻¹", 2, null, "S/cm", Qualifier.Exact, 200 },
        { "0.6 mS cm⁻¹", 0.6, null, "mS/cm", Qualifier.Exact, 0.06 },
        { "160 mA h g⁻¹", 160, null, "mA·h/g", Qualifier.Exact, 160 * 3600.0 },
        { "50 µA cm⁻²", 50, null, "µA/cm2", Qualifier.Exact, 0.5 },
        { "50 μA cm⁻²", 50, null, "µA/cm2", Qualifier.Exact, 0.5 },
        { "3 wt%", 3, null, "wt%", Qualifier.Exact, 0.03 },
        { "120 °C", 120, null, "°C", Qualifier.Exact, 393.15 },
        { "3.5 MPa", 3.5, null, "MPa", Qualifier.Exact, 3.5e6 },
        { "25 nm", 25, null, "nm", Qualifier.Exact, 25e-9 },
        { "300 h", 300, null, "h", Qualifier.Exact, 300 * 3600.0 },
        { "4.3 V", 4.3, null, "V", Qualifier.Exact, 4.3 },
        { "0.21 eV atom⁻¹", 0.21, null, "eV/atom", Qualifier.Exact, 0.21 * 1.602176634e-19 },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void Reads_each_written_form_into_its_si_value(string text, double value, double? upper, string unit, Qualifier qualifier, double si)
    {
        var q = QuantityParser.Parse(text).GetValueOrThrow();

        Assert.Equal(value, q.Value, 1e-9 * Math.Max(1, Math.Abs(value)));
        Assert.Equal(upper is null, q.UpperValue is null);
        if (upper is not null)
        {
            Assert.Equal(upper.Value, q.UpperValue!.Value, 1e-9 * Math.Max(1, upper.Value));
        }

        Assert.Equal(unit, q.Unit.Symbol);
        Assert.Equal(qualifier, q.Qualifier);
        Assert.Equal(si, q.SiValue, Math.Abs(si) * 1e-9 + 1e-30);
    }

    public static TheoryData<string> Garbage => new()
    {
        "",
        "   ",
        "12",
        "mA cm⁻²",
        "NaN V",
        "Infinity h",
        "∞ h",
        "1e999 V",
        "10^999 S/cm",
        new string('9', 400) + " h",
        "5 mA cm^{-2",
        "5 {{{{ }}",
        "3 flurbs",
        "2 mA cm⁻² and 3 h",
        "😀 ⁻¹ ∑ 𝔘 \u0000 \uFFFF",
        "\ud800 5 h",
        new string('x', 10_240),
        string.Concat(Enumerable.Repeat("1.5 mA cm⁻² ", 900)),
    };

    [Theory]
    [MemberData(nameof(Garbage))]
    public void Garbage_is_a_failure_with_a_reason(string text)
    {
        var parsed = QuantityParser.Parse(text);

        Assert.False(parsed.Ok);
        Assert.False(string.IsNullOrWhiteSpace(parsed.Error));
    }

    [Fact]
    public void Random_unicode_never_throws()
    {
        var random = new Random(17);
        for (var round = 0; round < 500; round++)
        {
            var chars = Enumerable.Range(0, random.Next(1, 60)).Select(_ => (char)random.Next(1, 0xFFFF)).ToArray();
            var parsed = QuantityParser.Parse(new string(chars));
            Assert.True(parsed.Ok ? double.IsFinite(parsed.Value!.SiValue) : parsed.Error!.Length > 0);
        }
    }
}
