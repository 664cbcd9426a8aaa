using GraphQL.Types;
using LlzoGraph.Core.Curation;
using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Queries;

namespace LlzoGraph.Api.Schema.Types;

internal sealed class EntityType : ObjectGraphType<EntityView>
{
    public EntityType()
    {
        Name = "Entity";
        Description = "A material or a strategy (treatment, interlayer, coating, …) with every name papers and curators give it.";
        Field<NonNullGraphType<IdGraphType>, string>("id").Description("Its stable id (the same as `Subject.id`).").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<StringGraphType>, string>("name").Description("Its name.").Resolve(ctx => ctx.Source.Name);
        Field<NonNullGraphType<SubjectKindEnumType>, SubjectKind>("kind").Description("MATERIAL, or the kind of strategy.").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>, IReadOnlyList<string>>("aliases")
            .Description("Its other names: abbreviations papers define, other spellings, names of entities merged into it, curators' aliases.")
            .Resolve(ctx => ctx.Source.Aliases);
        Field<NonNullGraphType<IntGraphType>, int>("measurementCount").Description("How many measurements it is the subject of.").Resolve(ctx => ctx.Source.Measurements);
    }
}

/// <summary>A page of materials or strategies, with cursors and the total count of matches.</summary>
internal sealed record EntityConnection(int TotalCount, int Offset, IReadOnlyList<EntityView> Nodes)
{
    public bool HasNextPage => Offset + Nodes.Count < TotalCount;

    private static readonly Cursors Cursors = new("entity:");

    public static string Cursor(int position) => Cursors.Cursor(position);

    public static int? Position(string cursor) => Cursors.Position(cursor);
}

internal sealed class EntityConnectionType : ObjectGraphType<EntityConnection>
{
    public EntityConnectionType()
    {
        Name = "EntityConnection";
        Description = "A page of materials or strategies, and how many match in all.";
        Field<NonNullGraphType<IntGraphType>, int>("totalCount").Description("How many match, over all pages.").Resolve(ctx => ctx.Source.TotalCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityType>>>, IReadOnlyList<EntityView>>("nodes").Description("The page's entities.").Resolve(ctx => ctx.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityEdgeType>>>, IReadOnlyList<(string, EntityView)>>("edges")
            .Description("The page's entities with their cursors.")
            .Resolve(ctx => ctx.Source.Nodes.Select((n, i) => (EntityConnection.Cursor(ctx.Source.Offset + i + 1), n)).ToList());
        Field<NonNullGraphType<PageInfoType>, PageWindow>("pageInfo").Description("Where the page stands.")
            .Resolve(ctx => new PageWindow(ctx.Source.Offset, ctx.Source.Nodes.Count, ctx.Source.HasNextPage, EntityConnection.Cursor));
    }
}

internal sealed class EntityEdgeType() : EdgeType<EntityType, EntityView>("EntityEdge", "An", "entity");

/// <summary>A property of the vocabulary and how many measurements report it.</summary>
internal sealed record PropertyInfo(PropertyDefinition Definition, int Measurements);

internal sealed class PropertyInfoType : ObjectGraphType<PropertyInfo>
{
    public PropertyInfoType()
    {
        Name = "PropertyInfo";
        Description = "A property of the controlled vocabulary, its canonical units and how many measurements report it.";
        Field<NonNullGraphType<PropertyEnumType>, Property>("property").Description("The property.").Resolve(ctx => ctx.Source.Definition.Key);
        Field<NonNullGraphType<StringGraphType>, string>("name").Description("Its readable name.").Resolve(ctx => ctx.Source.Definition.Name);
        Field<NonNullGraphType<StringGraphType>, string>("unit").Description("The unit it is usually reported in (the default of value filters).").Resolve(ctx => ctx.Source.Definition.Unit.Symbol);
        Field<NonNullGraphType<StringGraphType>, string>("siUnit").Description("Its coherent SI unit, the scale filters compare on.").Resolve(ctx => ctx.Source.Definition.Unit.SiSymbol);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>, IReadOnlyList<string>>("synonyms")
            .Description("The phrases papers use for it.").Resolve(ctx => ctx.Source.Definition.Synonyms);
        Field<NonNullGraphType<IntGraphType>, int>("measurementCount").Description("How many measurements report it.").Resolve(ctx => ctx.Source.Measurements);
    }
}

internal sealed class EntityActionEnumType() : DescribedEnumType<EntityAction>("EntityAction", "What a curator did to a material or strategy.")
{
    protected override string? Describe(EntityAction value) => value switch
    {
        EntityAction.Merge => "Merged one entity into another.",
        EntityAction.Unmerge => "Undid a merge.",
        EntityAction.Split => "Moved chosen measurements to a new entity.",
        EntityAction.AddAlias => "Added another name.",
        EntityAction.AddMeasurement => "Added a measurement extraction missed.",
        _ => null,
    };
}

internal sealed class EntityEditType : ObjectGraphType<EntityEdit>
{
    public EntityEditType()
    {
        Name = "EntityEdit";
        Description = "One curator's edit of a material or strategy (or a measurement a curator added), kept for ever.";
        Field<NonNullGraphType<IdGraphType>, string>("id").Description("The edit's id.").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<EntityActionEnumType>, EntityAction>("action").Description("What was done.").Resolve(ctx => ctx.Source.Action);
        Field<NonNullGraphType<IdGraphType>, string>("entity").Description("What the edit is about: the kept entity of a merge, a split's source, an added measurement.").Resolve(ctx => ctx.Source.EntityId);
        Field<IdGraphType, string?>("other").Description("The other entity involved: the merged one, a split's new one, an added measurement's subject.").Resolve(ctx => ctx.Source.OtherId);
        Field<NonNullGraphType<StringGraphType>, string>("author").Description("Who did it (the API key's owner).").Resolve(ctx => ctx.Source.Author);
        Field<NonNullGraphType<DateTimeOffsetGraphType>, DateTimeOffset>("at").Description("When.").Resolve(ctx => ctx.Source.At);
        Field<StringGraphType, string?>("comment").Description("Why, in the curator's words.").Resolve(ctx => ctx.Source.Comment);
        Field<StringGraphType, string?>("before").Description("The names or facts before the edit.").Resolve(ctx => ctx.Source.Before);
        Field<StringGraphType, string?>("after").Description("The names or facts after the edit.").Resolve(ctx => ctx.Source.After);
    }
}
