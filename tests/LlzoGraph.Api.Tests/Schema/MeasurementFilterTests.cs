using LlzoGraph.Api.Schema.Filters;
using LlzoGraph.Core.Facts;

namespace LlzoGraph.Api.Tests.Schema;

/// <summary>How the <c>where</c> argument becomes the store's SI query.</summary>
public sealed class MeasurementFilterTests
{
    private static readonly PropertyFilter Ccd = new(Property.CriticalCurrentDensity, null);

    [Fact]
    public void Strict_bounds_exclude_and_inclusive_bounds_include_values_a_rounding_error_away()
    {
        var query = MeasurementFilter.ToQuery(
            new MeasurementWhere(Ccd, new QuantityFilter(Gt: 20, Gte: 20, Lt: 30, Lte: 30, "A/m2"), null, null), 100, 0).GetValueOrThrow();

        var justAbove20 = Math.BitIncrement(20.0);
        var justBelow30 = Math.BitDecrement(30.0);
        Assert.False(justAbove20 > query.GreaterThan);
        Assert.True(Math.BitDecrement(20.0) >= query.AtLeast);
        Assert.False(justBelow30 < query.LessThan);
        Assert.True(Math.BitIncrement(30.0) <= query.AtMost);
        Assert.True(20.001 > query.GreaterThan);
        Assert.True(29.999 < query.LessThan);
    }

    [Fact]
    public void Without_a_unit_bounds_are_in_the_property_s_usual_unit()
    {
        var query = MeasurementFilter.ToQuery(new MeasurementWhere(
            new PropertyFilter(null, [Property.IonicConductivity, Property.ElectronicConductivity]),
            new QuantityFilter(null, 0.1, null, null, null), null, null), 100, 0).GetValueOrThrow();

        Assert.Equal("S/m", query.SiUnit);
        Assert.Equal(0.01, query.AtLeast!.Value, 9); // 0.1 mS/cm
    }

    [Fact]
    public void Cycle_life_may_be_bounded_in_cycles_as_well_as_in_time()
    {
        var query = MeasurementFilter.ToQuery(
            new MeasurementWhere(new PropertyFilter(Property.CycleLife, null), new QuantityFilter(100, null, null, null, "cycles"), null, null),
            100, 0);

        Assert.True(query.Ok, query.Error);
        Assert.Equal(LlzoGraph.Core.Units.Unit.Parse("cycles").GetValueOrThrow().SiSymbol, query.Value!.SiUnit);
        Assert.NotEqual(PropertyVocabulary.Get(Property.CycleLife).Unit.SiSymbol, query.Value.SiUnit); // cycles, not hours
    }

    [Fact]
    public void A_unit_that_fits_one_of_several_properties_is_accepted_and_restricts_to_its_dimension()
    {
        var query = MeasurementFilter.ToQuery(new MeasurementWhere(
            new PropertyFilter(null, [Property.CriticalCurrentDensity, Property.InterfacialResistance]),
            new QuantityFilter(null, null, 10, null, "Ω cm2"), null, null), 100, 0).GetValueOrThrow();

        Assert.Equal("Ω·m2", query.SiUnit);
        Assert.Equal(1e-3, query.LessThan!.Value, tolerance: 1e-11);
    }

    [Fact]
    public void A_unit_without_bounds_still_selects_its_dimension_and_no_value_filter_selects_none()
    {
        var withUnit = MeasurementFilter.ToQuery(new MeasurementWhere(null, new QuantityFilter(null, null, null, null, "mA/cm2"), null, null), 100, 0);
        var without = MeasurementFilter.ToQuery(new MeasurementWhere(Ccd, null, null, null), 100, 0);

        Assert.Equal("A/m2", withUnit.GetValueOrThrow().SiUnit);
        Assert.Null(without.GetValueOrThrow().SiUnit);
        Assert.Null(without.GetValueOrThrow().GreaterThan);
    }

    [Fact]
    public void Kinds_names_and_papers_pass_through_and_eq_with_in_intersects()
    {
        var query = MeasurementFilter.ToQuery(new MeasurementWhere(
            new PropertyFilter(Property.Thickness, [Property.Thickness, Property.ShearModulus]), null,
            new SubjectFilter(new SubjectKindFilter(null, [SubjectKind.Interlayer, SubjectKind.Coating, SubjectKind.Interlayer]),
                new StringFilter("  AlN ")),
            new PaperFilter("paper:abc")), 10, 20).GetValueOrThrow();

        Assert.Equal([Property.Thickness], query.Properties);
        Assert.Equal([SubjectKind.Interlayer, SubjectKind.Coating], query.SubjectKinds);
        Assert.Equal("AlN", query.SubjectNameContains);
        Assert.Equal("paper:abc", query.PaperId);
        Assert.Equal(10, query.Limit);
        Assert.Equal(20, query.Offset);
        Assert.False(MeasurementFilter.MatchesNothing(query));
    }

    [Fact]
    public void Negative_offset_is_an_error()
    {
        var query = MeasurementFilter.ToQuery(null, 10, -1);

        Assert.False(query.Ok);
        Assert.Contains("offset", query.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rate_condition_is_bounded_in_c_rates()
    {
        var bounds = MeasurementFilter.ConditionBounds(new ConditionFilter("rate", new QuantityFilter(null, null, null, 0.5, "C"))).GetValueOrThrow();

        Assert.Equal(0.5 / 3600, bounds.AtMost!.Value, 12);
        Assert.Contains("cannot measure rate", MeasurementFilter.ConditionBounds(new ConditionFilter("rate", new QuantityFilter(null, null, null, 0.5, "°C"))).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_time_condition_is_bounded_in_seconds_and_a_humidity_in_percent()
    {
        var time = MeasurementFilter.ConditionBounds(new ConditionFilter("time", new QuantityFilter(null, 7, null, null, "days"))).GetValueOrThrow();
        var humidity = MeasurementFilter.ConditionBounds(new ConditionFilter("relative humidity", new QuantityFilter(null, null, null, 40, "%"))).GetValueOrThrow();

        Assert.Equal(7 * 86_400, time.AtLeast!.Value, 6);
        Assert.NotNull(humidity.AtMost);
        Assert.Contains("cannot measure time", MeasurementFilter.ConditionBounds(new ConditionFilter("time", new QuantityFilter(null, 1, null, null, "mA cm-2"))).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_areal_capacity_condition_is_bounded_in_charge_per_area()
    {
        var bounds = MeasurementFilter.ConditionBounds(new ConditionFilter("areal capacity", new QuantityFilter(null, 1, null, null, "mAh cm-2"))).GetValueOrThrow();

        Assert.Equal(36_000, bounds.AtLeast!.Value, 9); // 3.6 C per 10⁻⁴ m²
        Assert.Contains("cannot measure areal capacity", MeasurementFilter.ConditionBounds(new ConditionFilter("areal capacity", new QuantityFilter(null, 1, null, null, "mA cm-2"))).Error, StringComparison.Ordinal);
    }
}
