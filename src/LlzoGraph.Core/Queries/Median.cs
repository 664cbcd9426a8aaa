namespace LlzoGraph.Core.Queries;

internal static class Median
{
    /// <summary>The median of values already sorted ascending (at least one).</summary>
    public static double OfSorted(IReadOnlyList<double> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}
