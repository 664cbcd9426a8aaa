using System.Text.RegularExpressions;
using LlzoGraph.Extraction.Vocabulary;

namespace LlzoGraph.Extraction.Tagging;

/// <summary>
/// A rule for the tagger that finds materials the material finder leaves to context: a metal written as its symbol
/// ("Mg", "Cu"; "Co" or "In" only inside a sentence, where they are no words), an ion ("Li⁺", "O²⁻", "Ba2+"), a
/// formula with a variable amount ("LixAl"), formulas joined by hyphens ("LiF-LiAl-Li", "Al-Si"), and a cell of three
/// or more parts written as one word ("Li|LLZTO|Li", "Li/Au/LLZO/Au/Li"), which the annotations take as one material.
/// </summary>
internal static partial class MaterialTokens
{
    /// <summary>Symbols that are also English words or prefixes at a sentence's start ("In", "As", "No").</summary>
    private static readonly HashSet<string> WordLike = new(StringComparer.Ordinal)
    {
        "In", "As", "At", "Be", "No", "Am", "Es", "Ho", "Pa", "Po", "Re", "Sm", "Ga", "Ca", "Co", "Nd", "Pu", "Ra", "Fr",
    };

    private static readonly char[] Joins = ['|', '/', '@'];

    public static IEnumerable<(int Start, int End)> Find(string sentence)
    {
        // stacks are read from the words between spaces: the tokeniser splits "/"-written stacks into their parts
        var stacks = Word().Matches(sentence).Where(w => IsStack(w.Value)).Select(w => (Start: w.Index, End: w.Index + w.Length)).ToList();
        var symbols = ChemTokenizer.Tokenize(sentence)
            .Where(t => (IsMetalSymbol(t.Text, t.Start == 0) && !NoMetal().IsMatch(sentence[t.End..]) || IsIon(t.Text) || IsVariableFormula(t.Text) || IsJoined(t.Text))
                && !stacks.Any(s => s.Start < t.End && t.Start < s.End))
            .Select(t => (t.Start, t.End));
        return stacks.Concat(symbols).Concat(Doped(sentence)).Concat(ElementNames(sentence)).OrderBy(s => s.Start).ToList();
    }

    /// <summary>
    /// A substance named in words from an element on: "lithium", "molten lithium" → "lithium", "zinc oxide", "lithium
    /// ions", "lithium alloy". Not a phenomenon or a class named after the element ("lithium dendrites", "lithium
    /// salts"), a device part ("hydrogen electrode"), nor a word joined by a hyphen ("lithium-ion").
    /// </summary>
    private static IEnumerable<(int Start, int End)> ElementNames(string sentence)
    {
        var words = Letters().Matches(sentence);
        for (var i = 0; i < words.Count; i++)
        {
            if (!ChemicalWords.IsElementName(words[i].Value) || words[i].Value == "lead" || char.IsUpper(words[i].Value[0]) && i > 0)
            {
                continue;
            }

            var last = i;
            while (last + 1 < words.Count && sentence.AsSpan(words[last].Index + words[last].Length, words[last + 1].Index - words[last].Index - words[last].Length) is " "
                && !NotSubstance().IsMatch(words[last + 1].Value) && ContinuesName(words[last + 1].Value))
            {
                last++;
            }

            var next = last + 1 < words.Count ? words[last + 1].Value : "";
            if (!NotSubstance().IsMatch(next))
            {
                yield return (words[i].Index, words[last].Index + words[last].Length);
            }

            i = last;
        }
    }

    /// <summary>
    /// A word that continues a substance's name: another element, a compound class ("oxide", "alloy"), a salt's anion
    /// ("naphthalenide"), "ions" or "metal"; not the form it is used in ("lithium foil" → "lithium", as the guideline
    /// leaves out words of a material's form).
    /// </summary>
    private static bool ContinuesName(string word) =>
        ChemicalWords.IsElementName(word) || ChemicalWords.IsCompoundName(word) || NamePart().IsMatch(word);

    /// <summary>Phenomena named after a metal ("Li dendrites", "lithium filaments").</summary>
    private const string Phenomena = "dendrites?|filaments?";

    /// <summary>Nouns after an element's name that make it a phenomenon, a class or a device part.</summary>
    [GeneratedRegex(@"^(?:" + Phenomena + @"|salts?|electrodes?|batter(?:y|ies)|cells?)$", RegexOptions.IgnoreCase)]
    private static partial Regex NotSubstance();

    [GeneratedRegex(@"^(?:\p{Ll}{3,}ide|ions?|metal)$")]
    private static partial Regex NamePart();

    /// <summary>What makes a symbol no metal after all: a phenomenon named after it ("Li dendrites"; an author is left out by the rule tagger).</summary>
    [GeneratedRegex(@"^\s+(?:" + Phenomena + @")\b")]
    private static partial Regex NoMetal();

    /// <summary>A word of letters alone, not joined to another by a hyphen, digit or letter ("lithium", not "lithium-ion").</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}\-–‐])\p{L}+(?![\p{L}\p{N}\-–‐])")]
    private static partial Regex Letters();

