namespace LlzoGraph.Core.Ports;

/// <summary>What a key may do: read; also curate; also manage keys.</summary>
public enum ApiRole
{
    Reader,
    Curator,
    Admin,
}

/// <summary>An API key's owner and role (the key itself is never stored, only its hash).</summary>
public sealed record ApiKeyOwner(string Id, string Owner, ApiRole Role);

/// <summary>API keys, stored hashed.</summary>
public interface IApiKeyStore
{
    /// <summary>Creates a key for <paramref name="owner"/> and returns it; it cannot be read back later.</summary>
    Task<string> CreateKeyAsync(string owner, ApiRole role, CancellationToken cancellationToken = default);

    /// <summary>Who holds <paramref name="key"/>, or null for an unknown key.</summary>
    Task<ApiKeyOwner?> FindKeyAsync(string key, CancellationToken cancellationToken = default);
}
