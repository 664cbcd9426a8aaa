using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Text;

namespace LlzoGraph.Extraction.Citations;

/// <summary>
/// Finds citations in a sentence: superscripts (<c>⁶¹</c>, <c>³²,⁴⁹⁻⁵¹</c>), numbers printed after the full stop
/// (<c>… surface. 47</c>, <c>LLZTO.46</c>), brackets (<c>[12–14]</c>), <c>ref. 47</c> mentions and author–year forms
/// (<c>(Smith et al., 2020)</c>, <c>Smith and Lee (2019)</c>). Ranges are expanded. Unit exponents (<c>cm²</c>,
/// <c>cm⁻²</c>) and charges (<c>Ni²⁺</c>) are not citations.
/// </summary>
public static partial class CitationFinder
{
    private const int MaxRange = 60;

    /// <summary>The sentence with citation markers removed, and the cited numbers in order.</summary>
    public static (string Clean, IReadOnlyList<int> Numbers) Find(string sentence)
    {
        var (clean, found, _) = FindAll(sentence);
        return (clean, found.Select(f => f.Number).Distinct().ToList());
    }

    /// <summary>
    /// The sentence with numbered citation markers removed, each cited number with the form it was written in, and
    /// the author–year citations (surname, year) left for the reference list to resolve.
    /// </summary>
    public static (string Clean, IReadOnlyList<(int Number, CitationForm Form)> Numbers, IReadOnlyList<(string Surname, int Year)> AuthorYear) FindAll(string sentence)
    {
        var found = new List<(int, CitationForm)>();
        var numbers = new Collector(found);
        var clean = Superscript().Replace(sentence, m =>
        {
            var before = m.Index > 0 ? sentence[..m.Index] : string.Empty;
            if (UnitOrElementBefore().IsMatch(before) || m.Value.StartsWith('⁻') || IsCharge(sentence, m))
            {
                return m.Value;
            }

            numbers.Add(Scripts.ToPlain(m.Value), CitationForm.Superscript);
            return string.Empty;
        });
        clean = Trailing().Replace(clean, m =>
        {
            numbers.Add(m.Groups[1].Value, CitationForm.TrailingNumber);
            return m.Value[..(m.Groups[1].Index - m.Index)].TrimEnd();
        });
        clean = Bracketed().Replace(clean, m =>
        {
            numbers.Add(m.Groups[1].Value, CitationForm.Bracketed);
            return string.Empty;
        });
        clean = SpaceBeforeStop().Replace(clean, "$1"); // "compared [17–19]." → "compared."
        foreach (Match m in RefMention().Matches(clean))
        {
            numbers.Add(m.Groups[1].Value, CitationForm.RefMention);
        }

        var authorYear = AuthorYear().Matches(clean)
            .Select(m => (m.Groups["surname"].Value, int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture)))
            .Distinct()
            .ToList();
        return (clean.Trim(), found, authorYear);
    }

    /// <summary>
    /// The sentence with its numbered citation markers blanked by spaces ("polishing.⁶⁰" → "polishing.  "): as long as
    /// the sentence, so an offset into it is one into the sentence.
    /// </summary>
    public static string Blanked(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (sentence.AsSpan().IndexOfAny(MarkerStarts) < 0 && sentence.TrimEnd() is var end && (end.Length == 0 || !char.IsDigit(end[^1])))
        {
            return sentence; // no superscript, no bracket, no number after the full stop: nothing to blank
        }

        var clean = FindAll(sentence).Clean;
        var blanked = new StringBuilder(sentence.Length);
        var kept = 0;
        foreach (var c in sentence)
        {
            var keep = kept < clean.Length && c == clean[kept];
            blanked.Append(keep || char.IsWhiteSpace(c) ? c : ' ');
            kept += keep ? 1 : 0;
        }

        // the clean text only ever drops characters; were it to change one, the sentence is read as it stands
        return kept == clean.Length ? blanked.ToString() : sentence;
    }

    /// <summary>The characters a removed citation marker starts with: superscript digits, "[" and a TeX "^".</summary>
    private static readonly SearchValues<char> MarkerStarts = SearchValues.Create("⁰¹²³⁴⁵⁶⁷⁸⁹[^");

    private sealed class Collector(List<(int, CitationForm)> found)
    {
        public void Add(string list, CitationForm form) => found.AddRange(Expand(list).Select(n => (n, form)));
    }

    /// <summary>"32,49-51" → 32, 49, 50, 51.</summary>
    public static IEnumerable<int> Expand(string list)
    {
        foreach (var part in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var bounds = part.Split(['-', '–', '−'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (bounds.Length == 1 && int.TryParse(bounds[0], NumberStyles.None, CultureInfo.InvariantCulture, out var single))
            {
                yield return single;
            }
            else if (bounds.Length == 2
                && int.TryParse(bounds[0], NumberStyles.None, CultureInfo.InvariantCulture, out var from)
                && int.TryParse(bounds[1], NumberStyles.None, CultureInfo.InvariantCulture, out var to)
                && to >= from && to - from <= MaxRange)
            {
                for (var n = from; n <= to; n++)
                {
                    yield return n;
                }
            }
        }
    }

    private static bool IsCharge(string s, Match m)
    {
        var end = m.Index + m.Length;
        return end < s.Length && s[end] is '⁺' or '⁻';
    }

    [GeneratedRegex(@"[⁰¹²³⁴⁵⁶⁷⁸⁹]+(?:\s?[,⁻–-]\s?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)*")]
    private static partial Regex Superscript();

    // "cm²", "m²", "Å³", "Li⁺"-like contexts: a unit symbol or a digit right before the superscript
    [GeneratedRegex(@"(?:\b(?:cm|mm|µm|nm|m|km|Å|s|g|kg|h|S|A|V|K|L|Ω)|[\d⁻])$")]
    private static partial Regex UnitOrElementBefore();

    // numbers after the final stop: "… surface. 47", "… (Fig. 1a). 47", "LLZTO.46", "interfaces. 143-145"
    [GeneratedRegex(@"(?<=[\p{L}\p{No})\]""”’%]\.)\s?(\d{1,3}(?:\s?[,–-]\s?\d{1,3})*)\s*$")]
    private static partial Regex Trailing();

    [GeneratedRegex(@"\s+([.,;:])(?=\s|$)")]
    private static partial Regex SpaceBeforeStop();

    [GeneratedRegex(@"\[(\d{1,3}(?:\s?[,–-]\s?\d{1,3})*)\]")]
    private static partial Regex Bracketed();

    // "(Smith et al., 2020)", "(Smith and Lee, 2019a)", "Smith et al. (2020)", "(Smith, 2020; Lee, 2021)"
    [GeneratedRegex(@"(?<surname>\p{Lu}[\p{L}'’\-]+)(?:\s+et\s+al\.?|\s+(?:and|&)\s+\p{Lu}[\p{L}'’\-]+)?(?:,\s*|\s+\(|\s+)(?<year>(?:19|20)\d{2})[a-z]?(?=\s*[);,\]])(?<=\((?:[^()]{0,80}))|(?<surname>\p{Lu}[\p{L}'’\-]+)(?:\s+et\s+al\.?|\s+(?:and|&)\s+\p{Lu}[\p{L}'’\-]+)\s+\((?<year>(?:19|20)\d{2})[a-z]?\)")]
    private static partial Regex AuthorYear();

    [GeneratedRegex(@"\brefs?\.\s*(\d{1,3}(?:\s?[,–-]\s?\d{1,3})*)", RegexOptions.IgnoreCase)]
    private static partial Regex RefMention();

    internal static string Describe(IEnumerable<int> numbers) =>
        new StringBuilder().AppendJoin(',', numbers).ToString();
}
