using GraphQL;
using GraphQL.Types;
using LlzoGraph.Core.Documents;
using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Queries;

namespace LlzoGraph.Api.Schema.Types;

internal sealed class PaperType : ObjectGraphType<PaperView>
{
    public PaperType()
    {
        Name = "Paper";
        Description = "An ingested paper.";
        Field<NonNullGraphType<IdGraphType>, string>("id")
            .Description("A stable id, derived from the DOI when there is one, else from the title; `where.paper.id` filters by it.")
            .Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<StringGraphType>, string>("title").Description("The title.").Resolve(ctx => ctx.Source.Title);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>, IReadOnlyList<string>>("authors")
            .Description("The authors, in order.")
            .Resolve(ctx => ctx.Source.Authors);
        Field<StringGraphType, string?>("doi").Description("The DOI, when known (\"10.1039/d3qm01111a\").").Resolve(ctx => ctx.Source.Doi);
        Field<IntGraphType, int?>("year").Description("The year of publication, when known.").Resolve(ctx => ctx.Source.Year);
        Field<NonNullGraphType<StringGraphType>, string>("source")
            .Description("The file the paper was ingested from.")
            .Resolve(ctx => ctx.Source.Source);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReferenceType>>>, IReadOnlyList<ReferenceView>>("references")
            .Description("The paper's reference list, numbered as the paper numbers it.")
            .ResolveAsync(async ctx => await Ports.Citations(ctx).FindReferencesAsync(new ReferenceQuery { CitingPaperId = ctx.Source.Id }, ctx.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CitationType>>>, IReadOnlyList<CitationView>>("citations")
            .Description("The paper's in-text citations in reading order.")
            .Argument<StringGraphType>("inSection", "Keep the citations of one section: a number (\"2.3\" keeps 2.3 and its subsections) or words of its heading.")
            .ResolveAsync(async ctx => await Ports.Citations(ctx).FindCitationsAsync(ctx.Source.Id, ctx.GetArgument<string?>("inSection"), ctx.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PaperType>>>, IReadOnlyList<PaperView>>("citedBy")
            .Description("Stored papers whose reference lists cite this paper (matched by DOI).")
            .ResolveAsync(async ctx => await Ports.Citations(ctx).FindCitedByAsync(ctx.Source.Id, ctx.CancellationToken));
    }
}

internal sealed class EvidenceType : ObjectGraphType<EvidenceView>
{
    public EvidenceType()
    {
        Name = "Evidence";
        Description = "Where a value was read: a sentence of a paragraph, or a row of a table, in a section of a paper.";
        Field<NonNullGraphType<EvidenceKindEnumType>, EvidenceKind>("kind")
            .Description("Whether the value was read from a sentence or a table row.")
            .Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<PaperType>, PaperView>("paper").Description("The paper.").Resolve(ctx => ctx.Source.Paper);
        Field<NonNullGraphType<StringGraphType>, string>("section")
            .Description("The heading of the section the value was read in.")
            .Resolve(ctx => ctx.Source.Section);
        Field<NonNullGraphType<StringGraphType>, string>("text")
            .Description("The sentence, or the table row's cells, the value was read from.")
            .Resolve(ctx => ctx.Source.Text);
        Field<StringGraphType, string?>("table").Description("The table's caption or label, for a table row.").Resolve(ctx => ctx.Source.Table);
        Field<IntGraphType, int?>("row").Description("The row of the table, for a table row.").Resolve(ctx => ctx.Source.Row);
        Field<IntGraphType, int?>("page").Description("The page, when the paper was read from a PDF.").Resolve(ctx => ctx.Source.Page);
        Field<BoundingBoxType, BoundingBox?>("bbox")
            .Description("Where on the page the sentence's paragraph or the table stands, when the paper was read from a PDF; a curator can jump to the spot.")
            .Resolve(ctx => ctx.Source.Box);
    }
}

internal sealed class BoundingBoxType : ObjectGraphType<BoundingBox>
{
    public BoundingBoxType()
    {
        Name = "BoundingBox";
        Description = "A rectangle on a PDF page in points (1/72 inch), origin at the bottom left of the page.";
        Field<NonNullGraphType<FloatGraphType>, double>("left").Description("Left edge.").Resolve(ctx => ctx.Source.Left);
        Field<NonNullGraphType<FloatGraphType>, double>("bottom").Description("Bottom edge.").Resolve(ctx => ctx.Source.Bottom);
        Field<NonNullGraphType<FloatGraphType>, double>("right").Description("Right edge.").Resolve(ctx => ctx.Source.Right);
        Field<NonNullGraphType<FloatGraphType>, double>("top").Description("Top edge.").Resolve(ctx => ctx.Source.Top);
    }
}

internal sealed class ReferenceType : ObjectGraphType<ReferenceView>
{
    public ReferenceType()
    {
        Name = "Reference";
        Description = "A work a paper cites, as parsed from its reference list.";
        Field<NonNullGraphType<IdGraphType>, string>("id").Description("A stable id of the cited work.").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<IntGraphType>, int>("number")
            .Description("The number the citing paper gives the reference.")
            .Resolve(ctx => ctx.Source.Number);
        Field<StringGraphType, string?>("firstAuthor").Description("The first author, when parsed.").Resolve(ctx => ctx.Source.FirstAuthor);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>, IReadOnlyList<string>>("authors")
            .Description("The authors, in order, as far as they were parsed.")
            .Resolve(ctx => ctx.Source.Authors);
        Field<StringGraphType, string?>("title").Description("The title, when parsed.").Resolve(ctx => ctx.Source.Title);
        Field<StringGraphType, string?>("journal").Description("The journal, when parsed.").Resolve(ctx => ctx.Source.Journal);
        Field<IntGraphType, int?>("year").Description("The year, when parsed.").Resolve(ctx => ctx.Source.Year);
        Field<StringGraphType, string?>("volume").Description("The volume, when parsed.").Resolve(ctx => ctx.Source.Volume);
        Field<StringGraphType, string?>("pages").Description("The pages or article number, when parsed.").Resolve(ctx => ctx.Source.Pages);
        Field<StringGraphType, string?>("doi").Description("The DOI, when the reference gives one.").Resolve(ctx => ctx.Source.Doi);
        Field<NonNullGraphType<StringGraphType>, string>("raw")
            .Description("The reference as written in the paper.")
            .Resolve(ctx => ctx.Source.Raw);
        Field<NonNullGraphType<StringGraphType>, string>("bibtex")
            .Description("The work as a BibTeX entry.")
            .Resolve(ctx => BibTex.Format(ctx.Source));
        Field<PaperType, PaperView?>("paper")
            .Description("The stored paper this work is, when the corpus holds it (same DOI): where the citation graph connects.")
            .ResolveAsync(async ctx => ctx.Source.PaperId is { } id
                ? (await Ports.Store(ctx).ListPapersAsync(ctx.CancellationToken)).FirstOrDefault(p => p.Id == id)
                : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PaperType>>>, IReadOnlyList<PaperView>>("citingPapers")
            .Description("The stored papers whose reference lists include this work.")
            .ResolveAsync(async ctx => await Ports.Citations(ctx).FindCitingPapersAsync(ctx.Source.Id, ctx.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MeasurementType>>>, IReadOnlyList<MeasurementView>>("measurements")
            .Description("The measurements papers attribute to this work: values it reported, as the citing papers read them.")
            .ResolveAsync(async ctx => await Ports.Store(ctx).FindMeasurementsAsync(new MeasurementQuery { ReferenceId = ctx.Source.Id }, ctx.CancellationToken));
    }
}

internal sealed class StatisticsType : ObjectGraphType<StoreStatistics>
{
    public StatisticsType()
    {
        Name = "Statistics";
        Description = "How much the graph holds.";
        Field<NonNullGraphType<IntGraphType>, int>("papers").Description("Papers ingested.").Resolve(ctx => ctx.Source.Papers);
        Field<NonNullGraphType<IntGraphType>, int>("sections").Description("Sections of those papers.").Resolve(ctx => ctx.Source.Sections);
        Field<NonNullGraphType<IntGraphType>, int>("materials").Description("Distinct materials.").Resolve(ctx => ctx.Source.Materials);
        Field<NonNullGraphType<IntGraphType>, int>("strategies")
            .Description("Distinct strategies (treatments, interlayers, coatings, …).")
            .Resolve(ctx => ctx.Source.Strategies);
        Field<NonNullGraphType<IntGraphType>, int>("measurements").Description("Measurements.").Resolve(ctx => ctx.Source.Measurements);
        Field<NonNullGraphType<IntGraphType>, int>("references").Description("Cited references.").Resolve(ctx => ctx.Source.References);
    }
}
