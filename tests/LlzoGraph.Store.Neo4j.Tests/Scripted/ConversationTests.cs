using LlzoGraph.Store.Neo4j.Bolt;
using LlzoGraph.Store.Neo4j.Bolt.Connection;
using LlzoGraph.Store.Neo4j.Bolt.Driver;
using LlzoGraph.Store.Neo4j.Bolt.Protocol;
using LlzoGraph.Store.Neo4j.Bolt.Routing;

namespace LlzoGraph.Store.Neo4j.Tests.Scripted;

/// <summary>Bolt 4.4 and 5.x conversations replayed by <see cref="ScriptedBoltServer"/>: what our client sends and how it reacts.</summary>
public sealed class ConversationTests
{
    private const string Hello54 = """
        !: BOLT 5.4
        C: HELLO {"user_agent": "LlzoGraph/1.0", "bolt_agent": {"product": "LlzoGraph/1.0", "*": "*"}}
        S: SUCCESS {"server": "Neo4j/5.20.0", "connection_id": "bolt-7"}
        C: LOGON {"scheme": "basic", "principal": "neo4j", "credentials": "secret"}
        S: SUCCESS {}
        """;

    private static Neo4jSettings Settings(ScriptedBoltServer server, bool routing = false) => new()
    {
        Address = ServerAddress.Parse(server.Address),
        Routing = routing,
        User = "neo4j",
        Password = "secret",
        MaxRetryTime = TimeSpan.Zero,
        InitialRetryDelay = TimeSpan.FromMilliseconds(10),
    };

    [Fact]
    public async Task Bolt5_says_hello_then_logs_on_and_pipelines_run_with_pull_ignoring_noop_chunks()
    {
        await using var server = new ScriptedBoltServer().Then(Hello54 + """

            C: RUN "RETURN $x AS x" {"x": 1} {}
            C: PULL {"n": 1000}
            S: <NOOP>
            S: SUCCESS {"fields": ["x"], "t_first": 1}
            S: <NOOP>
            S: RECORD [1]
            S: <NOOP>
            S: <NOOP>
            S: SUCCESS {"type": "r", "bookmark": "bm:1"}
            C: GOODBYE
            """);

        await using (var driver = Neo4jDriver.Create(Settings(server)))
        {
            var info = await driver.VerifyConnectivityAsync();
            var result = await driver.RunAsync("RETURN $x AS x", new Dictionary<string, object?> { ["x"] = 1 });

            Assert.Equal((BoltVersion.V54, "Neo4j/5.20.0"), (info.Protocol, info.Agent));
            Assert.Equal(["x"], result.Keys);
            Assert.Equal(1L, result.Records.Single()["x"]);
            Assert.Equal(["bm:1"], driver.Bookmarks);
        }

        await server.FinishedAsync();
        Assert.Empty(server.Errors);
    }

    [Fact]
    public async Task Bolt44_sends_the_credentials_in_hello()
    {
        await using var server = new ScriptedBoltServer().Then("""
            !: BOLT 4.4
            C: HELLO {"user_agent": "LlzoGraph/1.0", "scheme": "basic", "principal": "neo4j", "credentials": "secret"}
            S: SUCCESS {"server": "Neo4j/4.4.30", "connection_id": "bolt-1"}
            C: RUN "RETURN 1 AS one" {} {"mode": "r"}
            C: PULL {"n": 1000}
            S: SUCCESS {"fields": ["one"]}
            S: RECORD [1]
            S: SUCCESS {}
            C: GOODBYE
            """);

        await using (var driver = Neo4jDriver.Create(Settings(server)))
        {
            var result = await driver.RunAsync("RETURN 1 AS one", mode: AccessMode.Read);
            Assert.Equal(1L, result.Records.Single()["one"]);
        }

        await server.FinishedAsync();
        Assert.Empty(server.Errors);
    }

