using LlzoGraph.Cli.Commands;
using LlzoGraph.Cli.Hosting;
using System.Text.Json;
using LlzoGraph.Cli.Tests.EndToEnd;
using LlzoGraph.Core.Curation;
using LlzoGraph.Core.Ports;
using LlzoGraph.Core.Queries;
using LlzoGraph.Store.Neo4j.Store;
using LlzoGraph.Store.Sqlite;

namespace LlzoGraph.Cli.Tests.Migrate;

/// <summary>
/// `llzograph migrate`: the corpus ingested into SQLite by the real pipeline, copied into another store, answers
/// the same — statistics, every paper, and the README's example query, byte for byte — and a second run changes nothing.
/// </summary>
public sealed class MigrateTests(IngestedCorpus corpus) : IClassFixture<IngestedCorpus>
{
    private SqliteGraphStore Source => (SqliteGraphStore)corpus.Store;

    [Fact]
    public async Task Reading_a_paper_back_and_writing_it_again_changes_nothing()
    {
        var before = await Snapshot(Source);
        foreach (var id in await Source.ListPaperIdsAsync())
        {
            await Source.UpsertAsync((await Source.ReadPaperGraphAsync(id))!);
        }

        Assert.Equal(before, await Snapshot(Source));
        Assert.Null(await Source.ReadPaperGraphAsync("no such paper"));
    }

    [Fact]
    public async Task Migrating_into_another_embedded_store_gives_the_same_answers_and_is_idempotent()
    {
        using var folder = new TempFolder();
        await using var target = await SqliteGraphStore.OpenAsync(folder.File("copy.db"));
        var progress = new StringWriter();

        var summary = await MigrateCommand.RunAsync(Source, target, progress, CancellationToken.None);

        Assert.Empty(summary.Failures);
        Assert.Equal(corpus.Summary.Papers, summary.Papers);
        Assert.Contains("[1/", progress.ToString(), StringComparison.Ordinal);
        Assert.Contains($"migrated {summary.Papers} of {summary.PapersInSource} papers", summary.Describe(), StringComparison.Ordinal);
        var expected = await Snapshot(Source);
        Assert.Equal(expected, await Snapshot(target));

        var again = await MigrateCommand.RunAsync(Source, target, null, CancellationToken.None);
        Assert.Empty(again.Failures);
        Assert.Equal(expected, await Snapshot(target));
    }

    [Fact]
    public async Task A_paper_the_target_refuses_is_reported_and_the_rest_are_copied()
    {
        using var folder = new TempFolder();
        await using var inner = await SqliteGraphStore.OpenAsync(folder.File("copy.db"));
        var ids = await Source.ListPaperIdsAsync();
        var target = new RefusingStore(inner, ids[0]);

        var summary = await MigrateCommand.RunAsync(Source, target, null, CancellationToken.None);

        var failure = Assert.Single(summary.Failures);
        Assert.Equal(ids[0], failure.Paper);
        Assert.Contains("refused", failure.Reason, StringComparison.Ordinal);
        Assert.Equal(ids.Count - 1, summary.Papers);
        Assert.Equal(ids.Count - 1, (await inner.GetStatisticsAsync()).Papers);
    }

    [LiveNeo4jFact]
    public async Task Migrating_into_the_live_neo4j_gives_the_same_statistics_and_example_query_json()
    {
        using var serverLock = LiveServer.Lock(TimeSpan.FromMinutes(10));
        await using (var cleared = (Neo4jGraphStore)await Composition.OpenStoreAsync(LiveServer.Uri, CancellationToken.None))
        {
            await cleared.ClearAsync();
        }

        await using var target = await Composition.OpenStoreAsync(LiveServer.Uri, CancellationToken.None);
        Assert.IsType<Neo4jGraphStore>(target);

        var summary = await MigrateCommand.RunAsync(Source, target, null, CancellationToken.None);

        Assert.Empty(summary.Failures);
        var expected = await Snapshot(Source);
        Assert.Equal(expected, await Snapshot(target));

        var again = await MigrateCommand.RunAsync(Source, target, null, CancellationToken.None);
        Assert.Empty(again.Failures);
        Assert.Equal(expected, await Snapshot(target));
    }

