using GraphQL.Types;
using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Queries;

namespace LlzoGraph.Api.Schema.Types;

internal sealed class ComparisonRowsEnumType() : DescribedEnumType<ComparisonRows>("ComparisonRows", "What the rows of a comparison table stand for.")
{
    protected override string? Describe(ComparisonRows value) => value switch
    {
        ComparisonRows.Strategy => "One row per strategy (or material).",
        ComparisonRows.Paper => "One row per reporting paper.",
        _ => null,
    };
}

internal sealed class ComparisonTableType : ObjectGraphType<ComparisonTable>
{
    public ComparisonTableType()
    {
        Name = "ComparisonTable";
        Description = "Rows (strategies or papers) against the chosen properties; `csv` gives the same as a spreadsheet.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PropertyEnumType>>>, IReadOnlyList<Property>>("columns")
            .Description("The properties, in the order asked for.").Resolve(ctx => ctx.Source.Properties);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ComparisonRowType>>>, IReadOnlyList<ComparisonRow>>("rows")
            .Description("The rows, those that fill the most cells first.").Resolve(ctx => ctx.Source.Rows);
        Field<NonNullGraphType<StringGraphType>, string>("csv").Description("The table as CSV.").Resolve(ctx => ctx.Source.ToCsv());
    }
}

internal sealed class ComparisonRowType : ObjectGraphType<ComparisonRow>
{
    public ComparisonRowType()
    {
        Name = "ComparisonRow";
        Description = "One strategy or paper.";
        Field<NonNullGraphType<IdGraphType>, string>("key").Description("The strategy's or paper's id.").Resolve(ctx => ctx.Source.Key);
        Field<NonNullGraphType<StringGraphType>, string>("label").Description("Its name or title.").Resolve(ctx => ctx.Source.Label);
        Field<SubjectKindEnumType, SubjectKind?>("kind").Description("The strategy's kind (null for a paper row).").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ComparisonCellType>>>, IReadOnlyList<ComparisonCell>>("cells")
            .Description("One cell per column.").Resolve(ctx => ctx.Source.Cells);
    }
}

internal sealed class ComparisonCellType : ObjectGraphType<ComparisonCell>
{
    public ComparisonCellType()
    {
        Name = "ComparisonCell";
        Description = "The values reported for one row and one property, in the property's usual unit; empty when none.";
        Field<NonNullGraphType<PropertyEnumType>, Property>("property").Description("The column.").Resolve(ctx => ctx.Source.Property);
        Field<NonNullGraphType<StringGraphType>, string>("unit").Description("The unit of the values.").Resolve(ctx => ctx.Source.Unit);
        Field<NonNullGraphType<IntGraphType>, int>("count").Description("How many measurements (the evidence count).").Resolve(ctx => ctx.Source.Count);
        Field<FloatGraphType, double?>("value").Description("Their median.").Resolve(ctx => ctx.Source.Median);
        Field<FloatGraphType, double?>("min").Description("The smallest.").Resolve(ctx => ctx.Source.Min);
        Field<FloatGraphType, double?>("max").Description("The largest.").Resolve(ctx => ctx.Source.Max);
        Field<FloatGraphType, double?>("spread").Description("max − min.").Resolve(ctx => ctx.Source.Spread);
    }
}
