namespace LlzoGraph.Api;

/// <summary>Limits of the GraphQL endpoint. Configure with <c>AddLlzoGraphApi(o => …)</c>.</summary>
public sealed class LlzoGraphApiOptions
{
    /// <summary>The default <see cref="MaxRequestBodyBytes"/>: 64 KiB, far more than any hand-written query needs.</summary>
    public const int DefaultMaxRequestBodyBytes = 64 * 1024;

    /// <summary>The largest POST body accepted; a larger one is answered 413. Default 64 KiB.</summary>
    public int MaxRequestBodyBytes { get; set; } = DefaultMaxRequestBodyBytes;
}
