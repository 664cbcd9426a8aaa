using LlzoGraph.Cli.Commands;
using LlzoGraph.Cli.Synthetic;
using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Graph;
using LlzoGraph.Store.Sqlite;

namespace LlzoGraph.Cli.Tests.Synthetic;

/// <summary>The corpus's distributions, sampled once with the real pipeline.</summary>
public sealed class CorpusSampleFixture : IAsyncLifetime
{
    internal CorpusSample Sample { get; private set; } = null!;

    public async Task InitializeAsync() => Sample = await SynthCommand.SampleAsync(RepositoryPaths.Corpus, CancellationToken.None);

    public Task DisposeAsync() => Task.CompletedTask;
}

/// <summary>`llzograph synth`: one seed, one graph; the graph follows the corpus's distributions; stores take it whole.</summary>
public sealed class SyntheticGraphTests(CorpusSampleFixture fixture) : IClassFixture<CorpusSampleFixture>
{
    private List<PaperGraph> Generate(int seed, int papers = 20, int perPaper = 50) =>
        new SyntheticGraphs(fixture.Sample, seed).Generate(papers, perPaper).ToList();

    private static string Fingerprint(IEnumerable<PaperGraph> graphs) => string.Join("\n", graphs.SelectMany(g =>
        new[] { $"{g.Paper.Id} {g.Paper.Title} {g.Paper.Year} {string.Join(";", g.Paper.Authors)}" }
            .Concat(g.References.Select(r => $"{r.Id} {r.Number} {r.Entry.Raw}"))
            .Concat(g.Measurements.Select(m => $"{m.Id} {m.SubjectId} {m.SubjectKind} {m.Property} {m.Quantity.Value:R} {m.Quantity.Unit.Symbol} {m.Conditions.Count} {string.Join(",", m.ReferenceIds)} {m.Evidence[0].Text}"))));

    [Fact]
    public void The_same_seed_gives_the_same_graph_and_another_seed_another()
    {
        Assert.Equal(Fingerprint(Generate(42)), Fingerprint(Generate(42)));
        Assert.NotEqual(Fingerprint(Generate(42)), Fingerprint(Generate(43)));
    }

    [Fact]
    public void The_sample_is_the_corpus_with_its_example_query_answer()
    {
        var sample = fixture.Sample;
        Assert.Contains(sample.Properties, p => p.Property == Property.CriticalCurrentDensity);
        Assert.Contains(sample.Units[Property.CriticalCurrentDensity], u => u.Unit == "mA/cm2");
        Assert.Contains(sample.Kinds, k => k.Kind == SubjectKind.Interlayer);
        Assert.All(sample.Ranges.Values, r => Assert.True(r.Min <= r.Max));
    }

    [Fact]
    public void Properties_units_kinds_and_values_follow_the_sample()
    {
        var sample = fixture.Sample;
        var graphs = Generate(7, papers: 60, perPaper: 100);
        var measurements = graphs.SelectMany(g => g.Measurements).ToList();
        Assert.Equal(6000, measurements.Count);

        var total = sample.Properties.Sum(p => p.Count);
        foreach (var (property, count) in sample.Properties)
        {
            var expected = count / (double)total;
            var observed = measurements.Count(m => m.Property == property) / (double)measurements.Count;
            Assert.True(Math.Abs(expected - observed) < 0.03, $"{property}: {observed:P1} against {expected:P1} in the sample");
        }

        var kindTotal = sample.Kinds.Sum(k => k.Count);
        foreach (var (kind, count) in sample.Kinds)
        {
            var expected = count / (double)kindTotal;
            var observed = measurements.Count(m => m.SubjectKind == kind) / (double)measurements.Count;
            Assert.True(Math.Abs(expected - observed) < 0.05, $"{kind}: {observed:P1} against {expected:P1} in the sample");
        }

        Assert.All(measurements, m =>
        {
            Assert.Contains(sample.Units[m.Property], u => u.Unit == m.Quantity.Unit.Symbol);
            var (min, max) = sample.Ranges[(m.Property, m.Quantity.Unit.Symbol)];
            var (low, high) = max > min ? (min, max) : (Math.Min(min * 0.8, min * 1.2), Math.Max(min * 0.8, min * 1.2));
            Assert.InRange(m.Quantity.Value, low - 0.001, high + 0.001);
        });

        Assert.All(graphs, g => Assert.All(g.Measurements, m => Assert.All(m.ReferenceIds, r => Assert.Contains(g.References, x => x.Id == r))));
        var subjectsInPapers = graphs.SelectMany(g => g.Measurements.Select(m => m.SubjectId).Distinct()).GroupBy(s => s).Count(s => s.Count() > 1);
        var referencesInPapers = graphs.SelectMany(g => g.References.Select(r => r.Id)).GroupBy(r => r).Count(r => r.Count() > 1);
        Assert.True(subjectsInPapers > 10, $"{subjectsInPapers} subjects shared by papers");
        Assert.True(referencesInPapers > 10, $"{referencesInPapers} references shared by papers");
    }

    [Fact]
    public async Task A_synthetic_graph_is_stored_whole_and_migrates_identically()
    {
        using var folder = new TempFolder();
        await using var source = await SqliteGraphStore.OpenAsync(folder.File("synth.db"));
        var graphs = Generate(3, papers: 15, perPaper: 40);
        var report = await SynthCommand.IngestAsync(source, graphs, CancellationToken.None);
        Assert.Contains("ingested 15 papers, 600 measurements", report, StringComparison.Ordinal);
        var statistics = await source.GetStatisticsAsync();
        Assert.Equal(15, statistics.Papers);
        Assert.Equal(600, statistics.Measurements);

        await using var copy = await SqliteGraphStore.OpenAsync(folder.File("copy.db"));
        var summary = await MigrateCommand.RunAsync(source, copy, null, CancellationToken.None);
        Assert.Empty(summary.Failures);
        Assert.Equal(statistics, await copy.GetStatisticsAsync());
        Assert.Equal(
            await QueryCommand.RunAsync(source, ServeCommand.ExampleQuery, null, CancellationToken.None),
            await QueryCommand.RunAsync(copy, ServeCommand.ExampleQuery, null, CancellationToken.None));
        Assert.Contains("p50", await SynthCommand.TimeExampleQueryAsync(copy, 3, CancellationToken.None), StringComparison.Ordinal);
    }
}
