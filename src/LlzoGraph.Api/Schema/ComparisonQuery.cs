using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Ports;
using LlzoGraph.Core.Queries;

namespace LlzoGraph.Api.Schema;

/// <summary>Builds comparison tables from the store, for the GraphQL field and the CSV endpoint alike.</summary>
internal static class ComparisonQuery
{
    public static async Task<ComparisonTable> BuildAsync(
        IGraphStore store, IReadOnlyList<Property> properties, ComparisonRows rows, IReadOnlyList<SubjectKind>? kinds, string? paperId,
        CancellationToken cancellationToken)
    {
        var values = await store.FindComparisonValuesAsync(
            new MeasurementQuery { Properties = properties, SubjectKinds = kinds, PaperId = paperId, Limit = int.MaxValue }, rows, cancellationToken);
        return ComparisonTable.Build(values, properties.Distinct().ToList(), rows);
    }

    /// <summary>Reads "CRITICAL_CURRENT_DENSITY,INTERFACIAL_RESISTANCE" (the GraphQL enum names) into values; null names the first that is not one.</summary>
    public static (List<T> Values, string? Unknown) ParseList<T>(string? text)
        where T : struct, Enum
    {
        var values = new List<T>();
        foreach (var name in (text ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Enum.TryParse<T>(name.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var value) || !Enum.IsDefined(value))
            {
                return (values, name);
            }

            values.Add(value);
        }

        return (values, null);
    }
}
