using LlzoGraph.Core.Curation;
using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Ports;
using LlzoGraph.Core.Queries;
using static LlzoGraph.Store.Contract.Papers;

namespace LlzoGraph.Store.Sqlite.Tests;

/// <summary>The curators' overlay on entities: merges, splits, aliases and added measurements, all surviving re-ingestion.</summary>
public sealed class EntityCurationTests : IAsyncLifetime, IDisposable
{
    private readonly TempFolder folder = new();
    private SqliteGraphStore store = null!;

    public async Task InitializeAsync()
    {
        store = await SqliteGraphStore.OpenAsync(folder.File("entities.db"));
        await store.UpsertAsync(PaperA());
    }

    public async Task DisposeAsync() => await store.DisposeAsync();

    public void Dispose() => folder.Dispose();

    private async Task<EntityView> Strategy(string name) =>
        Assert.Single((await store.FindStrategiesAsync(new EntityQuery { NameContains = name })).Items);

    private async Task<IReadOnlyList<MeasurementView>> Of(string subjectId) =>
        (await store.FindMeasurementsAsync(new MeasurementQuery { Limit = 100 })).Where(m => m.SubjectId == subjectId).ToList();

    [Fact]
    public async Task A_merge_moves_the_measurements_keeps_the_name_as_an_alias_and_survives_re_ingest_until_undone()
    {
        var kept = await Strategy("Ag coating");
        var merged = await Strategy("Li3N coating");
        await store.MergeAsync(kept.Id, merged.Id, "Ada", "same coating");

        Assert.Equal(2, (await Of(kept.Id)).Count);
        Assert.DoesNotContain((await store.FindStrategiesAsync(new EntityQuery { NameContains = "Li3N coating" })).Items, e => e.Id == merged.Id);
        Assert.Contains("Li3N coating", (await Strategy("Ag coating")).Aliases);

        await store.UpsertAsync(PaperA());
        Assert.Equal(2, (await Of(kept.Id)).Count);
        Assert.Empty(await Of(merged.Id));

        var edit = Assert.Single(await store.EntityHistoryAsync(merged.Id));
        Assert.Equal((EntityAction.Merge, "Ada", kept.Id, "same coating"), (edit.Action, edit.Author, edit.EntityId, edit.Comment));

        var exported = (await store.ReadPaperGraphAsync((await store.ListPaperIdsAsync()).Single()))!;
        Assert.Equal(PaperA().Measurements.Select(m => (m.Id, m.SubjectId)).Order(), exported.Measurements.Select(m => (m.Id, m.SubjectId)).Order());

        await store.UnmergeAsync(merged.Id, "Ada", null);
        Assert.Single(await Of(merged.Id));
        Assert.Single(await Of(kept.Id));
        Assert.DoesNotContain("Li3N coating", (await Strategy("Ag coating")).Aliases);
        Assert.Equal(2, (await store.EntityHistoryAsync(merged.Id)).Count);
    }

