using LlzoGraph.Store.Contract;
using LlzoGraph.Core.Ports;

namespace LlzoGraph.Store.Sqlite.Tests;

/// <summary>The store contract, run against a real SQLite file in a temp folder.</summary>
public sealed class SqliteGraphStoreContractTests : GraphStoreContract, IDisposable
{
    private readonly TempFolder folder = new();

    protected override async Task<IGraphStore> OpenEmptyStoreAsync() => await SqliteGraphStore.OpenAsync(folder.File("graph.db"));

    protected override Task<string> StoredTextAsync() => Task.FromResult(Database.Dump(folder.File("graph.db")));

    /// <summary>xunit disposes after <see cref="GraphStoreContract.DisposeAsync"/> has closed the store.</summary>
    public void Dispose() => folder.Dispose();
}
