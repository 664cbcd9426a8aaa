using LlzoGraph.Core.Facts;

namespace LlzoGraph.Api.Schema.Filters;

/// <summary>The <c>where</c> argument of <c>Query.measurements</c>: every given part must hold.</summary>
internal sealed record MeasurementWhere(PropertyFilter? Property, QuantityFilter? Value, SubjectFilter? Subject, PaperFilter? Paper)
{
    public EvidenceFilter? Evidence { get; init; }

    public ConditionFilter? Condition { get; init; }
}

/// <summary>Full-text search over the sentences and table rows a measurement was read from.</summary>
internal sealed record EvidenceFilter(StringFilter? Text);

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

internal sealed record StringFilter(string? Contains);

internal sealed record PaperFilter(string? Id);
