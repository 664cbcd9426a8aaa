using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Queries;

namespace LlzoGraph.Store.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <summary>
    /// One query reading only the columns a comparison table needs (see <see cref="ComparisonSql"/>), instead of
    /// whole measurements with their evidence and references; queries with other filters take the general path.
    /// </summary>
    public async Task<IReadOnlyList<ComparisonValue>> FindComparisonValuesAsync(MeasurementQuery query, ComparisonRows rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!ComparisonSql.Handles(query))
        {
            return (await FindMeasurementsAsync(query with { Offset = 0, Limit = int.MaxValue }, cancellationToken)).Select(ComparisonValue.Of).ToList();
        }

        return await ReadAsync(
            command => ComparisonSql.Build(command, query, rows),
            r => new ComparisonValue(
                r.GetString(0), r.GetString(1), r.GetString(2), Enum.Parse<SubjectKind>(r.GetString(3)), Enum.Parse<Property>(r.GetString(4)),
                r.GetDouble(5), r.GetString(6), r.IsDBNull(7) ? null : r.GetString(7), r.IsDBNull(8) ? null : r.GetString(8)),
            cancellationToken);
    }
}
