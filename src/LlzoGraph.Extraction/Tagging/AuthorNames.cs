using System.Text.RegularExpressions;

namespace LlzoGraph.Extraction.Tagging;

/// <summary>
/// A surname that reads as a material: "Li et al.", "Li and co-workers", "Ma's group" name authors, not lithium or a
/// formula.
/// </summary>
internal static partial class AuthorNames
{
    /// <summary>Whether the word ending at <paramref name="end"/> is an author's name, by what follows it.</summary>
    public static bool EndsAt(string sentence, int end) => end <= sentence.Length && Follows().IsMatch(sentence.AsSpan(end));

    [GeneratedRegex(@"^(?:\s+et\s*al\b|\s+and\s+(?:co-?workers|colleagues|co-?authors)\b|['’]s\s+(?:group|team|lab|laboratory)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Follows();
}
