using LlzoGraph.Core.Queries;

namespace LlzoGraph.Store.Neo4j.Store;

/// <summary>Builds <see cref="Cypher.FindMeasurements"/> for a <see cref="MeasurementQuery"/>: fixed text, values as parameters.</summary>
internal static class MeasurementCypher
{
    public static (string Query, Dictionary<string, object?> Parameters) Build(MeasurementQuery query)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(query.Offset, nameof(query.Offset));
        ArgumentOutOfRangeException.ThrowIfNegative(query.Limit, nameof(query.Limit));
        var where = new List<string>();
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["offset"] = (long)query.Offset,
            ["limit"] = (long)query.Limit,
            ["paper"] = query.PaperId,
            ["name"] = string.IsNullOrWhiteSpace(query.SubjectNameContains) ? null : PaperWriter.Fold(query.SubjectNameContains.Trim()),
        };

        // An empty list restricts nothing, like null (as in the SQLite store).
        if (query.Properties is { Count: > 0 } properties)
        {
            where.Add("m.property IN $properties");
            parameters["properties"] = properties.Distinct().Select(p => (object?)p.ToString()).ToList();
        }

        if (query.SubjectKinds is { Count: > 0 } kinds)
        {
            where.Add("m.subjectKind IN $kinds");
            parameters["kinds"] = kinds.Distinct().Select(k => (object?)k.ToString()).ToList();
        }

        if (query.SiUnit is { } siUnit)
        {
            where.Add("m.siUnit = $siUnit");
            parameters["siUnit"] = siUnit;
        }

        if (query.Ids is { } ids)
        {
            where.Add("m.id IN $ids");
            parameters["ids"] = ids.Select(i => (object?)i).ToList();
        }

        if (query.ReferenceId is { } referenceId)
        {
            where.Add("(m)-[:CITES]->(:Reference {id: $reference})");
            parameters["reference"] = referenceId;
        }

        if (!string.IsNullOrWhiteSpace(query.EvidenceTextContains))
        {
            where.Add("size([(m)<-[:OF]-(x:Evidence) WHERE toLower(x.text) CONTAINS $text | 1]) > 0");
            parameters["text"] = query.EvidenceTextContains.Trim().ToLowerInvariant();
        }

        if (query.Condition is not null || query.OrderBy != MeasurementOrder.Default)
        {
            throw new NotSupportedException("the Neo4j store does not yet filter by conditions or sort other than by property and value");
        }

        Bound(where, parameters, "m.siValue > $greaterThan", "greaterThan", query.GreaterThan);
        Bound(where, parameters, "m.siValue >= $atLeast", "atLeast", query.AtLeast);
        Bound(where, parameters, "m.siValue < $lessThan", "lessThan", query.LessThan);
        Bound(where, parameters, "m.siValue <= $atMost", "atMost", query.AtMost);

        var filter = where.Count == 0 ? string.Empty : "WHERE " + string.Join("\n  AND ", where);
        return (Cypher.FindMeasurements.Replace("{where}", filter, StringComparison.Ordinal), parameters);
    }

    private static void Bound(List<string> where, Dictionary<string, object?> parameters, string condition, string name, double? bound)
    {
        if (bound is not { } value)
        {
            return;
        }

        if (double.IsNaN(value))
        {
            throw new ArgumentException($"a measurement bound ({name}) must be a number, not NaN", nameof(bound));
        }

        where.Add(condition);
        parameters[name] = value;
    }
}