    [Fact]
    public async Task Papers_that_share_a_measurement_subjects_and_references_migrate_with_each_papers_evidence()
    {
        using var folder = new TempFolder();
        await using var source = await SqliteGraphStore.OpenAsync(folder.File("shared.db"));
        await WriteSharedAsync(source);
        await using var target = await SqliteGraphStore.OpenAsync(folder.File("copy.db"));

        var summary = await MigrateCommand.RunAsync(source, target, null, CancellationToken.None);

        Assert.Empty(summary.Failures);
        var expected = await Listing(source);
        Assert.Contains("repeated by paper 1", expected, StringComparison.Ordinal);
        Assert.Equal(expected, await Listing(target));
        Assert.Equal(await source.GetStatisticsAsync(), await target.GetStatisticsAsync());
    }

    [LiveNeo4jFact]
    public async Task Papers_that_share_a_measurement_migrate_into_the_live_neo4j_with_the_same_answers()
    {
        using var serverLock = LiveServer.Lock(TimeSpan.FromMinutes(10));
        using var folder = new TempFolder();
        await using var source = await SqliteGraphStore.OpenAsync(folder.File("shared.db"));
        await WriteSharedAsync(source);
        await using var target = (Neo4jGraphStore)await Composition.OpenStoreAsync(LiveServer.Uri, CancellationToken.None);
        await target.ClearAsync();

        var summary = await MigrateCommand.RunAsync(source, target, null, CancellationToken.None);

        Assert.Empty(summary.Failures);
        var expected = await Listing(source);
        Assert.Equal(expected, await Listing(target));
        Assert.Equal(await source.GetStatisticsAsync(), await target.GetStatisticsAsync());
        await MigrateCommand.RunAsync(source, target, null, CancellationToken.None);
        Assert.Equal(expected, await Listing(target));
    }

    [Fact]
    public async Task The_curated_overlay_migrates_into_another_embedded_store_once()
    {
        using var folder = new TempFolder();
        await using var source = await SqliteGraphStore.OpenAsync(folder.File("curated.db"));
        var curated = await WriteCuratedAsync(source);
        await using var target = await SqliteGraphStore.OpenAsync(folder.File("copy.db"));

        await AssertCurationMigratesAsync(source, target, curated);
    }

    [LiveNeo4jFact]
    public async Task A_curated_correction_survives_the_migration_into_the_live_neo4j()
    {
        using var serverLock = LiveServer.Lock(TimeSpan.FromMinutes(10));
        using var folder = new TempFolder();
        await using var source = await SqliteGraphStore.OpenAsync(folder.File("curated.db"));
        var curated = await WriteCuratedAsync(source);
        await using var target = (Neo4jGraphStore)await Composition.OpenStoreAsync(LiveServer.Uri, CancellationToken.None);
        await target.ClearAsync();

        await AssertCurationMigratesAsync(source, target, curated);
    }

    [Fact]
    public async Task The_entity_overlay_migrates_into_another_embedded_store_once()
    {
        using var folder = new TempFolder();
        await using var source = await SqliteGraphStore.OpenAsync(folder.File("entities.db"));
        var curated = await WriteEntityCuratedAsync(source);
        await using var target = await SqliteGraphStore.OpenAsync(folder.File("copy.db"));

        await AssertEntityOverlayMigratesAsync(source, target, curated);
    }

    [LiveNeo4jFact]
    public async Task The_entity_overlay_migrates_into_the_live_neo4j_once()
    {
        using var serverLock = LiveServer.Lock(TimeSpan.FromMinutes(10));
        using var folder = new TempFolder();
        await using var source = await SqliteGraphStore.OpenAsync(folder.File("entities.db"));
        var curated = await WriteEntityCuratedAsync(source);
        await using var target = (Neo4jGraphStore)await Composition.OpenStoreAsync(LiveServer.Uri, CancellationToken.None);
        await target.ClearAsync();

        await AssertEntityOverlayMigratesAsync(source, target, curated);
    }

    private sealed record EntityCurated(string Kept, string Merged, string SplitFrom, string SplitTo, string Added, string Aliased);

