using GraphQL;
using GraphQL.Types;
using LlzoGraph.Api.Schema.Filters;
using LlzoGraph.Api.Schema.Types;
using LlzoGraph.Core.Ports;
using LlzoGraph.Core.Queries;
using Microsoft.Extensions.DependencyInjection;

namespace LlzoGraph.Api.Schema;

/// <summary>The query root: thin resolvers over <see cref="IGraphStore"/>, taken from the request's services.</summary>
internal sealed class QueryType : ObjectGraphType
{
    public const string InvalidFilterCode = "INVALID_FILTER";

    public QueryType()
    {
        Name = "Query";
        Description = "Reads the knowledge graph of solid-state battery papers: measurements with their evidence, papers, statistics.";

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MeasurementType>>>, IReadOnlyList<MeasurementView>>("measurements")
            .Description("Measurements matching `where`, a page at a time: `first` of them (at most "
                + $"{MeasurementFilter.MaxPageSize}) after skipping `offset`.")
            .Argument<MeasurementWhereType>("where", "Which measurements; all of them when absent.")
            .Argument<IntGraphType>("first", $"How many to return, 0 to {MeasurementFilter.MaxPageSize}.",
                a => a.DefaultValue = MeasurementFilter.DefaultPageSize)
            .Argument<IntGraphType>("offset", "How many matches to skip.", a => a.DefaultValue = 0)
            .ResolveAsync(async ctx =>
            {
                var query = MeasurementFilter.ToQuery(
                    ctx.GetArgument<MeasurementWhere?>("where"),
                    ctx.GetArgument<int?>("first") ?? MeasurementFilter.DefaultPageSize,
                    ctx.GetArgument<int?>("offset") ?? 0);
                if (!query.Ok)
                {
                    throw new ExecutionError(query.Error!) { Code = InvalidFilterCode };
                }

                return MeasurementFilter.MatchesNothing(query.Value!)
                    ? []
                    : await Store(ctx).FindMeasurementsAsync(query.Value!, ctx.CancellationToken);
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PaperType>>>, IReadOnlyList<PaperView>>("papers")
            .Description("Every ingested paper.")
            .ResolveAsync(async ctx => await Store(ctx).ListPapersAsync(ctx.CancellationToken));

        Field<NonNullGraphType<StatisticsType>, StoreStatistics>("statistics")
            .Description("How much the graph holds.")
            .ResolveAsync(async ctx => await Store(ctx).GetStatisticsAsync(ctx.CancellationToken));
    }

    private static IGraphStore Store(IResolveFieldContext ctx) =>
        (ctx.RequestServices ?? throw new InvalidOperationException("ExecutionOptions.RequestServices is not set"))
        .GetRequiredService<IGraphStore>();
}

/// <summary>The LlzoGraph schema. Stateless once built; one instance serves every request.</summary>
internal sealed class LlzoGraphSchema : GraphQL.Types.Schema
{
    public LlzoGraphSchema()
    {
        Description = "LlzoGraph: facts mined from solid-state battery papers (garnet LLZO electrolytes and their interfaces).";
        Query = new QueryType();
    }
}
