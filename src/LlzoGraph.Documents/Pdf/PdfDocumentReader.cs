using System.Text;
using LlzoGraph.Core;
using LlzoGraph.Core.Documents;
using LlzoGraph.Core.Ports;
using LlzoGraph.Documents.Pdf.Layout;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace LlzoGraph.Documents.Pdf;

/// <summary>Limits of the PDF reader; the defaults suit journal papers.</summary>
public sealed record PdfReaderOptions
{
    /// <summary>Files larger than this are refused rather than read. Default 128 MiB.</summary>
    public long MaxBytes { get; init; } = 128L * 1024 * 1024;

    /// <summary>Documents with more pages than this are refused. Default 1000.</summary>
    public int MaxPages { get; init; } = 1000;
}

/// <summary>
/// Reads publisher and typeset PDFs with PdfPig: letters into words and lines with sub- and superscripts
/// recovered (Li₂CO₃, mA cm⁻²), ligatures expanded, running headers, footers and page numbers removed,
/// one- and two-column reading order with full-width title blocks, tables and figures, boxed sidebars kept
/// out of the body, captions, headings, de-hyphenated paragraphs re-joined across breaks, ruled tables and
/// the reference list — into the same <see cref="Document"/> as the converted-text reader, with the page and
/// bounding box of every block. A file it cannot read (empty, not a PDF, truncated, damaged, encrypted,
/// without a text layer) is a failure value with the reason; nothing escapes as an exception.
/// </summary>
public sealed class PdfDocumentReader(PdfReaderOptions? options = null) : IDocumentReader
{
    private readonly PdfReaderOptions options = options ?? new PdfReaderOptions();

    public bool CanRead(string path) => string.Equals(Path.GetExtension(path), ".pdf", StringComparison.OrdinalIgnoreCase);