    /// <summary>The shared synthetic papers with a merge, a split, a curator's alias and an added measurement.</summary>
    private static async Task<EntityCurated> WriteEntityCuratedAsync(SqliteGraphStore store)
    {
        await WriteSharedAsync(store);
        var strategies = (await store.FindStrategiesAsync(new EntityQuery())).Items.Where(s => s.Measurements > 0).ToList();
        var (kept, merged, split) = (strategies[0], strategies[1], strategies[2]);
        var material = (await store.FindMaterialsAsync(new EntityQuery())).Items[0];
        await store.MergeAsync(kept.Id, merged.Id, "ada@lab", "the same strategy");
        var moved = (await store.FindMeasurementsAsync(new MeasurementQuery())).First(m => m.SubjectId == split.Id);
        var splitTo = await store.SplitAsync(split.Id, [moved.Id], split.Name + " (second kind)", "bob@lab", null);
        await store.AddAliasAsync(material.Id, "a curator's name", "ada@lab", "seen in a table");
        var paper = (await store.ListPaperIdsAsync())[0];
        var unit = Core.Units.Unit.Parse("mS/cm").Value!;
        var added = await store.AddMeasurementAsync(
            new NewMeasurement(kept.Id, Core.Facts.Property.IonicConductivity, new Core.Facts.Quantity(0.61, unit), paper, "3 Results", "A curator read 0.61 mS/cm here.", null, []),
            "ada@lab", "missed by extraction");
        return new EntityCurated(kept.Id, merged.Id, split.Id, splitTo, added, material.Id);
    }

    private static async Task<string> Entities(IGraphStore store)
    {
        var catalog = Assert.IsAssignableFrom<IEntityCatalog>(store);
        var curation = Assert.IsAssignableFrom<IEntityCuration>(store);
        var materials = await catalog.FindMaterialsAsync(new EntityQuery { Limit = 500 });
        var strategies = await catalog.FindStrategiesAsync(new EntityQuery { Limit = 500 });
        var history = new List<EntityEdit>();
        foreach (var entity in strategies.Items.Concat(materials.Items))
        {
            history.AddRange((await curation.EntityHistoryAsync(entity.Id)).Select(e => e with { At = e.At.ToUniversalTime() }));
        }

        return JsonSerializer.Serialize(new { materials, strategies, history = history.DistinctBy(e => e.Id).OrderBy(e => e.Id, StringComparer.Ordinal) });
    }

    private static async Task AssertEntityOverlayMigratesAsync(SqliteGraphStore source, IGraphStore target, EntityCurated curated)
    {
        var summary = await MigrateCommand.RunAsync(source, target, null, CancellationToken.None);

        Assert.Empty(summary.Failures);
        Assert.Equal(4, summary.EntityEdits);
        Assert.Equal(await Listing(source), await Listing(target));
        Assert.Equal(await Entities(source), await Entities(target));
        var catalog = Assert.IsAssignableFrom<IEntityCatalog>(target);
        Assert.Equal(curated.Kept, (await catalog.FindEntityAsync(curated.Merged))!.Id);
        Assert.Contains("a curator's name", (await catalog.FindEntityAsync(curated.Aliased))!.Aliases);
        var added = Assert.Single(await target.FindMeasurementsAsync(new MeasurementQuery { Ids = [curated.Added] }));
        Assert.Equal((curated.Kept, 0.61, "A curator read 0.61 mS/cm here.", "ada@lab"), (added.SubjectId, added.Value, added.Evidence.Text, added.Curation!.Author));
        Assert.Single(await target.FindMeasurementsAsync(new MeasurementQuery { Where = new SubjectNameIs((await catalog.FindEntityAsync(curated.SplitTo))!.Name) }));
        var merge = Assert.Single(await Assert.IsAssignableFrom<IEntityCuration>(target).EntityHistoryAsync(curated.Merged));
        Assert.Equal((EntityAction.Merge, "ada@lab", "the same strategy"), (merge.Action, merge.Author, merge.Comment));

        var again = await MigrateCommand.RunAsync(source, target, null, CancellationToken.None);
        Assert.Empty(again.Failures);
        Assert.Equal(0, again.EntityEdits);
        Assert.Equal(await Entities(source), await Entities(target));
    }

    private sealed record Curated(string Corrected, string Rejected, string Conflicted, CurationEdit Correction);

    private static readonly DateTimeOffset EditedAt = new(2026, 11, 20, 9, 30, 0, TimeSpan.FromHours(1));

