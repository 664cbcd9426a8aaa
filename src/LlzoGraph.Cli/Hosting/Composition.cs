using LlzoGraph.Core.Ports;
using LlzoGraph.Documents.ConvertedText;
using LlzoGraph.Documents.Pdf;
using LlzoGraph.Extraction.Facts;
using LlzoGraph.Extraction.Pipeline;
using LlzoGraph.Store.Neo4j.Bolt.Driver;
using LlzoGraph.Store.Neo4j.Store;
using LlzoGraph.Store.Sqlite;

namespace LlzoGraph.Cli.Hosting;

/// <summary>The composition root: which reader, extractor and store the commands and the API host use.</summary>
internal static class Composition
{
    /// <summary>Where the embedded store lives when no --db is given: LLZOGRAPH_DB, else data/llzograph.db.</summary>
    public static string DefaultDatabasePath =>
        Environment.GetEnvironmentVariable("LLZOGRAPH_DB") is { Length: > 0 } path ? path : Path.Combine("data", "llzograph.db");

    public static PaperPipeline CreatePipeline() =>
        new([new ConvertedTextReader(), new PdfDocumentReader()], new RuleFactExtractor());

    /// <summary>
    /// Opens the store <paramref name="location"/> names: a Neo4j URI (<c>bolt://</c>, <c>neo4j://</c>, with <c>+s</c>/<c>+ssc</c>;
    /// credentials from the URI, else NEO4J_USER and NEO4J_PASSWORD) or the path of the embedded SQLite file (the default).
    /// </summary>
    public static async Task<IGraphStore> OpenStoreAsync(string location, CancellationToken cancellationToken)
    {
        if (!Neo4jSettings.IsNeo4jUri(location))
        {
            return await SqliteGraphStore.OpenAsync(location, cancellationToken).ConfigureAwait(false);
        }

        var settings = Neo4jSettings.Parse(location);
        if (settings.User is null && Environment.GetEnvironmentVariable("NEO4J_USER") is { Length: > 0 } user)
        {
            settings = settings with { User = user, Password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD") ?? string.Empty };
        }

        return await Neo4jGraphStore.OpenAsync(settings, cancellationToken).ConfigureAwait(false);
    }
}
