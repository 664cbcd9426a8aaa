using LlzoGraph.Core.Facts;

namespace LlzoGraph.Api.Schema.Filters;

/// <summary>The <c>where</c> argument of <c>Query.measurements</c>: every given part must hold.</summary>
internal sealed record MeasurementWhere(PropertyFilter? Property, QuantityFilter? Value, SubjectFilter? Subject, PaperFilter? Paper)
{
    public EvidenceFilter? Evidence { get; init; }

    public ConditionFilter? Condition { get; init; }

    /// <summary>Every one of these holds too.</summary>
    public IReadOnlyList<MeasurementWhere>? And { get; init; }

    /// <summary>At least one of these holds too.</summary>
    public IReadOnlyList<MeasurementWhere>? Or { get; init; }

    /// <summary>This does not hold.</summary>
    public MeasurementWhere? Not { get; init; }

    public RelationFilter<ConditionMatch>? Conditions { get; init; }

    public RelationFilter<ReferenceMatch>? References { get; init; }

    /// <summary>True when a part needs a filter tree (the store's <c>SupportsFilterTrees</c>).</summary>
    public bool NeedsTree => And is not null || Or is not null || Not is not null || Conditions is not null || References is not null
        || Evidence?.Some is not null || Evidence?.None is not null || Subject?.Name?.Eq is not null;
}

/// <summary>A relationship filter: <c>some</c> related node matches, <c>none</c> does (both may be given).</summary>
internal sealed record RelationFilter<T>(T? Some, T? None)
    where T : class;

/// <summary>A condition by name (its <c>eq</c>) with optional bounds on its value.</summary>
internal sealed record ConditionMatch(StringFilter? Name, QuantityFilter? Value);

/// <summary>A cited work by year, author, title or DOI.</summary>
internal sealed record ReferenceMatch(IntFilter? Year, StringFilter? Author, StringFilter? Title, StringFilter? Doi);

/// <summary>A place a paper reports the measurement: by text, table or not, section, paper.</summary>
internal sealed record EvidenceMatch(StringFilter? Text, bool? Table, StringFilter? Section, string? Paper);

internal sealed record IntFilter(int? Eq, int? Gt, int? Gte, int? Lt, int? Lte);

/// <summary>Full-text search over the sentences and table rows a measurement was read from.</summary>
internal sealed record EvidenceFilter(StringFilter? Text)
{
    public EvidenceMatch? Some { get; init; }

    public EvidenceMatch? None { get; init; }
}

/// <summary>A condition the measurement was made under, by name, with optional bounds in a unit.</summary>
internal sealed record ConditionFilter(string Name, QuantityFilter? Value);

/// <summary>Which properties a measurement may report; <see cref="Eq"/> and <see cref="In"/> together mean both.</summary>
internal sealed record PropertyFilter(Property? Eq, IReadOnlyList<Property>? In);

/// <summary>Bounds on the value, given in <see cref="Unit"/> (or the property's usual unit when absent).</summary>
internal sealed record QuantityFilter(double? Gt, double? Gte, double? Lt, double? Lte, string? Unit)
{
    public bool HasBounds => Gt is not null || Gte is not null || Lt is not null || Lte is not null;
}

internal sealed record SubjectFilter(SubjectKindFilter? Kind, StringFilter? Name);

internal sealed record SubjectKindFilter(SubjectKind? Eq, IReadOnlyList<SubjectKind>? In);

internal sealed record StringFilter(string? Contains)
{
    public string? Eq { get; init; }
}

internal sealed record PaperFilter(string? Id);