    /// <summary>The shared synthetic papers with three curated measurements: one corrected, one rejected, one confirmed and then no longer extracted.</summary>
    private static async Task<Curated> WriteCuratedAsync(SqliteGraphStore store)
    {
        await WriteSharedAsync(store);
        var all = await store.FindMeasurementsAsync(new MeasurementQuery());
        var (corrected, rejected) = (all[0], all[1]);
        var paper = (await store.ListPaperIdsAsync())[^1];
        var graph = (await store.ReadPaperGraphAsync(paper))!;
        var conflicted = graph.Measurements.First(m => m.Id != corrected.Id && m.Id != rejected.Id);

        var correction = new CurationEdit("edit:correct", corrected.Id, CurationAction.Correct, "ada@lab", EditedAt, "unit misread",
            new CuratedFields(corrected.Value, corrected.Unit, corrected.SiValue, corrected.SiUnit, corrected.SubjectName),
            new CuratedFields(corrected.Value * 10, corrected.Unit, corrected.SiValue * 10, corrected.SiUnit, corrected.SubjectName + " (curated)"));
        await store.RecordAsync(correction);
        await store.RecordAsync(new CurationEdit("edit:confirm", corrected.Id, CurationAction.Confirm, "bob@lab", EditedAt.AddHours(2), null, null, null));
        await store.RecordAsync(new CurationEdit("edit:reject", rejected.Id, CurationAction.Reject, "ada@lab", EditedAt, "not a measurement", null, null));
        await store.RecordAsync(new CurationEdit("edit:keep", conflicted.Id, CurationAction.Confirm, "ada@lab", EditedAt, null, null, null));
        await store.UpsertAsync(graph with { Measurements = graph.Measurements.Where(m => m.Id != conflicted.Id).ToList() });
        return new Curated(corrected.Id, rejected.Id, conflicted.Id, correction);
    }

    private static async Task AssertCurationMigratesAsync(SqliteGraphStore source, IGraphStore target, Curated curated)
    {
        var summary = await MigrateCommand.RunAsync(source, target, null, CancellationToken.None);

        Assert.Empty(summary.Failures);
        Assert.Equal(4, summary.Edits);
        var curation = Assert.IsAssignableFrom<ICurationStore>(target);
        var history = await curation.HistoryAsync(curated.Corrected);
        Assert.Equal(["ada@lab", "bob@lab"], history.Select(e => e.Author));
        Assert.Equal(JsonSerializer.Serialize(curated.Correction), JsonSerializer.Serialize(history[0] with { At = history[0].At.ToOffset(EditedAt.Offset) }));
        Assert.Equal(EditedAt, history[0].At);

        var corrected = Assert.Single(await target.FindMeasurementsAsync(new MeasurementQuery { Ids = [curated.Corrected] }));
        Assert.Equal((curated.Correction.After!.Value, curated.Correction.After.SubjectName, CurationAction.Confirm, "bob@lab"),
            (corrected.Value, corrected.SubjectName, corrected.Curation!.Action, corrected.Curation.Author));
        Assert.Empty(await target.FindMeasurementsAsync(new MeasurementQuery { Ids = [curated.Rejected] }));
        var conflicted = Assert.Single(await target.FindMeasurementsAsync(new MeasurementQuery { Ids = [curated.Conflicted] }));
        Assert.Contains("no longer extracts", conflicted.Curation!.Conflict, StringComparison.Ordinal);
        Assert.Equal(curated.Conflicted, (await curation.ReviewQueueAsync(1))[0].Measurement.Id);
        Assert.Equal(await Listing(source), await Listing(target));

        var again = await MigrateCommand.RunAsync(source, target, null, CancellationToken.None);
        Assert.Empty(again.Failures);
        Assert.Equal(0, again.Edits);
        Assert.Equal(2, (await curation.HistoryAsync(curated.Corrected)).Count);
    }

