using LlzoGraph.Core.Queries;
using Microsoft.Data.Sqlite;

namespace LlzoGraph.Store.Sqlite;

/// <summary>
/// The values of a comparison table in one pass over the measurement index: subject, property and SI value of
/// each matching measurement, and the paper of its shown evidence only when rows are papers (or a paper is named).
/// Column order read by <see cref="SqliteGraphStore.FindComparisonValuesAsync"/>.
/// </summary>
internal static class ComparisonSql
{
    private const string Select = """
        SELECT m.id, m.subject_id, COALESCE(mc.subject_name, st.name, mt.name, ''), m.subject_kind, m.property, m.si_value, m.si_unit,
        """;

    private const string Subjects = """
        FROM measurement m
        LEFT JOIN measurement_curation mc ON mc.measurement_id = m.id
        LEFT JOIN strategy st ON m.subject_kind <> 'Material' AND st.id = m.subject_id
        LEFT JOIN material mt ON m.subject_kind = 'Material' AND mt.id = m.subject_id
        """;

    /// <summary>The paper of the evidence the measurement query shows first (within $paper when given).</summary>
    private const string ShownPaper = """
        JOIN evidence e ON e.id = (
            SELECT f.id FROM evidence f
            WHERE f.measurement_id = m.id AND ($paper IS NULL OR f.paper_id = $paper)
            ORDER BY f.paper_id, f.block, COALESCE(f.row, -1), f.id
            LIMIT 1)
        JOIN paper p ON p.id = e.paper_id
        """;

    /// <summary>Whether <paramref name="query"/> uses only the filters a comparison table has (properties, kinds, paper).</summary>
    public static bool Handles(MeasurementQuery query) =>
        query is { SubjectNameContains: null, ReferenceId: null, SiUnit: null, GreaterThan: null, AtLeast: null, LessThan: null, AtMost: null,
            EvidenceTextContains: null, Condition: null, Ids: null, Where: null };

    public static void Build(SqliteCommand command, MeasurementQuery query, ComparisonRows rows)
    {
        var withPaper = rows == ComparisonRows.Paper || query.PaperId is not null;
        var sql = Select + (withPaper ? " p.id, p.title\n" : " NULL, NULL\n") + Subjects + "\n" + (withPaper ? ShownPaper + "\n" : string.Empty);
        var where = new List<string>();
        MeasurementSql.AddListFilters(command, query, where);
        command.Parameters.AddWithValue("$paper", (object?)query.PaperId ?? DBNull.Value);
        command.CommandText = where.Count == 0 ? sql : sql + "WHERE " + string.Join("\n  AND ", where);
    }
}
