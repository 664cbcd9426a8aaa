namespace LlzoGraph.Core.Documents;

public sealed record DocumentMetadata(
    string Title,
    IReadOnlyList<string> Authors,
    string? Abstract,
    string? Doi,
    int? Year);
