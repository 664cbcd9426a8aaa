using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Units;

namespace LlzoGraph.Core.Tests.Facts;

public sealed class PropertyDefinitionTests
{
    [Theory]
    [InlineData(Property.RelativeDensity, "%", true)]
    [InlineData(Property.RelativeDensity, "wt%", false)]
    [InlineData(Property.CapacityRetention, "at.%", false)]
    [InlineData(Property.Porosity, "vol%", true)]
    [InlineData(Property.CycleLife, "cycles", true)]
    [InlineData(Property.CycleLife, "h", true)]
    [InlineData(Property.IonicConductivity, "mA/cm2", false)]
    [InlineData(Property.VolumetricEnergyDensity, "Wh L⁻¹", true)]
    [InlineData(Property.VolumetricEnergyDensity, "J/cm3", true)]
    [InlineData(Property.VolumetricEnergyDensity, "MPa", false)]
    [InlineData(Property.YoungsModulus, "GPa", true)]
    [InlineData(Property.YoungsModulus, "Wh/L", false)]
    [InlineData(Property.EnergyDensity, "Wh/L", false)]
    public void A_property_accepts_its_dimension_but_never_a_composition_nor_a_pressure_as_an_energy_per_volume(Property property, string unit, bool accepted) =>
        Assert.Equal(accepted, PropertyVocabulary.Get(property).Accepts(Unit.Parse(unit).GetValueOrThrow()));
}
