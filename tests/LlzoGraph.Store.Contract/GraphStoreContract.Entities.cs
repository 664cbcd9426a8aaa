using LlzoGraph.Core.Curation;
using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Ports;
using LlzoGraph.Core.Queries;
using static LlzoGraph.Store.Contract.Papers;

namespace LlzoGraph.Store.Contract;

/// <summary>The curators' overlay on entities: merges, splits, aliases and added measurements, all surviving re-ingestion.</summary>
public abstract partial class GraphStoreContract
{
    protected IEntityCatalog Entities => Store as IEntityCatalog ?? throw new InvalidOperationException("the store lists no materials and strategies");

    protected IEntityCuration EntityCuration => Store as IEntityCuration ?? throw new InvalidOperationException("the store keeps no curation of entities");

    protected async Task<EntityView> StrategyNamed(string name) =>
        Assert.Single((await Entities.FindStrategiesAsync(new EntityQuery { NameContains = name })).Items);

    protected async Task<IReadOnlyList<MeasurementView>> MeasurementsOf(string subjectId) =>
        (await Store.FindMeasurementsAsync(new MeasurementQuery { Limit = 100 })).Where(m => m.SubjectId == subjectId).ToList();

    [StoreFact]
    public async Task A_merge_moves_the_measurements_keeps_the_name_as_an_alias_and_survives_re_ingest_until_undone()
    {
        await Store.UpsertAsync(PaperA());
        var kept = await StrategyNamed("Ag coating");
        var merged = await StrategyNamed("Li3N coating");
        await EntityCuration.MergeAsync(kept.Id, merged.Id, "Ada", "same coating");

        Assert.Equal(2, (await MeasurementsOf(kept.Id)).Count);
        Assert.DoesNotContain((await Entities.FindStrategiesAsync(new EntityQuery { NameContains = "Li3N coating" })).Items, e => e.Id == merged.Id);
        Assert.Contains("Li3N coating", (await StrategyNamed("Ag coating")).Aliases);
        Assert.Equal((kept.Id, 2), (await Entities.FindEntityAsync(merged.Id)) is { } found ? (found.Id, found.Measurements) : default);

        await Store.UpsertAsync(PaperA());
        Assert.Equal(2, (await MeasurementsOf(kept.Id)).Count);
        Assert.Empty(await MeasurementsOf(merged.Id));
        Assert.All(await MeasurementsOf(kept.Id), m => Assert.Equal("Ag coating", m.SubjectName));

        var edit = Assert.Single(await EntityCuration.EntityHistoryAsync(merged.Id));
        Assert.Equal((EntityAction.Merge, "Ada", kept.Id, "same coating"), (edit.Action, edit.Author, edit.EntityId, edit.Comment));

        await EntityCuration.UnmergeAsync(merged.Id, "Ada", null);
        Assert.Single(await MeasurementsOf(merged.Id));
        Assert.Single(await MeasurementsOf(kept.Id));
        Assert.DoesNotContain("Li3N coating", (await StrategyNamed("Ag coating")).Aliases);
        Assert.Equal([EntityAction.Merge, EntityAction.Unmerge], (await EntityCuration.EntityHistoryAsync(merged.Id)).Select(e => e.Action));
        await Assert.ThrowsAsync<CurationRefusedException>(() => EntityCuration.UnmergeAsync(merged.Id, "Ada", null));
    }

