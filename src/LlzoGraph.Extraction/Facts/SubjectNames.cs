using LlzoGraph.Core.Facts;
using LlzoGraph.Extraction.Vocabulary;

namespace LlzoGraph.Extraction.Facts;

/// <summary>Makes a <see cref="Subject"/> from a name as printed in a table's first column.</summary>
internal static class SubjectNames
{
    public static Subject FromName(string name)
    {
        var kind = StrategyKinds.KindOf(name)
            ?? (name.Split(' ').All(MaterialFinder.IsFormula) || MaterialFinder.Find(name).Any(m => m.Start == 0 && m.End == name.Length)
                ? SubjectKind.Material
                : SubjectKind.Other);
        var materials = kind == SubjectKind.Material ? [name] : MaterialFinder.Find(name).Select(m => m.Value).Distinct().ToList();
        return new Subject(name, kind, materials);
    }
}
