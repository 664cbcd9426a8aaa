using GraphQL;
using GraphQL.Types;
using LlzoGraph.Api.Schema.Filters;
using LlzoGraph.Core.Queries;

namespace LlzoGraph.Api.Schema.Types;

internal sealed class MeasurementType : ObjectGraphType<MeasurementView>
{
    public MeasurementType()
    {
        Name = "Measurement";
        Description = "A value a paper reports for a property of a subject, with the conditions it holds under, "
            + "the sentence or table row it was read from, and the works it cites for it.";

        Field<NonNullGraphType<IdGraphType>, string>("id")
            .Description("A stable id: the same measurement keeps it across re-ingests of the paper.")
            .Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<PropertyEnumType>, Core.Facts.Property>("property")
            .Description("The property measured.")
            .Resolve(ctx => ctx.Source.Property);
        Field<NonNullGraphType<FloatGraphType>, double>("value")
            .Description("The value (the lower bound of a range). Without `unit`, as reported, in `unit`; with it, "
                + "converted to that unit, which must measure the same thing (e.g. \"A/m2\", \"mA cm-2\", \"µA/cm²\").")
            .Argument<StringGraphType>("unit", "The unit to express the value in; defaults to the unit it was reported in.")
            .Resolve(ctx => ctx.GetArgument<string?>("unit") is { } unit
                ? ValueConversion.FromSi(ctx.Source.SiValue, ctx.Source.SiUnit, unit, What(ctx.Source))
                : ctx.Source.Value);
        Field<FloatGraphType, double?>("upperValue")
            .Description("The upper bound of a range (qualifier RANGE), in `unit` or the unit asked for; null otherwise.")
            .Argument<StringGraphType>("unit", "The unit to express the value in; defaults to the unit it was reported in.")
            .Resolve(ctx => ctx.Source.UpperValue is { } upper && ctx.GetArgument<string?>("unit") is { } unit
                ? ValueConversion.FromReported(upper, ctx.Source.Unit, ctx.Source.SiUnit, unit, What(ctx.Source))
                : ctx.Source.UpperValue);
        Field<NonNullGraphType<StringGraphType>, string>("unit")
            .Description("The unit the paper reported the value in, normalised (\"mA/cm2\", \"Ω·cm2\").")
            .Resolve(ctx => ctx.Source.Unit);
        Field<NonNullGraphType<FloatGraphType>, double>("siValue")
            .Description("The value in SI units (`siUnit`), the scale filters compare on.")
            .Resolve(ctx => ctx.Source.SiValue);
        Field<NonNullGraphType<StringGraphType>, string>("siUnit")
            .Description("The coherent SI unit of the value's dimension (\"A/m2\" for a current density).")
            .Resolve(ctx => ctx.Source.SiUnit);
        Field<NonNullGraphType<QualifierEnumType>, Core.Facts.Qualifier>("qualifier")
            .Description("How the reported number relates to the true value (exact, approximately, a bound, a range).")
            .Resolve(ctx => ctx.Source.Qualifier);
        Field<NonNullGraphType<FloatGraphType>, double>("confidence")
            .Description("How sure extraction is that this fact is right, from 0 to 1.")
            .Resolve(ctx => ctx.Source.Confidence);
        Field<NonNullGraphType<SubjectType>, SubjectNode>("subject")
            .Description("What the value is about: a material, or a strategy applied to it.")
            .Resolve(ctx => new SubjectNode(ctx.Source.SubjectId, ctx.Source.SubjectName, ctx.Source.SubjectKind));
        Field<MeasurementType, MeasurementView?>("changedFrom")
            .Description("For the \"after\" value of a before/after pair (\"decreased from 1138.5 to 83.4 Ω cm²\"), the \"before\" measurement; null otherwise.")
            .ResolveAsync(async ctx => ctx.Source.ChangedFromId is { } from
                && await Ports.Store(ctx).FindMeasurementsAsync(new MeasurementQuery { Ids = [from], Limit = 1 }, ctx.CancellationToken) is { Count: > 0 } found
                    ? found[0]
                    : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConditionType>>>, IReadOnlyList<ConditionView>>("conditions")
            .Description("The conditions the value holds under (temperature, current density, …).")
            .Resolve(ctx => ctx.Source.Conditions);
        Field<ReferenceType, ReferenceView?>("reference")
            .Description("The first work the paper cites for this value; null when it cites none.")
            .Resolve(ctx => ctx.Source.References.Count > 0 ? ctx.Source.References[0] : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReferenceType>>>, IReadOnlyList<ReferenceView>>("references")
            .Description("Every work the paper cites for this value, in citation order.")
            .Resolve(ctx => ctx.Source.References);
        Field<NonNullGraphType<EvidenceType>, EvidenceView>("evidence")
            .Description("Where in which paper the value was read (the first of reportedIn).")
            .Resolve(ctx => ctx.Source.Evidence);
        Field<CurationStateType, CurationState?>("curation")
            .Description("The latest curator's decision, when there is one.")
            .Resolve(ctx => ctx.Source.Curation);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceType>>>, IReadOnlyList<EvidenceView>>("reportedIn")
            .Description("Every sentence and table row, in every paper, that reports this measurement. Papers repeating the same original value share one measurement.")
            .Resolve(ctx => ctx.Source.ReportedIn.Count > 0 ? ctx.Source.ReportedIn : [ctx.Source.Evidence]);
    }

    private static string What(MeasurementView m) => $"{MeasurementFilter.EnumName(m.Property)} of measurement {m.Id}";
}

/// <summary>The subject of a measurement, as the API shows it.</summary>
internal sealed record SubjectNode(string Id, string Name, Core.Facts.SubjectKind Kind);

internal sealed class SubjectType : ObjectGraphType<SubjectNode>
{
    public SubjectType()
    {
        Name = "Subject";
        Description = "What a measurement is about: a material itself, or a strategy (treatment, interlayer, coating, …) applied to it.";
        Field<NonNullGraphType<IdGraphType>, string>("id").Description("A stable id of the subject.").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<StringGraphType>, string>("name")
            .Description("The subject's name (\"LLZTO\", \"AlN interlayer\", \"HF treatment\").")
            .Resolve(ctx => ctx.Source.Name);
        Field<NonNullGraphType<SubjectKindEnumType>, Core.Facts.SubjectKind>("kind")
            .Description("Whether the subject is a material or which kind of strategy.")
            .Resolve(ctx => ctx.Source.Kind);
    }
}

internal sealed class ConditionType : ObjectGraphType<ConditionView>
{
    public ConditionType()
    {
        Name = "Condition";
        Description = "A condition a measurement holds under, e.g. a temperature or the current density of a cycling test.";
        Field<NonNullGraphType<StringGraphType>, string>("name")
            .Description("What the condition is (\"temperature\", \"current density\").")
            .Resolve(ctx => ctx.Source.Name);
        Field<NonNullGraphType<FloatGraphType>, double>("value")
            .Description("The condition's value: as reported without `unit`, converted to `unit` with it.")
            .Argument<StringGraphType>("unit", "The unit to express the value in; defaults to the unit it was reported in.")
            .Resolve(ctx => ctx.GetArgument<string?>("unit") is { } unit
                ? ValueConversion.FromSi(ctx.Source.SiValue, ctx.Source.SiUnit, unit, $"condition \"{ctx.Source.Name}\"")
                : ctx.Source.Value);
        Field<NonNullGraphType<StringGraphType>, string>("unit")
            .Description("The unit the condition was reported in.")
            .Resolve(ctx => ctx.Source.Unit);
    }
}
