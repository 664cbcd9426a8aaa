using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Queries;
using static LlzoGraph.Store.Contract.Papers;

namespace LlzoGraph.Store.Sqlite.Tests;

/// <summary>A page read with fewer details skips the lists not asked for and keeps everything else the same.</summary>
public sealed class MeasurementDetailsTests : IAsyncLifetime, IDisposable
{
    private readonly TempFolder folder = new();
    private SqliteGraphStore store = null!;

    public async Task InitializeAsync() => store = await SqliteGraphStore.OpenAsync(folder.File("graph.db"));

    public async Task DisposeAsync() => await store.DisposeAsync();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Lists_not_asked_for_are_left_out_and_the_rest_is_unchanged()
    {
        var original = Reference(5, "10.1000/original-work");
        await store.UpsertAsync(Graph("First review", "10.1000/review-1", [original],
            M("AlN interlayer", SubjectKind.Interlayer, Property.CriticalCurrentDensity, Q(2.6, "mA/cm2"), 3, [5])));
        await store.UpsertAsync(Graph("Second review", "10.1000/review-2", [original with { Number = 41 }],
            M("AlN interlayer", SubjectKind.Interlayer, Property.CriticalCurrentDensity, Q(2.6, "mA/cm2"), 9, [41])));

        var full = Assert.Single(await store.FindMeasurementsAsync(new MeasurementQuery()));
        var bare = Assert.Single(await store.FindMeasurementsAsync(new MeasurementQuery { Details = MeasurementDetails.None }));
        var cited = Assert.Single(await store.FindMeasurementsAsync(new MeasurementQuery { Details = MeasurementDetails.References }));

        Assert.Equal(2, full.ReportedIn.Count);
        Assert.Single(full.References);
        Assert.Empty(bare.References);
        Assert.Equal([bare.Evidence], bare.ReportedIn);
        Assert.Equal(
            (full.Id, full.SubjectName, full.Value, full.Unit, full.Confidence, full.Evidence.Text, full.Evidence.Paper.Id),
            (bare.Id, bare.SubjectName, bare.Value, bare.Unit, bare.Confidence, bare.Evidence.Text, bare.Evidence.Paper.Id));
        Assert.Equal(full.References.Select(r => (r.Id, r.Number)), cited.References.Select(r => (r.Id, r.Number)));
        Assert.Equal([cited.Evidence], cited.ReportedIn);
    }
}
