using System.Text.Json;
using LlzoGraph.Cli.Commands;
using LlzoGraph.Cli.Hosting;
using LlzoGraph.Cli.Ingest;
using LlzoGraph.Store.Sqlite;

namespace LlzoGraph.Cli.Tests.EndToEnd;

/// <summary>A paper ingested from PDF: every measurement's evidence says on which page and where it stands.</summary>
public sealed class PdfProvenanceTests
{
    [Fact]
    public async Task Evidence_from_a_pdf_has_a_page_and_a_box_in_graphql()
    {
        var pdf = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "pdf"), "*.pdf").Order(StringComparer.Ordinal).First();
        using var folder = new TempFolder();
        await using var store = await SqliteGraphStore.OpenAsync(folder.File("pdf.db"));
        var pipeline = Composition.CreatePipeline();
        var summary = await new Ingestor(pipeline, store).RunAsync([pdf], null, CancellationToken.None);
        Assert.Empty(summary.Failures);

        var json = await QueryCommand.RunAsync(store, """
            { measurements(where: { property: { eq: CRITICAL_CURRENT_DENSITY } }) {
                reportedIn { kind page bbox { left bottom right top } } } }
            """, null, CancellationToken.None);
        using var doc = JsonDocument.Parse(json);
        var evidence = doc.RootElement.GetProperty("data").GetProperty("measurements").EnumerateArray()
            .SelectMany(m => m.GetProperty("reportedIn").EnumerateArray()).ToList();

        Assert.Contains(evidence, e => e.GetProperty("kind").GetString() == "TABLE_ROW");
        Assert.Contains(evidence, e => e.GetProperty("kind").GetString() == "SENTENCE");
        Assert.All(evidence, e =>
        {
            Assert.True(e.GetProperty("page").GetInt32() >= 1);
            var box = e.GetProperty("bbox");
            Assert.True(box.GetProperty("right").GetDouble() > box.GetProperty("left").GetDouble());
            Assert.True(box.GetProperty("top").GetDouble() > box.GetProperty("bottom").GetDouble());
        });
    }
}
