using System.Globalization;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace LlzoGraph.Store.Neo4j.Bolt.Connection;

/// <summary>How a connection is encrypted: not at all, TLS with a certificate the system trusts, or TLS trusting any certificate (self-signed).</summary>
public enum TlsMode
{
    None,
    Verified,
    TrustAny,
}

/// <summary>A host and port.</summary>
public readonly record struct ServerAddress(string Host, int Port)
{
    public const int DefaultPort = 7687;

    /// <summary>Reads "host", "host:port" or "[v6]:port".</summary>
    public static ServerAddress Parse(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        if (text.StartsWith('['))
        {
            var close = text.IndexOf(']', StringComparison.Ordinal);
            var host = text[1..close];
            return new ServerAddress(host, close + 1 < text.Length && text[close + 1] == ':' ? PortOf(text[(close + 2)..]) : DefaultPort);
        }

        var colon = text.LastIndexOf(':');
        return colon < 0 ? new ServerAddress(text, DefaultPort) : new ServerAddress(text[..colon], PortOf(text[(colon + 1)..]));
    }

    private static int PortOf(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and <= 65535
            ? port
            : throw new FormatException($"'{text}' is not a port number");

    public override string ToString() => Host.Contains(':', StringComparison.Ordinal) ? $"[{Host}]:{Port}" : $"{Host}:{Port}";
}

/// <summary>What every connection of a driver shares: credentials, encryption, user agent and timeouts.</summary>
internal sealed record ConnectionSettings
{
    public string UserAgent { get; init; } = "LlzoGraph/1.0";

    /// <summary>The auth token: {scheme: "basic", principal, credentials} or {scheme: "none"}.</summary>
    public IReadOnlyDictionary<string, object?> Auth { get; init; } = new Dictionary<string, object?> { ["scheme"] = "none" };

    public TlsMode Tls { get; init; } = TlsMode.None;

    /// <summary>Extra certificate check for <see cref="TlsMode.Verified"/> (tests add their own root); null: the system's.</summary>
    public RemoteCertificateValidationCallback? CertificateValidation { get; init; }

    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(15);

    public static IReadOnlyDictionary<string, object?> BasicAuth(string user, string password) => new Dictionary<string, object?>
    {
        ["scheme"] = "basic",
        ["principal"] = user,
        ["credentials"] = password,
    };

    internal bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors) => Tls switch
    {
        TlsMode.TrustAny => true,
        _ when CertificateValidation is { } validate => validate(sender, certificate, chain, errors),
        _ => errors == SslPolicyErrors.None,
    };
}
