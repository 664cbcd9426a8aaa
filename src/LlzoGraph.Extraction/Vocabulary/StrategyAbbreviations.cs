using System.Text.RegularExpressions;
using LlzoGraph.Core.Facts;

namespace LlzoGraph.Extraction.Vocabulary;

/// <summary>
/// Short forms a passage defines for what it studies, and where a sentence uses them: "a 3D porous zinc layer (PZL)"
/// makes "PZL" (also inside "Li/LLZTO@PZL/Li") stand for that layer; "lithium naphthalenide (Li-Naph(s)) as MCL" and
/// "the functional gradient lithium anode (FGLA)" make the short form itself the subject's name. Short forms of
/// materials of the gazetteer (LLZO, CNTs), of properties (CCD) and of techniques ("scanning electron microscopy
/// (SEM)", "density functional theory (DFT)") are not subjects.
/// </summary>
public static partial class StrategyAbbreviations
{
    public static IReadOnlyDictionary<string, Subject> Define(string paragraph)
    {
        var defined = new Dictionary<string, Subject>(StringComparer.Ordinal);
        var strategies = StrategyFinder.Find(paragraph);
        var materials = AbbreviationFinder.Find(paragraph).Select(d => d.Abbreviation).ToHashSet(StringComparer.Ordinal);
        foreach (Match m in Bracketed().Matches(paragraph))
        {
            var abbreviation = m.Groups["a"].Value;
            if (defined.ContainsKey(abbreviation) || abbreviation.Count(char.IsUpper) < 2 || materials.Contains(abbreviation) || Plural().IsMatch(abbreviation)
                || IsMaterialOrProperty(abbreviation))
            {
                continue;
            }

            var named = strategies.FirstOrDefault(s => s.End <= m.Index && paragraph[s.End..m.Index].Trim().Length == 0);
            if (named is not null)
            {
                defined[abbreviation] = named.Value;
                continue;
            }

            var name = Words().Match(paragraph[..m.Index]);
            if (!name.Success || name.Groups["w"].Value.Split(' ').Any(MaterialFinder.IsFormula) || !Explains(name.Groups["w"].Value, abbreviation)
                || Technique().IsMatch(name.Groups["w"].Value))
            {
                continue;
            }

            var role = Role().Match(paragraph[(m.Index + m.Length)..]);
            var kind = (role.Success ? StrategyKinds.KindOf(role.Groups["h"].Value) : null)
                ?? StrategyKinds.KindOf(name.Groups["w"].Value.Trim()) ?? SubjectKind.Other;
            defined[abbreviation] = new Subject(abbreviation, kind, []);
        }

        return defined;
    }

    /// <summary>Each use of a defined short form in the text, alone or as a part of a cell or interface notation.</summary>
    public static IReadOnlyList<Mention<Subject>> Uses(string text, IReadOnlyDictionary<string, Subject> defined)
    {
        if (defined.Count == 0)
        {
            return [];
        }

        var uses = new List<Mention<Subject>>();
        foreach (Match part in Part().Matches(text))
        {
            if (defined.TryGetValue(part.Value, out var subject))
            {
                uses.Add(new Mention<Subject>(part.Index, part.Index + part.Length, part.Value, subject));
            }
        }

        return uses;
    }

    private static bool IsMaterialOrProperty(string abbreviation) =>
        MaterialFinder.IsMaterial(abbreviation) || PropertyMatcher.Find(abbreviation).Count > 0;

    /// <summary>The short form's first letter starts one of the words before it ("functional gradient lithium anode" → FGLA).</summary>
    private static bool Explains(string words, string abbreviation) =>
        words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => char.ToUpperInvariant(w[0]) == char.ToUpperInvariant(abbreviation[0]));

    /// <summary>A plural short form names a class ("SSEs", "CNTs"), not one subject.</summary>
    [GeneratedRegex(@"[A-Z]s$")]
    private static partial Regex Plural();

    /// <summary>A bracketed short form, one level of brackets inside allowed ("(Li-Naph(s))").</summary>
    [GeneratedRegex(@"\((?<a>[A-Za-z][A-Za-z0-9₀-₉\-]{1,11}(?:\([a-z]{1,3}\))?)\)")]
    private static partial Regex Bracketed();

    /// <summary>Up to four words right before the brackets.</summary>
    [GeneratedRegex(@"(?<w>(?:[\p{L}\p{N}₀-₉\-]+ ){0,3}[\p{L}\p{N}₀-₉\-]+)\s*$")]
    private static partial Regex Words();

    /// <summary>"(Li-Naph(s)) as MCL", "(X) as an interlayer": the role the text gives the short form.</summary>
    [GeneratedRegex(@"^\s*as\s+(?:an?\s+|the\s+)?(?<h>[\p{L}-]+(?:\s+[\p{L}-]+)?)")]
    private static partial Regex Role();

    /// <summary>A word, or a part of a notation split at / | @ and hyphens between capitals.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])[A-Za-z][A-Za-z0-9₀-₉\-]*(?:\([a-z]{1,3}\))?(?![\p{L}\p{N}(])")]
    private static partial Regex Part();

    /// <summary>A long form that names a way of looking at or computing a sample, not something done to it.</summary>
    [GeneratedRegex(@"\b(?:microscopy|spectroscopy|spectrometry|diffraction|tomography|calorimetry|analysis|theory|calculations?|simulations?|imaging)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Technique();
}
