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
    private const string Select = """
        SELECT m.id, m.subject_id, COALESCE(st.name, mt.name, ''), m.subject_kind, m.property,
               m.value, m.upper_value, m.unit, m.si_value, m.si_unit, m.qualifier, m.conditions,
               m.evidence_kind, m.evidence_section, m.evidence_text, m.evidence_table, m.evidence_row,
               m.evidence_page, m.evidence_box, m.confidence,
               p.id, p.title, p.authors, p.doi, p.year, p.source
        FROM measurement m
        JOIN paper p ON p.id = m.paper_id
        LEFT JOIN strategy st ON m.subject_kind <> 'Material' AND st.id = m.subject_id
        LEFT JOIN material mt ON m.subject_kind = 'Material' AND mt.id = m.subject_id
        """;

    /// <summary>
    /// Every reference each listed measurement cites, with the number its paper gives it (the lowest, should the
    /// paper list the same work twice). Column order read by <see cref="Rows.Reference"/>, after the measurement id.
    /// </summary>
    public const string ReferencesOfMeasurements = """
        SELECT mr.measurement_id, r.id, MIN(pr.number), r.authors, r.title, r.journal, r.year, r.volume, r.pages, r.doi, r.raw
        FROM measurement_reference mr
        JOIN measurement m ON m.id = mr.measurement_id
        JOIN reference r ON r.id = mr.reference_id
        JOIN paper_reference pr ON pr.paper_id = m.paper_id AND pr.reference_id = mr.reference_id
        WHERE mr.measurement_id IN (SELECT value FROM json_each($ids))
        GROUP BY mr.measurement_id, r.id
        ORDER BY mr.measurement_id, MIN(pr.number), r.id
        """;

    /// <summary>Fills <paramref name="command"/> with the page query for <paramref name="query"/>, all values as parameters.</summary>
    public static void Build(SqliteCommand command, MeasurementQuery query)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(query.Offset, nameof(query.Offset));
        ArgumentOutOfRangeException.ThrowIfNegative(query.Limit, nameof(query.Limit));

        var where = new List<string>();
        var sql = new StringBuilder(Select).Append('\n');

        // An empty list restricts nothing, like null: a filter with no values is taken as no filter.
        if (query.Properties is { Count: > 0 } properties)
        {
            where.Add("m.property IN (" + List(command, "$property", properties.Distinct().Select(p => p.ToString())) + ")");
        }

        if (query.SubjectKinds is { Count: > 0 } kinds)
        {
            where.Add("m.subject_kind IN (" + List(command, "$kind", kinds.Distinct().Select(k => k.ToString())) + ")");
        }

        if (!string.IsNullOrWhiteSpace(query.SubjectNameContains))
        {
            where.Add("instr(COALESCE(st.name_folded, mt.name_folded, ''), $name) > 0");
            command.Parameters.AddWithValue("$name", PaperWriter.Fold(query.SubjectNameContains.Trim()));
        }

        if (query.PaperId is { } paperId)
        {
            where.Add("m.paper_id = $paper");
            command.Parameters.AddWithValue("$paper", paperId);
        }

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

        sql.Append("ORDER BY m.property, m.si_value DESC, m.id\nLIMIT $limit OFFSET $offset");
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
