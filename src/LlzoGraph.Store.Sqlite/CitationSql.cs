using System.Text;
using System.Text.Json;
using LlzoGraph.Core.Queries;
using Microsoft.Data.Sqlite;

namespace LlzoGraph.Store.Sqlite;

/// <summary>The citation-graph queries: cited works, the papers citing them, and in-text citations.</summary>
internal static class CitationSql
{
    /// <summary>
    /// Columns read by <see cref="Rows.Reference"/> (after a leading placeholder) and, last, the stored paper with
    /// the work's DOI. The number is the citing paper's when one is named, else the lowest any paper gives the work.
    /// </summary>
    private const string SelectReference = """
        SELECT '', r.id, NUMBER AS number, r.authors, r.title, r.journal, r.year, r.volume, r.pages, r.doi, r.raw,
               (SELECT p.id FROM paper p WHERE r.doi IS NOT NULL AND lower(p.doi) = lower(r.doi) ORDER BY p.id LIMIT 1)
        FROM reference r
        """;

    public const string CitingPapers = """
        SELECT DISTINCT p.id, p.title, p.authors, p.doi, p.year, p.source
        FROM paper_reference pr JOIN paper p ON p.id = pr.paper_id
        WHERE pr.reference_id = $reference
        ORDER BY p.title, p.id
        """;

    public const string CitedBy = """
        SELECT DISTINCT citing.id, citing.title, citing.authors, citing.doi, citing.year, citing.source
        FROM paper cited
        JOIN reference r ON r.doi IS NOT NULL AND lower(r.doi) = lower(cited.doi)
        JOIN paper_reference pr ON pr.reference_id = r.id
        JOIN paper citing ON citing.id = pr.paper_id
        WHERE cited.id = $paper AND cited.doi IS NOT NULL AND citing.id <> cited.id
        ORDER BY citing.title, citing.id
        """;

    /// <summary>Columns: the reference as in <see cref="SelectReference"/> (numbered by the citing paper), then form, section, text.</summary>
    public const string Citations = """
        SELECT '', r.id, c.number, r.authors, r.title, r.journal, r.year, r.volume, r.pages, r.doi, r.raw,
               (SELECT p.id FROM paper p WHERE r.doi IS NOT NULL AND lower(p.doi) = lower(r.doi) ORDER BY p.id LIMIT 1),
               c.form, c.section, c.text
        FROM citation c JOIN reference r ON r.id = c.reference_id
        WHERE c.paper_id = $paper
          AND ($prefix IS NULL OR substr(c.section, 1, length($prefix)) = $prefix)
          AND ($contains IS NULL OR instr(lower(c.section), $contains) > 0)
        ORDER BY c.ordinal
        """;

    public static void BuildReferences(SqliteCommand command, ReferenceQuery query)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(query.Offset, nameof(query.Offset));
        ArgumentOutOfRangeException.ThrowIfNegative(query.Limit, nameof(query.Limit));
        var where = new List<string>();
        string number;
        var sql = new StringBuilder();
        if (query.CitingPaperId is { } citing)
        {
            number = "pr.number";
            sql.Append(SelectReference.Replace("NUMBER", number, StringComparison.Ordinal)).Append('\n')
                .Append("JOIN paper_reference pr ON pr.reference_id = r.id AND pr.paper_id = $citing\n");
            command.Parameters.AddWithValue("$citing", citing);
            if (query.Number is { } n)
            {
                where.Add("pr.number = $number");
                command.Parameters.AddWithValue("$number", n);
            }
        }
        else
        {
            number = "(SELECT MIN(x.number) FROM paper_reference x WHERE x.reference_id = r.id)";
            sql.Append(SelectReference.Replace("NUMBER", number, StringComparison.Ordinal)).Append('\n');
            if (query.Number is { } n)
            {
                where.Add("EXISTS (SELECT 1 FROM paper_reference x WHERE x.reference_id = r.id AND x.number = $number)");
                command.Parameters.AddWithValue("$number", n);
            }
        }

        Contains(command, where, "r.authors", "$author", query.Author);
        Contains(command, where, "r.title", "$title", query.Title);
        Contains(command, where, "r.journal", "$journal", query.Journal);
        if (query.Year is { } year)
        {
            where.Add("r.year = $year");
            command.Parameters.AddWithValue("$year", year);
        }

        if (query.MeasurementIds is { } ids)
        {
            where.Add("r.id IN (SELECT reference_id FROM measurement_reference WHERE measurement_id IN (SELECT value FROM json_each($measurements)))");
            command.Parameters.AddWithValue("$measurements", JsonSerializer.Serialize(ids.ToArray(), StoreJsonContext.Default.StringArray));
        }

        if (where.Count > 0)
        {
            sql.Append("WHERE ").AppendJoin("\n  AND ", where).Append('\n');
        }

        sql.Append("ORDER BY number, r.id\nLIMIT $limit OFFSET $offset");
        command.Parameters.AddWithValue("$limit", query.Limit);
        command.Parameters.AddWithValue("$offset", query.Offset);
        command.CommandText = sql.ToString();
    }

    /// <summary>"2.3" keeps sections numbered 2.3…; any other text keeps sections whose label contains it.</summary>
    public static void BuildCitations(SqliteCommand command, string paperId, string? section)
    {
        command.CommandText = Citations;
        command.Parameters.AddWithValue("$paper", paperId);
        var trimmed = section?.Trim();
        var numbered = trimmed is { Length: > 0 } && char.IsDigit(trimmed[0]);
        command.Parameters.AddWithValue("$prefix", numbered ? trimmed! : DBNull.Value);
        command.Parameters.AddWithValue("$contains", !numbered && trimmed is { Length: > 0 } ? trimmed.ToLowerInvariant() : DBNull.Value);
    }

    private static void Contains(SqliteCommand command, List<string> where, string column, string parameter, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            where.Add($"instr(lower(COALESCE({column}, '')), {parameter}) > 0");
            command.Parameters.AddWithValue(parameter, value.Trim().ToLowerInvariant());
        }
    }
}
