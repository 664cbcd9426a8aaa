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
    IReadOnlyList<ReferenceNode> References);

public sealed record PaperNode(string Id, string Title, IReadOnlyList<string> Authors, string? Abstract, string? Doi, int? Year, string Source);

public sealed record SectionNode(int Ordinal, string Number, string Title);

public sealed record MaterialNode(string Id, string Name);

/// <summary>A strategy (treatment, interlayer, coating, additive, process) and the materials it is made of.</summary>
public sealed record StrategyNode(string Id, string Name, SubjectKind Kind, IReadOnlyList<string> MaterialIds);

/// <summary>A cited work and the number the citing paper gives it.</summary>
public sealed record ReferenceNode(string Id, int Number, ReferenceEntry Entry);

public sealed record MeasurementNode(
    string Id,
    string SubjectId,
    SubjectKind SubjectKind,
    Property Property,
    Quantity Quantity,
    IReadOnlyList<Condition> Conditions,
    Evidence Evidence,
    IReadOnlyList<string> ReferenceIds,
    double Confidence);
