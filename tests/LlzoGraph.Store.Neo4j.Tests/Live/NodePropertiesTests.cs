using LlzoGraph.Store.Neo4j.Store;
using static LlzoGraph.Store.Contract.Papers;

namespace LlzoGraph.Store.Neo4j.Tests.Live;

/// <summary>
/// Node properties no view shows yet, read back with Cypher: a material's aliases, the "before" measurement an
/// "after" one changed from, and the condition lists the condition filter reads.
/// </summary>
[Collection(LiveNeo4j.Collection)]
public sealed class NodePropertiesTests
{
    [LiveNeo4jFact]
    public async Task Material_aliases_and_the_measurement_a_value_changed_from_are_stored_on_their_nodes()
    {
        await using var store = await Neo4jGraphStore.OpenAsync(LiveNeo4j.Settings());
        await store.ClearAsync();
        var a = PaperA();
        var llzto = a.Materials.Single(m => m.Name == "LLZTO");
        var (before, after) = (a.Measurements[0], a.Measurements[1]);
        var graph = a with
        {
            Materials = a.Materials.Select(m => m.Id == llzto.Id ? m with { Aliases = ["Ta-LLZO", "Li6.4La3Zr1.4Ta0.6O12"] } : m).ToList(),
            Measurements = a.Measurements.Select(m => m.Id == after.Id ? m with { ChangedFromId = before.Id } : m).ToList(),
        };

        await store.UpsertAsync(graph);
        await store.UpsertAsync(graph);

        Assert.Equal(["Ta-LLZO", "Li6.4La3Zr1.4Ta0.6O12"], Strings(await ScalarAsync(store, "MATCH (x:Material {id: $id}) RETURN x.aliases", llzto.Id)));
        var other = a.Materials.First(m => m.Id != llzto.Id).Id;
        Assert.True(await ScalarAsync(store, "MATCH (x:Material {id: $id}) RETURN coalesce(size(x.aliases), 0) = 0", other) is true);
        Assert.Equal(before.Id, await ScalarAsync(store, "MATCH (m:Measurement {id: $id}) RETURN m.changedFromId", after.Id));
        Assert.Null(await ScalarAsync(store, "MATCH (m:Measurement {id: $id}) RETURN m.changedFromId", before.Id));

        var conditioned = a.Measurements.Single(m => m.Conditions.Count > 0);
        Assert.Equal(["temperature", "current density"], Strings(await ScalarAsync(store, "MATCH (m:Measurement {id: $id}) RETURN m.conditionNames", conditioned.Id)));
    }

    private static IEnumerable<string?> Strings(object? value) => Assert.IsType<List<object?>>(value).Select(v => v as string);

    private static async Task<object?> ScalarAsync(Neo4jGraphStore store, string cypher, string id) =>
        (await store.Driver.RunAsync(cypher, new Dictionary<string, object?> { ["id"] = id })).Records.Single()[0];
}
