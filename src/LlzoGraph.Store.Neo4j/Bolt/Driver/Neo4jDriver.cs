using LlzoGraph.Store.Neo4j.Bolt.Connection;
using LlzoGraph.Store.Neo4j.Bolt.Protocol;
using LlzoGraph.Store.Neo4j.Bolt.Routing;

namespace LlzoGraph.Store.Neo4j.Bolt.Driver;

/// <summary>What the server said about itself when a connection opened.</summary>
public sealed record ServerInfo(string Address, string? Agent, BoltVersion Protocol)
{
    /// <summary>The product version from the agent ("Neo4j/3.1.1" → 3.1.1), or null.</summary>
    public Version? ProductVersion =>
        Agent?.Split('/') is [_, var v, ..] && Version.TryParse(v.Split('-')[0], out var version) ? version : null;
}

/// <summary>
/// The entry point of our Bolt client: a pool of connections to one server (bolt://) or to a cluster through
/// routing tables (neo4j://), managed transactions that retry retriable failures, auto-commit queries, and the
/// bookmarks that chain this driver's writes to its later reads.
/// </summary>
public sealed class Neo4jDriver : IAsyncDisposable
{
    private readonly IConnectionProvider provider;
    private readonly RetryPolicy retry;
    private readonly Lock bookmarkGate = new();
    private IReadOnlyList<string> bookmarks = [];

    private Neo4jDriver(Neo4jSettings settings, IConnectionProvider provider, TimeProvider time)
    {
        Settings = settings;
        this.provider = provider;
        retry = new RetryPolicy(settings.MaxRetryTime, settings.InitialRetryDelay, time);
    }

    public Neo4jSettings Settings { get; }

    /// <summary>The bookmarks of this driver's last committed write.</summary>
    public IReadOnlyList<string> Bookmarks { get { lock (bookmarkGate) { return bookmarks; } } }

    internal IConnectionProvider Provider => provider;

    public static Neo4jDriver Create(Neo4jSettings settings) => Create(settings, TimeProvider.System);

    internal static Neo4jDriver Create(Neo4jSettings settings, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var pool = new ConnectionPool(settings.ToConnectionSettings(), settings.MaxConnectionsPerAddress, time);
        IConnectionProvider provider = settings.Routing
            ? new RoutingConnectionProvider(settings.Address, pool, settings.RoutingContext, time)
            : new DirectConnectionProvider(settings.Address, pool);
        return new Neo4jDriver(settings, provider, time);
    }

    /// <summary>Opens (or reuses) a connection and reports the server; throws what opening it throws (a wrong password, say).</summary>
    public async Task<ServerInfo> VerifyConnectivityAsync(CancellationToken cancellationToken = default)
    {
        var connection = await provider.AcquireAsync(AccessMode.Write, Settings.Database, Bookmarks, cancellationToken);
        try
        {
            return new ServerInfo(connection.Address.ToString(), connection.ServerAgent, connection.Protocol.Version);
        }
        finally
        {
            await provider.ReleaseAsync(connection);
        }
    }

    public Task<T> ExecuteWriteAsync<T>(Func<Transaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken = default) =>
        ExecuteAsync(AccessMode.Write, work, cancellationToken);

    public Task<T> ExecuteReadAsync<T>(Func<Transaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken = default) =>
        ExecuteAsync(AccessMode.Read, work, cancellationToken);

    /// <summary>
    /// A managed transaction: BEGIN, <paramref name="work"/>, COMMIT on one connection; on a retriable failure
    /// (transient server error, lost connection, leader change) the whole unit runs again on a fresh connection.
    /// <paramref name="work"/> must therefore be safe to repeat.
    /// </summary>
    public Task<T> ExecuteAsync<T>(AccessMode mode, Func<Transaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken = default) =>
        WithConnectionAsync(mode, async connection =>
        {
            var protocol = connection.Protocol;
            var config = new TransactionConfig(Bookmarks, CheckDatabase(connection), mode);
            await connection.ExchangeAsync(protocol.Begin(config), cancellationToken);
            var transaction = new Transaction(connection, Settings.FetchSize);
            T result;
            try
            {
                result = await work(transaction, cancellationToken);
            }
            catch
            {
                await RollbackQuietlyAsync(connection, transaction);
                throw;
            }

            var replies = await connection.ExchangeAsync(protocol.Commit(), cancellationToken);
            RememberBookmark(replies.Select(r => r.Metadata));
            return result;
        }, cancellationToken);

    /// <summary>One auto-commit query (schema statements, for instance), retried like a managed transaction.</summary>
    public Task<QueryResult> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null, AccessMode mode = AccessMode.Write, CancellationToken cancellationToken = default) =>
        WithConnectionAsync(mode, async connection =>
        {
            var config = new TransactionConfig(Bookmarks, CheckDatabase(connection), mode);
            var run = connection.Protocol.Run(query, parameters ?? new Dictionary<string, object?>(), config);
            var result = await QueryResult.ExecuteAsync(connection, run, Settings.FetchSize, cancellationToken);
            RememberBookmark([result.Summary]);
            return result;
        }, cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> on a pooled connection, retried as a whole on a retriable failure; a failure is
    /// reported to the connection provider (routing forgets a server that failed) and the connection always returned.
    /// </summary>
    private Task<T> WithConnectionAsync<T>(AccessMode mode, Func<BoltConnection, Task<T>> work, CancellationToken cancellationToken) =>
        retry.RunAsync(async _ =>
        {
            var connection = await provider.AcquireAsync(mode, Settings.Database, Bookmarks, cancellationToken);
            try
            {
                return await work(connection);
            }
            catch (Neo4jException e)
            {
                await provider.OnFailureAsync(connection.Address, e);
                throw;
            }
            finally
            {
                await provider.ReleaseAsync(connection);
            }
        }, cancellationToken);

    public ValueTask DisposeAsync() => provider.DisposeAsync();

    private string? CheckDatabase(BoltConnection connection)
    {
        var database = Settings.Database;
        if (database is not null && !connection.Protocol.SupportsDatabases && database != "neo4j")
        {
            throw new Neo4jException(
                $"the server at {connection.Address} ({connection.ServerAgent}, Bolt {connection.Protocol.Version}) has a single database; " +
                $"database '{database}' cannot be chosen (leave the URI's path empty)");
        }

        return connection.Protocol.SupportsDatabases ? database : null;
    }

    private static async Task RollbackQuietlyAsync(BoltConnection connection, Transaction transaction)
    {
        // After a server FAILURE, RESET (Bolt 4+) has already ended the transaction; ACK_FAILURE (Bolt 1) has not.
        if (!connection.IsUsable || (transaction.Failed && connection.Protocol.Version.Major >= 4))
        {
            return;
        }

        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await connection.ExchangeAsync(connection.Protocol.Rollback(), timeout.Token);
        }
        catch (Exception)
        {
            // the connection is broken then, and the server rolls back when it notices
        }
    }

    private void RememberBookmark(IEnumerable<IReadOnlyDictionary<string, object?>> metadata)
    {
        foreach (var m in metadata)
        {
            if (m.TryGetValue("bookmark", out var b) && b is string bookmark && bookmark.Length > 0)
            {
                lock (bookmarkGate)
                {
                    bookmarks = [bookmark];
                }
            }
        }
    }
}
