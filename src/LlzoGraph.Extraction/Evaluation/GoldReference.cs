using System.Text.Json;
using System.Text.Json.Serialization;

namespace LlzoGraph.Extraction.Evaluation;

/// <summary>One hand-checked reference entry: what the parser must recover for entry <see cref="Number"/> of <see cref="Source"/>.</summary>
public sealed record GoldReference(
    string Source,
    int Number,
    IReadOnlyList<string> Authors,
    string? Title,
    string? Journal,
    int? Year,
    string? Volume,
    string? Pages,
    string? Doi)
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip };

    /// <summary>Reads a JSON-lines file; a bad line is an error naming the file and the line.</summary>
    public static IReadOnlyList<GoldReference> Read(string path)
    {
        var gold = new List<GoldReference>();
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
                gold.Add(JsonSerializer.Deserialize<GoldReference>(line, Options) ?? throw new JsonException("empty record"));
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: not a gold reference record ({e.Message})", e);
            }
        }

        return gold;
    }
}
