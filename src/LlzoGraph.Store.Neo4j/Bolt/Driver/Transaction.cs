using LlzoGraph.Store.Neo4j.Bolt.Connection;

namespace LlzoGraph.Store.Neo4j.Bolt.Driver;

/// <summary>An open explicit transaction: queries run in it until the driver commits or rolls it back.</summary>
public sealed class Transaction
{
    private readonly BoltConnection connection;
    private readonly int fetchSize;

    internal Transaction(BoltConnection connection, int fetchSize)
    {
        this.connection = connection;
        this.fetchSize = fetchSize;
    }

    /// <summary>The server's agent string, e.g. "Neo4j/3.1.1".</summary>
    public string? ServerAgent => connection.ServerAgent;

    /// <summary>True once a query in it failed (the transaction can then only be rolled back).</summary>
    internal bool Failed { get; private set; }

    public async Task<QueryResult> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        try
        {
            return await QueryResult.ExecuteAsync(connection, connection.Protocol.Run(query, parameters ?? Empty, autoCommit: null), fetchSize, cancellationToken);
        }
        catch
        {
            Failed = true;
            throw;
        }
    }

    private static readonly Dictionary<string, object?> Empty = [];
}
