using LlzoGraph.Store.Neo4j.Bolt.Connection;
using LlzoGraph.Store.Neo4j.Bolt.Protocol;

namespace LlzoGraph.Store.Neo4j.Bolt.Routing;

/// <summary>
/// One database's routing table, as ROUTE answers it: routers, readers and writers, valid for <c>ttl</c> seconds.
/// Addresses that fail are forgotten; a table with no server for the wanted role, or past its time, is stale.
/// </summary>
internal sealed class RoutingTable
{
    private readonly object gate = new();
    private List<ServerAddress> routers;
    private List<ServerAddress> readers;
    private List<ServerAddress> writers;

    public RoutingTable(string? database, IEnumerable<ServerAddress> routers, IEnumerable<ServerAddress> readers, IEnumerable<ServerAddress> writers, DateTimeOffset expiresAt)
    {
        Database = database;
        this.routers = routers.Distinct().ToList();
        this.readers = readers.Distinct().ToList();
        this.writers = writers.Distinct().ToList();
        ExpiresAt = expiresAt;
    }

    public string? Database { get; }

    public DateTimeOffset ExpiresAt { get; }

    public IReadOnlyList<ServerAddress> Routers { get { lock (gate) { return routers.ToList(); } } }

    public IReadOnlyList<ServerAddress> Readers { get { lock (gate) { return readers.ToList(); } } }

    public IReadOnlyList<ServerAddress> Writers { get { lock (gate) { return writers.ToList(); } } }

    /// <summary>Reads the <c>rt</c> map of ROUTE's SUCCESS: {ttl, db, servers: [{addresses, role}]}.</summary>
    public static RoutingTable Parse(IReadOnlyDictionary<string, object?> rt, DateTimeOffset now)
    {
        var ttl = rt.TryGetValue("ttl", out var t) && t is long seconds ? seconds : throw new BoltProtocolException("a routing table has no ttl");
        var database = rt.TryGetValue("db", out var db) ? db as string : null;
        var byRole = new Dictionary<string, List<ServerAddress>>(StringComparer.Ordinal) { ["ROUTE"] = [], ["READ"] = [], ["WRITE"] = [] };
        if (rt.TryGetValue("servers", out var s) && s is List<object?> servers)
        {
            foreach (var server in servers.OfType<Dictionary<string, object?>>())
            {
                var role = server.TryGetValue("role", out var r) ? r as string : null;
                if (role is null || !byRole.TryGetValue(role, out var list) || !server.TryGetValue("addresses", out var a) || a is not List<object?> addresses)
                {
                    continue;
                }

                list.AddRange(addresses.OfType<string>().Select(ServerAddress.Parse));
            }
        }

        var expires = ttl >= (long)(DateTimeOffset.MaxValue - now).TotalSeconds ? DateTimeOffset.MaxValue : now.AddSeconds(ttl);
        return new RoutingTable(database, byRole["ROUTE"], byRole["READ"], byRole["WRITE"], expires);
    }

    public bool IsFresh(AccessMode mode, DateTimeOffset now)
    {
        lock (gate)
        {
            return now < ExpiresAt && routers.Count > 0 && (mode == AccessMode.Write ? writers.Count > 0 : readers.Count > 0);
        }
    }

    public IReadOnlyList<ServerAddress> For(AccessMode mode) => mode == AccessMode.Write ? Writers : Readers;

    /// <summary>A server that could not be reached: dropped from every role.</summary>
    public void Forget(ServerAddress address)
    {
        lock (gate)
        {
            routers = routers.Where(a => a != address).ToList();
            readers = readers.Where(a => a != address).ToList();
            writers = writers.Where(a => a != address).ToList();
        }
    }

    /// <summary>A server that said it is no longer the leader: dropped as a writer only.</summary>
    public void ForgetWriter(ServerAddress address)
    {
        lock (gate)
        {
            writers = writers.Where(a => a != address).ToList();
        }
    }
}
