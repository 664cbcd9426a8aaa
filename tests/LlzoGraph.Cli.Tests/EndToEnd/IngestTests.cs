using LlzoGraph.Cli.Hosting;
using LlzoGraph.Cli.Ingest;
using LlzoGraph.Store.Sqlite;

namespace LlzoGraph.Cli.Tests.EndToEnd;

public sealed class IngestTests
{
    [Fact]
    public async Task Ingesting_the_corpus_twice_leaves_the_same_counts()
    {
        using var folder = new TempFolder();
        await using var store = await SqliteGraphStore.OpenAsync(folder.File("twice.db"));
        var pipeline = Composition.CreatePipeline();
        var files = pipeline.Expand([RepositoryPaths.Corpus]);

        var first = await new Ingestor(pipeline, store).RunAsync(files, null, CancellationToken.None);
        var afterFirst = await store.GetStatisticsAsync();
        var second = await new Ingestor(pipeline, store).RunAsync(files, null, CancellationToken.None);
        var afterSecond = await store.GetStatisticsAsync();

        Assert.Empty(first.Failures);
        Assert.Empty(second.Failures);
        Assert.True(afterFirst.Measurements > 0 && afterFirst.References > 0 && afterFirst.Sections > 0);
        Assert.Equal(afterFirst, afterSecond);
    }

    [Fact]
    public async Task A_file_that_cannot_be_read_is_reported_by_name_and_reason_while_the_others_are_ingested()
    {
        using var folder = new TempFolder();
        var papers = Directory.CreateDirectory(folder.File("papers")).FullName;
        foreach (var paper in Directory.GetFiles(Path.Combine(RepositoryPaths.Corpus, "papers")))
        {
            File.Copy(paper, Path.Combine(papers, Path.GetFileName(paper)));
        }

        var broken = Path.Combine(papers, "broken.txt");
        await File.WriteAllBytesAsync(broken, [0x00, 0xFF, 0xFE, 0x00, 0x12, 0x80]);
        var empty = Path.Combine(papers, "empty.md");
        await File.WriteAllBytesAsync(empty, []);

        await using var store = await SqliteGraphStore.OpenAsync(folder.File("batch.db"));
        var pipeline = Composition.CreatePipeline();
        var summary = await new Ingestor(pipeline, store).RunAsync(pipeline.Expand([papers]), null, CancellationToken.None);

        Assert.Equal(2, summary.Failures.Count);
        Assert.Contains(summary.Failures, f => f.Path == broken && f.Reason.Length > 0);
        Assert.Contains(summary.Failures, f => f.Path == empty && f.Reason.Contains("empty", StringComparison.Ordinal));
        Assert.Equal(Directory.GetFiles(Path.Combine(RepositoryPaths.Corpus, "papers")).Length, summary.Papers);
        Assert.Equal(summary.Papers, (await store.GetStatisticsAsync()).Papers);
    }
}