    [Fact]
    public async Task A_failure_makes_the_server_ignore_the_rest_until_reset_and_the_connection_is_reused()
    {
        await using var server = new ScriptedBoltServer().Then(Hello54 + """

            C: RUN "RETURN 1 +" {} {}
            C: PULL {"n": 1000}
            S: FAILURE {"code": "Neo.ClientError.Statement.SyntaxError", "message": "Invalid input"}
            S: IGNORED
            C: RESET
            S: SUCCESS {}
            C: RUN "RETURN 1 AS one" {} {}
            C: PULL {"n": 1000}
            S: SUCCESS {"fields": ["one"]}
            S: RECORD [1]
            S: SUCCESS {}
            C: GOODBYE
            """);

        await using (var driver = Neo4jDriver.Create(Settings(server)))
        {
            var error = await Assert.ThrowsAsync<Neo4jException>(() => driver.RunAsync("RETURN 1 +"));
            Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
            Assert.Equal(1L, (await driver.RunAsync("RETURN 1 AS one")).Records.Single()["one"]);
        }

        await server.FinishedAsync();
        Assert.Empty(server.Errors);
        Assert.Equal(1, server.Accepted);
    }

    [Fact]
    public async Task Records_are_pulled_in_batches_while_the_server_has_more()
    {
        await using var server = new ScriptedBoltServer().Then(Hello54 + """

            C: RUN "UNWIND range(1, 5) AS i RETURN i" {} {}
            C: PULL {"n": 2}
            S: SUCCESS {"fields": ["i"]}
            S: RECORD [1]
            S: RECORD [2]
            S: SUCCESS {"has_more": true}
            C: PULL {"n": 2}
            S: RECORD [3]
            S: RECORD [4]
            S: SUCCESS {"has_more": true}
            C: PULL {"n": 2}
            S: RECORD [5]
            S: SUCCESS {"type": "r"}
            C: GOODBYE
            """);

        await using (var driver = Neo4jDriver.Create(Settings(server) with { FetchSize = 2 }))
        {
            var result = await driver.RunAsync("UNWIND range(1, 5) AS i RETURN i");
            Assert.Equal([1L, 2L, 3L, 4L, 5L], result.Records.Select(r => r["i"]));
            Assert.Equal(3, result.Batches);
        }

        await server.FinishedAsync();
        Assert.Empty(server.Errors);
    }

    [Fact]
    public async Task A_managed_transaction_begins_runs_commits_and_chains_its_bookmark_into_the_next()
    {
        await using var server = new ScriptedBoltServer().Then(Hello54 + """

            C: BEGIN {}
            S: SUCCESS {}
            C: RUN "CREATE (n) RETURN 1 AS x" {} {}
            C: PULL {"n": 1000}
            S: SUCCESS {"fields": ["x"], "qid": 0}
            S: RECORD [1]
            S: SUCCESS {}
            C: COMMIT
            S: SUCCESS {"bookmark": "bm:1"}
            C: BEGIN {"bookmarks": ["bm:1"], "mode": "r"}
            S: SUCCESS {}
            C: RUN "MATCH (n) RETURN count(n) AS c" {} {}
            C: PULL {"n": 1000}
            S: SUCCESS {"fields": ["c"], "qid": 0}
            S: RECORD [1]
            S: SUCCESS {}
            C: COMMIT
            S: SUCCESS {"bookmark": "bm:2"}
            C: GOODBYE
            """);

        await using (var driver = Neo4jDriver.Create(Settings(server)))
        {
            await driver.ExecuteWriteAsync((tx, ct) => tx.RunAsync("CREATE (n) RETURN 1 AS x", cancellationToken: ct));
            var count = await driver.ExecuteReadAsync((tx, ct) => tx.RunAsync("MATCH (n) RETURN count(n) AS c", cancellationToken: ct));
            Assert.Equal(1L, count.Records.Single()["c"]);
            Assert.Equal(["bm:2"], driver.Bookmarks);
        }

        await server.FinishedAsync();
        Assert.Empty(server.Errors);
    }

