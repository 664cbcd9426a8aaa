using System.Text.RegularExpressions;
using LlzoGraph.Extraction.Citations;

namespace LlzoGraph.Extraction.Text;

/// <summary>
/// Splits a paragraph into sentences. Knows the abbreviations of scientific prose (et al., Fig., ref., e.g.,
/// vs.), decimals, and citation numbers printed after the full stop (<c>… (Fig. 1a). 47 Although …</c>),
/// which belong to the sentence before them.
/// </summary>
public static partial class SentenceSplitter
{
    public static IReadOnlyList<Sentence> Split(string paragraph)
    {
        var sentences = new List<Sentence>();
        var start = 0;
        foreach (Match m in Boundary().Matches(paragraph))
        {
            var end = m.Index + m.Length;
            var before = paragraph[start..m.Index];
            if (IsAbbreviation(before))
            {
                continue;
            }

            Add(paragraph[start..end]);
            start = end;
        }

        if (start < paragraph.Length)
        {
            Add(paragraph[start..]);
        }

        return sentences;

        void Add(string raw)
        {
            var text = raw.Trim();
            if (text.Length == 0)
            {
                return;
            }

            var (clean, cited, authorYear) = CitationFinder.FindAll(text);
            sentences.Add(new Sentence(sentences.Count, text, clean, cited, authorYear));
        }
    }

    private static bool IsAbbreviation(string textBeforeStop)
    {
        var m = LastWord().Match(textBeforeStop);
        return m.Success && (Abbreviations.Contains(m.Value) || (m.Value.Length == 1 && char.IsUpper(m.Value[0]) && !AfterNumber().IsMatch(textBeforeStop)));
    }

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "al", "fig", "figs", "ref", "refs", "eq", "eqs", "e.g", "i.e", "vs", "ca", "approx", "no", "nos", "cf",
        "resp", "ed", "eds", "vol", "pp", "dr", "prof", "st", "mr", "ms", "jan", "feb", "aug", "sept", "oct", "nov", "dec",
    };

    // a full stop (or ! ?) with optional closing bracket/quote, optional citation numbers (superscript, bracketed after
    // the stop as "… 25 °C.[14]", or plain), then space and
    // the start of the next sentence (a capital, a bracket, a digit or a Greek symbol: "σ = …"); also after a digit ("… 4.5 Ω cm2. The …", "… in 2019. It …"), but not as a
    // decimal point ("4.3 V")
    [GeneratedRegex(@"(?:(?<!\d)[.!?]|(?<=\d)[.!?](?!\d))(?:[)\]""”’])?(?:[⁰¹²³⁴⁵⁶⁷⁸⁹,⁻–]+|\[\d{1,3}(?:\s?[,–-]\s?\d{1,3})*\]|\s?\d{1,3}(?:\s?[,–-]\s?\d{1,3})*(?=\s+[A-Z(]|\s*$))?(?=\s+[\p{Lu}(\d\[α-ω]|\s*$)")]
    private static partial Regex Boundary();

    // "3 V." and "900 °C." end a sentence with a unit; "J. Smith" has an initial
    [GeneratedRegex(@"\d\s?[°µμ]?\p{Lu}$")]
    private static partial Regex AfterNumber();

    [GeneratedRegex(@"[\p{L}.]+$")]
    private static partial Regex LastWord();
}
