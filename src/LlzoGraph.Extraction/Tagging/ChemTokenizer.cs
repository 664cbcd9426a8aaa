using System.Text.RegularExpressions;
using LlzoGraph.Core.Units;

namespace LlzoGraph.Extraction.Tagging;

/// <summary>
/// Splits a sentence into tokens the way chemistry text needs: formulas (<c>Li₆.₄La₃Zr₁.₄Ta₀.₆O₁₂</c>,
/// <c>LiF-Li₂PO₃F</c>), cell stacks (<c>Li|LLZTO|Li</c>) and doped names (<c>Ga-LLZO</c>) stay whole; a name is split
/// from a suffix that relates something to it (<c>V₂O₅-based</c>); stacks written
/// with '/' (<c>Pt/GDC/YSZ</c>) are split at each '/'; brackets,
/// trailing punctuation, citation markers, comparison signs and a unit written onto its number are split off.
/// Every token keeps its offsets into the sentence.
/// </summary>
public static partial class ChemTokenizer
{
    private const string Opening = "([{";
    private const string Closing = ")]}";
    private const string Quotes = "\"'“”‘’«»";
    private const string TrailingPunctuation = ",;:!?.";
    private const string LeadingSigns = "~≈∼<>≤≥±";
    private const string Joiners = ",;:-–—";

