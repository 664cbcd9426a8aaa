using System.Net;

namespace LlzoGraph.Cli.Load;

/// <summary>
/// What one load run sends and for how long. Bounded on every side so a mistyped value cannot turn the benchmark
/// into a flood: loopback URLs only, at most <see cref="MaxConnections"/> connections, <see cref="MaxDuration"/> of
/// measuring, <see cref="MaxWarmup"/> of warm-up and <see cref="MaxRequests"/> requests.
/// </summary>
internal sealed record LoadSettings(Uri Url, string Body, int Connections, TimeSpan Duration, TimeSpan Warmup, int? Requests)
{
    public const int MaxConnections = 64;

    public const int MaxRequests = 10_000_000;

    public static readonly TimeSpan MaxDuration = TimeSpan.FromMinutes(10);

    public static readonly TimeSpan MaxWarmup = TimeSpan.FromMinutes(1);

    /// <summary>The first reason these settings may not run, or null when they may.</summary>
    public string? Problem()
    {
        if (Url.Scheme != Uri.UriSchemeHttp && Url.Scheme != Uri.UriSchemeHttps)
        {
            return $"{Url} is not an http(s) URL";
        }

        if (!IsLoopback(Url))
        {
            return $"{Url} is not a loopback address (127.0.0.0/8, ::1 or localhost): the load generator only targets this machine";
        }

        if (Connections is < 1 or > MaxConnections)
        {
            return $"--connections must be 1 to {MaxConnections}";
        }

        if (Duration <= TimeSpan.Zero || Duration > MaxDuration)
        {
            return $"--duration must be more than 0 and at most {MaxDuration.TotalMinutes:0} min";
        }

        if (Warmup < TimeSpan.Zero || Warmup > MaxWarmup)
        {
            return $"--warmup must be 0 to {MaxWarmup.TotalSeconds:0} s";
        }

        return Requests is < 1 or > MaxRequests ? $"--requests must be 1 to {MaxRequests}" : null;
    }

    private static bool IsLoopback(Uri url) =>
        url.IsLoopback || (IPAddress.TryParse(url.DnsSafeHost, out var address) && IPAddress.IsLoopback(address));
}
