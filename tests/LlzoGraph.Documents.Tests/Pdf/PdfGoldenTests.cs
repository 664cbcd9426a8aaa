using System.Globalization;
using LlzoGraph.Core.Documents;
using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Units;

namespace LlzoGraph.Documents.Tests.Pdf;

/// <summary>
/// Golden tests: the review typeset as a two-column journal PDF and as a one-column PDF reads into the same
/// document as its converted text — same sections, same Table 1, same 207 references, same measurements
/// and the same answer to the README's example query.
/// </summary>
public sealed class PdfGoldenTests
{
    public static TheoryData<string> Layouts => new() { PdfFixtures.TwoColumn, PdfFixtures.OneColumn };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Sections_are_the_same_as_in_the_text(string pdf)
    {
        var fromPdf = PdfFixtures.Pdf(pdf).Document.Sections;
        var fromText = PdfFixtures.Text.Document.Sections;

        Assert.Equal(fromText.Select(s => s.Label), fromPdf.Select(s => s.Label));
        Assert.Equal(fromText.Select(s => s.Level), fromPdf.Select(s => s.Level));
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Metadata_is_the_same_as_in_the_text(string pdf)
    {
        var fromPdf = PdfFixtures.Pdf(pdf).Document.Metadata;
        var fromText = PdfFixtures.Text.Document.Metadata;

        Assert.Equal(fromText.Title, fromPdf.Title);
        Assert.Equal(fromText.Authors, fromPdf.Authors);
        Assert.Equal(fromText.Doi, fromPdf.Doi);
        Assert.Equal(fromText.Year, fromPdf.Year);
        Assert.Equal(fromText.Abstract, fromPdf.Abstract);
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Table_1_has_the_same_headers_and_rows_with_multi_line_cells(string pdf)
    {
        var fromPdf = Assert.Single(PdfFixtures.Pdf(pdf).Document.Tables);
        var fromText = Assert.Single(PdfFixtures.Text.Document.Tables);

        Assert.Equal(fromText.Label, fromPdf.Label);
        Assert.Equal(fromText.Caption, fromPdf.Caption);
        Assert.Equal(fromText.Columns, fromPdf.Columns);
        Assert.Equal(fromText.Rows.Select(r => r.Cells.Select(c => string.Join(" / ", c))), fromPdf.Rows.Select(r => r.Cells.Select(c => string.Join(" / ", c))));
        Assert.Contains(fromPdf.Rows, r => r.LineCount == 3);
        Assert.NotNull(fromPdf.Page);
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void The_207_references_are_split_and_parsed_as_in_the_text(string pdf)
    {
        var fromPdf = PdfFixtures.Pdf(pdf).Document.References;
        var fromText = PdfFixtures.Text.Document.References;

        Assert.Equal(207, fromText.Count);
        Assert.Equal(Enumerable.Range(1, 207), fromPdf.Select(r => r.Number));
        Assert.Equal(fromText.Select(r => (r.FirstAuthor, r.Year, r.Journal, r.Volume)), fromPdf.Select(r => (r.FirstAuthor, r.Year, r.Journal, r.Volume)));

        // the printed text survives column and page breaks; only the odd line-end hyphen is ambiguous
        var same = fromPdf.Zip(fromText).Count(p => p.First.Raw == p.Second.Raw);
        Assert.True(same >= 200, $"{same} of 207 references read exactly as in the text");
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void The_same_measurements_come_out_of_the_pdf_and_the_text(string pdf)
    {
        var fromPdf = Keys(PdfFixtures.Pdf(pdf).Measurements);
        var fromText = Keys(PdfFixtures.Text.Measurements);

        Assert.NotEmpty(fromText);
        Assert.Equal(fromText.Order(), fromPdf.Order());
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Table_1_measurements_are_the_same(string pdf)
    {
        static IEnumerable<string> TableKeys(IEnumerable<Measurement> ms) =>
            Keys(ms.Where(m => m.Evidence.Kind == EvidenceKind.TableRow)).Order();

        var fromPdf = PdfFixtures.Pdf(pdf).Measurements;
        Assert.Equal(TableKeys(PdfFixtures.Text.Measurements), TableKeys(fromPdf));
        Assert.All(fromPdf.Where(m => m.Evidence.Kind == EvidenceKind.TableRow), m => Assert.NotNull(m.Evidence.Page));
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void The_readme_query_gets_the_same_answer(string pdf)
    {
        var fromPdf = ReadmeAnswer(PdfFixtures.Pdf(pdf).Measurements);
        var fromText = ReadmeAnswer(PdfFixtures.Text.Measurements);

        Assert.Equal(6, fromText.Count); // the README table: three sentences and three Table 1 rows
        Assert.Equal(fromText, fromPdf);
    }

    /// <summary>The README's example: interlayers with a critical current density above 2 mA/cm².</summary>
    private static List<string> ReadmeAnswer(IEnumerable<Measurement> measurements)
    {
        var unit = Unit.Parse("mA/cm2").GetValueOrThrow();
        return measurements
            .Where(m => m.Property == Property.CriticalCurrentDensity && m.Subject.Kind == SubjectKind.Interlayer)
            .Select(m => (m, Value: m.Quantity.Unit.ConvertTo(m.Quantity.Value, unit).GetValueOrThrow()))
            .Where(x => x.Value > 2)
            .Select(x => string.Create(CultureInfo.InvariantCulture,
                $"{x.Value:G6} | {x.m.Subject.Name} | {string.Join(',', x.m.ReferenceNumbers)} | {x.m.Evidence.Kind} | {(x.m.Evidence.Kind == EvidenceKind.Sentence ? x.m.Evidence.Section + " | " + x.m.Evidence.Text : x.m.Evidence.Table)}"))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static List<string> Keys(IEnumerable<Measurement> measurements) => measurements
        .Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Subject.Name} | {m.Property} | {m.Quantity.Value:R} | {m.Quantity.Unit.Symbol}"))
        .ToList();
}
