using LlzoGraph.Core.Ports;

namespace LlzoGraph.Store.Neo4j.Bolt;

/// <summary>A failure reported by the server or met on the way to it; <see cref="GraphStoreException.IsRetriable"/> says whether a managed transaction tries again.</summary>
public class Neo4jException : GraphStoreException
{
    public Neo4jException(string message, bool isRetriable = false, Exception? innerException = null)
        : base(message, isRetriable, innerException)
    {
    }

    public Neo4jException(string code, string message, bool isRetriable)
        : base($"{code}: {message}", isRetriable)
    {
        Code = code;
    }

    /// <summary>The server's status code ("Neo.ClientError.Statement.SyntaxError"), when the server sent one.</summary>
    public string? Code { get; }

    /// <summary>Classifies a FAILURE's code into the exception a caller can act on.</summary>
    public static Neo4jException FromFailure(string code, string message)
    {
        var classification = code.Split('.') is { Length: > 1 } parts ? parts[1] : string.Empty;
        return code switch
        {
            "Neo.ClientError.Security.Unauthorized" or "Neo.ClientError.Security.AuthenticationRateLimit"
                or "Neo.ClientError.Security.CredentialsExpired" => new AuthenticationException(code, message),
            "Neo.ClientError.Cluster.NotALeader" or "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase" =>
                new LeaderChangedException(code, message),
            "Neo.TransientError.Transaction.Terminated" or "Neo.TransientError.Transaction.LockClientStopped" =>
                new Neo4jException(code, message, isRetriable: false),
            _ when classification == "TransientError" => new Neo4jException(code, message, isRetriable: true),
            _ => new Neo4jException(code, message, isRetriable: false),
        };
    }
}

/// <summary>The server refused the credentials (a wrong user name or password, or ones that must be changed first).</summary>
public sealed class AuthenticationException(string code, string message) : Neo4jException(code, message, isRetriable: false);

/// <summary>The server is not (or no longer) the writer of its cluster: the routing table is refreshed and the work retried.</summary>
public sealed class LeaderChangedException(string code, string message) : Neo4jException(code, message, isRetriable: true);

/// <summary>The TLS handshake failed (an untrusted or invalid server certificate, no common protocol): trying again would not help.</summary>
public sealed class TlsException(string message, Exception? innerException = null)
    : Neo4jException(message, isRetriable: false, innerException);

/// <summary>No server could be reached, or the connection broke: retriable.</summary>
public sealed class ServiceUnavailableException(string message, Exception? innerException = null)
    : Neo4jException(message, isRetriable: true, innerException);

/// <summary>The bytes on the wire broke the Bolt or PackStream rules; the connection is closed.</summary>
public sealed class BoltProtocolException(string message, Exception? innerException = null)
    : Neo4jException(message, isRetriable: false, innerException);