    public static IReadOnlyList<Token> Tokenize(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var tokens = new List<Token>();
        var i = 0;
        while (i < sentence.Length)
        {
            if (char.IsWhiteSpace(sentence[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < sentence.Length && !char.IsWhiteSpace(sentence[i]))
            {
                i++;
            }

            SplitChunk(sentence, start, i, tokens);
        }

        return tokens;
    }

    private static void SplitChunk(string s, int start, int end, List<Token> tokens)
    {
        var tail = new List<Token>();
        while (start < end)
        {
            var c = s[start];
            if (LeadingGroupEnd(s, start, end) is var close and > 0)
            {
                tokens.Add(Make(s, start, start + 1));
                SplitChunk(s, start + 1, close, tokens);
                tokens.Add(Make(s, close, close + 1));
                var rest = close + 1;
                while (rest < end && Joiners.Contains(s[rest], StringComparison.Ordinal))
                {
                    tokens.Add(Make(s, rest, rest + 1));
                    rest++;
                }

                if (rest < end)
                {
                    SplitChunk(s, rest, end, tokens);
                }

                return;
            }

            if (Quotes.Contains(c, StringComparison.Ordinal)
                || (Opening.Contains(c, StringComparison.Ordinal) && OpeningIsSeparate(s, start, end))
                || (LeadingSigns.Contains(c, StringComparison.Ordinal) && start + 1 < end && (char.IsDigit(s[start + 1]) || s[start + 1] == '.')))
            {
                tokens.Add(Make(s, start, start + 1));
                start++;
                continue;
            }

            break;
        }

        while (end > start)
        {
            var c = s[end - 1];
            var citation = CitationTail(s, start, end);
            if (citation <= start || citation >= end)
            {
                citation = PlainCitationAfterBracket(s, start, end); // also before a comma: "°C)23,"
            }

            if (citation > start && citation < end)
            {
                tail.Add(Make(s, citation, end));
                end = citation;
                continue;
            }

            if (TrailingPunctuation.Contains(c, StringComparison.Ordinal) || Quotes.Contains(c, StringComparison.Ordinal)
                || (Closing.Contains(c, StringComparison.Ordinal) && ClosingIsSeparate(s, start, end)))
            {
                if (end - start == 1)
                {
                    break;
                }

                tail.Add(Make(s, end - 1, end));
                end--;
                continue;
            }

            break;
        }

        if (end > start)
        {
            SplitCore(s, start, end, tokens);
        }

        tail.Reverse();
        tokens.AddRange(tail);
    }

    /// <summary>Splits the inside of a chunk: '×', a number glued to its unit or percent sign, a numeric range.</summary>
    private static void SplitCore(string s, int start, int end, List<Token> tokens)
    {
        var text = s[start..end];
        var times = text.IndexOf('×', StringComparison.Ordinal);
        if (times >= 0 && text.Length > 1)
        {
            if (times > 0)
            {
                SplitCore(s, start, start + times, tokens);
            }

            tokens.Add(Make(s, start + times, start + times + 1));
            if (start + times + 1 < end)
            {
                SplitCore(s, start + times + 1, end, tokens);
            }

            return;
        }

        if (IsSlashStack(text))
        {
            var at = start;
            foreach (var part in text.Split('/'))
            {
                if (at > start)
                {
                    tokens.Add(Make(s, at - 1, at));
                }

                SplitCore(s, at, at + part.Length, tokens);
                at += part.Length + 1;
            }

            return;
        }

        var suffixed = NameThenSuffix().Match(text);
        if (suffixed.Success && suffixed.Groups["name"].Value.Any(char.IsUpper))
        {
            var dash = start + suffixed.Groups["dash"].Index;
            SplitCore(s, start, dash, tokens);
            tokens.Add(Make(s, dash, dash + 1));
            tokens.Add(Make(s, dash + 1, end));
            return;
        }

        var citation = GluedCitation(text);
        if (citation > 0)
        {
            SplitCore(s, start, start + citation, tokens);
            var digits = text[citation] is '.' or ',' ? start + citation + 1 : start + citation;
            if (digits > start + citation)
            {
                tokens.Add(Make(s, start + citation, digits));
            }

            tokens.Add(Make(s, digits, end));
            return;
        }

        var range = NumericRange().Match(text);
        if (range.Success)
        {
            var dash = start + range.Groups["dash"].Index;
            SplitCore(s, start, dash, tokens);
            tokens.Add(Make(s, dash, dash + 1));
            SplitCore(s, dash + 1, end, tokens);
            return;
        }

        var glued = NumberThenRest().Match(text);
        if (glued.Success)
        {
            var rest = glued.Groups["rest"].Value;
            if (rest == "%" || IsUnit(rest))
            {
                var cut = start + glued.Groups["rest"].Index;
                tokens.Add(Make(s, start, cut));
                tokens.Add(Make(s, cut, end));
                return;
            }
        }

        tokens.Add(Make(s, start, end));
    }

    /// <summary>
    /// Whether a chunk is a stack or mixture of named parts written with '/' (<c>Pt/GDC/YSZ</c>, <c>Li₂CO₃/LiOH</c>):
    /// every part has its brackets closed and starts with a capital or a bracket (<c>(La,Sr)MnO₃/CGO</c>), or every part starts with a letter and one is a formula or element
    /// (<c>Pt/yttria-stabilized</c>, <c>H2/air</c>), and the whole is not a unit (<c>V/K</c>); the parts become tokens
    /// of their own, so a span may cover one part or the whole stack. Words joined by '/' (<c>and/or</c>,
    /// <c>Charge/discharge</c>) stay whole.
    /// </summary>
    internal static bool IsSlashStack(string text)
    {
        if (!text.Contains('/', StringComparison.Ordinal) || IsUnit(text))
        {
            return false;
        }

        var parts = text.Split('/');
        return parts.Length >= 2 && parts.All(p => p.Length > 0 && (char.IsLetter(p[0]) || p[0] == '(') && Balanced(p))
            && (parts.All(p => !char.IsLower(p[0])) || parts.Any(p => ChemicalElements.Read(p.Split('-')[0]).Elements > 0 && char.IsUpper(p[0])));
    }

    private static bool Balanced(string text) =>
        text.Count(c => Opening.Contains(c, StringComparison.Ordinal)) == text.Count(c => Closing.Contains(c, StringComparison.Ordinal));

    /// <summary>Whether a token is a unit or unit product the unit grammar reads (mA, cm⁻², °C, h, S/cm).</summary>
    public static bool IsUnit(string text)
    {
        if (text.Length is 0 or > 16 || char.IsDigit(text[0]) || !text.Any(c => char.IsLetter(c) || c is '°' or 'Ω' or '%'))
        {
            return false;
        }

        return Unit.Parse(text).Ok;
    }

    /// <summary>Where a citation marker at the end of a chunk starts (<c>LLZO¹²</c>, <c>LLZO^{12,13}</c>), or -1.</summary>
    private static int CitationTail(string s, int start, int end)
    {
        var text = s.AsSpan(start, end - start);
        var caret = text.LastIndexOf("^{", StringComparison.Ordinal);
        if (caret > 0 && text[^1] == '}')
        {
            return start + caret;
        }

        if (!IsSuperscriptDigit(s[end - 1]))
        {
            return -1;
        }

        var i = end;
        while (i > start && (IsSuperscriptDigit(s[i - 1]) || s[i - 1] is ',' or '–' or '˒'))
        {
            i--;
        }

        while (i < end && !IsSuperscriptDigit(s[i]))
        {
            i++;
        }

        if (i == start || !(char.IsLetter(s[i - 1]) || s[i - 1] == ')'))
        {
            return -1;
        }

        // "cm²" is a unit with its exponent, not a citation.
        return IsUnit(s[start..end]) ? -1 : i;
    }

    /// <summary>
    /// Where a citation number written in plain digits after a closing bracket that opens nowhere in the chunk starts
    /// ("… 700 °C)23", the reference of a bracketed remark), or -1. A bracket closed inside the chunk keeps its digits:
    /// "Ca(OH)2" is a formula.
    /// </summary>
    private static int PlainCitationAfterBracket(string s, int start, int end)
    {
        var i = end;
        while (i > start && char.IsAsciiDigit(s[i - 1]))
        {
            i--;
        }

        return i < end && i > start && Closing.Contains(s[i - 1], StringComparison.Ordinal) && ClosingIsSeparate(s, start, i) ? i : -1;
    }

    /// <summary>
    /// Where the bracket group that opens a chunk closes, when the group is a name of its own rather than part of a
    /// formula, or -1: a group that is no formula followed by more (<c>(LSCM)12</c>, a citation; <c>(LSM)-YSZ</c>), or
    /// any group followed by a joining sign (<c>(SrMoO₄)-YSZ</c>, <c>(ZnO)—a</c>). A formula group the chunk goes on
    /// from stays whole: <c>(La₀.₈Sr₀.₂)₀.₉₅MnO₃</c>, <c>(La,Sr)MnO₃</c>.
    /// </summary>
    private static int LeadingGroupEnd(string s, int start, int end)
    {
        if (!Opening.Contains(s[start], StringComparison.Ordinal))
        {
            return -1;
        }

        var depth = 0;
        for (var i = start; i < end; i++)
        {
            if (Opening.Contains(s[i], StringComparison.Ordinal))
            {
                depth++;
            }
            else if (Closing.Contains(s[i], StringComparison.Ordinal) && --depth == 0)
            {
                if (i == start + 1 || s.AsSpan(i + 1, end - i - 1).Trim(TrailingPunctuation + Quotes).IsEmpty)
                {
                    return -1; // "()" or a group that wraps the chunk: the usual bracket split handles it
                }

                var joined = Joiners.Contains(s[i + 1], StringComparison.Ordinal);
                return joined || !IsFormulaGroup(s[(start + 1)..i]) ? i : -1;
            }
        }

        return -1;
    }

    /// <summary>Whether a bracketed group reads as part of a formula: element symbols with numbers or a two-letter symbol (<c>La,Sr</c>, <c>OH</c>).</summary>
    private static bool IsFormulaGroup(string inner)
    {
        var (elements, stoichiometry) = ChemicalElements.Read(inner);
        return elements > 0 && (stoichiometry || inner.Any(char.IsLower) || inner.Length <= 2);
    }

    private static bool OpeningIsSeparate(string s, int start, int end)
    {
        var depth = 0;
        for (var i = start; i < end; i++)
        {
            if (Opening.Contains(s[i], StringComparison.Ordinal))
            {
                depth++;
            }
            else if (Closing.Contains(s[i], StringComparison.Ordinal) && --depth == 0)
            {
                // The bracket wraps the rest of the chunk, "(LPO)" or "(LPO),": split it off.
                return s.AsSpan(i + 1, end - i - 1).Trim(TrailingPunctuation + Quotes).IsEmpty;
            }
        }

        return true;
    }

    private static bool ClosingIsSeparate(string s, int start, int end)
    {
        var balance = 0;
        for (var i = start; i < end; i++)
        {
            if (Opening.Contains(s[i], StringComparison.Ordinal))
            {
                balance++;
            }
            else if (Closing.Contains(s[i], StringComparison.Ordinal))
            {
                balance--;
            }
        }

        return balance < 0;
    }

    internal static bool IsSuperscriptDigit(char c) => c is '⁰' or '¹' or '²' or '³' or (>= '⁴' and <= '⁹');

    private static Token Make(string s, int start, int end) => new(start, end, s[start..end]);

    [GeneratedRegex(@"^[+\-−]?\d+(?:[.,]\d+)?(?<rest>[^\d.,].*)$")]
    private static partial Regex NumberThenRest();

    /// <summary>
    /// Where a citation glued after a full stop or comma starts (<c>°C.5,6</c>, <c>LSC.59</c>, <c>°C,6,19</c>), or one
    /// glued straight onto a temperature unit (<c>°C151617</c>) or a word of four or more letters, lower case after the
    /// first (<c>nickelate19</c>); -1 when there is none. A formula keeps its numbers
    /// (<c>LiCoO2</c>, <c>Li0.5</c>), and so does a unit with its exponent (<c>cm2</c>).
    /// </summary>
    private static int GluedCitation(string text)
    {
        var m = CitationAfterWord().Match(text);
        if (!m.Success || IsUnit(text))
        {
            return -1;
        }

        var head = m.Groups["head"].Value;
        var cite = m.Groups["cite"];
        if (cite.Value[0] is '.' or ',')
        {
            return IsUnit(head) || ChemicalElements.Read(head).Elements == 0 ? cite.Index : -1;
        }

        return head is "°C" or "°F" or "%" || PlainWord().IsMatch(head) && cite.Length <= 6 && cite.Value.All(char.IsDigit) ? cite.Index : -1;
    }

    [GeneratedRegex(@"^[A-Za-z][a-z]{3,}$")]
    private static partial Regex PlainWord();

    [GeneratedRegex(@"^(?<head>.*?[^\d\s.,])(?<cite>[.,]?\d+(?:[,–−-]\d+)*)$")]
    private static partial Regex CitationAfterWord();

    /// <summary>
    /// A name with a suffix that says how a thing relates to it ("V₂O₅-based", "Li-rich", "Ni-infiltrated"): the name
    /// becomes a token of its own, so a span may hold it alone. Dopings ("Ta-doped") stay whole: they name a material.
    /// </summary>
    [GeneratedRegex(@"^(?<name>.+?)(?<dash>[-‐])(?:based|containing|rich|poor|free|derived|coated|modified|supported|support|supports|infiltrated|impregnated|only|like|protected|treated|annealed|sintered|filled|site|sites|conducting|assisted|induced|enabled)$", RegexOptions.IgnoreCase)]
    private static partial Regex NameThenSuffix();

    [GeneratedRegex(@"^[+\-−]?\d+(?:\.\d+)?(?<dash>[–—-])\d+(?:\.\d+)?$")]
    private static partial Regex NumericRange();
}
