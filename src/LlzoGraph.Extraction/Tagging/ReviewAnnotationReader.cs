using System.Text.Json;

namespace LlzoGraph.Extraction.Tagging;

/// <summary>
/// Reads entity annotations in the project's JSON-lines form (corpus/annotations/entities/*.jsonl): one sentence
/// per line with its id, split, text and entity spans (UTF-16 offsets, end exclusive, upper-case type).
/// </summary>
public static class ReviewAnnotationReader
{
    public static IReadOnlyList<AnnotatedSentence> ReadFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.GetFiles(folder, "*.jsonl").Order(StringComparer.Ordinal).SelectMany(ReadFile).ToList();
    }

    /// <summary>
    /// The sentences of one file (one paper), each with the terms the paper's annotated sentences define between them.
    /// </summary>
    public static IReadOnlyList<AnnotatedSentence> ReadFile(string path)
    {
        var sentences = ReadSentences(path);
        var terms = DocumentTerms.Of(string.Join('\n', sentences.Select(s => s.Text)));
        return sentences.Select(s => s with { Terms = terms }).ToList();
    }

    private static List<AnnotatedSentence> ReadSentences(string path)
    {
        var result = new List<AnnotatedSentence>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                result.Add(Parse(line));
            }
            catch (Exception e) when (e is JsonException or InvalidDataException or KeyNotFoundException or InvalidOperationException)
            {
                throw new InvalidDataException($"{path}:{number}: {e.Message}", e);
            }
        }

        return result;
    }

    private static AnnotatedSentence Parse(string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        var text = root.GetProperty("text").GetString() ?? throw new InvalidDataException("no text");
        var entities = new List<GoldEntity>();
        foreach (var e in root.GetProperty("entities").EnumerateArray())
        {
            var label = e.GetProperty("type").GetString() ?? "";
            var type = EntityTypes.FromLabel(label) ?? throw new InvalidDataException($"unknown entity type '{label}'");
            var start = e.GetProperty("start").GetInt32();
            var end = e.GetProperty("end").GetInt32();
            if (start < 0 || end > text.Length || start >= end)
            {
                throw new InvalidDataException($"span {start}–{end} lies outside the sentence");
            }

            entities.Add(new GoldEntity(start, end, type));
        }

        return new AnnotatedSentence(
            root.GetProperty("id").GetString() ?? "",
            text,
            root.GetProperty("split").GetString() ?? "",
            entities.OrderBy(e => e.Start).ToList());
    }
}
