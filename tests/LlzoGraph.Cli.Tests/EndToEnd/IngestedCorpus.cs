using LlzoGraph.Cli.Hosting;
using LlzoGraph.Cli.Ingest;
using LlzoGraph.Core.Ports;
using LlzoGraph.Store.Sqlite;

namespace LlzoGraph.Cli.Tests.EndToEnd;

/// <summary>The repository's corpus ingested once into a real SQLite file, shared by the end-to-end tests.</summary>
public sealed class IngestedCorpus : IAsyncLifetime, IDisposable
{
    private readonly TempFolder folder = new();

    public string DatabasePath => folder.File("corpus.db");

    public IGraphStore Store { get; private set; } = null!;

    internal IngestSummary Summary { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Store = await SqliteGraphStore.OpenAsync(DatabasePath);
        var pipeline = Composition.CreatePipeline();
        Summary = await new Ingestor(pipeline, Store).RunAsync(pipeline.Expand([RepositoryPaths.Corpus]), null, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await Store.DisposeAsync();
        Dispose();
    }

    public void Dispose() => folder.Dispose();
}
