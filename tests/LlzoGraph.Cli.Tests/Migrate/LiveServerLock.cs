using System.Security.Cryptography;
using System.Text;

namespace LlzoGraph.Cli.Tests.Migrate;

/// <summary>
/// The live Neo4j test server (NEO4J_URI, from <c>tests/neo4j/neo4j-server.sh start</c>): tests that need it skip with
/// the reason while it is unset, and hold a lock file per server while they use it, the same lock the Neo4j store's
/// live tests hold (<c>tests/LlzoGraph.Store.Neo4j.Tests/Live/LiveNeo4j.cs</c>): test assemblies run in parallel and
/// each clears the one database Neo4j 3.x has.
/// </summary>
internal static class LiveServer
{
    public static bool Available => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NEO4J_URI"));

    public static string Uri => Environment.GetEnvironmentVariable("NEO4J_URI") ?? throw new InvalidOperationException("NEO4J_URI is not set");

    public static FileStream Lock(TimeSpan timeout)
    {
        var name = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Uri)))[..16];
        var path = Path.Combine(Path.GetTempPath(), $"llzograph-neo4j-{name}.lock");
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
