using LlzoGraph.Core.Facts;
using LlzoGraph.Extraction.Tagging;
using LlzoGraph.Extraction.Vocabulary;

namespace LlzoGraph.Extraction.Facts;

/// <summary>Makes a <see cref="Subject"/> from a name as printed in a table's first column or a list of subjects.</summary>
internal static class SubjectNames
{
    private static readonly HashSet<string> FormNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "pellet", "pellets", "powder", "powders", "sample", "samples", "film", "films", "membrane", "membranes",
        "particles", "sheet", "sheets", "specimen", "specimens", "ceramic", "ceramics",
    };

    /// <summary>
    /// The subject a row names. Under a column header that names a kind of strategy ("Interlayer", "Coatings") a
    /// row's bare material is that strategy: "Au" under "Interlayer" is the Au interlayer.
    /// </summary>
    public static Subject FromName(string name, string columnHeader = "")
    {
        var words = name.Split(' ');
        if (words.Length > 1 && FormNouns.Contains(words[^1]) && MaterialFinder.IsMaterial(string.Join(' ', words[..^1])))
        {
            name = string.Join(' ', words[..^1]); // "Ta-LLZO pellets" is Ta-LLZO, as material names leave out their form
        }

        columnHeader = columnHeader.Split(" / ")[^1]; // a header under a parent: "Strategies / Interlayer"
        if (StrategyKinds.KindOf(name) is null && StrategyKinds.KindOf(columnHeader) is not (null or SubjectKind.Material or SubjectKind.Other))
        {
            var head = StrategyWords.Singular(columnHeader.Trim().ToLowerInvariant());
            return FromName($"{name} {head}");
        }

        var kind = StrategyKinds.KindOf(name)
            ?? (name.Split(' ').All(MaterialFinder.IsFormula) || MaterialFinder.Find(name).Any(m => m.Start == 0 && m.End == name.Length)
                ? SubjectKind.Material
                : SubjectKind.Other);
        var materials = kind == SubjectKind.Material ? [name] : MaterialFinder.Find(name).Select(m => m.Value).Distinct().ToList();
        return new Subject(name, kind, materials);
    }
}
