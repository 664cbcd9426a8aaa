using System.Text.RegularExpressions;
using LlzoGraph.Core.Facts;
using LlzoGraph.Extraction.Quantities;

namespace LlzoGraph.Extraction.Vocabulary;

/// <summary>
/// Finds named strategies in a sentence: a head word ("interlayer", "treatment", "coating") with the
/// modifiers before it that say what it is made of ("AlN interlayer", "Li₃PO₄ (LPO) layer", "HF treatment").
/// A bare head ("the interlayer") names nothing and is not returned.
/// </summary>
public static partial class StrategyFinder
{
    private const int MaxModifiers = 4;

    /// <summary>Words that end a strategy name's modifiers when walking back from its head.</summary>
    internal static readonly HashSet<string> Stop = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "of", "and", "or", "by", "with", "this", "that", "these", "those", "to", "on", "in", "into", "as",
        "was", "were", "is", "are", "be", "been", "for", "from", "at", "such", "its", "their", "his", "her", "which", "via",
        "between", "onto", "using", "through", "upon", "within", "than", "both", "each", "other", "also", "not", "only", "but", "then", "after", "before",
        "although", "however", "while", "thus", "therefore", "moreover", "furthermore", "meanwhile", "besides", "when", "where",
        "unlike", "like", "including", "whereas", "need", "needs", "does", "do", "did",
    };

    private static readonly HashSet<string> Adjectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "uniform", "dense", "thin", "thick", "robust", "stable", "novel", "new", "continuous", "ultrathin", "ultra-thin",
        "conformal", "protective", "functional", "high", "low", "good", "simple", "modest", "resulting", "formed", "newly",
        "typical", "effective", "efficient", "popular", "common", "various", "different", "several", "mixed", "whole", "suitable",
        "innovative", "combined", "direct",
    };

    private static readonly Regex HeadPattern = new(
        @"(?<![\p{L}])(?:" + string.Join('|', StrategyKinds.Heads.OrderByDescending(h => h.Head.Length).Select(h => Regex.Escape(h.Head))) + @")(?=$|[^\p{L}]|-modified|-protected|-coated)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public static IReadOnlyList<Mention<Subject>> Find(string text)
    {
        var found = new List<Mention<Subject>>();
        foreach (Match head in HeadPattern.Matches(text))
        {
            if (found.Any(f => head.Index < f.End))
            {
                continue;
            }

            var kind = StrategyKinds.KindOf(head.Value)!.Value;
            var (start, modifiers) = Modifiers(text, head.Index);
            var specific = modifiers.Any(IsSpecific) || !StrategyKinds.Electrodes.Contains(head.Value) && modifiers.Any(NamesSubstance);
            if (StrategyKinds.Standalone.Contains(head.Value) && !specific)
            {
                (start, modifiers) = (head.Index, []);
            }
            else if (modifiers.Count == 0 || !specific && kind is not (SubjectKind.Treatment or SubjectKind.Process)
                || StrategyKinds.Electrodes.Contains(head.Value) && modifiers.All(m => MaterialFinder.Find(m).Any(f => f.Text == m) && !m.Contains('-') || m.Length <= 2))
            {
                continue;
            }

            // "LLBZNO-3%LCO composite SSE": a composite electrolyte is the material it is made of
            var name = modifiers.Count == 0 ? head.Value
                : kind == SubjectKind.Material ? string.Join(' ', modifiers)
                : string.Join(' ', modifiers) + " " + head.Value;
            var materials = modifiers.SelectMany(m => MaterialFinder.Find(m)).Select(m => m.Value).Distinct().ToList();
            found.RemoveAll(f => f.Start >= start); // "… sintering additive": the whole phrase, not its first head
            found.Add(new Mention<Subject>(start, head.Index + head.Length, name, new Subject(name, kind, materials)));
        }

        return found;
    }

    /// <summary>Walks back from the head over up to four modifier tokens, skipping a parenthesised alias.</summary>
    private static (int Start, List<string> Modifiers) Modifiers(string text, int headIndex)
    {
        var tokens = Token().Matches(text[..headIndex]).ToList();
        var modifiers = new List<string>();
        var start = headIndex;
        for (var i = tokens.Count - 1; i >= 0 && modifiers.Count < MaxModifiers; i--)
        {
            var t = tokens[i].Value;
            if (t.StartsWith('(') && t.EndsWith(')') && modifiers.Count == 0)
            {
                start = tokens[i].Index;
                continue; // "Li₃PO₄ (LPO) layer"
            }

            var gap = text[(tokens[i].Index + tokens[i].Length)..start];
            if (gap.Trim().Length > 0 || Stop.Contains(t) || t[^1] is ',' or '.' or ';' or ':' || char.IsDigit(t[0]) && !t.Contains('D', StringComparison.Ordinal) || t.EndsWith('%'))
            {
                break;
            }

            if (i > 0 && char.IsDigit(tokens[i - 1].Value[0]) && QuantityFinder.WithinQuantity(text, tokens[i].Index))
            {
                break; // the unit of a value before the name ("a 10 nm ZnO coating")
            }

            if (tokens[i].Index == 0 && t.Skip(1).All(char.IsLower) && !MaterialFinder.IsFormula(t))
            {
                break; // the sentence's first word ("Dispersing LLZO fillers")
            }

            modifiers.Insert(0, t);
            start = tokens[i].Index;
        }

        while (modifiers.Count > 0 && Adjectives.Contains(modifiers[0]))
        {
            modifiers.RemoveAt(0);
        }

        // descriptive words before what the strategy is made of ("in situ lithiated Nb₂O₅ layer" → "Nb₂O₅ layer")
        var firstSpecific = modifiers.FindIndex(IsSpecific);
        if (firstSpecific > 0 && modifiers.Take(firstSpecific).All(m => m.All(c => char.IsLower(c) || c == '-')))
        {
            modifiers.RemoveRange(0, firstSpecific);
        }

        if (modifiers.Count > 0)
        {
            start = text.LastIndexOf(modifiers[0], headIndex, StringComparison.Ordinal);
        }

        return (start, modifiers);
    }

    /// <summary>
    /// A modifier that says what the strategy is made of: a formula, an abbreviation, a dimension like 3D; not the
    /// lattice site a dopant takes ("Zr-site dopant").
    /// </summary>
    private static bool IsSpecific(string modifier) =>
        modifier.Any(c => char.IsUpper(c) || char.IsDigit(c) || c is >= '₀' and <= '₉')
        && !modifier.EndsWith("-site", StringComparison.OrdinalIgnoreCase) && !modifier.EndsWith("-sites", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A modifier that names a substance in words ("graphite interlayer", "gold layer"); not enough for an electrode,
    /// whose material is the electrode itself ("lithium anode").
    /// </summary>
    private static bool NamesSubstance(string modifier) => Tagging.ChemicalWords.Of(modifier).Any() || MaterialFinder.IsMaterial(modifier);

    [GeneratedRegex(@"\([^()\s]{1,15}\)|[^\s]+")]
    private static partial Regex Token();
}
