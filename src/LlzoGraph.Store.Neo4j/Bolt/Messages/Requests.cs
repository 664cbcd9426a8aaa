using LlzoGraph.Store.Neo4j.Bolt.PackStream;

namespace LlzoGraph.Store.Neo4j.Bolt.Messages;

/// <summary>A message the client sends: one PackStream structure (https://neo4j.com/docs/bolt/current/bolt/message/).</summary>
internal interface IRequestMessage
{
    string Name { get; }

    void Write(PackStreamWriter writer);
}

internal static class RequestSignature
{
    public const byte Hello = 0x01; // INIT in Bolt 1–2
    public const byte Goodbye = 0x02;
    public const byte AckFailure = 0x0E;
    public const byte Reset = 0x0F;
    public const byte Run = 0x10;
    public const byte Begin = 0x11;
    public const byte Commit = 0x12;
    public const byte Rollback = 0x13;
    public const byte Discard = 0x2F; // DISCARD_ALL in Bolt 1–3
    public const byte Pull = 0x3F; // PULL_ALL in Bolt 1–3
    public const byte Route = 0x66;
    public const byte Logon = 0x6A;
    public const byte Logoff = 0x6B;
}

/// <summary>A message with no fields.</summary>
internal sealed record EmptyMessage(string Name, byte Signature) : IRequestMessage
{
    public static readonly EmptyMessage Goodbye = new("GOODBYE", RequestSignature.Goodbye);
    public static readonly EmptyMessage Reset = new("RESET", RequestSignature.Reset);
    public static readonly EmptyMessage AckFailure = new("ACK_FAILURE", RequestSignature.AckFailure);
    public static readonly EmptyMessage Commit = new("COMMIT", RequestSignature.Commit);
    public static readonly EmptyMessage Rollback = new("ROLLBACK", RequestSignature.Rollback);
    public static readonly EmptyMessage PullAll = new("PULL_ALL", RequestSignature.Pull);
    public static readonly EmptyMessage DiscardAll = new("DISCARD_ALL", RequestSignature.Discard);
    public static readonly EmptyMessage Logoff = new("LOGOFF", RequestSignature.Logoff);

    public void Write(PackStreamWriter writer) => writer.WriteStructHeader(0, Signature);
}

/// <summary>A message whose one field is a map: HELLO (Bolt 3+), LOGON, BEGIN, PULL and DISCARD (Bolt 4+).</summary>
internal sealed record MapMessage(string Name, byte Signature, IReadOnlyDictionary<string, object?> Extra) : IRequestMessage
{
    public static MapMessage Hello(IReadOnlyDictionary<string, object?> extra) => new("HELLO", RequestSignature.Hello, extra);

    public static MapMessage Logon(IReadOnlyDictionary<string, object?> auth) => new("LOGON", RequestSignature.Logon, auth);

    public static MapMessage Begin(IReadOnlyDictionary<string, object?> extra) => new("BEGIN", RequestSignature.Begin, extra);

    public static MapMessage Pull(long n, long qid = -1) => new("PULL", RequestSignature.Pull, QueryExtra(n, qid));

    public static MapMessage Discard(long n, long qid = -1) => new("DISCARD", RequestSignature.Discard, QueryExtra(n, qid));

    public void Write(PackStreamWriter writer)
    {
        writer.WriteStructHeader(1, Signature);
        writer.WriteMap(Extra);
    }

    private static Dictionary<string, object?> QueryExtra(long n, long qid)
    {
        var extra = new Dictionary<string, object?> { ["n"] = n };
        if (qid != -1)
        {
            extra["qid"] = qid;
        }

        return extra;
    }
}

/// <summary>INIT (Bolt 1–2): user agent and auth token.</summary>
internal sealed record InitMessage(string UserAgent, IReadOnlyDictionary<string, object?> Auth) : IRequestMessage
{
    public string Name => "INIT";

    public void Write(PackStreamWriter writer)
    {
        writer.WriteStructHeader(2, RequestSignature.Hello);
        writer.Write(UserAgent);
        writer.WriteMap(Auth);
    }
}

/// <summary>RUN: the query, its parameters, and (Bolt 3+) the transaction's extra map.</summary>
internal sealed record RunMessage(string Query, IReadOnlyDictionary<string, object?> Parameters, IReadOnlyDictionary<string, object?>? Extra) : IRequestMessage
{
    public string Name => "RUN";

    public void Write(PackStreamWriter writer)
    {
        writer.WriteStructHeader(Extra is null ? 2 : 3, RequestSignature.Run);
        writer.Write(Query);
        writer.WriteMap(Parameters);
        if (Extra is not null)
        {
            writer.WriteMap(Extra);
        }
    }
}

/// <summary>ROUTE (Bolt 4.4+): the routing context, bookmarks, and an extra map naming the database.</summary>
internal sealed record RouteMessage(IReadOnlyDictionary<string, object?> Routing, IReadOnlyList<string> Bookmarks, string? Database) : IRequestMessage
{
    public string Name => "ROUTE";

    public void Write(PackStreamWriter writer)
    {
        writer.WriteStructHeader(3, RequestSignature.Route);
        writer.WriteMap(Routing);
        writer.WriteList(Bookmarks);
        var extra = new Dictionary<string, object?>();
        if (Database is not null)
        {
            extra["db"] = Database;
        }

        writer.WriteMap(extra);
    }
}
