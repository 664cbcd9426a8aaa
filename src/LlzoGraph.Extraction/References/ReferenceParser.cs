using System.Globalization;
using System.Text.RegularExpressions;
using LlzoGraph.Core.Documents;

namespace LlzoGraph.Extraction.References;

/// <summary>
/// Parses a numbered reference entry in the "authors, title, journal, year, volume, pages" style used by
/// chemistry and materials journals. Unparseable parts stay null and the entry keeps its raw text and a reason.
/// </summary>
public static partial class ReferenceParser
{
    public static ReferenceEntry Parse(ReferenceEntry entry)
    {
        var raw = entry.Raw.Trim();
        var doi = Doi().Match(raw) is { Success: true } d ? d.Value.TrimEnd('.', ',', ';') : null;
        var text = Doi().Replace(raw, string.Empty).Trim().TrimEnd('.', ',', ' ');

        var (authors, rest) = Authors(text);
        var tail = Tail().Match(rest);
        if (!tail.Success)
        {
            return entry with
            {
                Authors = authors, Doi = doi,
                Year = AnyYear().Match(rest) is { Success: true } y ? int.Parse(y.Value, CultureInfo.InvariantCulture) : null,
                Problem = "no 'journal, year, volume, pages' tail",
            };
        }

        var year = int.Parse(tail.Groups["year"].Value, CultureInfo.InvariantCulture);
        var volume = tail.Groups["volume"].Success ? tail.Groups["volume"].Value : null;
        var pages = tail.Groups["pages"].Success ? tail.Groups["pages"].Value : null;
        if (pages is null && volume is not null && volume.Length > 4)
        {
            (pages, volume) = (volume, null); // "Adv. Mater., 2023, 2308275": an article number, no volume
        }

        var (title, journal) = TitleAndJournal(rest[..tail.Index]);
        return entry with
        {
            Authors = authors, Title = title, Journal = journal, Year = year, Volume = volume, Pages = pages?.Replace('–', '-'), Doi = doi,
            Problem = authors.Count == 0 ? "no authors recognised" : journal is null ? "no journal recognised" : null,
        };
    }

    /// <summary>Leading "A. B. Name, C. Name and D. Name," run; returns the authors and the text after them.</summary>
    private static (IReadOnlyList<string> Authors, string Remainder) Authors(string text)
    {
        var authors = new List<string>();
        var position = 0;
        while (position < text.Length)
        {
            var m = AuthorAt().Match(text, position);
            if (!m.Success || m.Index != position)
            {
                break;
            }

            authors.Add(m.Groups["name"].Value.Trim());
            position = m.Index + m.Length;
            if (m.Groups["sep"].Value.Trim().Length == 0 || (m.Groups["sep"].Value.TrimStart().StartsWith(',') && m.Groups["last"].Success))
            {
                break;
            }
        }

        return (authors, text[position..].Trim());
    }

    /// <summary>Journal = the last comma segment, plus the one before it when both read as abbreviations ("Angew. Chem., Int. Ed.").</summary>
    private static (string? Title, string? Journal) TitleAndJournal(string text)
    {
        var segments = text.Split(", ").Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
        if (segments.Count == 0)
        {
            return (null, null);
        }

        var take = 1;
        if (segments.Count >= 3 && IsAbbreviated(segments[^2]) && IsAbbreviated(segments[^1]))
        {
            take = 2;
        }

        var journal = string.Join(", ", segments.TakeLast(take));
        var title = segments.Count > take ? string.Join(", ", segments.Take(segments.Count - take)) : null;
        return (title, journal);
    }

    private static bool IsAbbreviated(string segment) =>
        segment.Length <= 40 && segment.Split(' ').All(w => w.Length > 0 && (char.IsUpper(w[0]) || w is "of" or "and" or "&"))
        && segment.Contains('.', StringComparison.Ordinal);

    // "W. L. An", "Q.-K. Zhang", "F. A. Garcia Daza", "L. L. A"; separators ", " or " and "
    [GeneratedRegex(@"\G(?<name>(?:\p{Lu}\p{Ll}+\s(?=\p{Lu}\.))?(?:\p{Lu}[\p{Ll}]?\.(?:\s?-?\p{Lu}[\p{Ll}]?\.)*\s)+(?:(?:van|von|de|der|da|di|del|la|le)\s)*\p{Lu}[\p{L}'’\-]*(?:\s\p{Lu}[\p{L}'’\-]+)?)(?<sep>\s*,\s*(?:and\s+)?|\s+and\s+(?<last>)|\s*,?\s*et al\.?,?\s*|)")]
    private static partial Regex AuthorAt();

    [GeneratedRegex(@",\s*(?<year>(?:19|20)\d{2})(?:,\s*(?<volume>[\w()-]+))?(?:,\s*(?<pages>[A-Za-z]{0,4}\d+[A-Za-z]?(?:\s?[-–]\s?[A-Za-z]{0,4}\d+)?))?\s*$")]
    private static partial Regex Tail();

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b")]
    private static partial Regex AnyYear();

    [GeneratedRegex(@"\b(?:doi:\s*|https?://(?:dx\.)?doi\.org/)?10\.\d{4,9}/\S+", RegexOptions.IgnoreCase)]
    private static partial Regex Doi();
}
