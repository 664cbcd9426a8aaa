using System.Globalization;
using System.Text.RegularExpressions;
using LlzoGraph.Core.Documents;

namespace LlzoGraph.Extraction.References;

/// <summary>
/// Parses reference entries in the two families of styles papers in this field use: numbered chemistry style
/// ("A. B. Name, C. Name and D. Name, Title, Journal, year, volume, pages.") and author–year style
/// ("Name, A. B., Name, C., 2020. Title. Journal 12(3), 45–67."). Conversion markup (*italic*, **bold**) is
/// ignored. Fields that cannot be read stay null with a reason; every field carries the parser's confidence.
/// </summary>
public static partial class ReferenceParser
{
    public static ReferenceEntry Parse(ReferenceEntry entry)
    {
        var raw = entry.Raw.Replace("*", string.Empty, StringComparison.Ordinal).Trim();
        var doi = Doi().Match(raw) is { Success: true } d ? d.Groups[1].Value.TrimEnd('.', ',', ';', ')') : null;
        var text = Doi().Replace(raw, string.Empty).Trim().TrimEnd('.', ',', ' ');

        return Patent(entry, text, doi)
            ?? Numbered(entry, text, doi)
            ?? AuthorYear(entry, text, doi)
            ?? entry with
            {
                Doi = doi,
                Year = AnyYear().Match(text) is { Success: true } y ? int.Parse(y.Value, CultureInfo.InvariantCulture) : null,
                Problem = "neither 'authors, title, journal, year, volume, pages' nor 'authors, year. title. journal volume, pages'",
                FieldConfidence = Confidence(0, 0, 0, 0.5, 0, 0),
            };
    }

