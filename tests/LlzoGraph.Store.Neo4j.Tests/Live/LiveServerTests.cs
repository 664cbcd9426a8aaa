using LlzoGraph.Core.Ports;
using LlzoGraph.Core.Queries;
using LlzoGraph.Store.Contract;
using LlzoGraph.Store.Neo4j.Bolt;
using LlzoGraph.Store.Neo4j.Bolt.Connection;
using LlzoGraph.Store.Neo4j.Bolt.Driver;
using LlzoGraph.Store.Neo4j.Bolt.Protocol;
using LlzoGraph.Store.Neo4j.Store;

namespace LlzoGraph.Store.Neo4j.Tests.Live;

/// <summary>What the live Neo4j 3.1.1 shows of our client beyond the contract: version, auth, failures, a dying connection.</summary>
[Collection(LiveNeo4j.Collection)]
public sealed class LiveServerTests
{
    [LiveNeo4jFact]
    public async Task The_client_negotiates_bolt_1_with_neo4j_3()
    {
        await using var driver = Neo4jDriver.Create(LiveNeo4j.Settings());

        var server = await driver.VerifyConnectivityAsync();

        Assert.Equal(BoltVersion.V1, server.Protocol);
        Assert.StartsWith("Neo4j/3.", server.Agent, StringComparison.Ordinal);
        Assert.Equal(3, server.ProductVersion?.Major);
    }

    [LiveNeo4jFact]
    public async Task A_wrong_password_is_a_clear_authentication_error()
    {
        var settings = LiveNeo4j.Settings() with { Password = "not-the-password" };

        var error = await Assert.ThrowsAsync<AuthenticationException>(() => Neo4jGraphStore.OpenAsync(settings));

        Assert.Equal("Neo.ClientError.Security.Unauthorized", error.Code);
        Assert.False(error.IsRetriable);
    }

    [LiveNeo4jFact]
    public async Task A_failed_query_is_acknowledged_and_the_same_connection_runs_the_next_one()
    {
        await using var driver = Neo4jDriver.Create(LiveNeo4j.Settings());

        var error = await Assert.ThrowsAsync<Neo4jException>(() => driver.RunAsync("RETURN 1 +"));
        var next = await driver.RunAsync("RETURN $x + 1 AS y", new Dictionary<string, object?> { ["x"] = 41 });

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.False(error.IsRetriable);
        Assert.Equal(42L, next.Records.Single()["y"]);
    }

    [LiveNeo4jFact]
    public async Task A_managed_transaction_that_fails_half_way_commits_nothing()
    {
        await using var driver = Neo4jDriver.Create(LiveNeo4j.Settings());
        var marker = Guid.NewGuid().ToString("N");

        await Assert.ThrowsAsync<Neo4jException>(() => driver.ExecuteWriteAsync(async (tx, ct) =>
        {
            await tx.RunAsync("CREATE (:LiveTest {marker: $m})", new Dictionary<string, object?> { ["m"] = marker }, ct);
            return await tx.RunAsync("RETURN 1/0", cancellationToken: ct);
        }));

        var left = await driver.RunAsync("MATCH (n:LiveTest {marker: $m}) RETURN count(n) AS n", new Dictionary<string, object?> { ["m"] = marker });
        Assert.Equal(0L, left.Records.Single()["n"]);
    }

    [LiveNeo4jFact]
    public async Task Values_of_every_packstream_kind_round_trip_through_the_server()
    {
        await using var driver = Neo4jDriver.Create(LiveNeo4j.Settings());
        var parameters = new Dictionary<string, object?>
        {
            ["int"] = long.MinValue, ["float"] = -1.5e300, ["text"] = "Größe ΓΑ 😀", ["bool"] = true, ["null"] = null,
            ["list"] = new List<object?> { 1L, "two", 3.0 }, ["map"] = new Dictionary<string, object?> { ["k"] = "v" },
            ["long"] = new string('x', 70_000),
        };

        var row = (await driver.RunAsync("RETURN $int, $float, $text, $bool, $null, $list, $map, $long", parameters)).Records.Single();

        Assert.Equal([long.MinValue, -1.5e300, "Größe ΓΑ 😀", true, null], row.Values.Take(5));
        Assert.Equal([1L, "two", 3.0], (List<object?>)row[5]!);
        Assert.Equal("v", ((Dictionary<string, object?>)row[6]!)["k"]);
        Assert.Equal(70_000, ((string)row[7]!).Length);
    }

