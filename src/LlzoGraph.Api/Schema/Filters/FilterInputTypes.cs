using System.Globalization;
using GraphQL.Types;
using LlzoGraph.Api.Schema.Types;
using LlzoGraph.Core.Facts;

namespace LlzoGraph.Api.Schema.Filters;

/// <summary>
/// An input type that builds its record by hand from the coerced fields (nested inputs arrive already built),
/// so field names and record members need not line up by reflection.
/// </summary>
internal abstract class FilterInputType<T> : InputObjectGraphType<T>
    where T : class
{
    public sealed override object ParseDictionary(IDictionary<string, object?> value) => Build(new FieldValues(value));

    protected abstract T Build(FieldValues fields);

    protected readonly struct FieldValues(IDictionary<string, object?> values)
    {
        public TValue? Get<TValue>(string name)
            where TValue : class => values.TryGetValue(name, out var v) ? v as TValue : null;

        public TValue? GetValue<TValue>(string name)
            where TValue : struct => values.TryGetValue(name, out var v) && v is TValue t ? t : null;

        public double? GetDouble(string name) =>
            values.TryGetValue(name, out var v) && v is not null ? Convert.ToDouble(v, CultureInfo.InvariantCulture) : null;

        public IReadOnlyList<TValue>? GetList<TValue>(string name) => values.TryGetValue(name, out var v) ? v switch
        {
            null => null,
            TValue single => [single],
            System.Collections.IEnumerable many => many.Cast<TValue>().ToList(),
            _ => null,
        } : null;
    }
}

internal sealed class MeasurementWhereType : FilterInputType<MeasurementWhere>
{
    public MeasurementWhereType()
    {
        Name = "MeasurementWhere";
        Description = "Which measurements to return. Every part given must hold.";
        Field<PropertyFilterType>("property").Description("The property measured.");
        Field<QuantityFilterType>("value").Description("Bounds on the value, in a unit of your choice.");
        Field<SubjectFilterType>("subject").Description("What the measurement is about.");
        Field<PaperFilterType>("paper").Description("The paper it was read from.");
        Field<EvidenceFilterType>("evidence").Description("Full-text search over the sentences and table rows it was read from.");
        Field<ConditionFilterType>("condition").Description("A condition it was measured under, e.g. { name: \"temperature\", value: { lt: 30, unit: \"°C\" } }.");
    }

    protected override MeasurementWhere Build(FieldValues fields) => new(
        fields.Get<PropertyFilter>("property"),
        fields.Get<QuantityFilter>("value"),
        fields.Get<SubjectFilter>("subject"),
        fields.Get<PaperFilter>("paper"))
    {
        Evidence = fields.Get<EvidenceFilter>("evidence"),
        Condition = fields.Get<ConditionFilter>("condition"),
    };
}

internal sealed class EvidenceFilterType : FilterInputType<EvidenceFilter>
{
    public EvidenceFilterType()
    {
        Name = "EvidenceFilter";
        Description = "Conditions on the evidence text.";
        Field<StringFilterType>("text").Description("The sentence or table row contains this, in any case.");
    }

    protected override EvidenceFilter Build(FieldValues fields) => new(fields.Get<StringFilter>("text"));
}

internal sealed class ConditionFilterType : FilterInputType<ConditionFilter>
{
    public ConditionFilterType()
    {
        Name = "ConditionFilter";
        Description = "A measurement condition by name (temperature, current density, pressure, cycles), with optional bounds.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The condition's name, e.g. \"temperature\".");
        Field<QuantityFilterType>("value").Description("Bounds on the condition's value; unit required with bounds.");
    }

    protected override ConditionFilter Build(FieldValues fields) => new(fields.Get<string>("name") ?? string.Empty, fields.Get<QuantityFilter>("value"));
}

internal sealed class PropertyFilterType : FilterInputType<PropertyFilter>
{
    public PropertyFilterType()
    {
        Name = "PropertyFilter";
        Description = "Matches the property measured. With both `eq` and `in`, both must hold.";
        Field<PropertyEnumType>("eq").Description("Exactly this property.");
        Field<ListGraphType<NonNullGraphType<PropertyEnumType>>>("in").Description("Any of these properties.");
    }

    protected override PropertyFilter Build(FieldValues fields) => new(fields.GetValue<Property>("eq"), fields.GetList<Property>("in"));
}

internal sealed class QuantityFilterType : FilterInputType<QuantityFilter>
{
    public QuantityFilterType()
    {
        Name = "QuantityFilter";
        Description = "Bounds on a measurement's value. The bounds are in `unit`; measurements reported in any other unit of "
            + "the same dimension are converted before comparing, and measurements of another dimension never match.";
        Field<FloatGraphType>("gt").Description("Strictly greater than.");
        Field<FloatGraphType>("gte").Description("Greater than or equal to.");
        Field<FloatGraphType>("lt").Description("Strictly less than.");
        Field<FloatGraphType>("lte").Description("Less than or equal to.");
        Field<StringGraphType>("unit").Description(
            "The unit the bounds are given in, any convertible spelling (\"mA/cm2\", \"mA cm-2\", \"A/m2\", \"µA/cm²\"). "
            + "It must measure the filtered property. Defaults to the property's usual unit (see `Property`); "
            + "required when no property is filtered.");
    }

    protected override QuantityFilter Build(FieldValues fields) => new(
        fields.GetDouble("gt"), fields.GetDouble("gte"), fields.GetDouble("lt"), fields.GetDouble("lte"), fields.Get<string>("unit"));
}

internal sealed class SubjectFilterType : FilterInputType<SubjectFilter>
{
    public SubjectFilterType()
    {
        Name = "SubjectFilter";
        Description = "Matches what a measurement is about.";
        Field<SubjectKindFilterType>("kind").Description("The kind of subject.");
        Field<StringFilterType>("name").Description("The subject's name.");
    }

    protected override SubjectFilter Build(FieldValues fields) => new(fields.Get<SubjectKindFilter>("kind"), fields.Get<StringFilter>("name"));
}

internal sealed class SubjectKindFilterType : FilterInputType<SubjectKindFilter>
{
    public SubjectKindFilterType()
    {
        Name = "SubjectKindFilter";
        Description = "Matches the kind of subject. With both `eq` and `in`, both must hold.";
        Field<SubjectKindEnumType>("eq").Description("Exactly this kind.");
        Field<ListGraphType<NonNullGraphType<SubjectKindEnumType>>>("in").Description("Any of these kinds.");
    }

    protected override SubjectKindFilter Build(FieldValues fields) =>
        new(fields.GetValue<SubjectKind>("eq"), fields.GetList<SubjectKind>("in"));
}

internal sealed class StringFilterType : FilterInputType<StringFilter>
{
    public StringFilterType()
    {
        Name = "StringFilter";
        Description = "Matches a text.";
        Field<StringGraphType>("contains").Description("The text contains this.");
    }

    protected override StringFilter Build(FieldValues fields) => new(fields.Get<string>("contains"));
}

internal sealed class PaperFilterType : FilterInputType<PaperFilter>
{
    public PaperFilterType()
    {
        Name = "PaperFilter";
        Description = "Matches the paper a measurement was read from.";
        Field<StringGraphType>("id").Description("The paper's id (`Paper.id`).");
    }

    protected override PaperFilter Build(FieldValues fields) => new(fields.Get<string>("id"));
}
