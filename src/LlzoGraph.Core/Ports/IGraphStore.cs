using LlzoGraph.Core.Graph;
using LlzoGraph.Core.Queries;

namespace LlzoGraph.Core.Ports;

/// <summary>
/// The knowledge graph. <see cref="UpsertAsync"/> writes everything one paper contributes in one transaction
/// and replaces what an earlier ingest of the same paper wrote; ids are deterministic, so a re-ingest of an
/// unchanged paper changes nothing.
/// </summary>
public interface IGraphStore : IAsyncDisposable
{
    Task UpsertAsync(PaperGraph graph, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<MeasurementView>> FindMeasurementsAsync(MeasurementQuery query, CancellationToken cancellationToken = default);

    /// <summary>How many measurements match <paramref name="query"/>, whatever its page. Stores should count without reading them.</summary>
    async Task<int> CountMeasurementsAsync(MeasurementQuery query, CancellationToken cancellationToken = default) =>
        (await FindMeasurementsAsync(query with { Offset = 0, Limit = int.MaxValue }, cancellationToken).ConfigureAwait(false)).Count;

    /// <summary>Whether the store evaluates <see cref="MeasurementQuery.Where"/>; one that does not must not be given a tree.</summary>
    bool SupportsFilterTrees => false;

    /// <summary>
    /// Every measurement matching <paramref name="query"/> (whatever its page) reduced to what a comparison table
    /// needs; the paper of each is filled when <paramref name="rows"/> is <see cref="ComparisonRows.Paper"/>.
    /// Stores should read only these columns.
    /// </summary>
    async Task<IReadOnlyList<ComparisonValue>> FindComparisonValuesAsync(MeasurementQuery query, ComparisonRows rows, CancellationToken cancellationToken = default) =>
        (await FindMeasurementsAsync(query with { Offset = 0, Limit = int.MaxValue }, cancellationToken).ConfigureAwait(false)).Select(ComparisonValue.Of).ToList();

    /// <summary>
    /// A value that changes whenever anything is written to the store, by this process or another (ingest, curation,
    /// keys); equal values read at two moments mean nothing was written in between. Null when the store cannot tell,
    /// and then nothing may be cached across requests.
    /// </summary>
    ValueTask<long?> GetDataVersionAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult<long?>(null);

    Task<IReadOnlyList<PaperView>> ListPapersAsync(CancellationToken cancellationToken = default);

    Task<StoreStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default);
}
