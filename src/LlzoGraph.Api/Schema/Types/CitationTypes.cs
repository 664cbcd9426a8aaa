using GraphQL;
using GraphQL.Types;
using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Ports;
using LlzoGraph.Core.Queries;
using Microsoft.Extensions.DependencyInjection;

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

/// <summary>Resolves the ports from the request's services.</summary>
internal static class Ports
{
    public static IGraphStore Store(IResolveFieldContext ctx) => Services(ctx).GetRequiredService<IGraphStore>();

    public static ICitationGraph Citations(IResolveFieldContext ctx) =>
        Services(ctx).GetService<ICitationGraph>() ?? throw new ExecutionError("this store does not answer citation-graph queries") { Code = "NOT_SUPPORTED" };

    private static IServiceProvider Services(IResolveFieldContext ctx) =>
        ctx.RequestServices ?? throw new InvalidOperationException("ExecutionOptions.RequestServices is not set");
}
