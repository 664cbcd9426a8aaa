using System.Text.Json;
using System.Text.Json.Serialization;

namespace LlzoGraph.Extraction.Evaluation;

/// <summary>A condition of a gold measurement: its name, value and unit as written.</summary>
public sealed record GoldCondition(string Name, double Value, string Unit);

/// <summary>
/// One hand-annotated measurement: the sentence (or table row, "…:table1:r3") it is stated in, its split
/// (train, test, table), subject, property, value (and upper bound of a range), unit as written, qualifier,
/// conditions, cited reference numbers, and for an "after" value the index of its "before" value among the
/// same sentence's measurements.
/// </summary>
public sealed record GoldMeasurement(
    string Sentence,
    string Split,
    string Subject,
    string? SubjectKind,
    string Property,
    double Value,
    double? Upper,
    string Unit,
    string Qualifier,
    IReadOnlyList<GoldCondition>? Conditions,
    IReadOnlyList<int>? References,
    int? ChangedFrom)
{
    /// <summary>The row of a table measurement ("chu2024:table1:r3" → table "table1", row 3), or null for a sentence.</summary>
    public (string Table, int Row)? TableRow
    {
        get
        {
            var parts = Sentence.Split(':');
            return parts.Length == 3 && parts[1].StartsWith("table", StringComparison.Ordinal) && parts[2].StartsWith('r')
                && int.TryParse(parts[2][1..], System.Globalization.CultureInfo.InvariantCulture, out var row)
                ? (parts[1], row)
                : null;
        }
    }

    public static IReadOnlyList<GoldMeasurement> Read(string path) => JsonLines.Read<GoldMeasurement>(path, "gold measurement");
}

/// <summary>One annotated sentence: its id, the section and block it comes from, its split and its exact text.</summary>
public sealed record GoldSentence(string Id, string Source, string Section, int Block, string Split, string Text)
{
    public static IReadOnlyList<GoldSentence> Read(string path) => JsonLines.Read<GoldSentence>(path, "gold sentence");
}

/// <summary>Reads JSON-lines gold files; a bad line is an error naming the file and the line.</summary>
internal static class JsonLines
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };

    public static IReadOnlyList<T> Read<T>(string path, string what)
    {
        var items = new List<T>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                items.Add(JsonSerializer.Deserialize<T>(line, Options) ?? throw new JsonException("empty record"));
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: not a {what} record ({e.Message})", e);
            }
        }

        return items;
    }
}
