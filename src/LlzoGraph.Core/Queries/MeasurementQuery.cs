using LlzoGraph.Core.Facts;

namespace LlzoGraph.Core.Queries;

/// <summary>
/// A filter over measurements. Numeric bounds are in SI (<see cref="SiUnit"/> names the unit they are in and
/// restricts results to measurements of that dimension); null means "no bound".
/// </summary>
public sealed record MeasurementQuery
{
    public IReadOnlyList<Property>? Properties { get; init; }

    public IReadOnlyList<SubjectKind>? SubjectKinds { get; init; }

    public string? SubjectNameContains { get; init; }

    public string? PaperId { get; init; }

    /// <summary>Keeps the measurements cited to this work.</summary>
    public string? ReferenceId { get; init; }

    public string? SiUnit { get; init; }

    public double? GreaterThan { get; init; }

    public double? AtLeast { get; init; }

    public double? LessThan { get; init; }

    public double? AtMost { get; init; }

    /// <summary>Keeps measurements some evidence sentence or table row of which contains this text (any case).</summary>
    public string? EvidenceTextContains { get; init; }

    /// <summary>Keeps measurements made under a condition of this name ("temperature") within these SI bounds.</summary>
    public ConditionBounds? Condition { get; init; }

    /// <summary>
    /// A filter tree (AND/OR/NOT over leaves, <c>some</c>/<c>none</c> over related nodes) that must also hold; null is
    /// no filter. Only stores whose <see cref="Ports.IGraphStore.SupportsFilterTrees"/> is true read it.
    /// </summary>
    public MeasurementPredicate? Where { get; init; }

    /// <summary>Keeps only these measurements.</summary>
    public IReadOnlyList<string>? Ids { get; init; }

    /// <summary>Also return measurements a curator rejected (hidden by default).</summary>
    public bool IncludeRejected { get; init; }

    /// <summary>The order of results; the default is by property, then SI value descending, then id.</summary>
    public MeasurementOrder OrderBy { get; init; }

    /// <summary>Whether <see cref="OrderBy"/> runs from high to low (ties are broken by id either way).</summary>
    public bool Descending { get; init; }

    /// <summary>
    /// Which lists to read with each measurement (all by default). A store may skip the others and leave them empty
    /// (<see cref="MeasurementView.ReportedIn"/> then holds only the shown evidence); it may also read them anyway.
    /// </summary>
    public MeasurementDetails Details { get; init; } = MeasurementDetails.All;

    public int Offset { get; init; }

    public int Limit { get; init; } = 1000;
}

/// <summary>A condition by name, with optional SI bounds on its value ("temperature" between 293 and 303 K).</summary>
public sealed record ConditionBounds(string Name, double? AtLeast = null, double? AtMost = null, double? GreaterThan = null, double? LessThan = null);

/// <summary>The lists read with each measurement beyond its own row, its subject and its shown evidence.</summary>
[Flags]
public enum MeasurementDetails
{
    None = 0,

    /// <summary>The works the measurement is cited to (<see cref="MeasurementView.References"/>).</summary>
    References = 1,

    /// <summary>Every evidence row reporting it (<see cref="MeasurementView.ReportedIn"/>).</summary>
    ReportedIn = 2,

    /// <summary>The "before" measurement of a before/after pair (<see cref="MeasurementView.ChangedFromId"/>).</summary>
    ChangedFrom = 4,

    All = References | ReportedIn | ChangedFrom,
}

/// <summary>What measurements are sorted by.</summary>
public enum MeasurementOrder
{
    Default,
    Value,
    Confidence,
    Subject,
    Year,
}
