using GraphQL;
using GraphQL.Types;
using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Queries;

namespace LlzoGraph.Api.Schema.Types;

/// <summary>What a recommendation aims at: a property above and/or below bounds given in a unit.</summary>
internal sealed record GoalArgument(Property Property, double? Gt, double? Lt, string? Unit);

internal sealed class GoalInputType : InputObjectGraphType<GoalArgument>
{
    public GoalInputType()
    {
        Name = "GoalInput";
        Description = "A goal: a property above `gt` and/or below `lt`, both in `unit` (the property's usual unit when absent).";
        Field<NonNullGraphType<PropertyEnumType>>("property").Description("The property to improve.");
        Field<FloatGraphType>("gt").Description("The value must be above this.");
        Field<FloatGraphType>("lt").Description("The value must be below this.");
        Field<StringGraphType>("unit").Description("The unit of gt and lt; any unit of the property's dimension.");
    }
}

internal sealed class StrategyRecommendationType : ObjectGraphType<StrategyRecommendation>
{
    public StrategyRecommendationType()
    {
        Name = "StrategyRecommendation";
        Description = "A strategy that meets a goal, ranked by how many independent original works show it, with its explanation and evidence.";
        Field<NonNullGraphType<SubjectType>, SubjectNode>("subject").Description("The strategy.")
            .Resolve(ctx => new SubjectNode(ctx.Source.SubjectId, ctx.Source.Name, ctx.Source.Kind));
        Field<NonNullGraphType<IntGraphType>, int>("independentWorks")
            .Description("Distinct original works (cited references, or the reporting paper for an uncited value) whose value meets the goal.")
            .Resolve(ctx => ctx.Source.IndependentWorks);
        Field<NonNullGraphType<IntGraphType>, int>("reports").Description("Measurements that meet the goal.").Resolve(ctx => ctx.Source.Reports);
        Field<NonNullGraphType<IntGraphType>, int>("conflictingReports")
            .Description("Measurements of the same strategy and property that do not meet the goal.")
            .Resolve(ctx => ctx.Source.ConflictingReports);
        Value("best", "The best value meeting the goal (highest for a lower bound, lowest for an upper bound).", (r, to) => to(r.BestSi));
        Value("median", "The median of the values meeting the goal.", (r, to) => to(r.MedianSi));
        Value("spread", "The range (largest minus smallest) of the values meeting the goal.", (r, to) => to(r.MaxSi) - to(r.MinSi));
        Field<NonNullGraphType<StringGraphType>, string>("explanation").Description("Why it ranks where it does, in words.").Resolve(ctx => ctx.Source.Explanation);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MeasurementType>>>, IReadOnlyList<MeasurementView>>("evidence")
            .Description("The measurements that meet the goal, best first, each with its evidence and references.")
            .Resolve(ctx => ctx.Source.Evidence);
    }

    /// <summary>A value field whose resolver receives the conversion from SI to the unit asked for (identity without one).</summary>
    private void Value(string name, string description, Func<StrategyRecommendation, Func<double, double>, double> value) =>
        Field<NonNullGraphType<FloatGraphType>, double>(name)
            .Description(description + " In `unit`, or in SI when absent.")
            .Argument<StringGraphType>("unit", "The unit to express it in.")
            .Resolve(ctx => ctx.GetArgument<string?>("unit") is { } unit
                ? value(ctx.Source, si => ValueConversion.FromSi(si, ctx.Source.SiUnit, unit, $"{name} of {ctx.Source.Name}"))
                : value(ctx.Source, si => si));
}
