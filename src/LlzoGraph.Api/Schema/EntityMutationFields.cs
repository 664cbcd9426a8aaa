using GraphQL;
using GraphQL.Types;
using LlzoGraph.Api.Auth;
using LlzoGraph.Api.Schema.Types;
using LlzoGraph.Core.Curation;
using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Ports;
using LlzoGraph.Core.Queries;

namespace LlzoGraph.Api.Schema;

/// <summary>The curators' mutations on entities: merge, undo a merge, split, add an alias, add a missing measurement.</summary>
internal static class EntityMutationFields
{
    public const string RefusedCode = "CURATION_REFUSED";

    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<EntityType, EntityView?>("mergeEntities")
            .Description("Merges two materials (or two strategies): the measurements of `merge` move to `keep`, now and after any re-ingest, and its names become aliases of `keep`.")
            .Argument<NonNullGraphType<IdGraphType>>("keep", "The entity that stays.")
            .Argument<NonNullGraphType<IdGraphType>>("merge", "The entity merged into it.")
            .Argument<StringGraphType>("comment", "Why.")
            .ResolveAsync(async ctx =>
            {
                var (keep, merge) = (ctx.GetArgument<string>("keep"), ctx.GetArgument<string>("merge"));
                return await EditEntity(ctx, $"merge {merge} into", keep, (curation, author, comment) => curation.MergeAsync(keep, merge, author, comment, ctx.CancellationToken));
            });

        mutation.Field<EntityType, EntityView?>("unmergeEntity")
            .Description("Undoes the merge of an entity (a split along the merge): it has its own measurements back; the merge stays in history.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The entity that was merged into another.")
            .Argument<StringGraphType>("comment", "Why.")
            .ResolveAsync(async ctx =>
            {
                var id = ctx.GetArgument<string>("id");
                return await EditEntity(ctx, "unmerge", id, (curation, author, comment) => curation.UnmergeAsync(id, author, comment, ctx.CancellationToken));
            });

        mutation.Field<EntityType, EntityView?>("splitEntity")
            .Description("Moves chosen measurements of an entity to a new entity of the same kind named `name`; they stay there after any re-ingest.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The entity to split.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("measurements", "The measurements that belong to the new entity.")
            .Argument<NonNullGraphType<StringGraphType>>("name", "The new entity's name.")
            .Argument<StringGraphType>("comment", "Why.")
            .ResolveAsync(async ctx =>
            {
                var id = ctx.GetArgument<string>("id");
                var newId = await Edit(ctx, "split", id, (curation, author, comment) => curation.SplitAsync(
                    id, ctx.GetArgument<List<string>>("measurements"), ctx.GetArgument<string>("name"), author, comment, ctx.CancellationToken));
                return await Ports.Entities(ctx).FindEntityAsync(newId, ctx.CancellationToken);
            });

        mutation.Field<EntityType, EntityView?>("addAlias")
            .Description("Adds another name of a material or strategy; searches by name find it by this one too.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The entity.")
            .Argument<NonNullGraphType<StringGraphType>>("alias", "The other name.")
            .Argument<StringGraphType>("comment", "Why.")
            .ResolveAsync(async ctx =>
            {
                var id = ctx.GetArgument<string>("id");
                return await EditEntity(ctx, "add alias to", id, (curation, author, comment) => curation.AddAliasAsync(id, ctx.GetArgument<string>("alias"), author, comment, ctx.CancellationToken));
            });

        mutation.Field<MeasurementType, MeasurementView?>("addMeasurement")
            .Description("Adds a measurement extraction missed, with its evidence (paper, section, text, cited reference number). It is confirmed, attributed, and kept through re-ingests.")
            .Argument<NonNullGraphType<NewMeasurementInputType>>("input", "The measurement and its evidence.")
            .Argument<StringGraphType>("comment", "Why.")
            .ResolveAsync(async ctx =>
            {
                Caller.Of(ctx).RequireCurator(); // before reading the input: an anonymous caller learns nothing from its errors
                var input = ctx.GetArgument<NewMeasurementInput>("input");
                var measurement = input.ToNewMeasurement();
                var id = await Edit(ctx, "add measurement to", input.Subject, (curation, author, comment) => curation.AddMeasurementAsync(measurement, author, comment, ctx.CancellationToken));
                var found = await Ports.Store(ctx).FindMeasurementsAsync(new MeasurementQuery { Ids = [id], Limit = 1 }, ctx.CancellationToken);
                return found.Count > 0 ? found[0] : null;
            });
    }

