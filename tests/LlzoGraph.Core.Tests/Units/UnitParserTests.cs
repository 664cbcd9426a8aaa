using LlzoGraph.Core.Units;

namespace LlzoGraph.Core.Tests.Units;

public class UnitParserTests
{
    [Theory]
    [InlineData("mA cm⁻²", "mA/cm2", 10.0)]
    [InlineData("mA cm-2", "mA/cm2", 10.0)]
    [InlineData("mA/cm2", "mA/cm2", 10.0)]
    [InlineData("mA/cm²", "mA/cm2", 10.0)]
    [InlineData("mA cm^{-2}", "mA/cm2", 10.0)]
    [InlineData("mA cm ⁻²", "mA/cm2", 10.0)]
    [InlineData("$\\rm mA~cm^{-2}$", "mA/cm2", 10.0)]
    [InlineData("A/m2", "A/m2", 1.0)]
    [InlineData("µA/cm²", "µA/cm2", 0.01)]
    [InlineData("μA cm-2", "µA/cm2", 0.01)]
    [InlineData("Ω cm²", "Ω·cm2", 1e-4)]
    [InlineData("Ω cm 2", "Ω·cm2", 1e-4)]
    [InlineData("Ohm cm2", "Ω·cm2", 1e-4)]
    [InlineData("S cm⁻¹", "S/cm", 100.0)]
    [InlineData("mS cm⁻¹", "mS/cm", 0.1)]
    [InlineData("mA h g⁻¹", "mA·h/g", 3600.0)]
    [InlineData("mAh g-1", "mA·h/g", 3600.0)]
    [InlineData("MPa", "MPa", 1e6)]
    [InlineData("nm", "nm", 1e-9)]
    [InlineData("h", "h", 3600.0)]
    [InlineData("V", "V", 1.0)]
    [InlineData("wt%", "wt%", 0.01)]
    [InlineData("mol%", "mol%", 0.01)]
    public void Reads_every_written_form(string text, string symbol, double factor)
    {
        var unit = Unit.Parse(text).GetValueOrThrow();
        Assert.Equal(symbol, unit.Symbol);
        Assert.Equal(factor, unit.Factor, 9);
    }

    [Fact]
    public void Converts_between_compatible_units_and_refuses_incompatible_ones()
    {
        var mAcm2 = Unit.Parse("mA/cm2").GetValueOrThrow();
        var am2 = Unit.Parse("A/m2").GetValueOrThrow();
        Assert.Equal(20.0, mAcm2.ConvertTo(2, am2).GetValueOrThrow(), 9);
        Assert.Equal("A/m2", mAcm2.SiSymbol);
        var volt = Unit.Parse("V").GetValueOrThrow();
        Assert.False(mAcm2.ConvertTo(2, volt).Ok);
    }

    [Fact]
    public void Celsius_has_an_offset()
    {
        var c = Unit.Parse("°C").GetValueOrThrow();
        Assert.Equal(298.15, c.ToSi(25), 9);
        Assert.Equal("K", c.SiSymbol);
        Assert.False(Unit.Parse("°C/h").Ok);
    }

    [Fact]
    public void A_degree_is_a_plane_angle_and_a_degree_celsius_written_apart_is_a_temperature()
    {
        Assert.Equal(Math.PI, Unit.Parse("°").GetValueOrThrow().ToSi(180), 12);
        Assert.Equal(Dimension.None, Unit.Parse("°").GetValueOrThrow().Dimension);
        Assert.Equal(298.15, Unit.Parse("° C").GetValueOrThrow().ToSi(25), 9);
    }

    [Fact]
    public void A_molar_concentration_is_moles_per_litre_and_mega_still_prefixes()
    {
        Assert.Equal(1000, Unit.Parse("M").GetValueOrThrow().ToSi(1), 9);
        Assert.Equal(1, Unit.Parse("mM").GetValueOrThrow().ToSi(1), 9);
        Assert.Equal(2e6, Unit.Parse("MPa").GetValueOrThrow().ToSi(2), 6);
    }

    [Fact]
    public void The_c_rate_is_a_unit_only_on_its_own()
    {
        var rate = Unit.Parse("C").GetValueOrThrow();
        Assert.True(rate.IsCRate);
        Assert.Equal(1.0 / 3600, rate.ToSi(1), 12);
        Assert.Equal(rate.Dimension, Unit.Parse("Hz").GetValueOrThrow().Dimension);
        Assert.False(Unit.Parse("°C").GetValueOrThrow().IsCRate);
        Assert.False(Unit.Parse("wt% C").Ok);
        Assert.False(Unit.Parse("mA C").Ok);
        Assert.False(Unit.Parse("C2").Ok);
        Assert.False(Unit.Parse("mC").Ok);
    }

    [Fact]
    public void Electronvolt_per_atom_divides_by_a_count()
    {
        var u = Unit.Parse("eV atom⁻¹").GetValueOrThrow();
        Assert.Equal("eV/atom", u.Symbol);
        Assert.Equal("J/atom", u.SiSymbol);
    }

    [Theory]
    [InlineData("Wh L⁻¹", "J/m3", 3.6e6)]
    [InlineData("MPa", "Pa", 1e6)]
    public void An_energy_per_volume_is_in_joules_per_cubic_metre_a_pressure_in_pascals(string text, string si, double factor)
    {
        var u = Unit.Parse(text).GetValueOrThrow();
        Assert.Equal((si, factor), (u.SiSymbol, u.ToSi(1)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Li")]
    [InlineData("LLZO")]
    [InlineData("nm Ag")] // silver, not ampere times gram
    [InlineData("mA/")]
    [InlineData("^2")]
    [InlineData("cm^99999999999")]
    [InlineData("the interface")]
    [InlineData("%%%%")]
    [InlineData("mA cm^{-2")]
    [InlineData("mA cm^-2}}")]
    [InlineData("NaN")]
    [InlineData("∞")]
    public void Garbage_is_a_failure_with_a_reason(string text)
    {
        var parsed = Unit.Parse(text);
        Assert.False(parsed.Ok);
        Assert.False(string.IsNullOrWhiteSpace(parsed.Error));
    }

    [Theory]
    [InlineData("kΩ·cm2", "Ω·cm2", 3.2, 3200)]
    [InlineData("mS/cm", "S/m", 0.18, 0.018)]
    [InlineData("Ω·cm2", "Ω·m2", 18, 0.0018)]
    public void A_conversion_gives_the_value_as_written_not_the_factor_s_binary_rounding(string from, string to, double value, double expected) =>
        Assert.Equal(expected, Unit.Parse(from).GetValueOrThrow().ConvertTo(value, Unit.Parse(to).GetValueOrThrow()).GetValueOrThrow());
}
