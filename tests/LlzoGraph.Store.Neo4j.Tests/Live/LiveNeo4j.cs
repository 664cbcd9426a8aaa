using LlzoGraph.Store.Neo4j.Bolt.Driver;

namespace LlzoGraph.Store.Neo4j.Tests.Live;

/// <summary>
/// The live server the tests run against: NEO4J_URI (with NEO4J_USER and NEO4J_PASSWORD), as printed by
/// <c>tests/neo4j/neo4j-server.sh start</c>. Tests that need it skip, with this reason, when it is unset.
/// </summary>
public static class LiveNeo4j
{
    public const string Collection = "live Neo4j";

    public const string HowToStart = "start a server with `tests/neo4j/neo4j-server.sh start` and export what it prints (see docs/neo4j.md)";

    public static bool Available => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NEO4J_URI"));

    public static string Uri => Environment.GetEnvironmentVariable("NEO4J_URI") ?? throw new InvalidOperationException("NEO4J_URI is not set");

    public static Neo4jSettings Settings() => Neo4jSettings.Parse(Uri) with
    {
        User = Environment.GetEnvironmentVariable("NEO4J_USER") ?? "neo4j",
        Password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD") ?? string.Empty,
        MaxRetryTime = TimeSpan.FromSeconds(5),
        InitialRetryDelay = TimeSpan.FromMilliseconds(100),
    };
}

/// <summary>
/// The live tests share one database, so they run one at a time; the collection holds <see cref="LiveServerLock"/>
/// so that other test assemblies using the same server (the CLI's migrate tests) wait for it.
/// </summary>
[CollectionDefinition(LiveNeo4j.Collection, DisableParallelization = true)]
public sealed class LiveNeo4jCollection : ICollectionFixture<LiveServerLock>;

/// <summary>
/// A lock file per server (NEO4J_URI), taken exclusively while this assembly's live tests run: test assemblies run
/// in parallel and each clears the one database Neo4j 3.x has (<see cref="Neo4jServerLock"/>, shared with the CLI's
/// migrate tests).
/// </summary>
public sealed class LiveServerLock : IDisposable
{
    private readonly FileStream? file;

    public LiveServerLock()
    {
        if (LiveNeo4j.Available)
        {
            file = Neo4jServerLock.Acquire(LiveNeo4j.Uri, TimeSpan.FromMinutes(10));
        }
    }

    public void Dispose() => file?.Dispose();
}

/// <summary>A [Fact] that needs the live server: skipped, with the reason, while NEO4J_URI is unset.</summary>
public sealed class LiveNeo4jFactAttribute : FactAttribute
{
    public LiveNeo4jFactAttribute()
    {
        if (!LiveNeo4j.Available)
        {
            Skip = "NEO4J_URI is not set: " + LiveNeo4j.HowToStart;
        }
    }
}
