using System.Globalization;
using System.Text.RegularExpressions;
using LlzoGraph.Core.Documents;
using LlzoGraph.Documents.Pdf.Layout;
using LlzoGraph.Documents.Pdf.Text;

namespace LlzoGraph.Documents.Pdf;

/// <summary>
/// Splits the lines of a numbered reference list into entries, across columns and pages. A line starts a
/// new entry when it begins with the next expected number and stands out to the left of the list's
/// hanging indent (in its column on its page); every other line continues the entry before it.
/// </summary>
internal static partial class PdfReferences
{
    public static IReadOnlyList<ReferenceEntry> Split(IReadOnlyList<TextLine> lines, Dehyphenator dehyphenator)
    {
        var indents = new Dictionary<(int, Region), double?>();
        var entries = new List<(int Number, List<string> Lines)>();
        foreach (var line in lines)
        {
            var m = Label().Match(line.Words[0].Text);
            var expected = entries.Count == 0 ? 1 : entries[^1].Number + 1;
            if (m.Success && int.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                && (n == expected || (entries.Count == 0 && n <= 2)) && OutdentedOrUnknown(line, lines, indents))
            {
                var rest = line.Words.Count > 1 ? string.Join(' ', line.Words.Skip(1).Select(w => w.Text)) : string.Empty;
                entries.Add((n, [rest]));
            }
            else if (entries.Count > 0)
            {
                entries[^1].Lines.Add(line.Text);
            }
        }

        return entries.Select(e => new ReferenceEntry(e.Number, Join(e.Lines, dehyphenator), [], null, null, null, null, null, null)).ToList();
    }

    private static string Join(List<string> lines, Dehyphenator dehyphenator)
    {
        var text = string.Empty;
        foreach (var l in lines.Where(l => l.Length > 0))
        {
            text = dehyphenator.Join(text, l);
        }

        return text.Trim();
    }

    /// <summary>
    /// The hanging indent of a column is where lines that do not start with a number begin; a label line
    /// starts left of it. Unknown (every line numbered) counts as outdented.
    /// </summary>
    private static bool OutdentedOrUnknown(TextLine line, IReadOnlyList<TextLine> all, Dictionary<(int, Region), double?> indents)
    {
        var key = (line.Page, line.Region);
        if (!indents.TryGetValue(key, out var indent))
        {
            var continuation = all.Where(l => l.Page == line.Page && l.Region == line.Region && !Label().IsMatch(l.Words[0].Text)).ToList();
            indent = continuation.Count == 0 ? null : continuation.GroupBy(l => Math.Round(l.Left)).OrderByDescending(g => g.Count()).First().Key;
            indents[key] = indent;
        }

        return indent is not { } x || line.Left < x - 0.3 * line.Size;
    }

    [GeneratedRegex(@"^\[?(\d{1,4})[\].)]?$")]
    private static partial Regex Label();
}
