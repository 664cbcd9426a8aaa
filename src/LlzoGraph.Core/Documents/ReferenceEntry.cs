namespace LlzoGraph.Core.Documents;

/// <summary>
/// One entry of a paper's reference list, parsed as far as it could be. <see cref="Raw"/> always keeps the
/// text as printed; fields that could not be read are null and <see cref="Problem"/> says why.
/// <see cref="FieldConfidence"/> gives the parser's confidence per field name ("authors", "title", …).
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
    string? Problem = null,
    string? Issue = null,
    IReadOnlyDictionary<string, double>? FieldConfidence = null)
{
    public string? FirstAuthor => Authors.Count > 0 ? Authors[0] : null;

    /// <summary>Surname of the first author: what follows the initials ("Xia" of "S. Xia", "Pereira da Silva" of "J. G. Pereira da Silva").</summary>
    public string? FirstAuthorSurname => FirstAuthor is { } a ? Surname(a) : null;

    /// <summary>The journal as a comparison key: letters and digits only, lower case ("Sci. Adv." → "sciadv").</summary>
    public string? JournalKey => Journal is null ? null : new string(Journal.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    public static string Surname(string author)
    {
        var parts = author.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var i = 0;
        while (i < parts.Length - 1 && parts[i].EndsWith('.'))
        {
            i++;
        }

        return string.Join(' ', parts[i..]);
    }
}