    /// <summary>Runs one attributed edit after checking the caller may curate; a refused edit is a CURATION_REFUSED error.</summary>
    private static async Task<T> Edit<T>(IResolveFieldContext ctx, string action, string target, Func<IEntityCuration, string, string?, Task<T>> edit)
    {
        var caller = Caller.Of(ctx);
        caller.RequireCurator();
        var curation = Ports.EntityCuration(ctx);
        var logger = CurationLog.Logger(ctx);
        try
        {
            var result = await edit(curation, caller.Name, ctx.GetArgument<string?>("comment"));
            CurationLog.Edited(logger, caller.Name, action, target);
            return result;
        }
        catch (CurationRefusedException e)
        {
            CurationLog.Refused(logger, caller.Name, action, target, e.Message);
            throw new ExecutionError(e.Message) { Code = RefusedCode };
        }
    }

    /// <summary>Runs one attributed edit of entity <paramref name="id"/> and reads the entity back.</summary>
    private static async Task<EntityView?> EditEntity(IResolveFieldContext ctx, string action, string id, Func<IEntityCuration, string, string?, Task> edit)
    {
        await Edit(ctx, action, id, async (curation, author, comment) =>
        {
            await edit(curation, author, comment);
            return id;
        });
        return await Ports.Entities(ctx).FindEntityAsync(id, ctx.CancellationToken);
    }
}

/// <summary>The input of <c>addMeasurement</c>.</summary>
internal sealed record NewMeasurementInput(
    string Subject, Property Property, double Value, double? UpperValue, string Unit, string Paper, string Section, string Text, int? ReferenceNumber,
    IReadOnlyList<ConditionInput>? Conditions)
{
    /// <summary>The measurement in Core terms; an unreadable unit, or one that cannot measure the property or condition, is an INVALID_UNIT error.</summary>
    public NewMeasurement ToNewMeasurement()
    {
        var quantity = ValueConversion.Quantity(Value, UpperValue, Unit, $"value of {Filters.MeasurementFilter.EnumName(Property)}");
        if (!PropertyVocabulary.Get(Property).Accepts(quantity.Unit))
        {
            throw new ExecutionError($"unit \"{Unit}\" cannot measure {Filters.MeasurementFilter.EnumName(Property)} (in {PropertyVocabulary.Get(Property).Unit.SiSymbol})")
            {
                Code = ValueConversion.InvalidUnitCode,
            };
        }

        var conditions = (Conditions ?? []).Select(c => new Condition(c.Name.Trim(), ValueConversion.Quantity(c.Value, null, c.Unit, $"condition {c.Name}"))).ToList();
        return new NewMeasurement(Subject, Property, quantity, Paper, Section, Text, ReferenceNumber, conditions);
    }
}

internal sealed record ConditionInput(string Name, double Value, string Unit);

internal sealed class NewMeasurementInputType : InputObjectGraphType<NewMeasurementInput>
{
    public NewMeasurementInputType()
    {
        Name = "NewMeasurementInput";
        Description = "A measurement extraction missed, and where a paper reports it.";
        Field<NonNullGraphType<IdGraphType>>("subject").Description("The material or strategy (`Entity.id`).");
        Field<NonNullGraphType<PropertyEnumType>>("property").Description("The property.");
        Field<NonNullGraphType<FloatGraphType>>("value").Description("The value (the lower bound of a range).");
        Field<FloatGraphType>("upperValue").Description("The upper bound of a range.");
        Field<NonNullGraphType<StringGraphType>>("unit").Description("The unit of the value; it must measure the property.");
        Field<NonNullGraphType<IdGraphType>>("paper").Description("The paper that reports it.");
        Field<NonNullGraphType<StringGraphType>>("section").Description("The section that reports it (\"3.2 Interlayers\").");
        Field<NonNullGraphType<StringGraphType>>("text").Description("The sentence that reports it.");
        Field<IntGraphType>("referenceNumber").Description("The number the paper gives the work it cites for the value.");
        Field<ListGraphType<NonNullGraphType<ConditionInputType>>>("conditions").Description("The conditions it holds under.");
    }
}

internal sealed class ConditionInputType : InputObjectGraphType<ConditionInput>
{
    public ConditionInputType()
    {
        Name = "ConditionInput";
        Description = "A condition a value holds under, e.g. { name: \"temperature\", value: 25, unit: \"°C\" }.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The condition's name.");
        Field<NonNullGraphType<FloatGraphType>>("value").Description("Its value.");
        Field<NonNullGraphType<StringGraphType>>("unit").Description("Its unit.");
    }
}
