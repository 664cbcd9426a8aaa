using LlzoGraph.Store.Neo4j.Bolt.Messages;
using LlzoGraph.Store.Neo4j.Bolt.PackStream;

namespace LlzoGraph.Store.Neo4j.Bolt.Protocol;

/// <summary>What a transaction (or an auto-commit query) carries: bookmarks to wait for, the database, the access mode.</summary>
internal sealed record TransactionConfig(IReadOnlyList<string> Bookmarks, string? Database, AccessMode Mode)
{
    public static readonly TransactionConfig Default = new([], null, AccessMode.Write);
}

public enum AccessMode
{
    Write,
    Read,
}

/// <summary>
/// The message set of one protocol version: which messages stand for authenticating, running, pulling,
/// beginning and ending transactions and recovering from a failure. One subclass per family of versions.
/// </summary>
internal abstract class BoltProtocol(BoltVersion version)
{
    public BoltVersion Version { get; } = version;

    public abstract StructureFormat Format { get; }

    /// <summary>Whether the server can be asked for a routing table with ROUTE.</summary>
    public abstract bool SupportsRoute { get; }

    /// <summary>Whether PULL takes a batch size and answers has_more (Bolt 4+).</summary>
    public abstract bool SupportsPaging { get; }

    public abstract bool SupportsDatabases { get; }

    public static BoltProtocol For(BoltVersion version) => version switch
    {
        { Major: 1 } => new BoltV1(),
        { Major: 4, Minor: 4 } => new BoltV4(version),
        { Major: 5 } => new BoltV5(version),
        _ => throw new BoltProtocolException($"Bolt {version} is not supported by this client"),
    };

    /// <summary>The messages that authenticate a new connection (each answered by one SUCCESS).</summary>
    public abstract IReadOnlyList<IRequestMessage> Authenticate(string userAgent, IReadOnlyDictionary<string, object?> auth, IReadOnlyDictionary<string, object?>? routing);

    public abstract IRequestMessage Run(string query, IReadOnlyDictionary<string, object?> parameters, TransactionConfig? autoCommit);

    /// <summary>Pulls up to <paramref name="n"/> records (-1: all) of the query <paramref name="qid"/> (-1: the last).</summary>
    public abstract IRequestMessage Pull(long n, long qid);

    public abstract IRequestMessage Discard(long n, long qid);

    public abstract IReadOnlyList<IRequestMessage> Begin(TransactionConfig config);

    public abstract IReadOnlyList<IRequestMessage> Commit();

    public abstract IReadOnlyList<IRequestMessage> Rollback();

    /// <summary>What clears a FAILURE so the connection takes work again.</summary>
    public abstract IRequestMessage AfterFailure { get; }

    public virtual IRequestMessage? Goodbye => EmptyMessage.Goodbye;

    public virtual IRequestMessage Route(IReadOnlyDictionary<string, object?> routing, IReadOnlyList<string> bookmarks, string? database) =>
        throw new NotSupportedException($"Bolt {Version} has no ROUTE message");

    protected static Dictionary<string, object?> TransactionExtra(TransactionConfig config, bool withDatabase)
    {
        var extra = new Dictionary<string, object?>();
        if (config.Bookmarks.Count > 0)
        {
            extra["bookmarks"] = config.Bookmarks.ToList();
        }

        if (config.Mode == AccessMode.Read)
        {
            extra["mode"] = "r";
        }

        if (withDatabase && config.Database is not null)
        {
            extra["db"] = config.Database;
        }

        return extra;
    }
}

/// <summary>
/// Bolt 1 (Neo4j 3.0–3.3): INIT, RUN (no extra map), PULL_ALL, DISCARD_ALL, ACK_FAILURE, RESET. Explicit
/// transactions are the Cypher statements BEGIN, COMMIT and ROLLBACK; there is no GOODBYE and no database choice.
/// </summary>
internal sealed class BoltV1() : BoltProtocol(BoltVersion.V1)
{
    private static readonly Dictionary<string, object?> NoParameters = [];

    public override StructureFormat Format => StructureFormat.Legacy;

    public override bool SupportsRoute => false;

    public override bool SupportsPaging => false;

    public override bool SupportsDatabases => false;

    public override IRequestMessage AfterFailure => EmptyMessage.AckFailure;

    public override IRequestMessage? Goodbye => null;

    public override IReadOnlyList<IRequestMessage> Authenticate(string userAgent, IReadOnlyDictionary<string, object?> auth, IReadOnlyDictionary<string, object?>? routing) =>
        [new InitMessage(userAgent, auth)];

