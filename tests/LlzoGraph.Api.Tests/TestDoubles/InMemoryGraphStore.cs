using LlzoGraph.Core.Graph;
using LlzoGraph.Core.Ports;
using LlzoGraph.Core.Queries;

namespace LlzoGraph.Api.Tests.TestDoubles;

/// <summary>
/// An <see cref="IGraphStore"/> over a fixed list of views, honouring <see cref="MeasurementQuery"/> literally (SI bounds,
/// strict and inclusive, SiUnit, kinds, name contains, paper, ids, paging). It tests the API layer only: the real stores
/// have their own contract suite. Remembers the queries it was asked, so tests can see what the API sent.
/// </summary>
internal sealed class InMemoryGraphStore(IReadOnlyList<MeasurementView> measurements, IReadOnlyList<PaperView> papers, StoreStatistics statistics)
    : IGraphStore
{
    private readonly List<MeasurementQuery> queries = [];

    public IReadOnlyList<MeasurementQuery> Queries
    {
        get
        {
            lock (queries)
            {
                return [.. queries];
            }
        }
    }

    public Task UpsertAsync(PaperGraph graph, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("the API never writes");

    public Task<IReadOnlyList<MeasurementView>> FindMeasurementsAsync(MeasurementQuery query, CancellationToken cancellationToken = default)
    {
        lock (queries)
        {
            queries.Add(query);
        }

        IReadOnlyList<MeasurementView> found = measurements
            .Where(m => query.Ids is null || query.Ids.Contains(m.Id))
            .Where(m => query.Properties is null || query.Properties.Contains(m.Property))
            .Where(m => query.SubjectKinds is null || query.SubjectKinds.Contains(m.SubjectKind))
            .Where(m => query.SubjectNameContains is null || m.SubjectName.Contains(query.SubjectNameContains, StringComparison.OrdinalIgnoreCase))
            .Where(m => query.PaperId is null || m.Evidence.Paper.Id == query.PaperId)
            .Where(m => query.SiUnit is null || m.SiUnit == query.SiUnit)
            .Where(m => query.GreaterThan is not { } gt || m.SiValue > gt)
            .Where(m => query.AtLeast is not { } ge || m.SiValue >= ge)
            .Where(m => query.LessThan is not { } lt || m.SiValue < lt)
            .Where(m => query.AtMost is not { } le || m.SiValue <= le)
            .OrderBy(m => m.Id, StringComparer.Ordinal)
            .Skip(query.Offset)
            .Take(query.Limit)
            .ToList();
        return Task.FromResult(found);
    }

    public Task<IReadOnlyList<PaperView>> ListPapersAsync(CancellationToken cancellationToken = default) => Task.FromResult(papers);

    public Task<StoreStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) => Task.FromResult(statistics);

    /// <summary>What <see cref="GetDataVersionAsync"/> answers; null (the default) is a store that cannot tell.</summary>
    public long? DataVersion { get; set; }

    public ValueTask<long?> GetDataVersionAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(DataVersion);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
