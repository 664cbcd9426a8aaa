using System.Globalization;
using System.Text;
using LlzoGraph.Core.Queries;
using Microsoft.Data.Sqlite;

namespace LlzoGraph.Store.Sqlite;

/// <summary>
/// The measurement queries: one page of measurements matching a <see cref="MeasurementQuery"/> (with subject and
/// paper joined in), and the references of a whole page in one more query.
/// </summary>
internal static class MeasurementSql
{
    /// <summary>Column order read by <see cref="Rows.Measurement"/>.</summary>
    /// <remarks>
    /// The evidence shown with a measurement is its first (by paper, block, row) — within the paper asked for
    /// when the query names one, which also restricts the page to measurements that paper reports. Confidence is
    /// the best of the measurement's evidence.
    /// </remarks>
    private const string Select = """
        SELECT m.id, m.subject_id, COALESCE(mc.subject_name, st.name, mt.name, ''), m.subject_kind, m.property,
               m.value, m.upper_value, m.unit, m.si_value, m.si_unit, m.qualifier, m.conditions,
               e.kind, e.section, e.text, e.table_label, e.row, e.page, e.box,
               CASE WHEN mc.action IN ('Confirm', 'Correct') THEN 1.0
                    ELSE (SELECT MAX(c.confidence) FROM evidence c WHERE c.measurement_id = m.id) END,
               p.id, p.title, p.authors, p.doi, p.year, p.source,
               mc.action, mc.author, mc.at, mc.conflict
        FROM measurement m
        LEFT JOIN measurement_curation mc ON mc.measurement_id = m.id
        JOIN evidence e ON e.id = (
            SELECT f.id FROM evidence f
            WHERE f.measurement_id = m.id AND ($paper IS NULL OR f.paper_id = $paper)
            ORDER BY f.paper_id, f.block, COALESCE(f.row, -1), f.id
            LIMIT 1)
        JOIN paper p ON p.id = e.paper_id
        LEFT JOIN strategy st ON m.subject_kind <> 'Material' AND st.id = m.subject_id
        LEFT JOIN material mt ON m.subject_kind = 'Material' AND mt.id = m.subject_id
        """;

    /// <summary>
    /// Every reference each listed measurement cites, with the number its paper gives it (the lowest, should the
    /// paper list the same work twice). Column order read by <see cref="Rows.Reference"/>, after the measurement id.
    /// </summary>
    /// <remarks>$pairs is a JSON array of [measurement id, id of the paper whose evidence is shown]; the number is the one
    /// that paper gives the work, else the lowest any reporting paper gives it.</remarks>
    public const string ReferencesOfMeasurements = """
        WITH page (measurement_id, paper_id) AS (
            SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each($pairs))
        SELECT mr.measurement_id, r.id,
               COALESCE(
                   (SELECT MIN(pr.number) FROM paper_reference pr WHERE pr.paper_id = page.paper_id AND pr.reference_id = r.id),
                   (SELECT MIN(pr.number) FROM evidence e JOIN paper_reference pr ON pr.paper_id = e.paper_id AND pr.reference_id = r.id
                    WHERE e.measurement_id = mr.measurement_id)) AS number,
               r.authors, r.title, r.journal, r.year, r.volume, r.pages, r.doi, r.raw
        FROM page
        JOIN measurement_reference mr ON mr.measurement_id = page.measurement_id
        JOIN reference r ON r.id = mr.reference_id
        ORDER BY mr.measurement_id, number, r.id
        """;

    /// <summary>Every evidence row of the listed measurements with its paper, in the order <see cref="Select"/> picks the first.</summary>
    public const string EvidenceOfMeasurements = """
        SELECT e.measurement_id, e.kind, e.section, e.text, e.table_label, e.row, e.page, e.box,
               p.id, p.title, p.authors, p.doi, p.year, p.source
        FROM evidence e
        JOIN paper p ON p.id = e.paper_id
        WHERE e.measurement_id IN (SELECT value FROM json_each($ids))
        ORDER BY e.measurement_id, e.paper_id, e.block, COALESCE(e.row, -1), e.id
        """;

    /// <summary>Fills <paramref name="command"/> with a query counting every match of <paramref name="query"/>.</summary>
    public static void BuildCount(SqliteCommand command, MeasurementQuery query)
    {
        Build(command, query with { Offset = 0, Limit = int.MaxValue, OrderBy = MeasurementOrder.Default });
        command.CommandText = "SELECT COUNT(*) FROM (" + command.CommandText + ")";
    }

    /// <summary>Fills <paramref name="command"/> with the page query for <paramref name="query"/>, all values as parameters.</summary>
    public static void Build(SqliteCommand command, MeasurementQuery query)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(query.Offset, nameof(query.Offset));
        ArgumentOutOfRangeException.ThrowIfNegative(query.Limit, nameof(query.Limit));

        var where = new List<string>();
        var sql = new StringBuilder(Select).Append('\n');

        AddListFilters(command, query, where);

