using LlzoGraph.Core.Facts;

namespace LlzoGraph.Core.Queries;

/// <summary>
/// A filter tree over measurements: <see cref="AllOf"/>, <see cref="AnyOf"/> and <see cref="Not"/> nest leaves that
/// test one measurement's fields or its related nodes (<c>some</c>/<c>none</c> of its conditions, references,
/// evidence). Numeric bounds are in SI; a store translates the tree into its own query with parameters only.
/// </summary>
public abstract record MeasurementPredicate
{
    /// <summary>How deep the tree nests (a leaf is 1).</summary>
    public abstract int Depth { get; }

    /// <summary>How many nodes the tree holds.</summary>
    public abstract int Size { get; }
}

/// <summary>Every part holds (true when there is none).</summary>
public sealed record AllOf(IReadOnlyList<MeasurementPredicate> Parts) : MeasurementPredicate
{
    public override int Depth => 1 + (Parts.Count == 0 ? 0 : Parts.Max(p => p.Depth));

    public override int Size => 1 + Parts.Sum(p => p.Size);
}

/// <summary>At least one part holds (false when there is none).</summary>
public sealed record AnyOf(IReadOnlyList<MeasurementPredicate> Parts) : MeasurementPredicate
{
    public override int Depth => 1 + (Parts.Count == 0 ? 0 : Parts.Max(p => p.Depth));

    public override int Size => 1 + Parts.Sum(p => p.Size);
}

/// <summary>The part does not hold.</summary>
public sealed record Not(MeasurementPredicate Part) : MeasurementPredicate
{
    public override int Depth => 1 + Part.Depth;

    public override int Size => 1 + Part.Size;
}

/// <summary>A test of one measurement's own fields or of one relation; its depth and size are 1.</summary>
public abstract record MeasurementLeaf : MeasurementPredicate
{
    public sealed override int Depth => 1;

    public sealed override int Size => 1;
}

/// <summary>The property is one of these.</summary>
public sealed record PropertyIs(IReadOnlyList<Property> Properties) : MeasurementLeaf;

/// <summary>The subject is of one of these kinds.</summary>
public sealed record SubjectKindIs(IReadOnlyList<SubjectKind> Kinds) : MeasurementLeaf;

/// <summary>The subject's name (or one of its aliases) contains this text, in any case.</summary>
public sealed record SubjectNameContains(string Text) : MeasurementLeaf;

/// <summary>Some evidence of the measurement comes from this paper.</summary>
public sealed record ReportedInPaper(string PaperId) : MeasurementLeaf;

/// <summary>The value is in <paramref name="SiUnit"/> and within these SI bounds (null: no bound).</summary>
public sealed record ValueWithin(string SiUnit, double? GreaterThan = null, double? AtLeast = null, double? LessThan = null, double? AtMost = null)
    : MeasurementLeaf;

/// <summary>Some condition of the measurement matches: by name, within SI bounds (null: no bound).</summary>
public sealed record SomeCondition(ConditionBounds Condition) : MeasurementLeaf;

/// <summary>Some work the measurement cites matches every given part (null: any).</summary>
public sealed record SomeReference(int? YearAtLeast = null, int? YearAtMost = null, string? AuthorContains = null, string? TitleContains = null, string? Doi = null)
    : MeasurementLeaf;

/// <summary>Some place a paper reports the measurement matches every given part (null: any).</summary>
public sealed record SomeEvidence(string? TextContains = null, bool? InTable = null, string? SectionContains = null, string? PaperId = null)
    : MeasurementLeaf;

/// <summary>The subject's name (or one of its aliases) is this text, in any case.</summary>
public sealed record SubjectNameIs(string Name) : MeasurementLeaf;
