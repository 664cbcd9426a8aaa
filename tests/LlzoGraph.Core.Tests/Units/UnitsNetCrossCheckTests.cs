using LlzoGraph.Core.Units;
using UnitsNet;

namespace LlzoGraph.Core.Tests.Units;

/// <summary>
/// Our SI factors checked against UnitsNet for every unit it knows. What it lacks (area-specific resistance,
/// energy per atom) is checked against its parts: Ω·cm² = UnitsNet's ohm × UnitsNet's cm², eV/atom = UnitsNet's eV.
/// </summary>
public class UnitsNetCrossCheckTests
{
    /// <summary>Our unit text, then the SI value of one such unit as UnitsNet computes it.</summary>
    public static TheoryData<string, double> Known => new()
    {
        { "S cm⁻¹", ElectricConductivity.FromSiemensPerCentimeter(1).SiemensPerMeter },
        { "mS cm⁻¹", ElectricConductivity.FromMillisiemensPerCentimeter(1).SiemensPerMeter },
        { "S/m", ElectricConductivity.FromSiemensPerMeter(1).SiemensPerMeter },
        { "A/m2", ElectricCurrentDensity.FromAmperesPerSquareMeter(1).AmperesPerSquareMeter },
        { "mA cm⁻²", ElectricCurrent.FromMilliamperes(1).Amperes / Area.FromSquareCentimeters(1).SquareMeters },
        { "µA cm⁻²", ElectricCurrent.FromMicroamperes(1).Amperes / Area.FromSquareCentimeters(1).SquareMeters },
        { "μA cm⁻²", ElectricCurrent.FromMicroamperes(1).Amperes / Area.FromSquareCentimeters(1).SquareMeters },
        { "mA h g⁻¹", ElectricCharge.FromMilliampereHours(1).Coulombs / Mass.FromGrams(1).Kilograms },
        { "mA h cm⁻²", ElectricCharge.FromMilliampereHours(1).Coulombs / Area.FromSquareCentimeters(1).SquareMeters },
        { "MPa", Pressure.FromMegapascals(1).Pascals },
        { "GPa", Pressure.FromGigapascals(1).Pascals },
        { "kPa", Pressure.FromKilopascals(1).Pascals },
        { "bar", Pressure.FromBars(1).Pascals },
        { "nm", Length.FromNanometers(1).Meters },
        { "µm", Length.FromMicrometers(1).Meters },
        { "mm", Length.FromMillimeters(1).Meters },
        { "Å", Length.FromAngstroms(1).Meters },
        { "h", Duration.FromHours(1).Seconds },
        { "min", Duration.FromMinutes(1).Seconds },
        { "s", Duration.FromSeconds(1).Seconds },
        { "V", ElectricPotential.FromVolts(1).Volts },
        { "mV", ElectricPotential.FromMillivolts(1).Volts },
        { "Ω", ElectricResistance.FromOhms(1).Ohms },
        { "kΩ", ElectricResistance.FromKiloohms(1).Ohms },
        { "eV", Energy.FromElectronVolts(1).Joules },
        { "kJ", Energy.FromKilojoules(1).Joules },
        { "mW cm⁻²", Irradiance.FromMilliwattsPerSquareCentimeter(1).WattsPerSquareMeter },
        { "W h kg⁻¹", SpecificEnergy.FromWattHoursPerKilogram(1).JoulesPerKilogram },
        { "%", Ratio.FromPercent(1).DecimalFractions },
        { "wt%", MassFraction.FromPercent(1).DecimalFractions },
        { "ppm", Ratio.FromPartsPerMillion(1).DecimalFractions },
        { "Hz", Frequency.FromHertz(1).Hertz },
        { "g cm⁻³", Density.FromGramsPerCubicCentimeter(1).KilogramsPerCubicMeter },
        { "K", Temperature.FromKelvins(1).Kelvins },
        // not in UnitsNet as such: built from the parts it has
        { "Ω cm²", ElectricResistance.FromOhms(1).Ohms * Area.FromSquareCentimeters(1).SquareMeters },
        { "Ohm cm2", ElectricResistance.FromOhms(1).Ohms * Area.FromSquareCentimeters(1).SquareMeters },
        { "kΩ cm²", ElectricResistance.FromKiloohms(1).Ohms * Area.FromSquareCentimeters(1).SquareMeters },
        { "eV atom⁻¹", Energy.FromElectronVolts(1).Joules },
        { "meV atom⁻¹", Energy.FromElectronVolts(1).Joules / 1000 },
    };

    [Theory]
    [MemberData(nameof(Known))]
    public void Our_si_factor_agrees_with_UnitsNet(string text, double siOfOne)
    {
        var unit = Unit.Parse(text).GetValueOrThrow();
        // 1e-7 relative: UnitsNet keeps the 2010 CODATA electronvolt, we the exact 2019 SI one (they differ by 4e-8)
        Assert.Equal(siOfOne, unit.ToSi(1), Math.Abs(siOfOne) * 1e-7);
    }

    [Theory]
    [InlineData(25.0)]
    [InlineData(-40.0)]
    [InlineData(800.0)]
    public void Celsius_agrees_with_UnitsNet_including_its_offset(double celsius)
    {
        var unit = Unit.Parse("°C").GetValueOrThrow();
        Assert.Equal(Temperature.FromDegreesCelsius(celsius).Kelvins, unit.ToSi(celsius), 1e-9);
    }
}