    /// <summary>Four synthetic papers (shared subjects and references), the second of which repeats a measurement of the first with its own evidence.</summary>
    private static async Task WriteSharedAsync(SqliteGraphStore store)
    {
        var sample = await SynthCommand.SampleAsync(RepositoryPaths.Corpus, CancellationToken.None);
        var graphs = new LlzoGraph.Cli.Synthetic.SyntheticGraphs(sample, 11).Generate(4, 12).ToList();
        var (first, second) = (graphs[0], graphs[1]);
        var shared = first.Measurements[0];
        var reference = first.References.Single(r => r.Id == shared.ReferenceIds[0]);
        var references = second.References.Any(r => r.Id == reference.Id)
            ? second.References
            : second.References.Append(reference with { Number = second.References.Count + 1, Entry = reference.Entry with { Number = second.References.Count + 1 } }).ToList();
        var repeated = shared with
        {
            Evidence = [new Core.Facts.Evidence(Core.Facts.EvidenceKind.Sentence, "1 Introduction", "The same value, repeated by paper 1.", 999)],
        };
        graphs[1] = second with
        {
            References = references,
            Measurements = second.Measurements.Append(repeated).ToList(),
            Strategies = second.Strategies.Concat(first.Strategies.Where(x => x.Id == shared.SubjectId)).DistinctBy(x => x.Id).ToList(),
            Materials = second.Materials.Concat(first.Materials.Where(x => x.Id == shared.SubjectId || first.Strategies.Any(st => st.Id == shared.SubjectId && st.MaterialIds.Contains(x.Id)))).DistinctBy(x => x.Id).ToList(),
        };
        foreach (var graph in graphs)
        {
            await store.UpsertAsync(graph);
        }
    }

    /// <summary>Every measurement with all the places that report it and the works it cites, through the API.</summary>
    private static async Task<string> Listing(IGraphStore store)
    {
        const string query = "{ measurements(first: 60) { value unit subject { name kind } references { number year } reportedIn { paper { title } section text } } }";
        var json = await QueryCommand.RunAsync(store, query, null, CancellationToken.None);
        Assert.DoesNotContain("\"errors\"", json, StringComparison.Ordinal);
        return json;
    }

    /// <summary>What a store answers: its statistics, its papers, and the README example query's JSON.</summary>
    private static async Task<string> Snapshot(IGraphStore store)
    {
        var statistics = await store.GetStatisticsAsync();
        var papers = string.Join("\n", (await store.ListPapersAsync()).Select(p => $"{p.Id} {p.Title} {p.Year} {p.Doi} {string.Join(";", p.Authors)}"));
        var example = await QueryCommand.RunAsync(store, ServeCommand.ExampleQuery, null, CancellationToken.None);
        Assert.Contains("\"measurements\":[{", example.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        return $"{statistics}\n{papers}\n{example}\n{await CitationGraph(store)}";
    }

    /// <summary>The citation graph through the API: each paper's list, in-text citations, citing papers and related papers; the first works.</summary>
    private static async Task<string> CitationGraph(IGraphStore store)
    {
        var answers = new List<string>
        {
            await QueryCommand.RunAsync(store, "{ references(first: 40) { id number firstAuthor year doi } papers { id citedBy { id } references { number doi } citations { number form section text reference { id } } } }", null, CancellationToken.None),
        };
        foreach (var paper in await store.ListPapersAsync())
        {
            answers.Add(await QueryCommand.RunAsync(store, $"{{ relatedPapers(id: \"{paper.Id}\", first: 5) {{ paper {{ id }} score explanation }} }}", null, CancellationToken.None));
        }

        Assert.All(answers, json => Assert.DoesNotContain("\"errors\"", json, StringComparison.Ordinal));
        Assert.Contains("\"citations\":[{", answers[0].Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        return string.Join("\n", answers);
    }

    private sealed class RefusingStore(IGraphStore inner, string refusedPaper) : IGraphStore
    {
        public Task UpsertAsync(Core.Graph.PaperGraph graph, CancellationToken cancellationToken = default) =>
            graph.Paper.Id == refusedPaper ? throw new InvalidOperationException("refused by the test") : inner.UpsertAsync(graph, cancellationToken);

        public Task<IReadOnlyList<Core.Queries.MeasurementView>> FindMeasurementsAsync(Core.Queries.MeasurementQuery query, CancellationToken cancellationToken = default) =>
            inner.FindMeasurementsAsync(query, cancellationToken);

        public Task<IReadOnlyList<Core.Queries.PaperView>> ListPapersAsync(CancellationToken cancellationToken = default) => inner.ListPapersAsync(cancellationToken);

        public Task<Core.Queries.StoreStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) => inner.GetStatisticsAsync(cancellationToken);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
