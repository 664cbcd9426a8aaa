using LlzoGraph.Core.Documents;
using LlzoGraph.Core.Facts;
using LlzoGraph.Documents.ConvertedText;
using LlzoGraph.Documents.Pdf;
using LlzoGraph.Extraction.Facts;
using LlzoGraph.Extraction.References;

namespace LlzoGraph.Documents.Tests.Pdf;

/// <summary>The seed review as converted text and as the two typeset PDFs (tests/fixtures/pdf), read once per test run.</summary>
internal static class PdfFixtures
{
    public const string TwoColumn = "chu2024-llzo-interfaces-review.twocolumn.pdf";
    public const string OneColumn = "chu2024-llzo-interfaces-review.onecolumn.pdf";

    private static readonly Lazy<string> RootPath = new(FindRoot);
    private static readonly Dictionary<string, Lazy<Read>> Pdfs = new()
    {
        [TwoColumn] = new(() => ReadPdf(TwoColumn)),
        [OneColumn] = new(() => ReadPdf(OneColumn)),
    };

    private static readonly Lazy<Read> TextRead = new(() =>
    {
        var path = Path.Combine(RootPath.Value, "corpus", "papers", "chu2024-llzo-interfaces-review.txt");
        var parsed = ConvertedTextReader.Read(path, File.ReadAllBytes(path));
        return Extract(parsed.GetValueOrThrow());
    });

    public static string Root => RootPath.Value;

    public static string PdfPath(string name) => Path.Combine(RootPath.Value, "tests", "fixtures", "pdf", name);

    public static Read Text => TextRead.Value;

    public static Read Pdf(string name) => Pdfs[name].Value;

    /// <summary>A document read as the pipeline reads it: references parsed, measurements extracted.</summary>
    internal sealed record Read(Document Document, IReadOnlyList<Measurement> Measurements);

    private static Read ReadPdf(string name)
    {
        var path = PdfPath(name);
        var parsed = new PdfDocumentReader().Read(path, File.ReadAllBytes(path));
        Assert.True(parsed.Ok, parsed.Error);
        return Extract(parsed.Value!);
    }

    private static Read Extract(Document document)
    {
        var parsed = document with { References = document.References.Select(ReferenceParser.Parse).ToList() };
        return new Read(parsed, new RuleFactExtractor().Extract(parsed));
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LlzoGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("LlzoGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
