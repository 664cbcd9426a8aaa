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
    public void A_property_accepts_its_dimension_but_never_a_composition(Property property, string unit, bool accepted) =>
        Assert.Equal(accepted, PropertyVocabulary.Get(property).Accepts(Unit.Parse(unit).GetValueOrThrow()));
}
