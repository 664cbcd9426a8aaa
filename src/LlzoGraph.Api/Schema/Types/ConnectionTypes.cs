using System.Globalization;
using System.Text;
using GraphQL.Types;
using LlzoGraph.Core.Queries;

namespace LlzoGraph.Api.Schema.Types;

/// <summary>A page of measurements in the Relay connection shape, with the total count of matches.</summary>
internal sealed record MeasurementConnection(int TotalCount, int Offset, IReadOnlyList<MeasurementView> Nodes, bool HasNextPage)
{
    private static readonly Cursors Cursors = new("measurement:");

    /// <summary>Cursors are opaque to clients; here they carry the position of the item in the ordered matches.</summary>
    public static string Cursor(int position) => Cursors.Cursor(position);

    public static int? Position(string cursor) => Cursors.Position(cursor);
}

/// <summary>Opaque cursors that carry an item's position among the ordered matches, under a prefix naming what is paged.</summary>
internal sealed class Cursors(string prefix)
{
    public string Cursor(int position) => Convert.ToBase64String(Encoding.UTF8.GetBytes(prefix + position.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The position a cursor of this kind carries, or null for anything else.</summary>
    public int? Position(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            return text.StartsWith(prefix, StringComparison.Ordinal)
                && int.TryParse(text[prefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}

internal sealed class MeasurementConnectionType : ObjectGraphType<MeasurementConnection>
{
    public MeasurementConnectionType()
    {
        Name = "MeasurementConnection";
        Description = "A page of measurements with cursors, and how many match in all.";
        Field<NonNullGraphType<IntGraphType>, int>("totalCount").Description("How many measurements match, over all pages.").Resolve(ctx => ctx.Source.TotalCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MeasurementEdgeType>>>, IReadOnlyList<(string, MeasurementView)>>("edges")
            .Description("The page's measurements with their cursors.")
            .Resolve(ctx => ctx.Source.Nodes.Select((n, i) => (MeasurementConnection.Cursor(ctx.Source.Offset + i + 1), n)).ToList());
        Field<NonNullGraphType<PageInfoType>, PageWindow>("pageInfo").Description("Where the page stands.")
            .Resolve(ctx => new PageWindow(ctx.Source.Offset, ctx.Source.Nodes.Count, ctx.Source.HasNextPage, MeasurementConnection.Cursor));
    }
}

/// <summary>An edge of a connection: a node and its cursor ("A measurement and its cursor.").</summary>
internal abstract class EdgeType<TNodeType, TNode> : ObjectGraphType<(string Cursor, TNode Node)>
    where TNodeType : IGraphType
{
    protected EdgeType(string name, string article, string noun)
    {
        Name = name;
        Description = $"{article} {noun} and its cursor.";
        Field<NonNullGraphType<StringGraphType>, string>("cursor").Description($"Pass as `after` to continue after this {noun}.").Resolve(ctx => ctx.Source.Cursor);
        Field<NonNullGraphType<TNodeType>, TNode>("node").Description($"The {noun}.").Resolve(ctx => ctx.Source.Node);
    }
}

internal sealed class MeasurementEdgeType() : EdgeType<MeasurementType, MeasurementView>("MeasurementEdge", "A", "measurement");

/// <summary>Where a page stands among all matches: its offset, size, whether more follow, and how its cursors are written.</summary>
internal sealed record PageWindow(int Offset, int Count, bool HasNextPage, Func<int, string> Cursor);

internal sealed class PageInfoType : ObjectGraphType<PageWindow>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Relay page information.";
        Field<NonNullGraphType<BooleanGraphType>, bool>("hasNextPage").Description("Whether more follow.").Resolve(ctx => ctx.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>, bool>("hasPreviousPage").Description("Whether some came before.").Resolve(ctx => ctx.Source.Offset > 0);
        Field<StringGraphType, string?>("startCursor").Description("The cursor of the first item.")
            .Resolve(ctx => ctx.Source.Count > 0 ? ctx.Source.Cursor(ctx.Source.Offset + 1) : null);
        Field<StringGraphType, string?>("endCursor").Description("The cursor of the last item; pass it as `after` for the next page.")
            .Resolve(ctx => ctx.Source.Count > 0 ? ctx.Source.Cursor(ctx.Source.Offset + ctx.Source.Count) : null);
    }
}

internal sealed class MeasurementOrderEnumType() : DescribedEnumType<MeasurementOrder>("MeasurementOrder", "What measurements are sorted by.")
{
    protected override string? Describe(MeasurementOrder value) => value switch
    {
        MeasurementOrder.Default => "By property, then value from high to low.",
        MeasurementOrder.Value => "By property, then value (in SI).",
        MeasurementOrder.Confidence => "By confidence.",
        MeasurementOrder.Subject => "By the subject's name.",
        MeasurementOrder.Year => "By the reporting paper's year.",
        _ => null,
    };
}
