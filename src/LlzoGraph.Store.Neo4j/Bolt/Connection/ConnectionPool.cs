using System.Collections.Concurrent;

namespace LlzoGraph.Store.Neo4j.Bolt.Connection;

/// <summary>
/// Open connections per server: at most <c>maxPerAddress</c> at once (callers beyond wait), idle ones reused in
/// last-in-first-out order, broken ones dropped when handed back.
/// </summary>
internal sealed class ConnectionPool(ConnectionSettings settings, int maxPerAddress, TimeProvider time) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<ServerAddress, Slot> slots = new();
    private int disposed;

    public ConnectionSettings Settings { get; } = settings;

    /// <summary>How many connections the pool has opened, over its life (tests read it).</summary>
    public int Opened => Volatile.Read(ref opened);

    private int opened;

    public async Task<BoltConnection> AcquireAsync(ServerAddress address, IReadOnlyDictionary<string, object?>? routing, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);
        var slot = slots.GetOrAdd(address, _ => new Slot(maxPerAddress));
        await slot.Permits.WaitAsync(cancellationToken);
        try
        {
            while (slot.Idle.TryPop(out var idle))
            {
                if (idle.IsUsable)
                {
                    return idle;
                }

                await idle.DisposeAsync();
            }

            var connection = await BoltConnection.OpenAsync(address, Settings, routing, cancellationToken);
            Interlocked.Increment(ref opened);
            return connection;
        }
        catch
        {
            slot.Permits.Release();
            throw;
        }
    }

    public async ValueTask ReleaseAsync(BoltConnection connection)
    {
        var slot = slots.GetOrAdd(connection.Address, _ => new Slot(maxPerAddress));
        if (connection.IsUsable && Volatile.Read(ref disposed) == 0)
        {
            connection.IdleSince = time.GetUtcNow();
            slot.Idle.Push(connection);
        }
        else
        {
            await connection.DisposeAsync();
        }

        slot.Permits.Release();
    }

    /// <summary>Closes the idle connections to <paramref name="address"/> (after it failed).</summary>
    public async ValueTask PurgeAsync(ServerAddress address)
    {
        if (slots.TryGetValue(address, out var slot))
        {
            while (slot.Idle.TryPop(out var idle))
            {
                await idle.DisposeAsync();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }

        foreach (var address in slots.Keys)
        {
            await PurgeAsync(address);
        }
    }

    private sealed class Slot(int max)
    {
        public ConcurrentStack<BoltConnection> Idle { get; } = new();

        public SemaphoreSlim Permits { get; } = new(max, max);
    }
}
