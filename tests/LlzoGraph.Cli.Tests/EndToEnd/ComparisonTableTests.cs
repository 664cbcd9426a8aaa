using LlzoGraph.Cli.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace LlzoGraph.Cli.Tests.EndToEnd;

public sealed class ComparisonTableTests(IngestedCorpus corpus) : IClassFixture<IngestedCorpus>
{
    [Fact]
    public async Task The_comparison_table_comes_as_graphql_and_as_a_csv_download_with_the_same_rows()
    {
        await using var app = ApiHost.Build(corpus.Store, ApiHost.DefaultUrl, web => web.UseTestServer());
        await app.StartAsync();
        using var client = app.GetTestClient();

        using var csv = await client.GetAsync("/comparison.csv?properties=CRITICAL_CURRENT_DENSITY,INTERFACIAL_RESISTANCE&kinds=INTERLAYER");
        Assert.True(csv.IsSuccessStatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        var json = await Cli.Commands.QueryCommand.RunAsync(corpus.Store,
            "{ comparisonTable(properties: [CRITICAL_CURRENT_DENSITY, INTERFACIAL_RESISTANCE], kinds: [INTERLAYER]) { rows { label kind cells { count value } } csv } }",
            null, CancellationToken.None);
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var table = doc.RootElement.GetProperty("data").GetProperty("comparisonTable");
        var rows = table.GetProperty("rows").EnumerateArray().ToList();

        Assert.NotEmpty(rows);
        Assert.Equal(rows.Count + 1, lines.Length);
        Assert.Equal(string.Join('\n', lines) + "\n", table.GetProperty("csv").GetString());
        Assert.All(rows, r => Assert.Equal("INTERLAYER", r.GetProperty("kind").GetString()));
        Assert.All(rows, r => Assert.Contains(r.GetProperty("cells").EnumerateArray(), c => c.GetProperty("count").GetInt32() > 0));

        using var bad = await client.GetAsync("/comparison.csv?properties=NOT_A_PROPERTY");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("NOT_A_PROPERTY", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await app.StopAsync();
    }
}
