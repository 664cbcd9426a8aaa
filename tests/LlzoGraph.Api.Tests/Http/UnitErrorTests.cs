using System.Text.Json;
using LlzoGraph.Api.Tests.TestDoubles;

namespace LlzoGraph.Api.Tests.Http;

/// <summary>Units and pages the API cannot honour are GraphQL errors that say why, never crashes.</summary>
public sealed class UnitErrorTests(ApiHost host) : IClassFixture<ApiHost>
{
    [Fact]
    public async Task A_filter_unit_of_another_dimension_names_the_unit_the_property_and_the_expected_SI_unit()
    {
        var queriesBefore = host.Store.Queries.Count;
        var (status, body) = await host.PostAsync("""
            { measurements(where: { property: { eq: CRITICAL_CURRENT_DENSITY }, value: { gt: 2, unit: "V" } }) { id } }
            """);

        Assert.Equal(200, status);
        var error = SingleError(body);
        Assert.Contains("\"V\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("CRITICAL_CURRENT_DENSITY", error.Message, StringComparison.Ordinal);
        Assert.Contains("A/m2", error.Message, StringComparison.Ordinal);
        Assert.Equal("INVALID_FILTER", error.Code);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").ValueKind);
        Assert.Equal(queriesBefore, host.Store.Queries.Count);
    }

    [Fact]
    public async Task A_filter_unit_that_cannot_be_read_names_the_unit_and_what_was_expected()
    {
        var (status, body) = await host.PostAsync("""
            { measurements(where: { property: { eq: CRITICAL_CURRENT_DENSITY }, value: { gt: 2, unit: "bananas per fortnight" } }) { id } }
            """);

        Assert.Equal(200, status);
        var error = SingleError(body);
        Assert.Contains("\"bananas per fortnight\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("not a unit", error.Message, StringComparison.Ordinal);
        Assert.Contains("CRITICAL_CURRENT_DENSITY", error.Message, StringComparison.Ordinal);
        Assert.Contains("A/m2", error.Message, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").ValueKind);
    }

    [Fact]
    public async Task Bounds_without_a_unit_or_a_property_are_an_error()
    {
        var (_, body) = await host.PostAsync("{ measurements(where: { value: { gt: 2 } }) { id } }");

        Assert.Contains("value.unit", SingleError(body).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bounds_without_a_unit_over_properties_of_different_dimensions_are_an_error()
    {
        var (_, body) = await host.PostAsync("""
            { measurements(where: { property: { in: [CRITICAL_CURRENT_DENSITY, INTERFACIAL_RESISTANCE] }, value: { gt: 2 } }) { id } }
            """);

        var message = SingleError(body).Message;
        Assert.Contains("ambiguous", message, StringComparison.Ordinal);
        Assert.Contains("INTERFACIAL_RESISTANCE", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_unit_without_a_property_restricts_the_comparison_to_its_dimension()
    {
        var (_, body) = await host.PostAsync("""{ measurements(where: { value: { lt: 2, unit: "Ω·cm²" } }) { id } }""");

        Assert.Equal(["m-asr"], ExampleQueryTests.Ids(body));
        Assert.Equal("Ω·m2", host.Store.Queries[^1].SiUnit);
    }

    [Fact]
    public async Task A_field_unit_of_another_dimension_is_a_field_error_naming_both_units()
    {
        var (status, body) = await host.PostAsync("""
            { measurements(where: { subject: { name: { contains: "Li3N" } } }) { id value(unit: "V") } }
            """);

        Assert.Equal(200, status);
        var error = SingleError(body);
        Assert.Contains("\"V\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("A/m2", error.Message, StringComparison.Ordinal);
        Assert.Contains("CRITICAL_CURRENT_DENSITY", error.Message, StringComparison.Ordinal);
        Assert.Equal("INVALID_UNIT", error.Code);
        Assert.Equal(["measurements", "0", "value"], error.Path);
    }

    [Fact]
    public async Task A_condition_converts_to_the_unit_asked_for()
    {
        var (_, body) = await host.PostAsync("""
            { measurements(where: { property: { eq: IONIC_CONDUCTIVITY } }) { value(unit: "S/m") conditions { name value unit kelvin: value(unit: "K") } } }
            """);

        var m = Assert.Single(ExampleQueryTests.Measurements(body));
        Assert.Equal(0.05, m.GetProperty("value").GetDouble(), 9);
        var condition = Assert.Single(m.GetProperty("conditions").EnumerateArray());
        Assert.Equal("temperature", condition.GetProperty("name").GetString());
        Assert.Equal(25, condition.GetProperty("value").GetDouble(), 9);
        Assert.Equal(298.15, condition.GetProperty("kelvin").GetDouble(), 9);
    }

    [Theory]
    [InlineData(1001)]
    [InlineData(-1)]
    public async Task First_outside_0_to_1000_is_an_error(int first)
    {
        var (_, body) = await host.PostAsync($"{{ measurements(first: {first}) {{ id }} }}");

        Assert.Contains("first must be between 0 and 1000", SingleError(body).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task First_and_offset_page_through_the_results()
    {
        var (_, all) = await host.PostAsync("{ measurements { id } }");
        var (_, page) = await host.PostAsync("{ measurements(first: 2, offset: 3) { id } }");
        var (_, none) = await host.PostAsync("{ measurements(first: 0) { id } }");

        var allIds = ExampleQueryTests.Measurements(all).Select(m => m.GetProperty("id").GetString()).ToList();
        Assert.Equal(Fixtures.Measurements.Count, allIds.Count);
        Assert.Equal(allIds.Skip(3).Take(2), ExampleQueryTests.Measurements(page).Select(m => m.GetProperty("id").GetString()));
        Assert.Empty(ExampleQueryTests.Measurements(none));
    }

    [Fact]
    public async Task Eq_outside_in_matches_nothing_without_asking_the_store()
    {
        var before = host.Store.Queries.Count;
        var (_, body) = await host.PostAsync("""
            { measurements(where: { property: { eq: THICKNESS, in: [CRITICAL_CURRENT_DENSITY] } }) { id } }
            """);

        Assert.Empty(ExampleQueryTests.Measurements(body));
        Assert.Equal(before, host.Store.Queries.Count);
    }

    internal static (string Message, string? Code, string[] Path) SingleError(JsonElement body)
    {
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        var code = error.TryGetProperty("extensions", out var ext) && ext.TryGetProperty("code", out var c) ? c.GetString() : null;
        var path = error.TryGetProperty("path", out var p) ? p.EnumerateArray().Select(x => x.ToString()).ToArray() : [];
        return (error.GetProperty("message").GetString()!, code, path);
    }
}
