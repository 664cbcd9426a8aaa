using static LlzoGraph.Store.Contract.Papers;

namespace LlzoGraph.Store.Sqlite.Tests;

/// <summary>
/// What the embedded store's export (used by <c>migrate</c>) reads of entities: the graph as extracted, whatever the
/// curators' overlay moved. The overlay itself is in the store contract (GraphStoreContract.Entities.cs).
/// </summary>
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

    [Fact]
    public async Task The_export_of_a_merged_strategy_s_paper_puts_its_measurements_where_extraction_put_them()
    {
        var strategies = (await store.FindStrategiesAsync(new Core.Queries.EntityQuery())).Items;
        var kept = strategies.Single(s => s.Name == "Ag coating");
        var merged = strategies.Single(s => s.Name == "Li3N coating");
        await store.MergeAsync(kept.Id, merged.Id, "Ada", "same coating");

        var exported = (await store.ReadPaperGraphAsync((await store.ListPaperIdsAsync()).Single()))!;
        Assert.Equal(PaperA().Measurements.Select(m => (m.Id, m.SubjectId)).Order(), exported.Measurements.Select(m => (m.Id, m.SubjectId)).Order());
    }

    [Fact]
    public async Task The_export_keeps_a_paper_s_aliases_without_the_curators_and_the_before_of_a_pair()
    {
        var graph = PaperA();
        var llzto = graph.Materials.Single(m => m.Name == "LLZTO");
        var (before, after) = (graph.Measurements[0], graph.Measurements[4]);
        graph = graph with
        {
            Materials = graph.Materials.Select(m => m == llzto ? m with { Aliases = ["Ta-doped LLZO"] } : m).ToList(),
            Measurements = graph.Measurements.Select(m => m == after ? m with { ChangedFromId = before.Id } : m).ToList(),
        };
        await store.UpsertAsync(graph);
        await store.AddAliasAsync(llzto.Id, "Li6.4La3Zr1.4Ta0.6O12", "Ada", "formula");

        var exported = (await store.ReadPaperGraphAsync(graph.Paper.Id))!;
        Assert.Equal(["Ta-doped LLZO"], exported.Materials.Single(m => m.Id == llzto.Id).Aliases);
        Assert.Equal(before.Id, exported.Measurements.Single(m => m.Id == after.Id).ChangedFromId);
    }
}
