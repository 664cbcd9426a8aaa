using System.Text.RegularExpressions;
using LlzoGraph.Core.Documents;
using LlzoGraph.Core.Materials;
using LlzoGraph.Core.Text;

namespace LlzoGraph.Extraction.Vocabulary;

/// <summary>
/// Finds the abbreviations a paper defines for materials: a name followed by a bracketed short form whose letters
/// it contains ("Ta-doped LLZO (LLZTO)", "Li₃PO₄ (LPO)", "poly(ethylene oxide) (PEO)"). The name is the shortest
/// run of words before the brackets that holds every letter of the short form and names a material.
/// </summary>
public static partial class AbbreviationFinder
{
    private const int MaxWords = 5;

    private static readonly HashSet<string> Stop = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "of", "and", "or", "with", "by", "as", "in", "on", "to", "for", "from", "is", "was", "were", "are",
        "named", "called", "termed", "denoted", "using", "via", "this", "that", "these", "its", "their",
    };

    public sealed record Definition(int Start, int End, string Name, string Abbreviation);

    public static IReadOnlyList<Definition> Find(string text)
    {
        var found = Scan(text, NamesMaterial);
        found.AddRange(FormulasOf(text, found));
        return found.OrderBy(d => d.Start).ToList();
    }

    /// <summary>Every short form the text defines, whatever its name stands for ("solid oxide fuel cell (SOFC)" too).</summary>
    public static IReadOnlyList<Definition> FindAny(string text) => Scan(text, _ => true);

    private static List<Definition> Scan(string text, Func<string, bool> accept)
    {
        var found = new List<Definition>();
        foreach (Match m in Bracketed().Matches(text))
        {
            var abbreviation = m.Groups[1].Value;
            // a formula in brackets is no short form, unless it is capitals the name spells out: three or more ("spark
            // plasma sintering (SPS)"), or two that are its words' initials ("hot pressing (HP)")
            var capitals = abbreviation.All(char.IsAsciiLetterUpper);
            if (abbreviation.Count(char.IsUpper) < 2 || Elements.IsSymbol(abbreviation)
                || FormulaText.IsFormula(abbreviation) && !(capitals && (abbreviation.Length >= 3 || Initials(text[..m.Index]).EndsWith(abbreviation, StringComparison.Ordinal))))
            {
                continue;
            }

            var words = Word().Matches(text[..m.Index]).TakeLast(MaxWords).ToList();
            for (var take = 1; take <= words.Count; take++)
            {
                var first = words[^take];
                if (Stop.Contains(first.Value))
                {
                    break;
                }

                var start = first.Index;
                var name = text[start..m.Index].Trim().TrimEnd(',');
                if (Explains(name, abbreviation) && accept(name))
                {
                    found.Add(new Definition(start, m.Index + m.Length, name, abbreviation));
                    break;
                }
            }
        }

        return found;
    }

    /// <summary>
    /// A full formula in brackets after a material's name is another name of it: "Ga-doped LLZO
    /// (Li₆.₂₅Ga₀.₂₅La₃Zr₂O₁₂)", and with a short form after it, "Ta-doped LLZO (Li₆.₄La₃Zr₁.₄Ta₀.₆O₁₂, LLZTO)" (the name
    /// the short form explains). The name is the shortest run of words before the brackets that names a material, with
    /// the dopant written before it.
    /// </summary>
    private static IEnumerable<Definition> FormulasOf(string text, List<Definition> abbreviations)
    {
        foreach (Match m in BracketedFormula().Matches(text))
        {
            var formula = m.Groups["f"].Value;
            if (!FormulaText.IsFormula(formula) || Scripts.ToPlain(formula).Count(char.IsUpper) < 3)
            {
                continue;
            }

            if (m.Groups["a"].Success)
            {
                var named = abbreviations.FirstOrDefault(d => d.Abbreviation == m.Groups["a"].Value && d.End == m.Index + m.Length);
                if (named is not null)
                {
                    yield return new Definition(named.Start, named.End, named.Name, formula);
                }

                continue;
            }

            var words = Word().Matches(text[..m.Index]).TakeLast(MaxWords).ToList();
            for (var take = 1; take <= words.Count && !Stop.Contains(words[^take].Value); take++)
            {
                var name = text[words[^take].Index..m.Index].Trim();
                if (NamesMaterial(name) && !FormulaText.IsFormula(name))
                {
                    var start = take < words.Count && DopedWord().IsMatch(words[^(take + 1)].Value) ? words[^(take + 1)].Index : words[^take].Index;
                    yield return new Definition(start, m.Index + m.Length, text[start..m.Index].Trim(), formula);
                    break;
                }
            }
        }
    }

    /// <summary>Every definition in the paper's running text and captions, as one material's names.</summary>
    public static MaterialAliases FromDocument(Document document) => new(document.RunningText
        .SelectMany(b => Find(b.Text))
        .Select(d => (d.Name, d.Abbreviation)));

    /// <summary>The first letters, as capitals, of the last words before a bracket ("Hot pressing" → "HP").</summary>
    private static string Initials(string before) =>
        string.Concat(Word().Matches(before).TakeLast(MaxWords).Select(w => char.ToUpperInvariant(w.Value[0])));

    /// <summary>
    /// Each letter of the short form appears in the name, in order (case and scripts aside), and the first ones match;
    /// for a doped material, each letter appears in any order.
    /// </summary>
    private static bool Explains(string name, string abbreviation)
    {
        var letters = Scripts.ToPlain(name).Where(char.IsLetter).Select(char.ToUpperInvariant).ToList();
        var wanted = abbreviation.Where(char.IsLetter).Select(char.ToUpperInvariant).ToList();
        if (letters.Count == 0 || wanted.Count == 0 || StableIdKey(name) == StableIdKey(abbreviation))
        {
            return false;
        }

        var j = 0;
        foreach (var c in letters)
        {
            if (j < wanted.Count && c == wanted[j])
            {
                j++;
            }
        }

        if (j == wanted.Count && letters[0] == wanted[0])
        {
            return true;
        }

        // "Ta-doped LLZO (LLZTO)": the dopant's letters sit inside the host's abbreviation
        var pool = letters.GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
        return Doped().IsMatch(name) && wanted.GroupBy(c => c).All(g => pool.GetValueOrDefault(g.Key) >= g.Count());
    }

    /// <summary>Whether the name ends in a material ("Solid oxide fuel cells" holds one, but names a device).</summary>
    private static bool NamesMaterial(string name) =>
        MaterialFinder.Find(name).Any(m => m.End == name.Length || NonStoichiometry().IsMatch(name[m.End..])) || Polymer().IsMatch(name) || FormulaText.IsFormula(FormulaText.Normalise(name));

    private static string StableIdKey(string s) => MaterialAliases.Key(s);

    /// <summary>A short form in brackets, perhaps after the formula it stands for: "(LLZTO)", "(Li₆.₄La₃Zr₁.₄Ta₀.₆O₁₂, LLZTO)".</summary>
    [GeneratedRegex(@"\((?:[A-Z][A-Za-z0-9₀-₉.]{3,40}?,\s*)?([A-Za-z][A-Za-z0-9₀-₉\-]{1,9})\)")]
    private static partial Regex Bracketed();

    /// <summary>A formula in brackets, perhaps with a short form after a comma: "(Li₆.₄La₃Zr₁.₄Ta₀.₆O₁₂, LLZTO)".</summary>
    [GeneratedRegex(@"\((?<f>[A-Z][A-Za-z0-9₀-₉.]{3,40}?)(?:,\s*(?<a>[A-Za-z][A-Za-z0-9₀-₉\-]{1,9}))?\)")]
    private static partial Regex BracketedFormula();

    [GeneratedRegex(@"^[A-Z][a-z]?(?:[/-][A-Z][a-z]?)*-(?:co-)?(?:doped|substituted|stabili[sz]ed)$")]
    private static partial Regex DopedWord();

    /// <summary>An oxygen excess or deficiency written after a formula: "−δ", "+δ", "-x".</summary>
    [GeneratedRegex(@"^\s?[−+\-–]\s?[δx]$")]
    private static partial Regex NonStoichiometry();

    [GeneratedRegex(@"\S+")]
    private static partial Regex Word();

    [GeneratedRegex(@"^poly[\s(-]|^poly\w+", RegexOptions.IgnoreCase)]
    private static partial Regex Polymer();

    [GeneratedRegex(@"\b[A-Z][a-z]?(?:[/-][A-Z][a-z]?)*[\s-]+(?:co-?)?doped\b")]
    private static partial Regex Doped();
}
