using LlzoGraph.Core.Curation;
using LlzoGraph.Core.Queries;

namespace LlzoGraph.Core.Ports;

/// <summary>
/// The curators' overlay beside the extracted graph: decisions keyed by measurement id, which ingestion never
/// overwrites. A curated measurement that a later extraction no longer yields is kept and listed as a conflict.
/// </summary>
public interface ICurationStore
{
    /// <summary>Records an edit; fails when the measurement does not exist.</summary>
    Task RecordAsync(CurationEdit edit, CancellationToken cancellationToken = default);

    /// <summary>Every edit of a measurement, oldest first.</summary>
    Task<IReadOnlyList<CurationEdit>> HistoryAsync(string measurementId, CancellationToken cancellationToken = default);

    /// <summary>What needs a curator, conflicts first, then the least confident uncurated measurements.</summary>
    Task<IReadOnlyList<ReviewItem>> ReviewQueueAsync(int limit, CancellationToken cancellationToken = default);
}

/// <summary>A measurement to look at and why.</summary>
public sealed record ReviewItem(MeasurementView Measurement, string Reason, bool Conflict);
