using static LlzoGraph.Store.Contract.Papers;

namespace LlzoGraph.Store.Sqlite.Tests;

/// <summary>The data version changes with every write to the file, through this store or another process's.</summary>
public sealed class DataVersionTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Writes_by_this_store_or_another_change_the_version_and_reads_do_not()
    {
        var path = folder.File("graph.db");
        await using var store = await SqliteGraphStore.OpenAsync(path);
        await using var other = await SqliteGraphStore.OpenAsync(path);

        var before = await store.GetDataVersionAsync();
        await store.FindMeasurementsAsync(new Core.Queries.MeasurementQuery());
        Assert.Equal(before, await store.GetDataVersionAsync());

        await store.UpsertAsync(PaperA());
        var afterOwnWrite = await store.GetDataVersionAsync();
        Assert.NotEqual(before, afterOwnWrite);

        await other.UpsertAsync(PaperB());
        Assert.NotEqual(afterOwnWrite, await store.GetDataVersionAsync());
        Assert.NotNull(afterOwnWrite);
    }
}
