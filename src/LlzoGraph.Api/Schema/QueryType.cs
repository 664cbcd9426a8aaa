using GraphQL;
using GraphQL.Types;
using LlzoGraph.Api.Schema.Filters;
using LlzoGraph.Api.Schema.Types;
using LlzoGraph.Core.Curation;
using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Ports;
using LlzoGraph.Core.Queries;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LlzoGraph.Api.Schema;

/// <summary>The query root: thin resolvers over <see cref="IGraphStore"/>, taken from the request's services.</summary>
internal sealed class QueryType : ObjectGraphType
{
    public const string InvalidFilterCode = "INVALID_FILTER";

    public QueryType()
    {
        Name = "Query";
        Description = "Reads the knowledge graph of solid-state battery papers: measurements with their evidence, papers, the citation graph, statistics.";

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MeasurementType>>>, IReadOnlyList<MeasurementView>>("measurements")
            .Description("Measurements matching `where`, a page at a time: `first` of them (at most "
                + $"{MeasurementFilter.MaxPageSize}) after skipping `offset`.")
            .Argument<MeasurementWhereType>("where", "Which measurements; all of them when absent.")
            .Argument<IntGraphType>("first", $"How many to return, 0 to {MeasurementFilter.MaxPageSize}.",
                a => a.DefaultValue = MeasurementFilter.DefaultPageSize)
            .Argument<IntGraphType>("offset", "How many matches to skip.", a => a.DefaultValue = 0)
            .ResolveAsync(async ctx =>
            {
                var query = Parse(ctx, ctx.GetArgument<int?>("first") ?? MeasurementFilter.DefaultPageSize, ctx.GetArgument<int?>("offset") ?? 0)
                    with { Details = MeasurementSelection.Details(ctx) };
                return MeasurementFilter.MatchesNothing(query)
                    ? []
                    : await Store(ctx).FindMeasurementsAsync(query, ctx.CancellationToken);
            });

        Field<NonNullGraphType<MeasurementConnectionType>, MeasurementConnection>("measurementsConnection")
            .Description("Measurements matching `where` as a Relay connection: `first` of them after the cursor `after`, in `orderBy` order, with the total count.")
            .Argument<MeasurementWhereType>("where", "Which measurements; all of them when absent.")
            .Argument<IntGraphType>("first", $"How many to return, 0 to {MeasurementFilter.MaxPageSize}.", a => a.DefaultValue = MeasurementFilter.DefaultPageSize)
            .Argument<StringGraphType>("after", "The cursor to continue after (an edge's cursor or pageInfo.endCursor).")
            .Argument<MeasurementOrderEnumType>("orderBy", "The sort order.", a => a.DefaultValue = MeasurementOrder.Default)
            .Argument<BooleanGraphType>("descending", "Sort from high to low.", a => a.DefaultValue = false)
            .ResolveAsync(async ctx =>
            {
                var after = ctx.GetArgument<string?>("after");
                var offset = after is null ? 0 : MeasurementConnection.Position(after)
                    ?? throw new ExecutionError($"after \"{after}\" is not a cursor this API gave") { Code = InvalidFilterCode };
                var first = ctx.GetArgument<int?>("first") ?? MeasurementFilter.DefaultPageSize;
                var query = Parse(ctx, first, offset) with
                {
                    OrderBy = ctx.GetArgument<MeasurementOrder?>("orderBy") ?? MeasurementOrder.Default,
                    Descending = ctx.GetArgument<bool?>("descending") ?? false,
                    Details = MeasurementSelection.Details(ctx),
                };
                if (MeasurementFilter.MatchesNothing(query with { Limit = 1 }))
                {
                    return new MeasurementConnection(0, offset, [], false);
                }

                var total = await Store(ctx).CountMeasurementsAsync(query, ctx.CancellationToken);
                var nodes = first == 0 ? [] : await Store(ctx).FindMeasurementsAsync(query, ctx.CancellationToken);
                return new MeasurementConnection(total, offset, nodes, offset + nodes.Count < total);
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SimilarStrategyType>>>, IReadOnlyList<Related<SubjectView>>>("similarStrategies")
            .Description("Strategies similar to one (by its subject id): made of the same materials, or of its kind and measured for the same properties.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The strategy's id (Subject.id).")
            .Argument<IntGraphType>("first", "How many.", a => a.DefaultValue = 10)
            .ResolveAsync(async ctx => await Ports.Citations(ctx).FindSimilarStrategiesAsync(
                ctx.GetArgument<string>("id"), Math.Clamp(ctx.GetArgument<int?>("first") ?? 10, 0, MeasurementFilter.MaxPageSize), ctx.CancellationToken));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelatedPaperType>>>, IReadOnlyList<Related<PaperView>>>("relatedPapers")
            .Description("Papers related to one: citing the same works (bibliographic coupling) and reporting on the same subjects.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The paper's id.")
            .Argument<IntGraphType>("first", "How many.", a => a.DefaultValue = 10)
            .ResolveAsync(async ctx => await Ports.Citations(ctx).FindRelatedPapersAsync(
                ctx.GetArgument<string>("id"), Math.Clamp(ctx.GetArgument<int?>("first") ?? 10, 0, MeasurementFilter.MaxPageSize), ctx.CancellationToken));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StrategyRecommendationType>>>, IReadOnlyList<StrategyRecommendation>>("recommendStrategies")
            .Description("Which strategy to try for a goal: strategies whose reported values meet it, ranked by the number of independent "
                + "original works showing it, then by the best value. Deterministic, with an explanation and the evidence of each.")
            .Argument<NonNullGraphType<GoalInputType>>("goal", "The property and the bound(s) to meet.")
            .Argument<ListGraphType<NonNullGraphType<SubjectKindEnumType>>>("kinds", "Only strategies of these kinds (all kinds but materials when absent).")
            .Argument<IntGraphType>("first", "How many to return.", a => a.DefaultValue = 10)
            .ResolveAsync(async ctx =>
            {
                var goal = ctx.GetArgument<GoalArgument>("goal");
                var definition = PropertyVocabulary.Get(goal.Property);
                var unitText = goal.Unit ?? definition.PreferredUnit;
                var unit = UnitCache.Parse(unitText);
                if (!unit.Ok || !definition.Accepts(unit.Value!))
                {
                    throw new ExecutionError($"goal.unit \"{unitText}\" cannot measure {MeasurementFilter.EnumName(goal.Property)} (in {definition.Unit.SiSymbol})")
                    {
                        Code = InvalidFilterCode,
                    };
                }

                var first = ctx.GetArgument<int?>("first") ?? 10;
                if (first is < 0 or > MeasurementFilter.MaxPageSize)
                {
                    throw new ExecutionError($"first must be 0 to {MeasurementFilter.MaxPageSize}") { Code = InvalidFilterCode };
                }

                var kinds = ctx.GetArgument<List<SubjectKind>?>("kinds");
                var measurements = await Store(ctx).FindMeasurementsAsync(
                    new MeasurementQuery
                    {
                        Properties = [goal.Property],
                        SubjectKinds = kinds is { Count: > 0 } ? kinds : Enum.GetValues<SubjectKind>().Where(k => k != SubjectKind.Material).ToList(),
                        SiUnit = unit.Value!.SiSymbol,
                        Limit = int.MaxValue,
                    },
                    ctx.CancellationToken);
                var target = new Goal(goal.Property, goal.Gt is { } gt ? unit.Value.ToSi(gt) : null, goal.Lt is { } lt ? unit.Value.ToSi(lt) : null);
                return StrategyRanking.Rank(measurements, target, unit.Value).Take(first).ToList();
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CurationEditType>>>, IReadOnlyList<CurationEdit>>("history")
            .Description("Every curator's edit of a measurement, oldest first: who, when, before and after.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The measurement.")
            .ResolveAsync(async ctx => await Curation(ctx).HistoryAsync(ctx.GetArgument<string>("id"), ctx.CancellationToken));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewItemType>>>, IReadOnlyList<ReviewItem>>("reviewQueue")
            .Description("What needs a curator: conflicts between curated facts and later extractions first, then the least confident uncurated measurements.")
            .Argument<IntGraphType>("first", "How many.", a => a.DefaultValue = 20)
            .ResolveAsync(async ctx =>
            {
                var first = ctx.GetArgument<int?>("first") ?? 20;
                if (first is < 0 or > MeasurementFilter.MaxPageSize)
                {
                    throw new ExecutionError($"first must be 0 to {MeasurementFilter.MaxPageSize}") { Code = InvalidFilterCode };
                }

                return await Curation(ctx).ReviewQueueAsync(first, ctx.CancellationToken);
            });

        Field<NonNullGraphType<ComparisonTableType>, ComparisonTable>("comparisonTable")
            .Description("A comparison table: rows are strategies (or papers), columns the chosen properties, each cell the median value "
                + "with its count and range. The same as CSV: GET /comparison.csv?properties=…&rows=…&kinds=….")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<PropertyEnumType>>>>("properties", "The columns.")
            .Argument<ComparisonRowsEnumType>("rows", "What the rows stand for.", a => a.DefaultValue = ComparisonRows.Strategy)
            .Argument<ListGraphType<NonNullGraphType<SubjectKindEnumType>>>("kinds", "Only subjects of these kinds.")
            .Argument<IdGraphType>("paper", "Only what this paper reports.")
            .ResolveAsync(async ctx => await ComparisonQuery.BuildAsync(
                Store(ctx), ctx.GetArgument<List<Property>>("properties"), ctx.GetArgument<ComparisonRows?>("rows") ?? ComparisonRows.Strategy,
                ctx.GetArgument<List<SubjectKind>?>("kinds"), ctx.GetArgument<string?>("paper"), ctx.CancellationToken));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReferenceType>>>, IReadOnlyList<ReferenceView>>("worksBehind")
            .Description("The cited works behind the measurements matching `where` (each once): who measured what a query returns. Ask for `bibtex` to export them.")
            .Argument<MeasurementWhereType>("where", "Which measurements; all of them when absent.")
            .ResolveAsync(async ctx =>
            {
                var query = Parse(ctx, MeasurementFilter.MaxPageSize, 0);
                if (MeasurementFilter.MatchesNothing(query))
                {
                    return [];
                }

                var measurements = await Store(ctx).FindMeasurementsAsync(query with { Limit = int.MaxValue }, ctx.CancellationToken);
                return measurements.Count == 0
                    ? []
                    : await Ports.Citations(ctx).FindReferencesAsync(
                        new ReferenceQuery { MeasurementIds = measurements.Select(m => m.Id).ToList(), Limit = int.MaxValue }, ctx.CancellationToken);
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReferenceType>>>, IReadOnlyList<ReferenceView>>("references")
            .Description($"Cited works matching `where`, a page at a time (at most {MeasurementFilter.MaxPageSize}).")
            .Argument<ReferenceWhereType>("where", "Which works; all of them when absent.")
            .Argument<IntGraphType>("first", $"How many to return, 0 to {MeasurementFilter.MaxPageSize}.", a => a.DefaultValue = MeasurementFilter.DefaultPageSize)
            .Argument<IntGraphType>("offset", "How many matches to skip.", a => a.DefaultValue = 0)
            .ResolveAsync(async ctx =>
            {
                var w = ctx.GetArgument<ReferenceWhere?>("where");
                var first = ctx.GetArgument<int?>("first") ?? MeasurementFilter.DefaultPageSize;
                var offset = ctx.GetArgument<int?>("offset") ?? 0;
                if (first is < 0 or > MeasurementFilter.MaxPageSize || offset < 0)
                {
                    throw new ExecutionError($"first must be 0 to {MeasurementFilter.MaxPageSize} and offset at least 0") { Code = InvalidFilterCode };
                }

                return await Ports.Citations(ctx).FindReferencesAsync(
                    new ReferenceQuery
                    {
                        Author = w?.Author, Title = w?.Title, Journal = w?.Journal, Year = w?.Year, CitingPaperId = w?.Paper,
                        Limit = first, Offset = offset,
                    },
                    ctx.CancellationToken);
            });

        Field<ReferenceType, ReferenceView?>("reference")
            .Description("Entry `number` of a paper's reference list.")
            .Argument<NonNullGraphType<IntGraphType>>("number", "The number the paper gives the work.")
            .Argument<NonNullGraphType<IdGraphType>>("paper", "The citing paper's id.")
            .ResolveAsync(async ctx => await Ports.Citations(ctx).FindReferencesAsync(
                new ReferenceQuery { CitingPaperId = ctx.GetArgument<string>("paper"), Number = ctx.GetArgument<int>("number"), Limit = 1 },
                ctx.CancellationToken) is { Count: > 0 } found ? found[0] : null);

        Field<PaperType, PaperView?>("paper")
            .Description("One paper by id.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The paper's id.")
            .ResolveAsync(async ctx => (await Store(ctx).ListPapersAsync(ctx.CancellationToken)).FirstOrDefault(p => p.Id == ctx.GetArgument<string>("id")));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PaperType>>>, IReadOnlyList<PaperView>>("papers")
            .Description("Every ingested paper.")
            .ResolveAsync(async ctx => await Store(ctx).ListPapersAsync(ctx.CancellationToken));

        Field<NonNullGraphType<StatisticsType>, StoreStatistics>("statistics")
            .Description("How much the graph holds.")
            .ResolveAsync(async ctx => await Store(ctx).GetStatisticsAsync(ctx.CancellationToken));

        EntityQueryFields.AddTo(this);
    }

    /// <summary>
    /// The query the field's <c>where</c> asks for, as a page; a filter that cannot be read, is too large or deep, or
    /// needs a filter tree the store cannot evaluate is a GraphQL error.
    /// </summary>
    private static MeasurementQuery Parse(IResolveFieldContext ctx, int first, int offset)
    {
        var parsed = MeasurementFilter.ToQuery(ctx.GetArgument<MeasurementWhere?>("where"), first, offset);
        if (!parsed.Ok)
        {
            throw new ExecutionError(parsed.Error!) { Code = InvalidFilterCode };
        }

        var query = parsed.Value!;
        if (query.SubjectNameContains is { } name && Store(ctx).SupportsFilterTrees)
        {
            // as a tree leaf the name also matches the subject's aliases
            var leaf = new SubjectNameContains(name);
            query = query with { SubjectNameContains = null, Where = query.Where is { } where ? new AllOf([leaf, where]) : leaf };
        }

        if (query.Where is { } tree)
        {
            var options = ctx.RequestServices?.GetService<IOptions<LlzoGraphApiOptions>>()?.Value ?? new LlzoGraphApiOptions();
            if (tree.Depth > options.MaxDepth || tree.Size > options.MaxFilterNodes)
            {
                throw new ExecutionError(
                    $"the where filter nests {tree.Depth} deep with {tree.Size} parts; at most {options.MaxDepth} deep and {options.MaxFilterNodes} parts are allowed")
                {
                    Code = InvalidFilterCode,
                };
            }

            if (!Store(ctx).SupportsFilterTrees)
            {
                throw new ExecutionError("this store cannot evaluate AND/OR/NOT or some/none filters; use the plain filters") { Code = "NOT_SUPPORTED" };
            }
        }

        return query;
    }

    private static IGraphStore Store(IResolveFieldContext ctx) => Ports.Store(ctx);

    private static ICurationStore Curation(IResolveFieldContext ctx) => Ports.Curation(ctx);
}

/// <summary>The LlzoGraph schema. Stateless once built; one instance serves every request.</summary>
internal sealed class LlzoGraphSchema : GraphQL.Types.Schema
{
    public LlzoGraphSchema()
    {
        Description = "LlzoGraph: facts mined from solid-state battery papers (garnet LLZO electrolytes and their interfaces).";
        NameConverter = LogicalOperatorNameConverter.Instance;
        Query = new QueryType();
        Mutation = new MutationType();
    }
}
