using GraphQL.Types;
using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Queries;

namespace LlzoGraph.Api.Schema.Types;

internal sealed class CitationType : ObjectGraphType<CitationView>
{
    public CitationType()
    {
        Name = "Citation";
        Description = "An in-text citation: a sentence, caption or table row of a paper pointing at a work of its reference list.";
        Field<NonNullGraphType<IntGraphType>, int>("number").Description("The number the citing paper gives the work.").Resolve(ctx => ctx.Source.Reference.Number);
        Field<NonNullGraphType<CitationFormEnumType>, CitationForm>("form").Description("How the citation was written.").Resolve(ctx => ctx.Source.Form);
        Field<NonNullGraphType<StringGraphType>, string>("section").Description("The section it stands in.").Resolve(ctx => ctx.Source.Section);
        Field<NonNullGraphType<StringGraphType>, string>("text").Description("The sentence, caption sentence or table row that cites.").Resolve(ctx => ctx.Source.Text);
        Field<NonNullGraphType<ReferenceType>, ReferenceView>("reference").Description("The cited work.").Resolve(ctx => ctx.Source.Reference);
    }
}
