using LlzoGraph.Api.Schema.Filters;
using LlzoGraph.Api.Tests.TestDoubles;
using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Queries;

namespace LlzoGraph.Api.Tests.Schema;

/// <summary>How AND/OR/NOT and some/none become the store's filter tree, and what a store without trees answers.</summary>
public sealed class FilterTreeTests(ApiHost host) : IClassFixture<ApiHost>
{
    [Fact]
    public void Plain_filters_need_no_tree_so_every_store_answers_them()
    {
        var query = MeasurementFilter.ToQuery(new MeasurementWhere(new PropertyFilter(Property.Thickness, null), null, null, null), 10, 0).GetValueOrThrow();
        Assert.Null(query.Where);
        Assert.Equal([Property.Thickness], query.Properties);
    }

    [Fact]
    public void Nested_values_are_converted_with_their_own_where_s_unit_and_none_is_a_negated_some()
    {
        var where = new MeasurementWhere(null, null, null, null)
        {
            Or =
            [
                new MeasurementWhere(new PropertyFilter(Property.CriticalCurrentDensity, null), new QuantityFilter(2000, null, null, null, "µA/cm2"), null, null),
                new MeasurementWhere(null, null, null, null) { Conditions = new RelationFilter<ConditionMatch>(null, new ConditionMatch(new StringFilter(null) { Eq = "temperature" }, new QuantityFilter(null, null, null, 30, "°C"))) },
            ],
        };

        var tree = Assert.IsType<AnyOf>(MeasurementFilter.ToQuery(where, 10, 0).GetValueOrThrow().Where);
        var ccd = Assert.IsType<AllOf>(tree.Parts[0]);
        var value = Assert.IsType<ValueWithin>(ccd.Parts[1]);
        Assert.Equal(("A/m2", 20.0), (value.SiUnit, Math.Round(value.GreaterThan!.Value, 6)));
        var none = Assert.IsType<Not>(tree.Parts[1]);
        Assert.Equal(303.15, Assert.IsType<SomeCondition>(none.Part).Condition.AtMost!.Value, 6);
        Assert.Equal(3, tree.Depth);
    }

    [Fact]
    public void A_condition_relation_without_a_name_or_a_nested_value_without_a_unit_is_a_failure_naming_it()
    {
        var noName = new MeasurementWhere(null, null, null, null) { Conditions = new RelationFilter<ConditionMatch>(new ConditionMatch(new StringFilter("temp"), null), null) };
        Assert.Contains("conditions.some: name needs eq", MeasurementFilter.ToQuery(noName, 10, 0).Error, StringComparison.Ordinal);

        var noUnit = new MeasurementWhere(null, null, null, null) { Not = new MeasurementWhere(null, new QuantityFilter(1, null, null, null, null), null, null) };
        Assert.Contains("value.unit", MeasurementFilter.ToQuery(noUnit, 10, 0).Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_store_without_filter_trees_answers_a_clear_error_and_still_answers_plain_filters()
    {
        var (status, body) = await host.PostAsync("""{ measurements(where: { OR: [{ property: { eq: THICKNESS } }] }) { id } }""");
        Assert.Equal(200, status);
        Assert.Equal("NOT_SUPPORTED", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());

        var (plainStatus, plain) = await host.PostAsync("""{ measurements(where: { property: { eq: CRITICAL_CURRENT_DENSITY } }) { id } }""");
        Assert.Equal(200, plainStatus);
        Assert.Equal(7, plain.GetProperty("data").GetProperty("measurements").GetArrayLength());
    }
}
