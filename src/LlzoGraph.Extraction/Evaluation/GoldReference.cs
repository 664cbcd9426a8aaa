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
    /// <summary>Reads a JSON-lines file; a bad line is an error naming the file and the line.</summary>
    public static IReadOnlyList<GoldReference> Read(string path) => JsonLines.Read<GoldReference>(path, "gold reference");
}