    [Fact]
    public async Task A_merge_of_a_material_with_a_strategy_or_with_itself_is_refused()
    {
        var llzto = Assert.Single((await store.FindMaterialsAsync(new EntityQuery { NameContains = "LLZTO" })).Items);
        var ag = await Strategy("Ag coating");
        var refused = await Assert.ThrowsAsync<CurationRefusedException>(() => store.MergeAsync(ag.Id, llzto.Id, "Ada", null));
        Assert.Contains("two materials or two strategies", refused.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<CurationRefusedException>(() => store.MergeAsync(ag.Id, ag.Id, "Ada", null));
        await Assert.ThrowsAsync<CurationRefusedException>(() => store.MergeAsync(ag.Id, "strategy:nothing", "Ada", null));
    }

    [Fact]
    public async Task A_split_moves_chosen_measurements_to_a_new_entity_and_re_ingest_keeps_them_there()
    {
        var aln = await Strategy("AlN interlayer");
        var chosen = (await Of(aln.Id)).Single(m => m.Conditions.Count > 0);
        var newId = await store.SplitAsync(aln.Id, [chosen.Id], "AlN interlayer (annealed)", "Ada", null);

        await store.UpsertAsync(PaperA());
        Assert.Equal([chosen.Id], (await Of(newId)).Select(m => m.Id));
        Assert.Single(await Of(aln.Id));
        Assert.Equal("AlN interlayer (annealed)", (await Of(newId))[0].SubjectName);
        await Assert.ThrowsAsync<CurationRefusedException>(() => store.SplitAsync(aln.Id, [chosen.Id], "again", "Ada", null));
    }

    [Fact]
    public async Task Aliases_from_papers_and_curators_are_listed_and_searched_and_a_re_ingest_replaces_only_the_papers()
    {
        var graph = PaperA();
        var llzto = graph.Materials.Single(m => m.Name == "LLZTO");
        graph = graph with { Materials = graph.Materials.Select(m => m == llzto ? m with { Aliases = ["Ta-doped LLZO"] } : m).ToList() };
        await store.UpsertAsync(graph);
        await store.AddAliasAsync(llzto.Id, "Li6.4La3Zr1.4Ta0.6O12", "Ada", "formula");

        var found = Assert.Single((await store.FindMaterialsAsync(new EntityQuery { NameContains = "ta-doped" })).Items);
        Assert.Equal(["Li6.4La3Zr1.4Ta0.6O12", "Ta-doped LLZO"], found.Aliases.Order(StringComparer.Ordinal));
        var byAlias = await store.FindMeasurementsAsync(new MeasurementQuery { Where = new SubjectNameContains("TA-DOPED") });
        Assert.Equal(Property.IonicConductivity, Assert.Single(byAlias).Property);

        var exported = (await store.ReadPaperGraphAsync(graph.Paper.Id))!;
        Assert.Equal(["Ta-doped LLZO"], exported.Materials.Single(m => m.Id == llzto.Id).Aliases);

        await store.UpsertAsync(PaperA());
        Assert.Equal(["Li6.4La3Zr1.4Ta0.6O12"], Assert.Single((await store.FindMaterialsAsync(new EntityQuery { NameContains = "LLZTO" })).Items).Aliases);
    }

    [Fact]
    public async Task The_before_of_a_before_after_pair_is_read_back()
    {
        var graph = PaperA();
        var (before, after) = (graph.Measurements[0], graph.Measurements[4]);
        graph = graph with { Measurements = graph.Measurements.Select(m => m == after ? m with { ChangedFromId = before.Id } : m).ToList() };
        await store.UpsertAsync(graph);

        var read = (await store.FindMeasurementsAsync(new MeasurementQuery { Ids = [after.Id, before.Id] })).ToDictionary(m => m.Id);
        Assert.Equal(before.Id, read[after.Id].ChangedFromId);
        Assert.Null(read[before.Id].ChangedFromId);
        Assert.Equal(before.Id, (await store.ReadPaperGraphAsync(graph.Paper.Id))!.Measurements.Single(m => m.Id == after.Id).ChangedFromId);
    }

    [Fact]
    public async Task An_added_measurement_keeps_its_evidence_and_reference_through_re_ingest_and_is_no_conflict()
    {
        var ag = await Strategy("Ag coating");
        var paper = (await store.ListPapersAsync()).Single();
        var id = await store.AddMeasurementAsync(
            new NewMeasurement(ag.Id, Property.InterfacialResistance, Q(12, "Ω·cm2"), paper.Id, "2.1 Interlayers", "The Ag coating lowers the ASR to 12 Ω cm2.", 2, []),
            "Ada", "missed by extraction");

        await store.UpsertAsync(PaperA());
        var added = Assert.Single(await store.FindMeasurementsAsync(new MeasurementQuery { Ids = [id] }));
        Assert.Equal(("Ag coating", 12.0, "The Ag coating lowers the ASR to 12 Ω cm2.", 2), (added.SubjectName, added.Value, added.Evidence.Text, added.References.Single().Number));
        Assert.Null(added.Curation!.Conflict);
        Assert.DoesNotContain(await store.ReviewQueueAsync(50), item => item.Measurement.Id == id);
        Assert.Equal(EntityAction.AddMeasurement, Assert.Single(await store.EntityHistoryAsync(id)).Action);

        await Assert.ThrowsAsync<CurationRefusedException>(() => store.AddMeasurementAsync(
            new NewMeasurement(ag.Id, Property.InterfacialResistance, Q(12, "Ω·cm2"), paper.Id, "2", "text", 99, []), "Ada", null));
    }

    [Fact]
    public async Task An_added_measurement_that_a_re_ingest_contradicts_is_a_conflict_in_the_review_queue()
    {
        var hf = await Strategy("HF treatment");
        var paper = (await store.ListPapersAsync()).Single();
        var id = await store.AddMeasurementAsync(
            new NewMeasurement(hf.Id, Property.CriticalCurrentDensity, Q(0.9, "mA/cm2"), paper.Id, "2 Results", "The HF treatment raised the CCD to 0.9 mA/cm2.", null, []),
            "Ada", null);

        await store.UpsertAsync(PaperA());

        var first = (await store.ReviewQueueAsync(10))[0];
        Assert.Equal((id, true), (first.Measurement.Id, first.Conflict));
        Assert.Contains("reports 0.5 mA/cm2", first.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filter_trees_combine_and_or_not_with_some_and_none_over_conditions_references_and_evidence()
    {
        static async Task<string[]> Subjects(SqliteGraphStore s, MeasurementPredicate where) =>
            (await s.FindMeasurementsAsync(new MeasurementQuery { Where = where })).Select(m => $"{m.SubjectName} {m.Value}").Order(StringComparer.Ordinal).ToArray();

        var ccd = new PropertyIs([Property.CriticalCurrentDensity]);
        var roomTemperature = new SomeCondition(new ConditionBounds("Temperature", AtLeast: 293, AtMost: 303));
        Assert.Equal(["AlN interlayer 1.3"], await Subjects(store, new AllOf([ccd, roomTemperature])));
        Assert.Equal(["Ag coating 900", "AlN interlayer 1", "HF treatment 0.5"], await Subjects(store, new AllOf([ccd, new Not(roomTemperature)])));
        Assert.Equal(["AlN interlayer 1.3", "HF treatment 0.5"], await Subjects(store, new AllOf([ccd, new Not(new SomeReference())])));
        Assert.Equal(["LLZTO 0.8", "Li3N coating 5"], await Subjects(store, new AnyOf([new SomeReference(Doi: SharedDoi.ToUpperInvariant()), new SomeReference(YearAtLeast: 2020)])
            is var either ? new AllOf([either, new Not(ccd)]) : either));
        Assert.Equal(["AlN interlayer 1.3"], await Subjects(store, new SomeEvidence(InTable: true)));
        Assert.Equal(["AlN interlayer 1", "AlN interlayer 1.3"], await Subjects(store,
            new AllOf([new ValueWithin("A/m2", GreaterThan: 9.9), new AnyOf([new SubjectNameIs("aln INTERLAYER"), new SubjectKindIs([SubjectKind.Treatment])])])));
        Assert.Empty(await Subjects(store, new SubjectNameContains("x') OR 1=1; DROP TABLE measurement; --")));
        Assert.Empty(await Subjects(store, new AnyOf([])));
        Assert.Equal(6, (await store.GetStatisticsAsync()).Measurements);
    }
}