    /// <summary>
    /// A material named with its dopant or with what it is free of ("Al-doped Li₇La₃Zr₂O₁₂", "Ga/Ta co-doped LLZO",
    /// "Li₂CO₃-free LLZO"): one material, as the guideline writes such compositions.
    /// </summary>
    private static IEnumerable<(int Start, int End)> Doped(string sentence)
    {
        foreach (Match m in Doping().Matches(sentence).Concat(FreeOf().Matches(sentence)))
        {
            var hosts = MaterialFinder.Find(sentence[(m.Index + m.Length)..]);
            var named = m.Groups["dopant"].Success
                ? m.Groups["dopant"].Value.Split('/', ',', '-', '–').All(ChemicalElements.IsSymbol)
                : MaterialFinder.IsMaterial(m.Groups["free"].Value);
            if (hosts.Count > 0 && hosts[0] is { Start: 0 } host && named)
            {
                yield return (m.Index, m.Index + m.Length + host.End);
            }
        }
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}-])(?<free>[A-Z][^\s-]*)-free\s+")]
    private static partial Regex FreeOf();

    [GeneratedRegex(@"(?<![\p{L}\p{N}-])(?<dopant>[A-Z][a-z]?(?:[/,–-][A-Z][a-z]?)*)[- ](?:co-?)?doped\s+")]
    private static partial Regex Doping();

    [GeneratedRegex(@"[^\s,;:()\[\]]+(?<![.])")]
    private static partial Regex Word();

    private static bool IsMetalSymbol(string text, bool first) =>
        text.Length == 2 && ChemicalElements.IsSymbol(text) && !IsWordAtStart(text, first);

    /// <summary>Whether a symbol that is also an English word ("In", "As") stands at a sentence's start, where it is the word.</summary>
    internal static bool IsWordAtStart(string text, bool first) => first && WordLike.Contains(text);

    /// <summary>An element or group with its charge: "Li⁺", "Al³⁺", "PO₄³⁻", "Li+".</summary>
    internal static bool IsIon(string text)
    {
        if (AsciiCation().IsMatch(text))
        {
            return ChemicalElements.IsSymbol(text.TrimEnd('+').TrimEnd("0123456789".ToCharArray()));
        }

        var charge = text.IndexOfAny(['⁺', '⁻', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷']);
        return charge > 0 && text[charge..].All(c => c is '⁺' or '⁻' || ChemTokenizer.IsSuperscriptDigit(c))
            && (text[^1] is '⁺' or '⁻') && ChemicalElements.Read(text[..charge]).Elements > 0;
    }

    /// <summary>A formula whose amounts are variables ("LixAl", "Li₃₋ₓN"): two or more elements and a stoichiometry.</summary>
    private static bool IsVariableFormula(string text)
    {
        var (elements, stoichiometry) = ChemicalElements.Read(text);
        return elements >= 2 && stoichiometry && text.Any(c => c is 'x' or 'y' or 'ₓ' or 'δ') && !text.Contains('-', StringComparison.Ordinal);
    }

    /// <summary>Materials joined by hyphens or dashes into one name: formulas or elements ("Li–Mg", "LiF-LiAl-Li") or a composite ("PEO-LLZTO").</summary>
    internal static bool IsJoined(string text) => IsJoinedFormulas(text) || IsJoinedNames(text);

    /// <summary>Two or more formulas or elements joined by hyphens, one with two elements or more ("LiF-LiAl-Li", "Al-Si").</summary>
    private static bool IsJoinedFormulas(string text)
    {
        var parts = text.Split('-', '–');
        return parts.Length >= 2 && parts.All(p => p.Length > 0 && char.IsUpper(p[0]) && ChemicalElements.Read(p).Elements > 0)
            && (parts.Any(p => ChemicalElements.Read(p).Elements >= 2) || parts.All(p => p.Length == 2 && ChemicalElements.IsSymbol(p)));
    }

    /// <summary>Named materials joined by hyphens, one a name rather than a formula: a composite ("PEO-LLZTO", "LLZO-PVDF").</summary>
    private static bool IsJoinedNames(string text)
    {
        var parts = text.Split('-', '–');
        return parts.Length >= 2 && parts.All(MaterialFinder.IsMaterial) && parts.Any(p => !MaterialFinder.IsFormula(p));
    }

    [GeneratedRegex(@"^[A-Z][a-z]?\d?\+$")]
    private static partial Regex AsciiCation();

    private static bool IsStack(string text)
    {
        if (text.IndexOfAny(Joins) < 0)
        {
            return false;
        }

        // a cell of three or more parts, each a material or a short form ("Li/LLZTO@PZL/Li", "Li|BM-LLZTO|Li"), at
        // least one a material; two parts ("lithium metal/LLZO" interface) are two materials
        var parts = text.Split(Joins);
        return parts.Length >= 3 && parts.All(p => IsMaterial(p) || IsShortForm(p)) && parts.Any(IsMaterial)
            || parts.Length == 2 && parts.All(IsIon); // an exchange of two ions ("Li⁺/H⁺")
    }

    private static bool IsMaterial(string part) =>
        part.Length > 0 && (ChemicalElements.Read(part).Elements > 0 || MaterialFinder.Find(part).Any(m => m.Start == 0 && m.End == part.Length));

    private static bool IsShortForm(string part) =>
        part.Length is >= 2 and <= 12 && part.Split('-', '–').All(w => w.Length >= 2 && w.All(c => char.IsUpper(c) || char.IsDigit(c)) || IsMaterial(w));
}
