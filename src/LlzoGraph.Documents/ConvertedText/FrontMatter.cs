using System.Globalization;
using System.Text.RegularExpressions;
using LlzoGraph.Core.Documents;

namespace LlzoGraph.Documents.ConvertedText;

/// <summary>Reads title, authors, abstract, DOI and year from the chunks before the first section.</summary>
internal static partial class FrontMatter
{
    public static (DocumentMetadata Metadata, HashSet<int> Used) Read(IReadOnlyList<Chunk> chunks, string fallbackTitle)
    {
        var used = new HashSet<int>();
        var all = string.Join('\n', chunks.Select(c => c.Text));
        var doi = Doi().Match(all) is { Success: true } d ? d.Value.TrimEnd('.', ',', ';', ')') : null;

        var titleIndex = -1;
        for (var i = 0; i < chunks.Count && titleIndex < 0; i++)
        {
            var t = chunks[i].Text;
            var words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            if (words is >= 4 and <= 40 && t.Length <= 300 && !t.EndsWith('.') && t.Any(char.IsLower) && !NotATitle().IsMatch(t))
            {
                titleIndex = i;
            }
        }

        var title = titleIndex >= 0 ? chunks[titleIndex].Text : fallbackTitle;
        if (titleIndex >= 0)
        {
            used.Add(titleIndex);
        }

        IReadOnlyList<string> authors = [];
        if (titleIndex >= 0 && titleIndex + 1 < chunks.Count && LooksLikeAuthors(chunks[titleIndex + 1].Text))
        {
            authors = SplitAuthors(chunks[titleIndex + 1].Text);
            used.Add(titleIndex + 1);
        }

        var abstractIndex = LabelledAbstract(chunks, used);
        for (var i = Math.Max(0, titleIndex + 1); i < chunks.Count && abstractIndex < 0; i++)
        {
            if (!used.Contains(i) && chunks[i].Text.Split(' ').Length >= 80)
            {
                abstractIndex = i;
            }
        }

        string? abstractText = null;
        if (abstractIndex >= 0)
        {
            abstractText = chunks[abstractIndex].Text;
            used.Add(abstractIndex);
        }

        int? year = null;
        var dated = DatedLine().Matches(all).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        if (dated.Count > 0)
        {
            year = dated.Max();
        }

        return (new DocumentMetadata(title, authors, abstractText, doi, year), used);
    }

    /// <summary>
    /// The chunk a label marks as the abstract, whatever its length: the one after a line "Abstract" (or "Summary"), or
    /// one that starts with "Abstract:"; -1 for none.
    /// </summary>
    private static int LabelledAbstract(IReadOnlyList<Chunk> chunks, HashSet<int> used)
    {
        for (var i = 0; i < chunks.Count; i++)
        {
            var text = chunks[i].Text.Trim();
            var label = AbstractLabel().Match(text);
            if (used.Contains(i) || !label.Success)
            {
                continue;
            }

            if (label.Length < text.Length)
            {
                return i; // "Abstract: Garnet electrolytes …"
            }

            if (i + 1 < chunks.Count && !used.Contains(i + 1) && chunks[i + 1].Text.Split(' ').Length >= 20)
            {
                return i + 1;
            }
        }

        return -1;
    }

    private static bool LooksLikeAuthors(string text) =>
        text.Length < 600 && !text.EndsWith('.') && (text.Contains(',', StringComparison.Ordinal) || text.Contains(" and ", StringComparison.Ordinal))
        && SplitAuthors(text).All(a => a.Split(' ').Length is >= 2 and <= 5);

    internal static IReadOnlyList<string> SplitAuthors(string text)
    {
        var cleaned = Markers().Replace(text, " ");
        return AuthorSeparator().Split(cleaned)
            .Select(a => Regex.Replace(a, @"^\s*[a-z]{1,3}\s+|\s+[a-z]{1,3}\s*$", " ").Trim())
            .Where(a => a.Length > 0)
            .ToList();
    }

    /// <summary>"Abstract" or "Summary" alone, or opening a paragraph with a colon, full stop or dash after it.</summary>
    [GeneratedRegex(@"^(?:abstract|summary)(?:\s*$|\s*[:.—–-]\s*(?=\S))", RegexOptions.IgnoreCase)]
    private static partial Regex AbstractLabel();

    [GeneratedRegex(@"\b10\.\d{4,9}/[^\s""<>]+")]
    private static partial Regex Doi();

    [GeneratedRegex(@"DOI|doi\.org|https?://|Cite this|©|Copyright|Received|Accepted|Published|View Article|Journal", RegexOptions.IgnoreCase)]
    private static partial Regex NotATitle();

    [GeneratedRegex(@"(?:Accepted|Published|Received|©|Copyright)[^\n]*?\b((?:19|20)\d{2})\b")]
    private static partial Regex DatedLine();

    [GeneratedRegex(@"[†‡*§¶]+[a-z,]{0,4}")]
    private static partial Regex Markers();

    [GeneratedRegex(@"\s*,\s*(?:and\s+)?|\s+and\s+")]
    private static partial Regex AuthorSeparator();
}