    /// <summary>"A. Name and B. Name, US Pat., US2023063636, 2023": the office stands as journal, the number as pages.</summary>
    private static ReferenceEntry? Patent(ReferenceEntry entry, string text, string? doi)
    {
        var m = PatentTail().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var (authors, _) = ChemistryAuthors(text[..m.Index]);
        return entry with
        {
            Authors = authors, Title = null, Journal = m.Groups["office"].Value.Trim(), Year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture),
            Volume = null, Pages = m.Groups["number"].Value, Doi = doi, Problem = null,
            FieldConfidence = Confidence(authors.Count > 0 ? 0.9 : 0, 1, 0.9, 0.95, 1, 0.9),
        };
    }

    private static ReferenceEntry? Numbered(ReferenceEntry entry, string text, string? doi)
    {
        var (authors, rest) = ChemistryAuthors(text);
        var tail = Tail().Match(rest);
        if (authors.Count == 0 || !tail.Success)
        {
            return null;
        }

        var volume = tail.Groups["volume"].Success ? tail.Groups["volume"].Value : null;
        var issue = tail.Groups["issue"].Success ? tail.Groups["issue"].Value : null;
        var pages = tail.Groups["pages"].Success ? tail.Groups["pages"].Value : null;
        var articleNumberOnly = pages is null && volume is not null && volume.Length > 4;
        if (articleNumberOnly)
        {
            (pages, volume) = (volume, null); // "Adv. Mater., 2023, 2308275": an article number, no volume
        }

        var (title, journal, twoSegmentJournal) = TitleAndJournal(rest[..tail.Index]);
        return entry with
        {
            Authors = authors, Title = title, Journal = journal, Year = int.Parse(tail.Groups["year"].Value, CultureInfo.InvariantCulture),
            Volume = volume, Issue = issue, Pages = Dashes(pages), Doi = doi,
            Problem = journal is null ? "no journal recognised" : title is null ? "no title recognised" : null,
            FieldConfidence = Confidence(
                authors: 0.97, title: title is null ? 0 : twoSegmentJournal ? 0.85 : 0.9, journal: journal is null ? 0 : 0.9,
                year: 0.99, volume: articleNumberOnly ? 0.7 : 0.95, pages: pages is null ? 0.5 : 0.95),
        };
    }

    private static ReferenceEntry? AuthorYear(ReferenceEntry entry, string text, string? doi)
    {
        var m = AuthorYearEntry().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var authors = SurnameFirstAuthors(m.Groups["authors"].Value);
        if (authors.Count == 0)
        {
            return null;
        }

        return entry with
        {
            Authors = authors, Title = m.Groups["title"].Value.Trim(), Journal = m.Groups["journal"].Value.Trim().TrimEnd(','),
            Year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture), Volume = m.Groups["volume"].Value,
            Issue = m.Groups["issue"].Success ? m.Groups["issue"].Value : null, Pages = Dashes(m.Groups["pages"].Value), Doi = doi, Problem = null,
            FieldConfidence = Confidence(0.9, 0.85, 0.85, 0.99, 0.95, 0.95),
        };
    }

    /// <summary>Leading "A. B. Name, C. Name and D. Name," run; returns the authors and the text after them.</summary>
    private static (IReadOnlyList<string> Authors, string Remainder) ChemistryAuthors(string text)
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

    /// <summary>"Smith, J., Doe, A.B. and Lee, C." or "Smith J, Doe AB" → "J. Smith", "A. B. Doe", "C. Lee".</summary>
    private static List<string> SurnameFirstAuthors(string text)
    {
        var authors = new List<string>();
        foreach (Match m in SurnameFirst().Matches(text))
        {
            var initials = string.Join(' ', m.Groups["initials"].Value.Where(char.IsUpper).Select(c => c + "."));
            authors.Add((initials + " " + m.Groups["surname"].Value).Trim());
        }

        return authors;
    }

    /// <summary>Journal = the last comma segment, plus the one before it when both read as abbreviations ("Angew. Chem., Int. Ed.").</summary>
    private static (string? Title, string? Journal, bool TwoSegments) TitleAndJournal(string text)
    {
        var segments = text.Split(", ").Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
        if (segments.Count == 0)
        {
            return (null, null, false);
        }

        var take = segments.Count >= 3 && IsAbbreviated(segments[^2]) && IsAbbreviated(segments[^1]) ? 2 : 1;
        var journal = string.Join(", ", segments.TakeLast(take));
        var title = segments.Count > take ? string.Join(", ", segments.Take(segments.Count - take)) : null;
        return (title, journal, take == 2);
    }

    private static bool IsAbbreviated(string segment) =>
        segment.Length <= 40 && segment.Split(' ').All(w => w.Length > 0 && (char.IsUpper(w[0]) || w is "of" or "and" or "&"))
        && segment.Contains('.', StringComparison.Ordinal);

    private static string? Dashes(string? pages) => pages?.Replace('–', '-').Replace('—', '-').Replace(" ", string.Empty, StringComparison.Ordinal);

    private static Dictionary<string, double> Confidence(double authors, double title, double journal, double year, double volume, double pages) => new()
    {
        ["authors"] = authors, ["title"] = title, ["journal"] = journal, ["year"] = year, ["volume"] = volume, ["pages"] = pages,
    };

    // "W. L. An", "Q.-K. Zhang", "F. A. Garcia Daza", "J. G. Pereira da Silva", "George V. Alexander", "L. L. A";
    // separators ", " or " and "
    [GeneratedRegex(@"\G(?<name>(?:\p{Lu}\p{Ll}+\s(?=\p{Lu}\.))?(?:\p{Lu}[\p{Ll}]?\.(?:\s?-?\p{Lu}[\p{Ll}]?\.)*\s)+(?:(?:van|von|de|der|da|di|del|la|le)\s)*\p{Lu}[\p{L}'’\-]*(?:\s(?:(?:da|de|del|della|der|di|do|dos|du|la|le|van|von|y)\s)?\p{Lu}[\p{L}'’\-]+)?)(?<sep>\s*,\s*(?:and\s+)?|\s+and\s+(?<last>)|\s*,?\s*et al\.?,?\s*|)")]
    private static partial Regex AuthorAt();

    [GeneratedRegex(@",\s*(?<year>(?:19|20)\d{2})(?:,\s*(?<volume>[\w-]+)(?:\s?\((?<issue>[\w-]+)\))?)?(?:,\s*(?<pages>[A-Za-z]{0,4}\d+[A-Za-z]?(?:\s?[-–]\s?[A-Za-z]{0,4}\d+)?))?\s*$")]
    private static partial Regex Tail();

    [GeneratedRegex(@",\s*(?<office>(?:US|EP|WO|CN|JP|KR|DE|GB|FR)\s?Pat(?:ent)?\.?),\s*(?<number>[A-Z]{0,2}\d[\dA-Z/.-]*),\s*(?<year>(?:19|20)\d{2})\s*$")]
    private static partial Regex PatentTail();

    [GeneratedRegex(@"^(?<authors>.+?)[,.]?\s*\(?(?<year>(?:19|20)\d{2})[a-z]?\)?[.,:]\s+(?<title>[^.]+(?:\.[^.\s][^.]*)*?)\.\s+(?<journal>[\p{L}][\p{L}.&' -]*?),?\s+(?<volume>\d+)(?:\s?\((?<issue>[\w-]+)\))?[,:]\s*(?<pages>[A-Za-z]?\d+(?:\s*[-–]\s*[A-Za-z]?\d+)?)$")]
    private static partial Regex AuthorYearEntry();

    [GeneratedRegex(@"(?<surname>\p{Lu}[\p{L}'’\-]+(?:\s(?:van|von|de|der|da|di|del|la|le)\s\p{Lu}[\p{L}'’\-]+)?),?\s+(?<initials>(?:\p{Lu}\.?\s?-?){1,4})(?=,|\s+and\s|\s*&|\s*$)")]
    private static partial Regex SurnameFirst();

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b")]
    private static partial Regex AnyYear();

    [GeneratedRegex(@"\b(?:doi:\s*|https?://(?:dx\.)?doi\.org/)?(10\.\d{4,9}/\S+)", RegexOptions.IgnoreCase)]
    private static partial Regex Doi();
}
