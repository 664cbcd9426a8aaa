using GraphQL;
using GraphQL.Types;
using LlzoGraph.Api.Schema.Filters;
using LlzoGraph.Api.Schema.Types;
using LlzoGraph.Core.Curation;
using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Ports;
using LlzoGraph.Core.Queries;

namespace LlzoGraph.Api.Schema;

/// <summary>The reviewers' queries over materials, strategies and the property vocabulary, and the history of entity edits.</summary>
internal static class EntityQueryFields
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<EntityConnectionType>, EntityConnection>("materials")
            .Description("Materials with their aliases, by name (a name or alias containing `where.name.contains`), `first` after the cursor `after`.")
            .Argument<EntityWhereType>("where", "Which materials; all when absent.")
            .Argument<IntGraphType>("first", $"How many to return, 0 to {MeasurementFilter.MaxPageSize}.", a => a.DefaultValue = MeasurementFilter.DefaultPageSize)
            .Argument<StringGraphType>("after", "The cursor to continue after.")
            .ResolveAsync(async ctx => await PageAsync(ctx, (catalog, q, ct) => catalog.FindMaterialsAsync(q, ct)));

        query.Field<NonNullGraphType<EntityConnectionType>, EntityConnection>("strategies")
            .Description("Strategies (treatments, interlayers, coatings, …) with their aliases, by name and kind, `first` after the cursor `after`.")
            .Argument<EntityWhereType>("where", "Which strategies; all when absent.")
            .Argument<IntGraphType>("first", $"How many to return, 0 to {MeasurementFilter.MaxPageSize}.", a => a.DefaultValue = MeasurementFilter.DefaultPageSize)
            .Argument<StringGraphType>("after", "The cursor to continue after.")
            .ResolveAsync(async ctx => await PageAsync(ctx, (catalog, q, ct) => catalog.FindStrategiesAsync(q, ct)));

        query.Field<EntityType, EntityView?>("entity")
            .Description("One material or strategy by id; for an id merged into another, the entity it was merged into.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The entity's id (`Subject.id`).")
            .ResolveAsync(async ctx => await Ports.Entities(ctx).FindEntityAsync(ctx.GetArgument<string>("id"), ctx.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PropertyInfoType>>>, IReadOnlyList<PropertyInfo>>("properties")
            .Description("The property vocabulary: each property with its canonical units, synonyms and how many measurements report it.")
            .ResolveAsync(async ctx =>
            {
                var store = Ports.Store(ctx);
                var list = new List<PropertyInfo>();
                foreach (var definition in PropertyVocabulary.All)
                {
                    list.Add(new PropertyInfo(definition, await store.CountMeasurementsAsync(new MeasurementQuery { Properties = [definition.Key] }, ctx.CancellationToken)));
                }

                return list;
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityEditType>>>, IReadOnlyList<EntityEdit>>("entityHistory")
            .Description("Every curator's edit involving a material or strategy (merges, splits, aliases) or of a measurement a curator added, oldest first: who, when, before and after.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The entity's or added measurement's id.")
            .ResolveAsync(async ctx => await Ports.EntityCuration(ctx).EntityHistoryAsync(ctx.GetArgument<string>("id"), ctx.CancellationToken));
    }

    private static async Task<EntityConnection> PageAsync(
        IResolveFieldContext ctx, Func<IEntityCatalog, EntityQuery, CancellationToken, Task<EntityPage>> find)
    {
        var first = ctx.GetArgument<int?>("first") ?? MeasurementFilter.DefaultPageSize;
        if (first is < 0 or > MeasurementFilter.MaxPageSize)
        {
            throw new ExecutionError($"first must be 0 to {MeasurementFilter.MaxPageSize}") { Code = QueryType.InvalidFilterCode };
        }

        var after = ctx.GetArgument<string?>("after");
        var offset = after is null ? 0 : EntityConnection.Position(after)
            ?? throw new ExecutionError($"after \"{after}\" is not a cursor this API gave") { Code = QueryType.InvalidFilterCode };
        var where = ctx.GetArgument<EntityWhere?>("where");
        var kinds = where?.Kind is { } k ? (k.Eq is { } eq ? (k.In is null || k.In.Contains(eq) ? [eq] : []) : k.In?.ToList()) : null;
        var page = await find(Ports.Entities(ctx), new EntityQuery
        {
            NameContains = string.IsNullOrWhiteSpace(where?.Name?.Contains) ? null : where.Name.Contains.Trim(),
            Kinds = kinds,
            Offset = offset,
            Limit = first,
        }, ctx.CancellationToken);
        return new EntityConnection(page.TotalCount, offset, page.Items);
    }
}

/// <summary>Which materials or strategies: a name or alias containing a text, strategies' kinds.</summary>
internal sealed record EntityWhere(StringFilter? Name, SubjectKindFilter? Kind);

internal sealed class EntityWhereType : FilterInputType<EntityWhere>
{
    public EntityWhereType()
    {
        Name = "EntityWhere";
        Description = "Which materials or strategies: every part given must hold.";
        Field<StringFilterType>("name").Description("The name or an alias contains this (`contains`), any case.");
        Field<SubjectKindFilterType>("kind").Description("Strategies of these kinds (ignored for materials).");
    }

    protected override EntityWhere Build(FieldValues fields) => new(fields.Get<StringFilter>("name"), fields.Get<SubjectKindFilter>("kind"));
}
