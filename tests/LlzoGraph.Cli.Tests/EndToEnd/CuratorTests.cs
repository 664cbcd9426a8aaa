using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LlzoGraph.Cli.Hosting;
using LlzoGraph.Core.Ports;
using LlzoGraph.Store.Sqlite;
using Microsoft.AspNetCore.TestHost;

namespace LlzoGraph.Cli.Tests.EndToEnd;

/// <summary>A curator at work over HTTP: correcting a value, its history, a re-ingest, a conflict, and who may do it.</summary>
public sealed class CuratorTests : IAsyncLifetime
{
    private ServedPapers served = null!;

    private SqliteGraphStore store => served.Store;

    private HttpClient client => served.Client;

    private string paperFile => served.Papers[0];

    public async Task InitializeAsync() => served = await ServedPapers.StartAsync("second-review.md");

    public async Task DisposeAsync() => await served.DisposeAsync();

    private Task Ingest() => served.IngestAsync();

    private Task<(HttpStatusCode Status, JsonElement Body)> Post(string query, string? key = null) => served.PostAsync(query, key);

    private async Task<string> TheMeasurement() =>
        (await Post("{ measurements { id } }")).Body.GetProperty("data").GetProperty("measurements")[0].GetProperty("id").GetString()!;

    [Fact]
    public async Task A_curators_correction_is_attributed_kept_in_history_and_survives_a_re_ingest()
    {
        var key = await store.CreateKeyAsync("Ada Curator", ApiRole.Curator);
        var id = await TheMeasurement();

        var (status, body) = await Post($$"""mutation { correctMeasurement(id: "{{id}}", value: 2.5, unit: "mA/cm2", comment: "checked the original") { value unit curation { action author } } }""", key);
        Assert.Equal(HttpStatusCode.OK, status);
        var corrected = body.GetProperty("data").GetProperty("correctMeasurement");
        Assert.Equal((2.5, "CORRECT", "Ada Curator"), (corrected.GetProperty("value").GetDouble(), corrected.GetProperty("curation").GetProperty("action").GetString(), corrected.GetProperty("curation").GetProperty("author").GetString()));

        var history = (await Post($$"""{ history(id: "{{id}}") { author comment before { value } after { value unit } } }""")).Body.GetProperty("data").GetProperty("history");
        var edit = Assert.Single(history.EnumerateArray());
        Assert.Equal(("Ada Curator", "checked the original", 2.5), (edit.GetProperty("author").GetString(), edit.GetProperty("comment").GetString(), edit.GetProperty("after").GetProperty("value").GetDouble()));
        Assert.NotEqual(2.5, edit.GetProperty("before").GetProperty("value").GetDouble());

        await Ingest();
        var after = (await Post($$"""{ measurements(where: { value: { gt: 2.4, lt: 2.6, unit: "mA/cm2" }, property: { eq: CRITICAL_CURRENT_DENSITY } }) { id value } }""")).Body;
        var kept = Assert.Single(after.GetProperty("data").GetProperty("measurements").EnumerateArray());
        Assert.Equal((id, 2.5), (kept.GetProperty("id").GetString(), kept.GetProperty("value").GetDouble()));
    }

    [Fact]
    public async Task A_new_extraction_that_disagrees_with_a_curated_fact_is_a_conflict_in_the_review_queue()
    {
        var key = await store.CreateKeyAsync("Ada Curator", ApiRole.Curator);
        var id = await TheMeasurement();
        Assert.Equal(HttpStatusCode.OK, (await Post($$"""mutation { confirmMeasurement(id: "{{id}}") { id } }""", key)).Status);

        // the paper is revised: the value it reports changes, so the confirmed fact is no longer what it says
        await File.WriteAllTextAsync(paperFile, (await File.ReadAllTextAsync(paperFile)).Replace("2.6 mA cm⁻²", "2.9 mA cm⁻²", StringComparison.Ordinal));
        await Ingest();

        var queue = (await Post("{ reviewQueue(first: 5) { conflict reason measurement { id curation { action conflict } } } }")).Body
            .GetProperty("data").GetProperty("reviewQueue").EnumerateArray().ToList();
        Assert.True(queue[0].GetProperty("conflict").GetBoolean());
        Assert.Equal(id, queue[0].GetProperty("measurement").GetProperty("id").GetString());
        Assert.Contains("no longer extracts", queue[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mutation_without_a_key_is_401_with_a_reader_key_403_and_with_an_unknown_key_401()
    {
        var reader = await store.CreateKeyAsync("Rita Reader", ApiRole.Reader);
        var id = await TheMeasurement();
        var mutation = $$"""mutation { rejectMeasurement(id: "{{id}}") { id } }""";

        Assert.Equal(HttpStatusCode.Unauthorized, (await Post(mutation)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await Post(mutation, reader)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Post(mutation, "llzo_not_a_key")).Status);
        Assert.Equal(HttpStatusCode.OK, (await Post("{ measurements { id } }", reader)).Status);
        Assert.Single((await Post("{ measurements { id } }")).Body.GetProperty("data").GetProperty("measurements").EnumerateArray());

        using var get = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString(mutation));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
    }

    [Fact]
    public async Task A_server_configured_for_keyed_reading_refuses_anonymous_reads()
    {
        var reader = await store.CreateKeyAsync("Rita Reader", ApiRole.Reader);
        await using var keyed = ApiHost.Build(store, ApiHost.DefaultUrl, web => web.UseTestServer(), api => api.RequireKeyForReading = true);
        await keyed.StartAsync();
        using var http = keyed.GetTestClient();

        using var anonymous = await http.PostAsJsonAsync("/graphql", new { query = "{ statistics { papers } }" });
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ statistics { papers } }" }) };
        request.Headers.Add("X-Api-Key", reader);
        using var withKey = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, withKey.StatusCode);
        await keyed.StopAsync();
    }
}
