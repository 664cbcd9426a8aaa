using LlzoGraph.Core.Facts;

namespace LlzoGraph.Extraction.Vocabulary;

/// <summary>The head words that name a strategy and the kind each gives it ("AlN interlayer" → interlayer).</summary>
public static class StrategyKinds
{
    /// <summary>Head words, longest first, with their kind. A head may also end a compound ("interphase-modified").</summary>
    public static readonly IReadOnlyList<(string Head, SubjectKind Kind)> Heads =
    [
        ("interfacial layers", SubjectKind.Interlayer), ("interfacial layer", SubjectKind.Interlayer),
        ("interface layers", SubjectKind.Interlayer), ("interface layer", SubjectKind.Interlayer),
        ("buffer layer", SubjectKind.Interlayer), ("protective layer", SubjectKind.Interlayer),
        ("interlayers", SubjectKind.Interlayer), ("interlayer", SubjectKind.Interlayer),
        ("interphases", SubjectKind.Interlayer), ("interphase", SubjectKind.Interlayer),
        ("layers", SubjectKind.Interlayer), ("layer", SubjectKind.Interlayer), ("film", SubjectKind.Interlayer),
        ("bilayers", SubjectKind.Interlayer), ("bilayer", SubjectKind.Interlayer),
        ("artificial SEI", SubjectKind.Interlayer), ("MCL", SubjectKind.Interlayer),
        ("coatings", SubjectKind.Coating), ("coating", SubjectKind.Coating), ("shell", SubjectKind.Coating),
        ("treatments", SubjectKind.Treatment), ("treatment", SubjectKind.Treatment), ("polishing", SubjectKind.Treatment),
        ("calcination", SubjectKind.Treatment), ("annealing", SubjectKind.Treatment), ("etching", SubjectKind.Treatment),
        ("washing", SubjectKind.Treatment), ("cleaning", SubjectKind.Treatment), ("acid treatment", SubjectKind.Treatment),
        ("additives", SubjectKind.Additive), ("additive", SubjectKind.Additive), ("dopant", SubjectKind.Additive),
        ("doping", SubjectKind.Additive), ("co-doping", SubjectKind.Additive), ("substitution", SubjectKind.Additive),
        ("filler", SubjectKind.Additive), ("fillers", SubjectKind.Additive), ("sintering aid", SubjectKind.Additive),
        ("sintering aids", SubjectKind.Additive), ("plasticizer", SubjectKind.Additive), ("plasticizers", SubjectKind.Additive),
        ("plasticiser", SubjectKind.Additive), ("plasticisers", SubjectKind.Additive),
        ("layer deposition", SubjectKind.Process), ("sputtering", SubjectKind.Process), ("deposition", SubjectKind.Process), ("sintering", SubjectKind.Process),
        ("casting", SubjectKind.Process), ("co-sintering", SubjectKind.Process), ("ball milling", SubjectKind.Process),
        ("sintering additives", SubjectKind.Additive), ("sintering additive", SubjectKind.Additive),
        ("mixed conductive interphase", SubjectKind.Interlayer), ("mixed conductive layer", SubjectKind.Interlayer),
        ("mixed conducting interphase", SubjectKind.Interlayer), ("mixed conducting layer", SubjectKind.Interlayer),
        ("ion conductive layer", SubjectKind.Interlayer), ("gradient interlayer", SubjectKind.Interlayer),
        ("thin film cathodes", SubjectKind.Coating), ("thin film cathode", SubjectKind.Coating),
        ("thin-film cathodes", SubjectKind.Coating), ("thin-film cathode", SubjectKind.Coating),
        ("composite cathodes", SubjectKind.Other), ("composite cathode", SubjectKind.Other),
        ("composite anodes", SubjectKind.Other), ("composite anode", SubjectKind.Other), ("anode", SubjectKind.Interlayer),
        ("composite electrolytes", SubjectKind.Material), ("composite electrolyte", SubjectKind.Material),
        ("composite SSEs", SubjectKind.Material), ("composite SSE", SubjectKind.Material),
    ];

    /// <summary>Heads that are complete names of a kind of strategy, so they name one without a modifier ("a mixed conductive interphase").</summary>
    public static readonly IReadOnlySet<string> Standalone = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "mixed conductive interphase", "mixed conductive layer", "mixed conducting interphase", "mixed conducting layer",
        "ion conductive layer", "gradient interlayer",
        "thin film cathode", "thin film cathodes", "thin-film cathode", "thin-film cathodes",
    };

    /// <summary>Heads of an electrode: a bare element before them ("Li anode") is the electrode's material, not a design.</summary>
    public static readonly IReadOnlySet<string> Electrodes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "anode", "composite anode", "composite anodes", "composite cathode", "composite cathodes",
    };

    /// <summary>The kind a strategy name implies by its last head word, or null when it names none.</summary>
    public static SubjectKind? KindOf(string name)
    {
        var lower = name.Trim().ToLowerInvariant();
        foreach (var (head, kind) in Heads.OrderByDescending(h => h.Head.Length))
        {
            var h = head.ToLowerInvariant();
            if (lower.EndsWith(" " + h, StringComparison.Ordinal) || lower == h || lower.EndsWith("-" + h, StringComparison.Ordinal))
            {
                return kind;
            }
        }

        return null;
    }
}