        if (!string.IsNullOrWhiteSpace(query.SubjectNameContains))
        {
            where.Add("instr(COALESCE(st.name_folded, mt.name_folded, ''), $name) > 0");
            command.Parameters.AddWithValue("$name", PaperWriter.Fold(query.SubjectNameContains.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(query.EvidenceTextContains))
        {
            where.Add("EXISTS (SELECT 1 FROM evidence x WHERE x.measurement_id = m.id AND instr(lower(x.text), $text) > 0)");
            command.Parameters.AddWithValue("$text", query.EvidenceTextContains.Trim().ToLowerInvariant());
        }

        if (query.Condition is { } condition)
        {
            var bounds = new List<string> { "json_extract(c.value, '$.name') = $conditionName" };
            command.Parameters.AddWithValue("$conditionName", condition.Name);
            void ConditionBound(string op, string name, double? value)
            {
                if (value is { } v)
                {
                    bounds.Add($"json_extract(c.value, '$.siValue') {op} {name}");
                    command.Parameters.AddWithValue(name, v);
                }
            }

            ConditionBound(">=", "$conditionAtLeast", condition.AtLeast);
            ConditionBound("<=", "$conditionAtMost", condition.AtMost);
            ConditionBound(">", "$conditionAbove", condition.GreaterThan);
            ConditionBound("<", "$conditionBelow", condition.LessThan);
            where.Add("EXISTS (SELECT 1 FROM json_each(m.conditions) c WHERE " + string.Join(" AND ", bounds) + ")");
        }

        if (query.Ids is { } ids)
        {
            where.Add("m.id IN (SELECT value FROM json_each($ids))");
            command.Parameters.AddWithValue("$ids", System.Text.Json.JsonSerializer.Serialize(ids.ToArray(), StoreJsonContext.Default.StringArray));
        }

        if (query.Where is { } tree)
        {
            where.Add(MeasurementFilterSql.Translate(command, tree));
        }

        if (query.ReferenceId is { } referenceId)
        {
            where.Add("EXISTS (SELECT 1 FROM measurement_reference r WHERE r.measurement_id = m.id AND r.reference_id = $reference)");
            command.Parameters.AddWithValue("$reference", referenceId);
        }

        // the evidence join in Select restricts to the paper's measurements
        command.Parameters.AddWithValue("$paper", (object?)query.PaperId ?? DBNull.Value);

        if (query.SiUnit is { } siUnit)
        {
            where.Add("m.si_unit = $siUnit");
            command.Parameters.AddWithValue("$siUnit", siUnit);
        }

        Bound(command, where, "m.si_value > $greaterThan", "$greaterThan", query.GreaterThan);
        Bound(command, where, "m.si_value >= $atLeast", "$atLeast", query.AtLeast);
        Bound(command, where, "m.si_value < $lessThan", "$lessThan", query.LessThan);
        Bound(command, where, "m.si_value <= $atMost", "$atMost", query.AtMost);

        if (where.Count > 0)
        {
            sql.Append("WHERE ").AppendJoin("\n  AND ", where).Append('\n');
        }

        var direction = query.Descending ? "DESC" : "ASC";
        sql.Append("ORDER BY ").Append(query.OrderBy switch
        {
            MeasurementOrder.Value => $"m.property, m.si_value {direction}, m.id",
            MeasurementOrder.Confidence => $"20 {direction}, m.id", // the confidence column of Select
            MeasurementOrder.Subject => $"3 {direction}, m.id",     // the subject-name column
            MeasurementOrder.Year => $"p.year {direction}, m.id",
            _ => "m.property, m.si_value DESC, m.id",
        }).Append("\nLIMIT $limit OFFSET $offset");
        command.Parameters.AddWithValue("$limit", query.Limit);
        command.Parameters.AddWithValue("$offset", query.Offset);
        command.CommandText = sql.ToString();
    }

    private static void Bound(SqliteCommand command, List<string> where, string condition, string parameter, double? bound)
    {
        if (bound is not { } value)
        {
            return;
        }

        if (double.IsNaN(value))
        {
            throw new ArgumentException($"a measurement bound ({parameter[1..]}) must be a number, not NaN", nameof(bound));
        }

        where.Add(condition);
        command.Parameters.AddWithValue(parameter, value);
    }

    /// <summary>
    /// The filters a measurement page shares with a comparison table: properties, subject kinds, and leaving out what
    /// a curator rejected. An empty list restricts nothing, like null: a filter with no values is taken as no filter.
    /// </summary>
    internal static void AddListFilters(SqliteCommand command, MeasurementQuery query, List<string> where)
    {
        if (query.Properties is { Count: > 0 } properties)
        {
            where.Add("m.property IN (" + List(command, "$property", properties.Distinct().Select(p => p.ToString())) + ")");
        }

        if (query.SubjectKinds is { Count: > 0 } kinds)
        {
            where.Add("m.subject_kind IN (" + List(command, "$kind", kinds.Distinct().Select(k => k.ToString())) + ")");
        }

        if (!query.IncludeRejected)
        {
            where.Add("(mc.action IS NULL OR mc.action <> 'Reject')");
        }
    }

    /// <summary>"$kind0, $kind1, …" with one parameter per value.</summary>
    private static string List(SqliteCommand command, string prefix, IEnumerable<string> values)
    {
        var names = new List<string>();
        foreach (var value in values)
        {
            var name = prefix + names.Count.ToString(CultureInfo.InvariantCulture);
            command.Parameters.AddWithValue(name, value);
            names.Add(name);
        }

        return string.Join(", ", names);
    }
}
