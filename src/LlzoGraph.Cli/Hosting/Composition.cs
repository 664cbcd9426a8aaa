using LlzoGraph.Core.Ports;
using LlzoGraph.Documents.ConvertedText;
using LlzoGraph.Extraction.Facts;
using LlzoGraph.Extraction.Pipeline;
using LlzoGraph.Store.Sqlite;

namespace LlzoGraph.Cli.Hosting;

/// <summary>The composition root: which reader, extractor and store the commands and the API host use.</summary>
internal static class Composition
{
    /// <summary>Where the embedded store lives when no --db is given: LLZOGRAPH_DB, else data/llzograph.db.</summary>
    public static string DefaultDatabasePath =>
        Environment.GetEnvironmentVariable("LLZOGRAPH_DB") is { Length: > 0 } path ? path : Path.Combine("data", "llzograph.db");

    public static PaperPipeline CreatePipeline() =>
        new([new ConvertedTextReader()], new RuleFactExtractor());

    public static async Task<IGraphStore> OpenStoreAsync(string path, CancellationToken cancellationToken) =>
        await SqliteGraphStore.OpenAsync(path, cancellationToken).ConfigureAwait(false);
}
