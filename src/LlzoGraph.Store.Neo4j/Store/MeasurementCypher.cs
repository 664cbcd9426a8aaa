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

        if (query.Condition is { } condition)
        {
            // Conditions are kept twice on a measurement: as JSON for reading, and as two parallel lists (names, SI
            // values) that Cypher can filter without parsing JSON.
            var bounds = new List<string> { "m.conditionNames[i] = $conditionName" };
            parameters["conditionName"] = condition.Name;
            ConditionBound(bounds, parameters, ">=", "conditionAtLeast", condition.AtLeast);
            ConditionBound(bounds, parameters, "<=", "conditionAtMost", condition.AtMost);
            ConditionBound(bounds, parameters, ">", "conditionAbove", condition.GreaterThan);
            ConditionBound(bounds, parameters, "<", "conditionBelow", condition.LessThan);
            where.Add("any(i IN range(0, size(coalesce(m.conditionNames, [])) - 1) WHERE " + string.Join(" AND ", bounds) + ")");
        }

        if (query.Where is { } tree)
        {
            where.Add(MeasurementFilterCypher.Translate(tree, parameters));
        }

        parameters["includeRejected"] = query.IncludeRejected;

        Bound(where, parameters, "m.siValue > $greaterThan", "greaterThan", query.GreaterThan);
        Bound(where, parameters, "m.siValue >= $atLeast", "atLeast", query.AtLeast);
        Bound(where, parameters, "m.siValue < $lessThan", "lessThan", query.LessThan);
        Bound(where, parameters, "m.siValue <= $atMost", "atMost", query.AtMost);

        var filter = where.Count == 0 ? string.Empty : "WHERE " + string.Join("\n  AND ", where);
        var byConfidence = query.OrderBy == MeasurementOrder.Confidence;
        var cypher = Cypher.FindMeasurements
            .Replace("{where}", filter, StringComparison.Ordinal)
            .Replace("{confidenceBeforePage}", byConfidence ? Cypher.BestConfidence : string.Empty, StringComparison.Ordinal)
            .Replace("{confidence}", byConfidence ? ", confidence" : string.Empty, StringComparison.Ordinal)
            .Replace("{confidenceAfterPage}", byConfidence ? string.Empty : Cypher.BestConfidence, StringComparison.Ordinal)
            .Replace("{order}", Order(query), StringComparison.Ordinal);
        return (cypher, parameters);
    }

    /// <summary>
    /// The sort keys, as the SQLite store sorts: ties by id; a missing year sorts as the lowest (first going up,
    /// last going down), as SQLite sorts NULL.
    /// </summary>
    private static string Order(MeasurementQuery query)
    {
        var direction = query.Descending ? "DESC" : "ASC";
        return query.OrderBy switch
        {
            MeasurementOrder.Value => $"m.property, m.siValue {direction}, m.id",
            MeasurementOrder.Confidence => $"confidence {direction}, m.id",
            MeasurementOrder.Subject => $"subject {direction}, m.id",
            MeasurementOrder.Year => $"coalesce(p.year, -2147483648) {direction}, m.id",
            _ => "m.property, m.siValue DESC, m.id",
        };
    }

    private static void ConditionBound(List<string> bounds, Dictionary<string, object?> parameters, string op, string name, double? value)
    {
        if (value is { } v)
        {
            bounds.Add($"m.conditionSiValues[i] {op} ${name}");
            parameters[name] = v;
        }
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