    public override IRequestMessage Run(string query, IReadOnlyDictionary<string, object?> parameters, TransactionConfig? autoCommit) =>
        new RunMessage(query, parameters, Extra: null);

    public override IRequestMessage Pull(long n, long qid) => EmptyMessage.PullAll;

    public override IRequestMessage Discard(long n, long qid) => EmptyMessage.DiscardAll;

    public override IReadOnlyList<IRequestMessage> Begin(TransactionConfig config)
    {
        var parameters = config.Bookmarks.Count > 0
            ? new Dictionary<string, object?> { ["bookmark"] = config.Bookmarks[^1], ["bookmarks"] = config.Bookmarks.ToList() }
            : NoParameters;
        return [new RunMessage("BEGIN", parameters, null), EmptyMessage.DiscardAll];
    }

    public override IReadOnlyList<IRequestMessage> Commit() => [new RunMessage("COMMIT", NoParameters, null), EmptyMessage.DiscardAll];

    public override IReadOnlyList<IRequestMessage> Rollback() => [new RunMessage("ROLLBACK", NoParameters, null), EmptyMessage.DiscardAll];
}

/// <summary>Bolt 4.4 (Neo4j 4.4): HELLO with auth, RUN/BEGIN with extra, PULL/DISCARD with n and qid, ROUTE, RESET.</summary>
internal class BoltV4(BoltVersion version) : BoltProtocol(version)
{
    public override StructureFormat Format => StructureFormat.Legacy;

    public override bool SupportsRoute => true;

    public override bool SupportsPaging => true;

    public override bool SupportsDatabases => true;

    public override IRequestMessage AfterFailure => EmptyMessage.Reset;

    public override IReadOnlyList<IRequestMessage> Authenticate(string userAgent, IReadOnlyDictionary<string, object?> auth, IReadOnlyDictionary<string, object?>? routing)
    {
        var extra = new Dictionary<string, object?> { ["user_agent"] = userAgent };
        foreach (var (key, value) in auth)
        {
            extra[key] = value;
        }

        if (routing is not null)
        {
            extra["routing"] = routing;
        }

        return [MapMessage.Hello(extra)];
    }

    public override IRequestMessage Run(string query, IReadOnlyDictionary<string, object?> parameters, TransactionConfig? autoCommit) =>
        new RunMessage(query, parameters, autoCommit is null ? new Dictionary<string, object?>() : TransactionExtra(autoCommit, withDatabase: true));

    public override IRequestMessage Pull(long n, long qid) => MapMessage.Pull(n, qid);

    public override IRequestMessage Discard(long n, long qid) => MapMessage.Discard(n, qid);

    public override IReadOnlyList<IRequestMessage> Begin(TransactionConfig config) => [MapMessage.Begin(TransactionExtra(config, withDatabase: true))];

    public override IReadOnlyList<IRequestMessage> Commit() => [EmptyMessage.Commit];

    public override IReadOnlyList<IRequestMessage> Rollback() => [EmptyMessage.Rollback];

    public override IRequestMessage Route(IReadOnlyDictionary<string, object?> routing, IReadOnlyList<string> bookmarks, string? database) =>
        new RouteMessage(routing, bookmarks, database);
}

/// <summary>
/// Bolt 5.x: element ids and UTC date-times; from 5.1 credentials travel in LOGON after HELLO; from 5.3 HELLO
/// carries a bolt_agent map.
/// </summary>
internal sealed class BoltV5(BoltVersion version) : BoltV4(version)
{
    public override StructureFormat Format => StructureFormat.Bolt5;

    public override IReadOnlyList<IRequestMessage> Authenticate(string userAgent, IReadOnlyDictionary<string, object?> auth, IReadOnlyDictionary<string, object?>? routing)
    {
        if (Version < BoltVersion.V51)
        {
            return base.Authenticate(userAgent, auth, routing);
        }

        var extra = new Dictionary<string, object?> { ["user_agent"] = userAgent };
        if (routing is not null)
        {
            extra["routing"] = routing;
        }

        if (Version >= BoltVersion.V53)
        {
            extra["bolt_agent"] = new Dictionary<string, object?>
            {
                ["product"] = userAgent,
                ["platform"] = System.Runtime.InteropServices.RuntimeInformation.OSDescription,
                ["language"] = "C#/" + Environment.Version,
            };
        }

        return [MapMessage.Hello(extra), MapMessage.Logon(auth)];
    }
}
