using System.Security.Cryptography;
using System.Text;

namespace LlzoGraph.Tests;

/// <summary>
/// A lock file per live Neo4j server (by its URI), taken exclusively by tests that clear its one database: test
/// assemblies run in parallel, and Neo4j 3.x has a single database they would otherwise clear under each other.
/// </summary>
internal static class Neo4jServerLock
{
    public static FileStream Acquire(string uri, TimeSpan timeout)
    {
        var name = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(uri)))[..16];
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
