using GraphQL.Types;
using LlzoGraph.Core.Curation;
using LlzoGraph.Core.Ports;
using LlzoGraph.Core.Queries;

namespace LlzoGraph.Api.Schema.Types;

internal sealed class CurationActionEnumType() : DescribedEnumType<CurationAction>("CurationAction", "What a curator did to a measurement.")
{
    protected override string? Describe(CurationAction value) => value switch
    {
        CurationAction.Confirm => "Confirmed the extraction.",
        CurationAction.Reject => "Rejected it: not a fact; hidden from reads.",
        CurationAction.Correct => "Corrected its value, unit or subject.",
        _ => null,
    };
}

internal sealed class CurationStateType : ObjectGraphType<CurationState>
{
    public CurationStateType()
    {
        Name = "CurationState";
        Description = "The latest curator's decision on a measurement.";
        Field<NonNullGraphType<CurationActionEnumType>, CurationAction>("action").Description("What was decided.").Resolve(ctx => ctx.Source.Action);
        Field<NonNullGraphType<StringGraphType>, string>("author").Description("Who decided (the API key's owner).").Resolve(ctx => ctx.Source.Author);
        Field<NonNullGraphType<DateTimeOffsetGraphType>, DateTimeOffset>("at").Description("When.").Resolve(ctx => ctx.Source.At);
        Field<StringGraphType, string?>("conflict").Description("Why a later extraction disagrees with the decision, when it does.").Resolve(ctx => ctx.Source.Conflict);
    }
}

internal sealed class CuratedFieldsType : ObjectGraphType<CuratedFields>
{
    public CuratedFieldsType()
    {
        Name = "CuratedFields";
        Description = "A measurement's value, unit and subject at one moment of its history.";
        Field<NonNullGraphType<FloatGraphType>, double>("value").Description("The value, in unit.").Resolve(ctx => ctx.Source.Value);
        Field<NonNullGraphType<StringGraphType>, string>("unit").Description("The unit.").Resolve(ctx => ctx.Source.Unit);
        Field<NonNullGraphType<StringGraphType>, string>("subject").Description("The subject's name.").Resolve(ctx => ctx.Source.SubjectName);
    }
}

internal sealed class CurationEditType : ObjectGraphType<CurationEdit>
{
    public CurationEditType()
    {
        Name = "CurationEdit";
        Description = "One curator's edit, kept for ever.";
        Field<NonNullGraphType<IdGraphType>, string>("id").Description("The edit's id.").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<CurationActionEnumType>, CurationAction>("action").Description("What was done.").Resolve(ctx => ctx.Source.Action);
        Field<NonNullGraphType<StringGraphType>, string>("author").Description("Who did it.").Resolve(ctx => ctx.Source.Author);
        Field<NonNullGraphType<DateTimeOffsetGraphType>, DateTimeOffset>("at").Description("When.").Resolve(ctx => ctx.Source.At);
        Field<StringGraphType, string?>("comment").Description("Why, in the curator's words.").Resolve(ctx => ctx.Source.Comment);
        Field<CuratedFieldsType, CuratedFields?>("before").Description("The fields before a correction.").Resolve(ctx => ctx.Source.Before);
        Field<CuratedFieldsType, CuratedFields?>("after").Description("The fields after a correction.").Resolve(ctx => ctx.Source.After);
    }
}

internal sealed class ReviewItemType : ObjectGraphType<ReviewItem>
{
    public ReviewItemType()
    {
        Name = "ReviewItem";
        Description = "A measurement a curator should look at, and why.";
        Field<NonNullGraphType<MeasurementType>, MeasurementView>("measurement").Description("The measurement.").Resolve(ctx => ctx.Source.Measurement);
        Field<NonNullGraphType<StringGraphType>, string>("reason").Description("Why it is in the queue.").Resolve(ctx => ctx.Source.Reason);
        Field<NonNullGraphType<BooleanGraphType>, bool>("conflict").Description("Whether a later extraction disagrees with a curated decision.").Resolve(ctx => ctx.Source.Conflict);
    }
}
