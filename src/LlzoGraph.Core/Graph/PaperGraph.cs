using LlzoGraph.Core.Documents;
using LlzoGraph.Core.Facts;

namespace LlzoGraph.Core.Graph;

/// <summary>Everything one paper contributes to the graph, with deterministic ids; a store writes it in one transaction.</summary>
public sealed record PaperGraph(
    PaperNode Paper,
    IReadOnlyList<SectionNode> Sections,
    IReadOnlyList<MaterialNode> Materials,
    IReadOnlyList<StrategyNode> Strategies,
    IReadOnlyList<MeasurementNode> Measurements,
    IReadOnlyList<ReferenceNode> References)
{
    /// <summary>The paper's in-text citations that point at an entry of its reference list.</summary>
    public IReadOnlyList<CitationNode> Citations { get; init; } = [];

    // The shared nodes this graph holds or points at: a store writing it must not delete them as orphans.

    public IEnumerable<string> HeldStrategyIds => Strategies.Select(s => s.Id).Concat(Measurements.Select(m => m.SubjectId));

    public IEnumerable<string> HeldMaterialIds =>
        Materials.Select(m => m.Id).Concat(Measurements.Select(m => m.SubjectId)).Concat(Strategies.SelectMany(s => s.MaterialIds));

    public IEnumerable<string> HeldReferenceIds =>
        References.Select(r => r.Id).Concat(Measurements.SelectMany(m => m.ReferenceIds)).Concat(Citations.Select(c => c.ReferenceId));
}

/// <summary>An in-text citation of <see cref="ReferenceId"/> (number <see cref="Number"/> in the citing paper) and where it stands.</summary>
public sealed record CitationNode(string ReferenceId, int Number, CitationForm Form, string Section, int BlockIndex, string Text);

public sealed record PaperNode(string Id, string Title, IReadOnlyList<string> Authors, string? Abstract, string? Doi, int? Year, string Source);

public sealed record SectionNode(int Ordinal, string Number, string Title);

public sealed record MaterialNode(string Id, string Name)
{
    /// <summary>Other names papers give this material: abbreviations they define ("LLZTO" for Ta-doped LLZO), other spellings of its formula.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
}

/// <summary>A strategy (treatment, interlayer, coating, additive, process) and the materials it is made of.</summary>
public sealed record StrategyNode(string Id, string Name, SubjectKind Kind, IReadOnlyList<string> MaterialIds);

/// <summary>A cited work and the number the citing paper gives it.</summary>
public sealed record ReferenceNode(string Id, int Number, ReferenceEntry Entry);

/// <summary>
/// One fact: a subject's property with a quantity under conditions, as measured in the cited work(s). Its id
/// depends on the cited work and the fact, not on who reports it, so two papers repeating the same original
/// value share one node; <see cref="Evidence"/> holds where this paper reports it (a sentence, a table row, or both).
/// </summary>
public sealed record MeasurementNode(
    string Id,
    string SubjectId,
    SubjectKind SubjectKind,
    Property Property,
    Quantity Quantity,
    IReadOnlyList<Condition> Conditions,
    IReadOnlyList<Evidence> Evidence,
    IReadOnlyList<string> ReferenceIds,
    double Confidence)
{
    /// <summary>
    /// For the "after" value of a before/after pair ("decreased from 1138.5 to 83.4 Ω cm²"), the id of the "before"
    /// measurement it changed from; null otherwise.
    /// </summary>
    public string? ChangedFromId { get; init; }

    /// <summary>Identity of one piece of evidence of this measurement in a paper.</summary>
    public static string EvidenceId(string measurementId, string paperId, Evidence evidence) => StableId.For(
        "evidence", measurementId, paperId, evidence.BlockIndex.ToString(System.Globalization.CultureInfo.InvariantCulture),
        evidence.Table, evidence.Row?.ToString(System.Globalization.CultureInfo.InvariantCulture), evidence.Text);
}
