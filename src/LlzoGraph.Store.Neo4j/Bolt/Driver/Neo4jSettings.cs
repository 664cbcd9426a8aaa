using System.Globalization;
using LlzoGraph.Store.Neo4j.Bolt.Connection;

namespace LlzoGraph.Store.Neo4j.Bolt.Driver;

/// <summary>
/// Where and how to reach Neo4j, read from a URI: <c>bolt://</c> (one server) or <c>neo4j://</c> (a cluster, through
/// routing tables), each with <c>+s</c> (TLS, certificate checked) or <c>+ssc</c> (TLS, self-signed accepted);
/// <c>user:password@</c> for basic auth; a path naming the database; query parameters as routing context.
/// Defaults are documented on each property.
/// </summary>
public sealed record Neo4jSettings
{
    /// <summary>The first server: the only one for bolt://, the first router for neo4j://.</summary>
    public required ServerAddress Address { get; init; }

    /// <summary>True for neo4j://: ask the server for routing tables (servers without ROUTE are used directly).</summary>
    public bool Routing { get; init; }

    public TlsMode Tls { get; init; } = TlsMode.None;

    /// <summary>Basic-auth user; null connects without auth.</summary>
    public string? User { get; init; }

    public string? Password { get; init; }

    /// <summary>The database; null: the server's default (the only one on Neo4j 3.x).</summary>
    public string? Database { get; init; }

    /// <summary>Routing context sent with HELLO and ROUTE (the URI's query parameters).</summary>
    public IReadOnlyDictionary<string, string> RoutingContext { get; init; } = new Dictionary<string, string>();

    /// <summary>How long a managed transaction keeps retrying retriable failures (default 30 s).</summary>
    public TimeSpan MaxRetryTime { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The first retry's delay, doubled (±20 %) for each retry after (default 1 s).</summary>
    public TimeSpan InitialRetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Records pulled per PULL on Bolt 4+ (default 1000; -1 pulls all at once).</summary>
    public int FetchSize { get; init; } = 1000;

    /// <summary>Open connections per server, in use or idle (default 50).</summary>
    public int MaxConnectionsPerAddress { get; init; } = 50;

    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(15);

    public string UserAgent { get; init; } = "LlzoGraph/1.0";

    /// <summary>Reads a <c>bolt[+s|+ssc]://</c> or <c>neo4j[+s|+ssc]://</c> URI; throws <see cref="FormatException"/> otherwise.</summary>
    public static Neo4jSettings Parse(string uri)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(uri);
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed))
        {
            throw new FormatException($"'{Redact(uri)}' is not a URI");
        }

        var (routing, tls) = parsed.Scheme.ToLowerInvariant() switch
        {
            "bolt" => (false, TlsMode.None),
            "bolt+s" => (false, TlsMode.Verified),
            "bolt+ssc" => (false, TlsMode.TrustAny),
            "neo4j" => (true, TlsMode.None),
            "neo4j+s" => (true, TlsMode.Verified),
            "neo4j+ssc" => (true, TlsMode.TrustAny),
            _ => throw new FormatException($"'{parsed.Scheme}' is not a Neo4j scheme (bolt, bolt+s, bolt+ssc, neo4j, neo4j+s, neo4j+ssc)"),
        };

        string? user = null, password = null;
        if (parsed.UserInfo.Length > 0)
        {
            var colon = parsed.UserInfo.IndexOf(':', StringComparison.Ordinal);
            user = Uri.UnescapeDataString(colon < 0 ? parsed.UserInfo : parsed.UserInfo[..colon]);
            password = colon < 0 ? null : Uri.UnescapeDataString(parsed.UserInfo[(colon + 1)..]);
        }

        var database = parsed.AbsolutePath.Trim('/') is { Length: > 0 } path ? Uri.UnescapeDataString(path) : null;
        var context = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in parsed.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
            context[key] = eq < 0 ? string.Empty : Uri.UnescapeDataString(pair[(eq + 1)..]);
        }

        return new Neo4jSettings
        {
            Address = new ServerAddress(parsed.Host.Trim('[', ']'), parsed.IsDefaultPort || parsed.Port < 0 ? ServerAddress.DefaultPort : parsed.Port),
            Routing = routing,
            Tls = tls,
            User = user,
            Password = password,
            Database = database,
            RoutingContext = context,
        };
    }

    /// <summary>True when <paramref name="text"/> starts with a Neo4j URI scheme.</summary>
    public static bool IsNeo4jUri(string text) =>
        text.StartsWith("bolt://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("bolt+", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("neo4j://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("neo4j+", StringComparison.OrdinalIgnoreCase);

    /// <summary>The URI without its password, for messages and logs.</summary>
    public static string Redact(string uri)
    {
        var at = uri.IndexOf('@', StringComparison.Ordinal);
        var scheme = uri.IndexOf("://", StringComparison.Ordinal);
        if (at < 0 || scheme < 0 || at < scheme)
        {
            return uri;
        }

        var userInfo = uri[(scheme + 3)..at];
        var colon = userInfo.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? uri : string.Concat(uri.AsSpan(0, scheme + 3), userInfo.AsSpan(0, colon), ":***", uri.AsSpan(at));
    }

    /// <summary>This server as "scheme://host:port/db" with no credentials.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{(Routing ? "neo4j" : "bolt")}{Tls switch { TlsMode.Verified => "+s", TlsMode.TrustAny => "+ssc", _ => string.Empty }}://{Address}/{Database}");

    internal ConnectionSettings ToConnectionSettings() => new()
    {
        UserAgent = UserAgent,
        Auth = User is null ? new Dictionary<string, object?> { ["scheme"] = "none" } : ConnectionSettings.BasicAuth(User, Password ?? string.Empty),
        Tls = Tls,
        ConnectTimeout = ConnectTimeout,
    };
}
