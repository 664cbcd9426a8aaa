using System.Globalization;
using System.Text.RegularExpressions;
using LlzoGraph.Core.Documents;
using LlzoGraph.Documents.Text;

namespace LlzoGraph.Documents.ConvertedText;

/// <summary>
/// Splits a reference list into entries. In a numbered list an entry begins with the next expected number and any
/// other chunk continues the entry before it (entries broken across columns and pages). A list that does not start
/// with a number is read as an author–year list: an entry begins with "Surname, I." and is numbered in order.
/// </summary>
internal sealed partial class ReferenceSplitter
{
    private readonly List<(int Number, string Text)> entries = [];
    private bool unnumbered;

    public IReadOnlyList<ReferenceEntry> Entries =>
        entries.Select(e => new ReferenceEntry(e.Number, Clean(e.Text), [], null, null, null, null, null, null)).ToList();

    /// <summary>Adds a chunk of the list; false when the chunk is neither an entry nor a continuation.</summary>
    public bool Add(string chunk)
    {
        var text = Marker().Replace(chunk.Trim(), string.Empty);
        var m = Numbered().Match(text);
        var expected = entries.Count == 0 ? 1 : entries[^1].Number + 1;
        if (m.Success && int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) is var n && (n == expected || (entries.Count == 0 && n <= 2)))
        {
            entries.Add((n, m.Groups[2].Value));
            return true;
        }

        if ((entries.Count == 0 || unnumbered) && AuthorYearStart().IsMatch(text))
        {
            unnumbered = true;
            entries.Add((entries.Count + 1, text));
            return true;
        }

        if (entries.Count > 0 && !LooksLikeHeading(text))
        {
            entries[^1] = (entries[^1].Number, entries[^1].Text.TrimEnd() + " " + text);
            return true;
        }

        return false;
    }

    private static bool LooksLikeHeading(string text) =>
        text.Length < 40 && !text.Contains(',', StringComparison.Ordinal) && !text.Contains('.', StringComparison.Ordinal);

    private static string Clean(string text) =>
        LatexText.Normalise(text.Replace("**", string.Empty, StringComparison.Ordinal).Replace("*", string.Empty, StringComparison.Ordinal));

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’\-]+(?:\s\p{Lu}[\p{L}'’\-]+)?,\s*\p{Lu}\.")]
    private static partial Regex AuthorYearStart();

    [GeneratedRegex(@"^(?:[-•]\s+)")]
    private static partial Regex Marker();

    [GeneratedRegex(@"^[\[(]?(\d{1,4})[\].)]?\s+(\S.*)$")]
    private static partial Regex Numbered();
}
