using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Graph;
using LlzoGraph.Core.Queries;
using Microsoft.Data.Sqlite;

namespace LlzoGraph.Store.Sqlite;

/// <summary>Reads query rows into the views of <see cref="LlzoGraph.Core.Queries"/>, by column position.</summary>
internal static class Rows
{
    public const string SelectPapers = "SELECT id, title, authors, doi, year, source FROM paper ORDER BY title, id";

    public const string SelectStatistics = """
        SELECT (SELECT COUNT(*) FROM paper), (SELECT COUNT(*) FROM section), (SELECT COUNT(*) FROM material),
               (SELECT COUNT(*) FROM strategy), (SELECT COUNT(*) FROM measurement), (SELECT COUNT(*) FROM reference)
        """;

    /// <summary>A paper from six columns starting at <paramref name="at"/>: id, title, authors, doi, year, source.</summary>
    public static PaperView Paper(SqliteDataReader r, int at = 0) => new(
        r.GetString(at),
        r.GetString(at + 1),
        StoreJson.ReadAuthors(r.GetString(at + 2)),
        NullableString(r, at + 3),
        NullableInt(r, at + 4),
        r.GetString(at + 5));

    /// <summary>A measurement from the columns of <see cref="MeasurementSql"/>'s page query, without its references.</summary>
    public static MeasurementView Measurement(SqliteDataReader r, PaperView paper) => new(
        Id: r.GetString(0),
        SubjectId: r.GetString(1),
        SubjectName: r.GetString(2),
        SubjectKind: Enum.Parse<SubjectKind>(r.GetString(3)),
        Property: Enum.Parse<Property>(r.GetString(4)),
        Value: r.GetDouble(5),
        UpperValue: NullableDouble(r, 6),
        Unit: r.GetString(7),
        SiValue: r.GetDouble(8),
        SiUnit: r.GetString(9),
        Qualifier: Enum.Parse<Qualifier>(r.GetString(10)),
        Conditions: GraphJson.ReadConditions(r.GetString(11)),
        Evidence: new EvidenceView(
            paper,
            Enum.Parse<EvidenceKind>(r.GetString(12)),
            r.GetString(13),
            r.GetString(14),
            NullableString(r, 15),
            NullableInt(r, 16),
            NullableInt(r, 17),
            GraphJson.ReadBox(NullableString(r, 18))),
        References: [],
        Confidence: r.GetDouble(19))
    {
        Curation = r.IsDBNull(26) ? null : new CurationState(
            Enum.Parse<Core.Curation.CurationAction>(r.GetString(26)), r.GetString(27),
            DateTimeOffset.Parse(r.GetString(28), System.Globalization.CultureInfo.InvariantCulture), NullableString(r, 29)),
    };

    /// <summary>The column where <see cref="Measurement"/>'s paper starts.</summary>
    public const int MeasurementPaperColumn = 20;

    /// <summary>A reference with, in column 11, the stored paper it is (see <see cref="CitationSql"/>).</summary>
    public static ReferenceView LinkedReference(SqliteDataReader r) => Reference(r) with { PaperId = NullableString(r, 11) };

    /// <summary>A reference from the columns of <see cref="MeasurementSql.ReferencesOfMeasurements"/> after the measurement id.</summary>
    public static ReferenceView Reference(SqliteDataReader r) => new(
        Id: r.GetString(1),
        Number: r.GetInt32(2),
        Authors: StoreJson.ReadAuthors(r.GetString(3)),
        Title: NullableString(r, 4),
        Journal: NullableString(r, 5),
        Year: NullableInt(r, 6),
        Volume: NullableString(r, 7),
        Pages: NullableString(r, 8),
        Doi: NullableString(r, 9),
        Raw: r.GetString(10));

    /// <summary>An evidence row of <see cref="MeasurementSql.EvidenceOfMeasurements"/> after the measurement id.</summary>
    public static EvidenceView Evidence(SqliteDataReader r) => new(
        Paper(r, 8),
        Enum.Parse<EvidenceKind>(r.GetString(1)),
        r.GetString(2),
        r.GetString(3),
        NullableString(r, 4),
        NullableInt(r, 5),
        NullableInt(r, 6),
        GraphJson.ReadBox(NullableString(r, 7)));

    public static StoreStatistics Statistics(SqliteDataReader r) => new(
        r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4), r.GetInt32(5));

    private static string? NullableString(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static int? NullableInt(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt32(i);

    private static double? NullableDouble(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetDouble(i);
}
