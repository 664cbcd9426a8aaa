using System.Collections.Concurrent;
using LlzoGraph.Store.Neo4j.Bolt.Connection;
using LlzoGraph.Store.Neo4j.Bolt.Protocol;

namespace LlzoGraph.Store.Neo4j.Bolt.Routing;

/// <summary>Hands out a connection fit for a database and access mode, and learns from failures.</summary>
internal interface IConnectionProvider : IAsyncDisposable
{
    Task<BoltConnection> AcquireAsync(AccessMode mode, string? database, IReadOnlyList<string> bookmarks, CancellationToken cancellationToken);

    ValueTask ReleaseAsync(BoltConnection connection);

    /// <summary>Called with the failure of work on <paramref name="address"/>, before the work is retried.</summary>
    ValueTask OnFailureAsync(ServerAddress address, Exception failure);
}

/// <summary>bolt://: every connection goes to the one server.</summary>
internal sealed class DirectConnectionProvider(ServerAddress address, ConnectionPool pool) : IConnectionProvider
{
    public Task<BoltConnection> AcquireAsync(AccessMode mode, string? database, IReadOnlyList<string> bookmarks, CancellationToken cancellationToken) =>
        pool.AcquireAsync(address, routing: null, cancellationToken);

    public ValueTask ReleaseAsync(BoltConnection connection) => pool.ReleaseAsync(connection);

    public async ValueTask OnFailureAsync(ServerAddress failed, Exception failure)
    {
        if (failure is ServiceUnavailableException)
        {
            await pool.PurgeAsync(failed);
        }
    }

    public ValueTask DisposeAsync() => pool.DisposeAsync();
}

/// <summary>
/// neo4j://: keeps a routing table per database, fetched with ROUTE from the known routers (the seed address
/// last), refreshed when it expires or runs out of servers for a role; readers and writers are taken in turn.
/// A server that speaks no ROUTE (Bolt 1–4.3, a single instance) is used directly for everything.
/// </summary>
internal sealed class RoutingConnectionProvider(
    ServerAddress seed, ConnectionPool pool, IReadOnlyDictionary<string, string> context, TimeProvider time) : IConnectionProvider
{
    private readonly ConcurrentDictionary<string, RoutingTable> tables = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim refreshGate = new(1, 1);
    private readonly Dictionary<string, object?> routingContext = BuildContext(seed, context);
    private int turn;
    private bool direct;

    /// <summary>How many routing tables were fetched (tests read it).</summary>
    public int Refreshes { get; private set; }

    public async Task<BoltConnection> AcquireAsync(AccessMode mode, string? database, IReadOnlyList<string> bookmarks, CancellationToken cancellationToken)
    {
        if (direct)
        {
            return await pool.AcquireAsync(seed, routingContext, cancellationToken);
        }

        var table = await TableAsync(mode, database, bookmarks, cancellationToken);
        if (direct)
        {
            return await pool.AcquireAsync(seed, routingContext, cancellationToken);
        }

        var candidates = table.For(mode);
        var start = Interlocked.Increment(ref turn);
        for (var i = 0; i < candidates.Count; i++)
        {
            var address = candidates[(int)((uint)(start + i) % (uint)candidates.Count)];
            try
            {
                return await pool.AcquireAsync(address, routingContext, cancellationToken);
            }
            catch (ServiceUnavailableException)
            {
                table.Forget(address);
                await pool.PurgeAsync(address);
            }
        }

        throw new ServiceUnavailableException(
            $"no {(mode == AccessMode.Write ? "writer" : "reader")} of database '{database ?? "(default)"}' could be reached");
    }

    public ValueTask ReleaseAsync(BoltConnection connection) => pool.ReleaseAsync(connection);

    public async ValueTask OnFailureAsync(ServerAddress address, Exception failure)
    {
        switch (failure)
        {
            case LeaderChangedException:
                foreach (var table in tables.Values)
                {
                    table.ForgetWriter(address);
                }

                break;
            case ServiceUnavailableException:
                foreach (var table in tables.Values)
                {
                    table.Forget(address);
                }

                await pool.PurgeAsync(address);
                break;
        }
    }

    public ValueTask DisposeAsync() => pool.DisposeAsync();

    internal RoutingTable? TableOf(string? database) => tables.TryGetValue(database ?? string.Empty, out var table) ? table : null;

    private async Task<RoutingTable> TableAsync(AccessMode mode, string? database, IReadOnlyList<string> bookmarks, CancellationToken cancellationToken)
    {
        var key = database ?? string.Empty;
        if (tables.TryGetValue(key, out var table) && table.IsFresh(mode, time.GetUtcNow()))
        {
            return table;
        }

        await refreshGate.WaitAsync(cancellationToken);
        try
        {
            if (tables.TryGetValue(key, out table) && table.IsFresh(mode, time.GetUtcNow()))
            {
                return table;
            }

            var routers = (table?.Routers ?? []).Where(r => r != seed).Append(seed).ToList();
            var failures = new List<string>();
            foreach (var router in routers)
            {
                try
                {
                    var fetched = await FetchAsync(router, database, bookmarks, cancellationToken);
                    if (fetched is null)
                    {
                        direct = true;
                        return new RoutingTable(database, [seed], [seed], [seed], DateTimeOffset.MaxValue);
                    }

                    tables[key] = fetched;
                    Refreshes++;
                    return fetched;
                }
                catch (ServiceUnavailableException e)
                {
                    failures.Add($"{router}: {e.Message}");
                    await pool.PurgeAsync(router);
                }
            }

            throw new ServiceUnavailableException($"no router gave a routing table ({string.Join("; ", failures)})");
        }
        finally
        {
            refreshGate.Release();
        }
    }

    /// <summary>Asks <paramref name="router"/> for the table; null when the server speaks no ROUTE.</summary>
    private async Task<RoutingTable?> FetchAsync(ServerAddress router, string? database, IReadOnlyList<string> bookmarks, CancellationToken cancellationToken)
    {
        var connection = await pool.AcquireAsync(router, routingContext, cancellationToken);
        try
        {
            if (!connection.Protocol.SupportsRoute)
            {
                return null;
            }

            var replies = await connection.ExchangeAsync([connection.Protocol.Route(routingContext, bookmarks, database)], cancellationToken);
            var rt = replies[0].Metadata.TryGetValue("rt", out var value) && value is IReadOnlyDictionary<string, object?> map
                ? map
                : throw new BoltProtocolException("ROUTE answered without a routing table");
            return RoutingTable.Parse(rt, time.GetUtcNow());
        }
        finally
        {
            await pool.ReleaseAsync(connection);
        }
    }

    private static Dictionary<string, object?> BuildContext(ServerAddress seed, IReadOnlyDictionary<string, string> context)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal) { ["address"] = seed.ToString() };
        foreach (var (key, value) in context)
        {
            map[key] = value;
        }

        return map;
    }
}
