namespace LlzoGraph.Api;

/// <summary>Limits of the GraphQL endpoint. Configure with <c>AddLlzoGraphApi(o => …)</c>.</summary>
public sealed class LlzoGraphApiOptions
{
    /// <summary>The default <see cref="MaxRequestBodyBytes"/>: 64 KiB, far more than any hand-written query needs.</summary>
    public const int DefaultMaxRequestBodyBytes = 64 * 1024;

    /// <summary>The largest POST body accepted; a larger one is answered 413. Default 64 KiB.</summary>
    public int MaxRequestBodyBytes { get; set; } = DefaultMaxRequestBodyBytes;

    /// <summary>The deepest selection a query may nest; deeper ones fail validation (400). Default 12.</summary>
    public int MaxDepth { get; set; } = 12;

    /// <summary>
    /// The largest estimated cost of a query (GraphQL.NET's complexity analysis: each field costs 1, a list
    /// multiplies what it holds); costlier queries fail validation (400). Default 100 000.
    /// </summary>
    public int MaxComplexity { get; set; } = 100_000;

    /// <summary>
    /// The most nodes a <c>where</c> filter tree may hold (each AND/OR/NOT and each plain or relationship filter is one);
    /// a filter tree may also nest no deeper than <see cref="MaxDepth"/>. Larger filters are refused with INVALID_FILTER. Default 200.
    /// </summary>
    public int MaxFilterNodes { get; set; } = 200;

    /// <summary>
    /// Origins allowed to call the API from a browser on another site (CORS), e.g. "https://review.example.org";
    /// "*" allows any. Default none: no cross-origin access.
    /// </summary>
    public IList<string> CorsOrigins { get; } = [];

    /// <summary>Whether reading needs an API key too (mutations always need a curator's). Default false: reading is open.</summary>
    public bool RequireKeyForReading { get; set; }

    /// <summary>How long one request may execute before it is stopped with a TIMEOUT error (503). Default 10 s.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How many distinct query texts keep their parsed and validated document (least recently used go first); a query
    /// seen again skips parsing and validation, except the complexity check, which may depend on its variables.
    /// 0 turns the cache off. Default 256.
    /// </summary>
    public int DocumentCacheSize { get; set; } = 256;

    /// <summary>
    /// How many answers of read-only requests to keep (each at most 1 MiB; least recently used go first). An answer is
    /// dropped as soon as anything is written to the store, by this server or any other process; stores that cannot
    /// tell when they were written to are never cached. Default 0: off.
    /// </summary>
    public int ResultCacheSize { get; set; }
}
