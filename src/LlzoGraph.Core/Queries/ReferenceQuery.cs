namespace LlzoGraph.Core.Queries;

/// <summary>
/// A filter over cited works. Text filters are case-insensitive substrings; <see cref="CitingPaperId"/> keeps the
/// works that paper lists (and numbers them as it does), <see cref="Number"/> the one it gives that number.
/// </summary>
public sealed record ReferenceQuery
{
    public string? CitingPaperId { get; init; }

    public int? Number { get; init; }

    public string? Author { get; init; }

    public string? Title { get; init; }

    public string? Journal { get; init; }

    public int? Year { get; init; }

    /// <summary>Works cited for these measurements ("the works behind a query's measurements").</summary>
    public IReadOnlyList<string>? MeasurementIds { get; init; }

    public int Offset { get; init; }

    public int Limit { get; init; } = 1000;
}
