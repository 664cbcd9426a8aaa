namespace LlzoGraph.Core.Documents;

/// <summary>
/// One entry of a paper's reference list, parsed as far as it could be. <see cref="Raw"/> always keeps the
/// text as printed; fields that could not be read are null and <see cref="Problem"/> says why.
/// </summary>
public sealed record ReferenceEntry(
    int Number,
    string Raw,
    IReadOnlyList<string> Authors,
    string? Title,
    string? Journal,
    int? Year,
    string? Volume,
    string? Pages,
    string? Doi,
    string? Problem = null)
{
    public string? FirstAuthor => Authors.Count > 0 ? Authors[0] : null;

    /// <summary>Surname of the first author ("Xia" from "S. Xia").</summary>
    public string? FirstAuthorSurname => FirstAuthor?.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
}
