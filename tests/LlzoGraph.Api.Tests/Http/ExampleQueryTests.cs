using System.Text.Json;
using LlzoGraph.Api.Tests.TestDoubles;

namespace LlzoGraph.Api.Tests.Http;

/// <summary>The README's example query, over POST and GET, and its bounds written in other units.</summary>
public sealed class ExampleQueryTests(ApiHost host) : IClassFixture<ApiHost>
{
    internal const string Example = """
        {
          measurements(where: {
            property: { eq: CRITICAL_CURRENT_DENSITY }
            value: { gt: 2, unit: "mA/cm2" }
            subject: { kind: { eq: INTERLAYER } }
          }) {
            value(unit: "mA/cm2")
            unit
            subject { name kind }
            reference { number firstAuthor year }
            evidence { paper { title } section text }
          }
        }
        """;

    [Fact]
    public async Task Post_returns_exactly_the_interlayers_strictly_above_2_mA_cm2_with_values_references_and_evidence()
    {
        var (status, body) = await host.PostAsync(Example);

        Assert.Equal(200, status);
        AssertExampleAnswer(body);
    }

    [Fact]
    public async Task Get_with_the_query_in_the_query_string_returns_the_same_answer()
    {
        using var response = await host.Client.GetAsync("/graphql?query=" + Uri.EscapeDataString(Example));
        var body = await ApiHost.ReadAsync(response);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.StartsWith("application/json", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        AssertExampleAnswer(body);
    }

    [Theory]
    [InlineData("gt: 2, unit: \"mA/cm2\"")]
    [InlineData("gt: 2, unit: \"mA cm-2\"")]
    [InlineData("gt: 2, unit: \"mA cm⁻²\"")]
    [InlineData("gt: 20, unit: \"A/m2\"")]
    [InlineData("gt: 2000, unit: \"µA/cm²\"")]
    [InlineData("gt: 2000, unit: \"uA/cm2\"")]
    [InlineData("gt: 2")] // no unit: the property's usual unit, mA/cm2
    public async Task The_same_bound_in_any_convertible_unit_selects_the_same_measurements(string bounds)
    {
        var (status, body) = await host.PostAsync($$"""
            { measurements(where: { property: { eq: CRITICAL_CURRENT_DENSITY }, value: { {{bounds}} }, subject: { kind: { eq: INTERLAYER } } }) { id } }
            """);

        Assert.Equal(200, status);
        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        Assert.Equal(Fixtures.InterlayersAbove2, Ids(body));
    }

    [Fact]
    public async Task Gte_includes_the_values_exactly_at_the_bound_whatever_unit_they_were_reported_in()
    {
        var (_, body) = await host.PostAsync("""
            { measurements(where: { property: { eq: CRITICAL_CURRENT_DENSITY }, value: { gte: 20, unit: "A/m2" }, subject: { kind: { eq: INTERLAYER } } }) { id } }
            """);

        Assert.Equal(["m-ag", "m-al2o3", "m-au", "m-li3n", "m-range"], Ids(body));
    }

    [Fact]
    public async Task Bounds_are_sent_to_the_store_in_SI_with_the_SI_unit_of_the_property()
    {
        await host.PostAsync("""
            { measurements(where: { property: { eq: CRITICAL_CURRENT_DENSITY }, value: { gt: 2000, lte: 3, unit: "µA/cm²" } }, first: 5, offset: 1) { id } }
            """);

        var query = host.Store.Queries[^1];
        Assert.Equal("A/m2", query.SiUnit);
        Assert.Equal(20, query.GreaterThan!.Value, 6);
        Assert.Equal(0.03, query.AtMost!.Value, 9);
        Assert.Null(query.AtLeast);
        Assert.Null(query.LessThan);
        Assert.Equal(5, query.Limit);
        Assert.Equal(1, query.Offset);
    }

    [Fact]
    public async Task Value_with_a_unit_argument_converts_and_without_it_is_as_reported()
    {
        var (_, body) = await host.PostAsync("""
            { measurements(where: { property: { eq: CRITICAL_CURRENT_DENSITY }, subject: { name: { contains: "li3n" } } }) {
                asReported: value  unit  si: value(unit: "A/m2")  siValue siUnit
            } }
            """);

        var m = Assert.Single(Measurements(body));
        Assert.Equal(3000, m.GetProperty("asReported").GetDouble(), 9);
        Assert.Equal("µA/cm2", m.GetProperty("unit").GetString());
        Assert.Equal(30, m.GetProperty("si").GetDouble(), 9);
        Assert.Equal(30, m.GetProperty("siValue").GetDouble(), 9);
        Assert.Equal("A/m2", m.GetProperty("siUnit").GetString());
    }

    [Fact]
    public async Task A_range_converts_both_ends()
    {
        var (_, body) = await host.PostAsync("""
            { measurements(where: { subject: { name: { contains: "Sn" } } }) { qualifier value(unit: "A/m2") upperValue(unit: "A/m2") plain: upperValue } }
            """);

        var m = Assert.Single(Measurements(body));
        Assert.Equal("RANGE", m.GetProperty("qualifier").GetString());
        Assert.Equal(22, m.GetProperty("value").GetDouble(), 9);
        Assert.Equal(28, m.GetProperty("upperValue").GetDouble(), 9);
        Assert.Equal(2.8, m.GetProperty("plain").GetDouble(), 9);
    }

    private static void AssertExampleAnswer(JsonElement body)
    {
        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        var measurements = Measurements(body);
        Assert.Equal(3, measurements.Count);
        Assert.All(measurements, m => Assert.Equal("INTERLAYER", m.GetProperty("subject").GetProperty("kind").GetString()));
        Assert.All(measurements, m => Assert.True(m.GetProperty("value").GetDouble() > 2));

        var byName = measurements.ToDictionary(m => m.GetProperty("subject").GetProperty("name").GetString()!);
        Assert.Equal(["Al2O3 interlayer", "Li3N interlayer", "Sn interlayer"], byName.Keys.Order(StringComparer.Ordinal));

        var al2o3 = byName["Al2O3 interlayer"];
        Assert.Equal(2.5, al2o3.GetProperty("value").GetDouble(), 9);
        Assert.Equal("mA/cm2", al2o3.GetProperty("unit").GetString());
        var reference = al2o3.GetProperty("reference");
        Assert.Equal(32, reference.GetProperty("number").GetInt32());
        Assert.Equal("Han, X.", reference.GetProperty("firstAuthor").GetString());
        Assert.Equal(2017, reference.GetProperty("year").GetInt32());
        var evidence = al2o3.GetProperty("evidence");
        Assert.Equal(Fixtures.Review.Title, evidence.GetProperty("paper").GetProperty("title").GetString());
        Assert.Equal("3.2 Interlayers", evidence.GetProperty("section").GetString());
        Assert.Contains("Al2O3 interlayer", evidence.GetProperty("text").GetString(), StringComparison.Ordinal);

        // reported in µA cm-2, asked for in mA/cm2
        var li3n = byName["Li3N interlayer"];
        Assert.Equal(3.0, li3n.GetProperty("value").GetDouble(), 9);
        Assert.Equal("µA/cm2", li3n.GetProperty("unit").GetString());
        Assert.Equal(JsonValueKind.Null, li3n.GetProperty("reference").ValueKind);
        Assert.Equal("Another paper", li3n.GetProperty("evidence").GetProperty("paper").GetProperty("title").GetString());
    }

    internal static List<JsonElement> Measurements(JsonElement body) =>
        [.. body.GetProperty("data").GetProperty("measurements").EnumerateArray()];

    internal static string[] Ids(JsonElement body) =>
        [.. Measurements(body).Select(m => m.GetProperty("id").GetString()!).Order(StringComparer.Ordinal)];
}