    [StoreFact]
    public async Task A_merge_of_a_material_with_a_strategy_or_with_itself_is_refused()
    {
        await Store.UpsertAsync(PaperA());
        var llzto = Assert.Single((await Entities.FindMaterialsAsync(new EntityQuery { NameContains = "LLZTO" })).Items);
        var ag = await StrategyNamed("Ag coating");
        var refused = await Assert.ThrowsAsync<CurationRefusedException>(() => EntityCuration.MergeAsync(ag.Id, llzto.Id, "Ada", null));
        Assert.Contains("two materials or two strategies", refused.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<CurationRefusedException>(() => EntityCuration.MergeAsync(ag.Id, ag.Id, "Ada", null));
        await Assert.ThrowsAsync<CurationRefusedException>(() => EntityCuration.MergeAsync(ag.Id, "strategy:nothing", "Ada", null));
        Assert.Empty(await EntityCuration.EntityHistoryAsync(ag.Id));
    }

    [StoreFact]
    public async Task A_split_moves_chosen_measurements_to_a_new_entity_and_re_ingest_keeps_them_there()
    {
        await Store.UpsertAsync(PaperA());
        var aln = await StrategyNamed("AlN interlayer");
        var chosen = (await MeasurementsOf(aln.Id)).Single(m => m.Conditions.Count > 0);
        var newId = await EntityCuration.SplitAsync(aln.Id, [chosen.Id], "AlN interlayer (annealed)", "Ada", null);

        await Store.UpsertAsync(PaperA());
        Assert.Equal([chosen.Id], (await MeasurementsOf(newId)).Select(m => m.Id));
        Assert.Single(await MeasurementsOf(aln.Id));
        Assert.Equal("AlN interlayer (annealed)", (await MeasurementsOf(newId))[0].SubjectName);
        Assert.Equal(("AlN interlayer (annealed)", aln.Kind, 1), (await Entities.FindEntityAsync(newId)) is { } split ? (split.Name, split.Kind, split.Measurements) : default);
        Assert.Equal(EntityAction.Split, Assert.Single(await EntityCuration.EntityHistoryAsync(newId)).Action);
        await Assert.ThrowsAsync<CurationRefusedException>(() => EntityCuration.SplitAsync(aln.Id, [chosen.Id], "again", "Ada", null));
    }

    [StoreFact]
    public async Task Aliases_from_papers_and_curators_are_listed_and_searched_and_a_re_ingest_replaces_only_the_papers()
    {
        var graph = PaperA();
        var llzto = graph.Materials.Single(m => m.Name == "LLZTO");
        graph = graph with { Materials = graph.Materials.Select(m => m == llzto ? m with { Aliases = ["Ta-doped LLZO"] } : m).ToList() };
        await Store.UpsertAsync(graph);
        await EntityCuration.AddAliasAsync(llzto.Id, "Li6.4La3Zr1.4Ta0.6O12", "Ada", "formula");

        var found = Assert.Single((await Entities.FindMaterialsAsync(new EntityQuery { NameContains = "ta-doped" })).Items);
        Assert.Equal(["Li6.4La3Zr1.4Ta0.6O12", "Ta-doped LLZO"], found.Aliases.Order(StringComparer.Ordinal));
        var byAlias = await Store.FindMeasurementsAsync(new MeasurementQuery { Where = new SubjectNameContains("TA-DOPED") });
        Assert.Equal(Property.IonicConductivity, Assert.Single(byAlias).Property);

        await Store.UpsertAsync(PaperA());
        Assert.Equal(["Li6.4La3Zr1.4Ta0.6O12"], Assert.Single((await Entities.FindMaterialsAsync(new EntityQuery { NameContains = "LLZTO" })).Items).Aliases);
        Assert.Equal(EntityAction.AddAlias, Assert.Single(await EntityCuration.EntityHistoryAsync(llzto.Id)).Action);
    }

    [StoreFact]
    public async Task Listings_page_with_totals_and_count_the_visible_measurements()
    {
        await Store.UpsertAsync(PaperA());
        var all = await Entities.FindStrategiesAsync(new EntityQuery());
        var page = await Entities.FindStrategiesAsync(new EntityQuery { Offset = 1, Limit = 2 });
        Assert.Equal((4, 4), (all.Items.Count, all.TotalCount));
        Assert.Equal(all.Items.Skip(1).Take(2).Select(e => e.Id), page.Items.Select(e => e.Id));
        Assert.Equal(4, page.TotalCount);
        Assert.Equal(6, all.Items.Sum(e => e.Measurements) + (await Entities.FindMaterialsAsync(new EntityQuery())).Items.Sum(e => e.Measurements));
        Assert.Equal(all.Items.Select(e => e.Name.ToLowerInvariant()).Order(StringComparer.Ordinal), all.Items.Select(e => e.Name.ToLowerInvariant()));
        Assert.Null(await Entities.FindEntityAsync("material:nothing"));
    }

    [StoreFact]
    public async Task The_before_of_a_before_after_pair_is_read_back()
    {
        var graph = PaperA();
        var (before, after) = (graph.Measurements[0], graph.Measurements[4]);
        graph = graph with { Measurements = graph.Measurements.Select(m => m == after ? m with { ChangedFromId = before.Id } : m).ToList() };
        await Store.UpsertAsync(graph);

        var read = (await Store.FindMeasurementsAsync(new MeasurementQuery { Ids = [after.Id, before.Id] })).ToDictionary(m => m.Id);
        Assert.Equal(before.Id, read[after.Id].ChangedFromId);
        Assert.Null(read[before.Id].ChangedFromId);
    }

    [StoreFact]
    public async Task An_added_measurement_keeps_its_evidence_and_reference_through_re_ingest_and_is_no_conflict()
    {
        await Store.UpsertAsync(PaperA());
        var ag = await StrategyNamed("Ag coating");
        var paper = (await Store.ListPapersAsync()).Single();
        var id = await EntityCuration.AddMeasurementAsync(
            new NewMeasurement(ag.Id, Property.InterfacialResistance, Q(12, "Ω·cm2"), paper.Id, "2.1 Interlayers", "The Ag coating lowers the ASR to 12 Ω cm2.", 2, []),
            "Ada", "missed by extraction");

        await Store.UpsertAsync(PaperA());
        var added = Assert.Single(await Store.FindMeasurementsAsync(new MeasurementQuery { Ids = [id] }));
        Assert.Equal(("Ag coating", 12.0, "The Ag coating lowers the ASR to 12 Ω cm2.", 2), (added.SubjectName, added.Value, added.Evidence.Text, added.References.Single().Number));
        Assert.Null(added.Curation!.Conflict);
        Assert.DoesNotContain(await Curation.ReviewQueueAsync(50), item => item.Measurement.Id == id);
        var edit = Assert.Single(await EntityCuration.EntityHistoryAsync(id));
        Assert.Equal((EntityAction.AddMeasurement, "Ada", ag.Id), (edit.Action, edit.Author, edit.OtherId));

        await Assert.ThrowsAsync<CurationRefusedException>(() => EntityCuration.AddMeasurementAsync(
            new NewMeasurement(ag.Id, Property.InterfacialResistance, Q(12, "Ω·cm2"), paper.Id, "2", "text", 99, []), "Ada", null));
        await Assert.ThrowsAsync<CurationRefusedException>(() => EntityCuration.AddMeasurementAsync(
            new NewMeasurement(ag.Id, Property.InterfacialResistance, Q(12, "Ω·cm2"), "paper:nothing", "2", "text", null, []), "Ada", null));
    }

    [StoreFact]
    public async Task An_added_measurement_that_a_re_ingest_contradicts_is_a_conflict_in_the_review_queue()
    {
        await Store.UpsertAsync(PaperA());
        var hf = await StrategyNamed("HF treatment");
        var paper = (await Store.ListPapersAsync()).Single();
        var id = await EntityCuration.AddMeasurementAsync(
            new NewMeasurement(hf.Id, Property.CriticalCurrentDensity, Q(0.9, "mA/cm2"), paper.Id, "2 Results", "The HF treatment raised the CCD to 0.9 mA/cm2.", null, []),
            "Ada", null);

        await Store.UpsertAsync(PaperA());

        var first = (await Curation.ReviewQueueAsync(10))[0];
        Assert.Equal((id, true), (first.Measurement.Id, first.Conflict));
        Assert.Contains("reports 0.5 mA/cm2", first.Reason, StringComparison.Ordinal);
    }
}