    public async Task<Parsed<Document>> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return Parsed<Document>.Failure("file not found");
            }

            if (info.Length > options.MaxBytes)
            {
                return Parsed<Document>.Failure($"file is larger than {options.MaxBytes / (1024 * 1024)} MiB");
            }

            bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            return Parsed<Document>.Failure($"cannot read file: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            return Parsed<Document>.Failure($"cannot read file: {e.Message}");
        }

        return Read(path, bytes, cancellationToken);
    }

    /// <summary>Reads a document from the bytes of a PDF file.</summary>
    public Parsed<Document> Read(string source, byte[] bytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length == 0)
        {
            return Parsed<Document>.Failure("file is empty");
        }

        if (bytes.Length > options.MaxBytes)
        {
            return Parsed<Document>.Failure($"file is larger than {options.MaxBytes / (1024 * 1024)} MiB");
        }

        if (!HasHeader(bytes))
        {
            return Parsed<Document>.Failure("not a PDF: the file does not start with a %PDF- header (is it another kind of file renamed .pdf?)");
        }

        if (!HasTrailer(bytes))
        {
            return Parsed<Document>.Failure("truncated PDF: no %%EOF end marker (the file was cut short, e.g. an interrupted download)");
        }

        try
        {
            var pages = Layout(bytes, cancellationToken, out var failure);
            if (failure is not null)
            {
                return Parsed<Document>.Failure(failure);
            }

            var document = PdfAssembler.Assemble(source, Order(pages!));
            return document.Blocks.Any(b => b.Kind is BlockKind.Paragraph or BlockKind.Abstract)
                ? Parsed<Document>.Success(document)
                : Parsed<Document>.Failure("no paragraphs of text found in the PDF");
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (PdfDocumentEncryptedException)
        {
            return Parsed<Document>.Failure("encrypted PDF: it needs a password to open");
        }
        catch (PdfDocumentFormatException e)
        {
            return Parsed<Document>.Failure($"damaged PDF: {e.Message}");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // PdfPig reports some damage as other exception types; a damaged file is a per-file failure
            return Parsed<Document>.Failure($"damaged PDF: {e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>Opens the PDF and lays out every page: lines, tables, boxes; headers and footers removed.</summary>
    internal List<PdfPage>? Layout(byte[] bytes, CancellationToken cancellationToken, out string? failure)
    {
        failure = null;
        using var pdf = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        if (pdf.IsEncrypted && !CanDecrypt(pdf))
        {
            failure = "encrypted PDF: it needs a password to open";
            return null;
        }

        if (pdf.NumberOfPages == 0)
        {
            failure = "the PDF has no pages";
            return null;
        }

        if (pdf.NumberOfPages > options.MaxPages)
        {
            failure = $"the PDF has {pdf.NumberOfPages} pages, more than the limit of {options.MaxPages}";
            return null;
        }

        var pages = new List<PdfPage>(pdf.NumberOfPages);
        var letters = 0;
        for (var n = 1; n <= pdf.NumberOfPages; n++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = pdf.GetPage(n);
            letters += page.Letters.Count;
            var lines = LineBuilder.Build(page.Letters);
            foreach (var line in lines)
            {
                line.Page = n;
            }

            var (rules, boxes) = Shapes(page, lines);
            var laid = new PdfPage(n, page.Width, page.Height, lines, rules, boxes);
            PageAnalysis.FindTables(laid);
            pages.Add(laid);
        }

        if (letters == 0)
        {
            failure = "no text layer: the PDF holds only images (a scan?); run OCR on it first";
            return null;
        }

        PageAnalysis.RemoveHeadersAndFooters(pages);
        return pages;
    }

    internal static List<LayoutBlock> Order(List<PdfPage> pages)
    {
        var blocks = new List<LayoutBlock>();
        foreach (var page in pages)
        {
            PageAnalysis.FindGutter(page);
            PageAnalysis.AssignRegions(page);
            PageAnalysis.AssignContainers(page);
            blocks.AddRange(PageAnalysis.Blocks(page));
        }

        return blocks;
    }

    private static bool CanDecrypt(PdfDocument pdf)
    {
        try
        {
            _ = pdf.GetPage(1).Letters.Count;
            return true;
        }
        catch (PdfDocumentEncryptedException)
        {
            return false;
        }
    }

    /// <summary>Horizontal rules (thin and wide) and boxes holding text (framed or shaded areas, not the whole page).</summary>
    private static (List<Rect> Rules, List<Rect> Boxes) Shapes(UglyToad.PdfPig.Content.Page page, List<TextLine> lines)
    {
        var rules = new List<Rect>();
        var boxes = new List<Rect>();
        foreach (var path in page.Paths)
        {
            if (!path.IsFilled && !path.IsStroked)
            {
                continue;
            }

            var bounds = path.GetBoundingRectangle();
            if (bounds is not PdfRectangle r)
            {
                continue;
            }

            var rect = new Rect(r.Left, r.Bottom, r.Right, r.Top);
            if (rect.Height <= 2 && rect.Width >= 20)
            {
                rules.Add(rect);
            }
            else if (rect.Width >= 40 && rect.Height >= 15 && rect.Width * rect.Height < 0.5 * page.Width * page.Height
                     && lines.Any(l => l.Words.Any(w => rect.Contains((w.Left + w.Right) / 2, (w.Top + w.Bottom) / 2))))
            {
                boxes.Add(rect);
            }
        }

        // nested boxes (a frame around a shaded area) count once
        boxes = boxes.Where(b => !boxes.Any(o => o != b && o.Contains(b.Left, b.Bottom, 0.5) && o.Contains(b.Right, b.Top, 0.5) && o.Width * o.Height > b.Width * b.Height)).ToList();
        return (rules, boxes);
    }

    private static bool HasHeader(byte[] bytes)
    {
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 1024));
        return head.Contains("%PDF-", StringComparison.Ordinal);
    }

    private static bool HasTrailer(byte[] bytes)
    {
        var start = Math.Max(0, bytes.Length - 2048);
        var tail = Encoding.ASCII.GetString(bytes, start, bytes.Length - start);
        return tail.Contains("%%EOF", StringComparison.Ordinal);
    }
}