    [LiveNeo4jFact]
    public async Task Nodes_relationships_and_paths_come_back_as_structures()
    {
        await using var driver = Neo4jDriver.Create(LiveNeo4j.Settings());

        var row = await driver.ExecuteWriteAsync(async (tx, ct) =>
        {
            var result = await tx.RunAsync("CREATE p = (a:LiveTest {name: 'a'})-[r:LINKS {w: 2}]->(b:LiveTest {name: 'b'}) RETURN a, r, p", cancellationToken: ct);
            await tx.RunAsync("MATCH (n:LiveTest) DETACH DELETE n", cancellationToken: ct);
            return result.Records.Single();
        });

        var a = Assert.IsType<LlzoGraph.Store.Neo4j.Bolt.PackStream.Node>(row["a"]);
        var r = Assert.IsType<LlzoGraph.Store.Neo4j.Bolt.PackStream.Relationship>(row["r"]);
        var p = Assert.IsType<LlzoGraph.Store.Neo4j.Bolt.PackStream.Path>(row["p"]);
        Assert.Equal(("LiveTest", "a"), (a.Labels.Single(), a.Properties["name"]));
        Assert.Equal(("LINKS", 2L, a.Id), (r.Type, r.Properties["w"], r.StartNodeId));
        Assert.Equal(["a", "b"], p.Walk().Select(n => n.Properties["name"]));
    }

    [LiveNeo4jFact]
    public async Task A_connection_lost_in_the_middle_of_an_ingest_leaves_no_half_paper_and_the_next_ingest_completes_it()
    {
        var settings = LiveNeo4j.Settings();
        await using var direct = await Neo4jGraphStore.OpenAsync(settings);
        await direct.ClearAsync();
        await using var proxy = new CuttingProxy(settings.Address.Host, settings.Address.Port);
        var throughProxy = settings with { Address = new ServerAddress("127.0.0.1", proxy.Port), MaxRetryTime = TimeSpan.Zero };
        await using var store = await Neo4jGraphStore.OpenAsync(throughProxy);

        proxy.CutNextAfter(2_000); // bytes of the upsert's transaction: well after BEGIN, well before COMMIT
        var error = await Assert.ThrowsAsync<ServiceUnavailableException>(() => store.UpsertAsync(Papers.PaperA()));

        Assert.True(error.IsRetriable);
        Assert.Equal(1, proxy.Cuts);
        Assert.Equal(new StoreStatistics(0, 0, 0, 0, 0, 0), await direct.GetStatisticsAsync());

        await store.UpsertAsync(Papers.PaperA());
        Assert.Equal(new StoreStatistics(1, 3, 5, 4, 6, 3), await direct.GetStatisticsAsync());
    }

    [LiveNeo4jFact]
    public async Task A_managed_transaction_retries_on_a_fresh_connection_after_the_connection_is_lost()
    {
        var settings = LiveNeo4j.Settings();
        await using var direct = await Neo4jGraphStore.OpenAsync(settings);
        await direct.ClearAsync();
        await using var proxy = new CuttingProxy(settings.Address.Host, settings.Address.Port);
        await using var store = await Neo4jGraphStore.OpenAsync(settings with { Address = new ServerAddress("127.0.0.1", proxy.Port) });

        proxy.CutNextAfter(2_000);
        await store.UpsertAsync(Papers.PaperA());

        Assert.Equal(1, proxy.Cuts);
        Assert.Equal(6, (await direct.FindMeasurementsAsync(new MeasurementQuery())).Count);
    }

    [LiveNeo4jFact]
    public async Task Neo4j_uri_against_a_server_without_route_uses_it_directly()
    {
        var settings = LiveNeo4j.Settings() with { Routing = true };
        await using var driver = Neo4jDriver.Create(settings);

        var one = await driver.RunAsync("RETURN 1 AS one", mode: AccessMode.Read);

        Assert.Equal(1L, one.Records.Single()["one"]);
    }

    [LiveNeo4jFact]
    public async Task A_database_name_is_refused_by_a_single_database_server()
    {
        await using var driver = Neo4jDriver.Create(LiveNeo4j.Settings() with { Database = "papers" });

        var error = await Assert.ThrowsAsync<Neo4jException>(() => driver.RunAsync("RETURN 1"));

        Assert.Contains("single database", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<GraphStoreException>(error);
    }
}
