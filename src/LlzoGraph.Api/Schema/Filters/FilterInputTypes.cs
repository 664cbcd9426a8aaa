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
        Field<ListGraphType<NonNullGraphType<MeasurementWhereType>>>("AND").Description("Every one of these holds too.");
        Field<ListGraphType<NonNullGraphType<MeasurementWhereType>>>("OR").Description("At least one of these holds too.");
        Field<MeasurementWhereType>("NOT").Description("This does not hold.");
        Field<ConditionRelationFilterType>("conditions").Description(
            "Its conditions: `some` matches, `none` does, e.g. { some: { name: { eq: \"temperature\" }, value: { lte: 30, unit: \"°C\" } } }.");
        Field<ReferenceRelationFilterType>("references").Description("The works it cites: `some` matches, `none` does, e.g. { some: { year: { gte: 2020 } } }.");
    }

    protected override MeasurementWhere Build(FieldValues fields) => new(
        fields.Get<PropertyFilter>("property"),
        fields.Get<QuantityFilter>("value"),
        fields.Get<SubjectFilter>("subject"),
        fields.Get<PaperFilter>("paper"))
    {
        Evidence = fields.Get<EvidenceFilter>("evidence"),
        Condition = fields.Get<ConditionFilter>("condition"),
        And = fields.GetList<MeasurementWhere>("AND"),
        Or = fields.GetList<MeasurementWhere>("OR"),
        Not = fields.Get<MeasurementWhere>("NOT"),
        Conditions = fields.Get<RelationFilter<ConditionMatch>>("conditions"),
        References = fields.Get<RelationFilter<ReferenceMatch>>("references"),
    };
}

/// <summary>A relationship filter: <c>some</c> related node matches, or <c>none</c> does.</summary>
internal abstract class RelationFilterType<TMatchType, TMatch> : FilterInputType<RelationFilter<TMatch>>
    where TMatchType : IInputObjectGraphType
    where TMatch : class
{
    protected RelationFilterType(string name, string related, string some, string none)
    {
        Name = name;
        Description = $"Matches a measurement by {related}.";
        Field<TMatchType>("some").Description(some);
        Field<TMatchType>("none").Description(none);
    }

    protected sealed override RelationFilter<TMatch> Build(FieldValues fields) => new(fields.Get<TMatch>("some"), fields.Get<TMatch>("none"));
}

internal sealed class ConditionRelationFilterType() : RelationFilterType<ConditionMatchType, ConditionMatch>(
    "ConditionRelationFilter", "its conditions", "Some condition matches.", "No condition matches.");

internal sealed class ConditionMatchType : FilterInputType<ConditionMatch>
{
    public ConditionMatchType()
    {
        Name = "ConditionMatch";
        Description = "A condition: its name (`eq`, any case) and bounds on its value (unit required with bounds).";
        Field<NonNullGraphType<StringFilterType>>("name").Description("The condition's name: { eq: \"temperature\" }.");
        Field<QuantityFilterType>("value").Description("Bounds on its value, in `unit`.");
    }

    protected override ConditionMatch Build(FieldValues fields) => new(fields.Get<StringFilter>("name"), fields.Get<QuantityFilter>("value"));
}

internal sealed class ReferenceRelationFilterType() : RelationFilterType<ReferenceMatchType, ReferenceMatch>(
    "ReferenceRelationFilter", "the works it cites",
    "Some cited work matches (`{}` matches any: the measurement cites something).", "No cited work matches (`{}`: it cites nothing).");

internal sealed class ReferenceMatchType : FilterInputType<ReferenceMatch>
{
    public ReferenceMatchType()
    {
        Name = "ReferenceMatch";
        Description = "A cited work: every part given must hold.";
        Field<IntFilterType>("year").Description("Its year of publication.");
        Field<StringFilterType>("author").Description("An author's name contains this (`contains`), any case.");
        Field<StringFilterType>("title").Description("Its title contains this (`contains`), any case.");
        Field<StringFilterType>("doi").Description("Its DOI is this (`eq`), any case.");
    }

    protected override ReferenceMatch Build(FieldValues fields) => new(
        fields.Get<IntFilter>("year"), fields.Get<StringFilter>("author"), fields.Get<StringFilter>("title"), fields.Get<StringFilter>("doi"));
}

internal sealed class EvidenceMatchType : FilterInputType<EvidenceMatch>
{
    public EvidenceMatchType()
    {
        Name = "EvidenceMatch";
        Description = "A place a paper reports the measurement: every part given must hold.";
        Field<StringFilterType>("text").Description("The sentence or table row contains this (`contains`), any case.");
        Field<BooleanGraphType>("table").Description("True: a table row; false: a sentence.");
        Field<StringFilterType>("section").Description("The section's label contains this (`contains`), any case.");
        Field<IdGraphType>("paper").Description("The reporting paper's id.");
    }

    protected override EvidenceMatch Build(FieldValues fields) => new(
        fields.Get<StringFilter>("text"), fields.GetValue<bool>("table"), fields.Get<StringFilter>("section"), fields.Get<string>("paper"));
}

internal sealed class IntFilterType : FilterInputType<IntFilter>
{
    public IntFilterType()
    {
        Name = "IntFilter";
        Description = "Bounds on a whole number; every one given must hold.";
        Field<IntGraphType>("eq").Description("Exactly.");
        Field<IntGraphType>("gt").Description("Greater than.");
        Field<IntGraphType>("gte").Description("At least.");
        Field<IntGraphType>("lt").Description("Less than.");
        Field<IntGraphType>("lte").Description("At most.");
    }

    protected override IntFilter Build(FieldValues fields) => new(
        fields.GetValue<int>("eq"), fields.GetValue<int>("gt"), fields.GetValue<int>("gte"), fields.GetValue<int>("lt"), fields.GetValue<int>("lte"));
}

internal sealed class EvidenceFilterType : FilterInputType<EvidenceFilter>
{
    public EvidenceFilterType()
    {
        Name = "EvidenceFilter";
        Description = "Conditions on the evidence text.";
        Field<StringFilterType>("text").Description("The sentence or table row contains this, in any case.");
        Field<EvidenceMatchType>("some").Description("Some place reporting it matches, e.g. { table: true }.");
        Field<EvidenceMatchType>("none").Description("No place reporting it matches.");
    }

    protected override EvidenceFilter Build(FieldValues fields) => new(fields.Get<StringFilter>("text"))
    {
        Some = fields.Get<EvidenceMatch>("some"),
        None = fields.Get<EvidenceMatch>("none"),
    };
}

internal sealed class ConditionFilterType : FilterInputType<ConditionFilter>
{
    public ConditionFilterType()
    {
        Name = "ConditionFilter";
        Description = "A measurement condition by name (temperature, processing temperature, current density, pressure, areal capacity, cycles, rate), with optional bounds.";
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
        Description = "Matches a text, in any case.";
        Field<StringGraphType>("contains").Description("The text contains this.");
        Field<StringGraphType>("eq").Description("The text is this (a subject's name or alias, a condition's name, a DOI).");
    }

    protected override StringFilter Build(FieldValues fields) => new(fields.Get<string>("contains")) { Eq = fields.Get<string>("eq") };
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
