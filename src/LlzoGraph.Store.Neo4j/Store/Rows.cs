using System.Globalization;
using LlzoGraph.Core.Documents;
using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Graph;
using LlzoGraph.Core.Queries;
using LlzoGraph.Store.Neo4j.Bolt;
using LlzoGraph.Store.Neo4j.Bolt.Driver;

namespace LlzoGraph.Store.Neo4j.Store;

/// <summary>Reads result records into the views of <see cref="LlzoGraph.Core.Queries"/>, by column position.</summary>
internal static class Rows
{
    public static PaperView Paper(Record r, int at = 0) => new(
        Text(r[at]),
        Text(r[at + 1]),
        Strings(r[at + 2]),
        NullableText(r[at + 3]),
        NullableInt(r[at + 4]),
        Text(r[at + 5]));

    /// <summary>A measurement from the columns of <see cref="Cypher.FindMeasurements"/>, without references and reportedIn.</summary>
    public static MeasurementView Measurement(Record r, PaperView paper) => new(
        Id: Text(r[0]),
        SubjectId: Text(r[1]),
        SubjectName: Text(r[2]),
        SubjectKind: Enum.Parse<SubjectKind>(Text(r[3])),
        Property: Enum.Parse<Property>(Text(r[4])),
        Value: Float(r[5]),
        UpperValue: NullableFloat(r[6]),
        Unit: Text(r[7]),
        SiValue: Float(r[8]),
        SiUnit: Text(r[9]),
        Qualifier: Enum.Parse<Qualifier>(Text(r[10])),
        Conditions: GraphJson.ReadConditions(Text(r[11])),
        Evidence: Evidence(r, 12, paper),
        References: [],
        Confidence: Float(r[19]))
    {
        Curation = r[26] is null ? null : new CurationState(
            Enum.Parse<Core.Curation.CurationAction>(Text(r[26])), Text(r[27]),
            DateTimeOffset.Parse(Text(r[28]), CultureInfo.InvariantCulture), NullableText(r[29])),
        ChangedFromId = NullableText(r[30]),
    };

    public const int MeasurementPaperColumn = 20;

    /// <summary>Evidence from seven columns at <paramref name="at"/>: kind, section, text, table, row, page, box.</summary>
    public static EvidenceView Evidence(Record r, int at, PaperView paper) => new(
        paper,
        Enum.Parse<EvidenceKind>(Text(r[at])),
        Text(r[at + 1]),
        Text(r[at + 2]),
        NullableText(r[at + 3]),
        NullableInt(r[at + 4]),
        NullableInt(r[at + 5]),
        GraphJson.ReadBox(NullableText(r[at + 6])));

    /// <summary>A row of <see cref="Cypher.EvidenceOfMeasurements"/> after the measurement id.</summary>
    public static EvidenceView Evidence(Record r) => Evidence(r, 1, Paper(r, 8));

    /// <summary>A row of <see cref="Cypher.ReferencesOfMeasurements"/> after the measurement id.</summary>
    public static ReferenceView Reference(Record r) => new(
        Id: Text(r[1]),
        Number: NullableInt(r[2]) ?? throw new BoltProtocolException("a cited reference has no number"),
        Authors: Strings(r[3]),
        Title: NullableText(r[4]),
        Journal: NullableText(r[5]),
        Year: NullableInt(r[6]),
        Volume: NullableText(r[7]),
        Pages: NullableText(r[8]),
        Doi: NullableText(r[9]),
        Raw: Text(r[10]));

    /// <summary>A reference with, in column 11, the stored paper it is (see <see cref="CitationCypher"/>).</summary>
    public static ReferenceView LinkedReference(Record r) => Reference(r) with { PaperId = NullableText(r[11]) };

    public static StoreStatistics Statistics(Record r) => new(Int(r[0]), Int(r[1]), Int(r[2]), Int(r[3]), Int(r[4]), Int(r[5]));

    public static string Text(object? value) => value as string ?? throw Unexpected("a string", value);

    public static string? NullableText(object? value) => value is null ? null : Text(value);

    public static int Int(object? value) => value is long l ? checked((int)l) : throw Unexpected("an integer", value);

    public static int? NullableInt(object? value) => value is null ? null : Int(value);

    public static double Float(object? value) => value switch
    {
        double d => d,
        long l => l,
        _ => throw Unexpected("a number", value),
    };

    public static double? NullableFloat(object? value) => value is null ? null : Float(value);

    /// <summary>A list property; Neo4j does not keep an empty list's element type, nor some versions an empty list at all (null).</summary>
    public static IReadOnlyList<string> Strings(object? value) => value switch
    {
        null => [],
        List<object?> list => list.Select(Text).ToList(),
        _ => throw Unexpected("a list of strings", value),
    };

    private static BoltProtocolException Unexpected(string what, object? value) =>
        new(string.Create(CultureInfo.InvariantCulture, $"the store read {value?.GetType().Name ?? "null"} where it expected {what}"));
}
