using GraphQL.Types;
using LlzoGraph.Core.Queries;

namespace LlzoGraph.Api.Schema.Types;

internal sealed class RelatedPaperType : ObjectGraphType<Related<PaperView>>
{
    public RelatedPaperType()
    {
        Name = "RelatedPaper";
        Description = "A paper related to another by the works both cite and the subjects both report on.";
        Field<NonNullGraphType<PaperType>, PaperView>("paper").Description("The related paper.").Resolve(ctx => ctx.Source.Item);
        Field<NonNullGraphType<IntGraphType>, int>("score").Description("Shared cited works plus shared subjects.").Resolve(ctx => ctx.Source.Score);
        Field<NonNullGraphType<StringGraphType>, string>("explanation").Description("What they share.").Resolve(ctx => ctx.Source.Explanation);
    }
}

internal sealed class SimilarStrategyType : ObjectGraphType<Related<SubjectView>>
{
    public SimilarStrategyType()
    {
        Name = "SimilarStrategy";
        Description = "A strategy similar to another: made of the same materials, or of its kind and measured for the same properties.";
        Field<NonNullGraphType<SubjectType>, SubjectNode>("strategy").Description("The similar strategy.")
            .Resolve(ctx => new SubjectNode(ctx.Source.Item.Id, ctx.Source.Item.Name, ctx.Source.Item.Kind));
        Field<NonNullGraphType<IntGraphType>, int>("score").Description("Twice the shared materials plus the shared properties.").Resolve(ctx => ctx.Source.Score);
        Field<NonNullGraphType<StringGraphType>, string>("explanation").Description("What they share.").Resolve(ctx => ctx.Source.Explanation);
    }
}
