using System.Text.RegularExpressions;
using LlzoGraph.Extraction.Vocabulary;

namespace LlzoGraph.Extraction.Tagging;

/// <summary>
/// The strategies listed before a plural strategy head that names the last of them: "ZnO and Al₂O₃ coatings", "the
/// HF and H₃PO₄ treatments", "Ag, Si, Sn and Ge layers", "nitride and fluoride interlayers". Each listed substance is
/// a strategy of its own, as the guideline writes coordinated strategies.
/// </summary>
internal static partial class StrategyConjuncts
{
    /// <summary>The spans of the substances listed before the strategy from start to end, nearest first.</summary>
    public static IEnumerable<(int Start, int End)> Before(string sentence, int start, int end)
    {
        var words = sentence[start..end].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || !IsPlural(words[^1]) || !IsSubstance(words[0]))
        {
            yield break;
        }

        var at = start;
        while (Separator().Match(sentence[..at]) is { Success: true } separator
            && Word().Match(sentence[..separator.Index]) is { Success: true } word && IsSubstance(word.Value))
        {
            yield return (word.Index, word.Index + word.Length);
            at = word.Index;
        }
    }

    /// <summary>A strategy head in the plural: "coatings", "interlayers", "treatments", "layers".</summary>
    private static bool IsPlural(string word) => StrategyWords.Singular(word) is var one && one != word
        && (StrategyWords.Designs.Contains(word) || StrategyWords.Processes.Contains(one) || one is "layer" or "film");

    /// <summary>A formula, a material name, a metal's symbol, a word that names a substance ("fluoride"), or materials joined by dashes ("Li–Mg").</summary>
    private static bool IsSubstance(string word) =>
        MaterialFinder.IsMaterial(word) || ChemicalElements.IsSymbol(word) || ChemicalWords.Of(word).Any() || MaterialTokens.IsJoined(word);

    /// <summary>A list separator ending where the next item starts: ", ", " and ", ", and ", " or ".</summary>
    [GeneratedRegex(@"(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)$")]
    private static partial Regex Separator();

    [GeneratedRegex(@"(?<![^\s(])[^\s,;()]+$")]
    private static partial Regex Word();
}
