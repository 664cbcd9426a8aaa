namespace LlzoGraph.Core.Ports;

/// <summary>
/// The one base for infrastructure failures of a graph store (a server that cannot be reached, refused
/// credentials, a lost connection, a conflicting concurrent write). <see cref="IsRetriable"/> says whether the
/// same operation may succeed if simply tried again.
/// </summary>
public class GraphStoreException : Exception
{
    public GraphStoreException()
    {
    }

    public GraphStoreException(string message)
        : base(message)
    {
    }

    public GraphStoreException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public GraphStoreException(string message, bool isRetriable, Exception? innerException = null)
        : base(message, innerException)
    {
        IsRetriable = isRetriable;
    }

    /// <summary>True when the failure is transient: trying the same operation again may succeed.</summary>
    public bool IsRetriable { get; }
}
