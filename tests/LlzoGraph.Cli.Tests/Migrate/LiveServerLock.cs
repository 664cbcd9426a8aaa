namespace LlzoGraph.Cli.Tests.Migrate;

/// <summary>
/// The live Neo4j test server (NEO4J_URI, from <c>tests/neo4j/neo4j-server.sh start</c>): tests that need it skip with
/// the reason while it is unset, and hold the server's lock (<see cref="Neo4jServerLock"/>, the one the Neo4j store's
/// live tests hold) while they use it.
/// </summary>
internal static class LiveServer
{
    public static bool Available => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NEO4J_URI"));

    public static string Uri => Environment.GetEnvironmentVariable("NEO4J_URI") ?? throw new InvalidOperationException("NEO4J_URI is not set");

    public static FileStream Lock(TimeSpan timeout) => Neo4jServerLock.Acquire(Uri, timeout);
}

/// <summary>A [Fact] that needs the live Neo4j: skipped, with the reason, while NEO4J_URI is unset.</summary>
public sealed class LiveNeo4jFactAttribute : FactAttribute
{
    public LiveNeo4jFactAttribute()
    {
        if (!LiveServer.Available)
        {
            Skip = "NEO4J_URI is not set: start a server with `tests/neo4j/neo4j-server.sh start` and export what it prints (see docs/neo4j.md)";
        }
    }
}
