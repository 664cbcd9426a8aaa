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
/// in parallel and each clears the one database Neo4j 3.x has. The same lock is taken by
/// <c>tests/LlzoGraph.Cli.Tests/Migrate/LiveServerLock.cs</c>.
/// </summary>
public sealed class LiveServerLock : IDisposable
{
    private readonly FileStream? file;

    public LiveServerLock()
    {
        if (LiveNeo4j.Available)
        {
            file = Acquire(LiveNeo4j.Uri, TimeSpan.FromMinutes(10));
        }
    }

    public static FileStream Acquire(string uri, TimeSpan timeout)
    {
        var name = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(uri)))[..16];
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"llzograph-neo4j-{name}.lock");
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(200);
            }
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
