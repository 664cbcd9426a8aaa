using System.Globalization;

namespace LlzoGraph.Cli.Load;

/// <summary>
/// The outcome of a load run, over the measured requests only (warm-up excluded): how many, how many failed
/// (a status other than 200, a GraphQL <c>errors</c> entry, a broken connection), throughput and latency percentiles.
/// </summary>
internal sealed record LoadReport(int Requests, int Errors, TimeSpan Elapsed, int Connections, IReadOnlyList<double> SortedMilliseconds, string? FirstError)
{
    public double Throughput => Elapsed > TimeSpan.Zero ? Requests / Elapsed.TotalSeconds : 0;

    /// <summary>The nearest-rank percentile of the measured latencies, in milliseconds (0 without requests).</summary>
    public double Percentile(double p)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(p, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(p, 100);
        if (SortedMilliseconds.Count == 0)
        {
            return 0;
        }

        var rank = (int)Math.Ceiling(p / 100 * SortedMilliseconds.Count);
        return SortedMilliseconds[Math.Clamp(rank - 1, 0, SortedMilliseconds.Count - 1)];
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"requests {Requests} in {Elapsed.TotalSeconds:F1} s over {Connections} connections: {Throughput:F1} req/s; ")
        + string.Create(CultureInfo.InvariantCulture, $"latency p50 {Percentile(50):F2} ms, p90 {Percentile(90):F2} ms, p99 {Percentile(99):F2} ms, max {Percentile(100):F2} ms; errors {Errors}")
        + (FirstError is null ? string.Empty : $" (first: {FirstError})");
}