    [Fact]
    public async Task Work_that_throws_in_a_transaction_rolls_it_back()
    {
        await using var server = new ScriptedBoltServer().Then(Hello54 + """

            C: BEGIN {}
            S: SUCCESS {}
            C: ROLLBACK
            S: SUCCESS {}
            C: GOODBYE
            """);

        await using (var driver = Neo4jDriver.Create(Settings(server)))
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() =>
                driver.ExecuteWriteAsync<int>((_, _) => throw new InvalidOperationException("the caller's own failure")));
        }

        await server.FinishedAsync();
        Assert.Empty(server.Errors);
    }

    [Fact]
    public async Task A_server_dropping_the_connection_mid_stream_is_a_retriable_failure_and_a_retry_runs_on_a_new_connection()
    {
        const string Dropping = Hello54 + """

            C: RUN "RETURN 1 AS x" {} {}
            C: PULL {"n": 1000}
            S: SUCCESS {"fields": ["x"]}
            S: RECORD [1]
            S: <EXIT>
            """;
        await using var server = new ScriptedBoltServer().Then(Dropping).Then(Hello54 + """

            C: RUN "RETURN 1 AS x" {} {}
            C: PULL {"n": 1000}
            S: SUCCESS {"fields": ["x"]}
            S: RECORD [1]
            S: SUCCESS {}
            C: GOODBYE
            """);

        await using (var noRetry = Neo4jDriver.Create(Settings(server)))
        {
            var error = await Assert.ThrowsAsync<ServiceUnavailableException>(() => noRetry.RunAsync("RETURN 1 AS x"));
            Assert.True(error.IsRetriable);
        }

        server.Then(Dropping);
        await using (var retrying = Neo4jDriver.Create(Settings(server) with { MaxRetryTime = TimeSpan.FromSeconds(5) }))
        {
            Assert.Equal(1L, (await retrying.RunAsync("RETURN 1 AS x")).Records.Single()["x"]);
        }

        await server.FinishedAsync();
        Assert.Empty(server.Errors);
        Assert.Equal(2, server.Accepted);
    }

    [Fact]
    public async Task A_routing_table_is_fetched_with_route_kept_for_its_ttl_and_fetched_again_when_it_expires()
    {
        await using var router = new ScriptedBoltServer();
        await using var writer = new ScriptedBoltServer();
        var table = $$$"""{"rt": {"ttl": 300, "db": "neo4j", "servers": [{"addresses": ["{{{router.Address}}}"], "role": "ROUTE"}, {"addresses": ["{{{writer.Address}}}"], "role": "WRITE"}, {"addresses": ["{{{writer.Address}}}"], "role": "READ"}]}}""";
        var hello = $$"""
            !: BOLT 5.4
            C: HELLO {"user_agent": "LlzoGraph/1.0", "bolt_agent": "*", "routing": {"address": "{{router.Address}}", "*": "*"}, "*": "*"}
            S: SUCCESS {"server": "Neo4j/5.20.0"}
            C: LOGON {"*": "*"}
            S: SUCCESS {}
            """;
        router.Then(hello + $$"""

            C: ROUTE {"address": "{{router.Address}}"} [] {}
            S: SUCCESS {{table}}
            C: ROUTE {"address": "{{router.Address}}"} [] {}
            S: SUCCESS {{table}}
            C: GOODBYE
            """);
        var query = """

            C: RUN "RETURN 1" {} {}
            C: PULL {"n": 1000}
            S: SUCCESS {"fields": ["1"]}
            S: RECORD [1]
            S: SUCCESS {}
            """;
        writer.Then(hello + query + query + query + "\nC: GOODBYE");
        var time = new ShiftedTime();

        await using (var driver = Neo4jDriver.Create(Settings(router, routing: true), time))
        {
            var provider = (RoutingConnectionProvider)driver.Provider;
            await driver.RunAsync("RETURN 1");
            time.Shift = TimeSpan.FromSeconds(200);
            await driver.RunAsync("RETURN 1");
            Assert.Equal(1, provider.Refreshes);

            time.Shift = TimeSpan.FromSeconds(301);
            await driver.RunAsync("RETURN 1");
            Assert.Equal(2, provider.Refreshes);
            Assert.Equal([ServerAddress.Parse(writer.Address)], provider.TableOf(null)!.Writers);
        }

        await router.FinishedAsync();
        await writer.FinishedAsync();
        Assert.Empty(router.Errors);
        Assert.Empty(writer.Errors);
    }

    [Fact]
    public async Task A_writer_that_lost_its_leadership_is_forgotten_and_the_transaction_retried_on_the_new_leader()
    {
        await using var router = new ScriptedBoltServer();
        await using var oldLeader = new ScriptedBoltServer();
        await using var newLeader = new ScriptedBoltServer();
        string Table(ScriptedBoltServer leader) =>
            $$$"""{"rt": {"ttl": 300, "servers": [{"addresses": ["{{{router.Address}}}"], "role": "ROUTE"}, {"addresses": ["{{{leader.Address}}}"], "role": "WRITE"}, {"addresses": ["{{{router.Address}}}"], "role": "READ"}]}}""";
        var hello = """
            !: BOLT 5.4
            C: HELLO {"*": "*"}
            S: SUCCESS {"server": "Neo4j/5.20.0"}
            C: LOGON {"*": "*"}
            S: SUCCESS {}
            """;
        router.Then(hello + $$"""

            C: ROUTE {"*": "*"} [] {}
            S: SUCCESS {{Table(oldLeader)}}
            C: ROUTE {"*": "*"} [] {}
            S: SUCCESS {{Table(newLeader)}}
            C: GOODBYE
            """);
        oldLeader.Then(hello + """

            C: BEGIN {}
            S: SUCCESS {}
            C: RUN "CREATE (n)" {} {}
            C: PULL {"n": 1000}
            S: FAILURE {"code": "Neo.ClientError.Cluster.NotALeader", "message": "No write operations are allowed on this database."}
            S: IGNORED
            C: RESET
            S: SUCCESS {}
            C: GOODBYE
            """);
        newLeader.Then(hello + """

            C: BEGIN {}
            S: SUCCESS {}
            C: RUN "CREATE (n)" {} {}
            C: PULL {"n": 1000}
            S: SUCCESS {"fields": []}
            S: SUCCESS {}
            C: COMMIT
            S: SUCCESS {"bookmark": "bm:9"}
            C: GOODBYE
            """);

        await using (var driver = Neo4jDriver.Create(Settings(router, routing: true) with { MaxRetryTime = TimeSpan.FromSeconds(5) }))
        {
            await driver.ExecuteWriteAsync((tx, ct) => tx.RunAsync("CREATE (n)", cancellationToken: ct));
            Assert.Equal(["bm:9"], driver.Bookmarks);
        }

        foreach (var server in new[] { router, oldLeader, newLeader })
        {
            await server.FinishedAsync();
            Assert.Empty(server.Errors);
        }
    }

    [Fact]
    public async Task Wrong_credentials_end_the_connection_with_an_authentication_error()
    {
        await using var server = new ScriptedBoltServer().Then("""
            !: BOLT 5.4
            C: HELLO {"*": "*"}
            S: SUCCESS {"server": "Neo4j/5.20.0"}
            C: LOGON {"scheme": "basic", "principal": "neo4j", "credentials": "secret"}
            S: FAILURE {"code": "Neo.ClientError.Security.Unauthorized", "message": "The client is unauthorized due to authentication failure."}
            S: <EXIT>
            """);

        await using var driver = Neo4jDriver.Create(Settings(server));
        var error = await Assert.ThrowsAsync<AuthenticationException>(() => driver.VerifyConnectivityAsync());

        Assert.Contains("unauthorized", error.Message, StringComparison.Ordinal);
        await server.FinishedAsync();
        Assert.Empty(server.Errors);
    }

    [Fact]
    public async Task A_server_offering_no_common_version_is_refused_clearly()
    {
        await using var server = new ScriptedBoltServer().Then("!: BOLT 0.0");
        await using var driver = Neo4jDriver.Create(Settings(server));

        var error = await Assert.ThrowsAsync<BoltProtocolException>(() => driver.VerifyConnectivityAsync());

        Assert.Contains("none of the Bolt versions", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Wall-clock time moved forward by <see cref="Shift"/>; timers and delays stay real.</summary>
    private sealed class ShiftedTime : TimeProvider
    {
        public TimeSpan Shift { get; set; }

        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Shift;
    }
}
