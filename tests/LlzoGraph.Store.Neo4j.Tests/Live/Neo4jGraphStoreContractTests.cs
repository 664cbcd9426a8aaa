using System.Globalization;
using LlzoGraph.Core.Ports;
using LlzoGraph.Store.Contract;
using LlzoGraph.Store.Neo4j.Store;

namespace LlzoGraph.Store.Neo4j.Tests.Live;

/// <summary>The store contract, run against the live Neo4j through our Bolt client; each test starts from an emptied database.</summary>
[Collection(LiveNeo4j.Collection)]
[RequiresEnvironment("NEO4J_URI", LiveNeo4j.HowToStart)]
public sealed class Neo4jGraphStoreContractTests : GraphStoreContract
{
    protected override async Task<IGraphStore> OpenEmptyStoreAsync()
    {
        var store = await Neo4jGraphStore.OpenAsync(LiveNeo4j.Settings());
        await store.ClearAsync();
        return store;
    }

    /// <summary>Every property value of every node, as text.</summary>
    protected override async Task<string> StoredTextAsync()
    {
        var driver = ((Neo4jGraphStore)Store).Driver;
        var result = await driver.RunAsync("MATCH (n) UNWIND keys(n) AS key RETURN n[key]");
        return string.Join("\n", result.Records.Select(r => r[0] is List<object?> list ? string.Join("\n", list) : Convert.ToString(r[0], CultureInfo.InvariantCulture)));
    }
}
