using GraphQL;
using GraphQL.Types;
using LlzoGraph.Api.Auth;
using LlzoGraph.Api.Schema.Types;
using LlzoGraph.Core.Curation;
using LlzoGraph.Core.Queries;

namespace LlzoGraph.Api.Schema;

/// <summary>The curators' mutations. Each needs a curator or admin key and is recorded, attributed to the key's owner.</summary>
internal sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        Description = "Curating the graph: every edit is attributed to the API key's owner, kept in history, and survives re-ingestion.";

        Field<MeasurementType, MeasurementView?>("correctMeasurement")
            .Description("Corrects a measurement's value (in `unit`, which must measure the same thing) and/or its subject's name.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The measurement.")
            .Argument<FloatGraphType>("value", "The right value (in `unit`, or in the unit it is in).")
            .Argument<StringGraphType>("unit", "The unit of `value`.")
            .Argument<StringGraphType>("subject", "The right name of its subject.")
            .Argument<StringGraphType>("comment", "Why.")
            .ResolveAsync(async ctx =>
            {
                var current = await Current(ctx);
                var unitText = ctx.GetArgument<string?>("unit") ?? current.Unit;
                var unit = UnitCache.Parse(unitText);
                if (!unit.Ok || unit.Value!.SiSymbol != current.SiUnit)
                {
                    throw new ExecutionError($"unit \"{unitText}\" cannot express this measurement, which is in {current.SiUnit}") { Code = ValueConversion.InvalidUnitCode };
                }

                var value = ctx.GetArgument<double?>("value") ?? unit.Value.FromSi(current.SiValue);
                var before = new CuratedFields(current.Value, current.Unit, current.SiValue, current.SiUnit, current.SubjectName);
                var after = new CuratedFields(value, unit.Value.Symbol, unit.Value.ToSi(value), current.SiUnit, ctx.GetArgument<string?>("subject") ?? current.SubjectName);
                return await Record(ctx, current, CurationAction.Correct, before, after);
            });

        Field<MeasurementType, MeasurementView?>("confirmMeasurement")
            .Description("Confirms that an extracted measurement is right.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The measurement.")
            .Argument<StringGraphType>("comment", "Why.")
            .ResolveAsync(async ctx => await Record(ctx, await Current(ctx), CurationAction.Confirm, null, null));

        Field<MeasurementType, MeasurementView?>("rejectMeasurement")
            .Description("Rejects an extracted measurement: it is kept, with its history, but reads no longer show it.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The measurement.")
            .Argument<StringGraphType>("comment", "Why.")
            .ResolveAsync(async ctx => await Record(ctx, await Current(ctx), CurationAction.Reject, null, null));

        EntityMutationFields.AddTo(this);
    }

    private static async Task<MeasurementView> Current(IResolveFieldContext ctx)
    {
        Caller.Of(ctx).RequireCurator();
        var id = ctx.GetArgument<string>("id");
        var found = await Ports.Store(ctx).FindMeasurementsAsync(new MeasurementQuery { Ids = [id], IncludeRejected = true, Limit = 1 }, ctx.CancellationToken);
        return found.Count == 1 ? found[0] : throw new ExecutionError($"no measurement with id '{id}'") { Code = "NOT_FOUND" };
    }

    private static async Task<MeasurementView?> Record(IResolveFieldContext ctx, MeasurementView current, CurationAction action, CuratedFields? before, CuratedFields? after)
    {
        var curation = Ports.Curation(ctx);
        var edit = new CurationEdit("edit:" + Guid.NewGuid().ToString("N"), current.Id, action, Caller.Of(ctx).Name, DateTimeOffset.UtcNow,
            ctx.GetArgument<string?>("comment"), before, after);
        await curation.RecordAsync(edit, ctx.CancellationToken);
        var logger = CurationLog.Logger(ctx);
        var what = action.ToString().ToLowerInvariant();
        CurationLog.Edited(logger, edit.Author, what, current.Id);
        var read = await Ports.Store(ctx).FindMeasurementsAsync(new MeasurementQuery { Ids = [current.Id], IncludeRejected = true, Limit = 1 }, ctx.CancellationToken);
        return read.Count == 1 ? read[0] : null;
    }
}
