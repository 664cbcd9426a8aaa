using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using LlzoGraph.Cli.Hosting;
using LlzoGraph.Cli.Ingest;
using LlzoGraph.Store.Sqlite;
using Microsoft.AspNetCore.TestHost;

namespace LlzoGraph.Cli.Tests.EndToEnd;

/// <summary>
/// Test papers from <c>Data/</c> copied to a temporary folder, ingested into a real SQLite file and served over HTTP in
/// memory the way <c>serve</c> hosts them; <see cref="IngestAsync"/> ingests the (possibly edited) copies again.
/// </summary>
internal sealed class ServedPapers : IAsyncDisposable
{
    private readonly TempFolder folder = new();
    private Microsoft.AspNetCore.Builder.WebApplication app = null!;

    private ServedPapers(string[] papers) =>
        Papers = papers.Select(name =>
        {
            var file = folder.File(name);
            File.Copy(Path.Combine(AppContext.BaseDirectory, "Data", name), file);
            return file;
        }).ToArray();

    /// <summary>The copies of the papers, which a test may edit before ingesting them again.</summary>
    public string[] Papers { get; }

    public SqliteGraphStore Store { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public static async Task<ServedPapers> StartAsync(params string[] papers)
    {
        var served = new ServedPapers(papers);
        served.Store = await SqliteGraphStore.OpenAsync(served.folder.File("served.db"));
        await served.IngestAsync();
        served.app = ApiHost.Build(served.Store, ApiHost.DefaultUrl, web => web.UseTestServer());
        await served.app.StartAsync();
        served.Client = served.app.GetTestClient();
        return served;
    }

    public async Task IngestAsync()
    {
        var summary = await new Ingestor(Composition.CreatePipeline(), Store).RunAsync(Papers, null, CancellationToken.None);
        Assert.Empty(summary.Failures);
    }

    /// <summary>POSTs a GraphQL query, with <paramref name="key"/> as a bearer token when given.</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string query, string? key = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        using var response = await Client.SendAsync(request);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, doc.RootElement.Clone());
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        if (Store is not null)
        {
            await Store.DisposeAsync();
        }

        folder.Dispose();
    }
}
