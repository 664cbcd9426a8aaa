using LlzoGraph.Core.Documents;
using LlzoGraph.Core.Facts;

namespace LlzoGraph.Core.Queries;

/// <summary>A stored measurement as the API and exports read it: the fact with its subject, paper, evidence and references.</summary>
public sealed record MeasurementView(
    string Id,
    string SubjectId,
    string SubjectName,
    SubjectKind SubjectKind,
    Property Property,
    double Value,
    double? UpperValue,
    string Unit,
    double SiValue,
    string SiUnit,
    Qualifier Qualifier,
    IReadOnlyList<ConditionView> Conditions,
    EvidenceView Evidence,
    IReadOnlyList<ReferenceView> References,
    double Confidence)
{
    /// <summary>
    /// Every place a paper reports this measurement (sentences and table rows, across papers); <see cref="Evidence"/>
    /// is the first of them. Empty means "only <see cref="Evidence"/>".
    /// </summary>
    public IReadOnlyList<EvidenceView> ReportedIn { get; init; } = [];

    /// <summary>For the "after" value of a before/after pair, the id of the "before" measurement; null otherwise.</summary>
    public string? ChangedFromId { get; init; }

    /// <summary>The latest curator's decision on this measurement, when there is one.</summary>
    public CurationState? Curation { get; init; }
}

/// <summary>A measurement's curated state: the latest decision, who made it and when, and a conflict with a later extraction.</summary>
public sealed record CurationState(Curation.CurationAction Action, string Author, DateTimeOffset At, string? Conflict);

public sealed record ConditionView(string Name, double Value, string Unit, double SiValue, string SiUnit);

public sealed record EvidenceView(
    PaperView Paper,
    EvidenceKind Kind,
    string Section,
    string Text,
    string? Table,
    int? Row,
    int? Page,
    BoundingBox? Box);

public sealed record PaperView(string Id, string Title, IReadOnlyList<string> Authors, string? Doi, int? Year, string Source);

/// <summary>A cited work, with the number the citing paper gives it.</summary>
public sealed record ReferenceView(
    string Id,
    int Number,
    IReadOnlyList<string> Authors,
    string? Title,
    string? Journal,
    int? Year,
    string? Volume,
    string? Pages,
    string? Doi,
    string Raw)
{
    public string? FirstAuthor => Authors.Count > 0 ? Authors[0] : null;

    /// <summary>The stored paper this work is (same DOI), when the corpus holds it: where the citation graph connects.</summary>
    public string? PaperId { get; init; }
}

public sealed record StoreStatistics(int Papers, int Sections, int Materials, int Strategies, int Measurements, int References);
