using System.Text;
using LlzoGraph.Documents.Pdf;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace LlzoGraph.Documents.Tests.Pdf;

/// <summary>Files that are not readable PDFs give a failure value that says what is wrong; nothing throws.</summary>
public sealed class PdfBadInputTests
{
    private static readonly PdfDocumentReader Reader = new();

    [Fact]
    public void A_zero_byte_file_is_empty()
    {
        var result = Reader.Read("empty.pdf", []);

        Assert.False(result.Ok);
        Assert.Contains("empty", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_kind_of_file_renamed_pdf_is_not_a_pdf()
    {
        var result = Reader.Read("paper.pdf", Encoding.UTF8.GetBytes("Solid-state electrolytes\nThis is plain text saved with a .pdf name.\n"));

        Assert.False(result.Ok);
        Assert.Contains("not a PDF", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_file_says_it_was_cut_short()
    {
        var bytes = File.ReadAllBytes(PdfFixtures.PdfPath(PdfFixtures.TwoColumn));

        var result = Reader.Read("cut.pdf", bytes[..(bytes.Length / 2)]);

        Assert.False(result.Ok);
        Assert.Contains("truncated", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_corrupt_file_is_damaged()
    {
        var random = new Random(20240108);
        var garbage = new byte[64 * 1024];
        random.NextBytes(garbage);
        var bytes = Encoding.ASCII.GetBytes("%PDF-1.7\n").Concat(garbage).Concat(Encoding.ASCII.GetBytes("\n%%EOF\n")).ToArray();

        var result = Reader.Read("corrupt.pdf", bytes);

        Assert.False(result.Ok);
        Assert.Matches("damaged PDF|no text layer|no pages", result.Error!);
    }

    [Fact]
    public void A_fixture_with_its_middle_overwritten_fails_or_reads_without_throwing()
    {
        var bytes = File.ReadAllBytes(PdfFixtures.PdfPath(PdfFixtures.OneColumn));
        var random = new Random(7);
        for (var i = bytes.Length / 3; i < bytes.Length / 3 + 4096; i++)
        {
            bytes[i] = (byte)random.Next(256);
        }

        var result = Reader.Read("overwritten.pdf", bytes);

        Assert.True(result.Ok || result.Error!.Length > 0);
    }

    [Fact]
    public void An_encrypted_file_needs_a_password()
    {
        var result = Reader.Read("locked.pdf", EncryptedPdf());

        Assert.False(result.Ok);
        Assert.Contains("encrypted", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_image_only_file_has_no_text_layer()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(595, 842);
        page.SetTextAndFillColor(90, 90, 90);
        page.DrawRectangle(new PdfPoint(50, 50), 495, 742, 1, fill: true);
        builder.AddPage(595, 842).DrawRectangle(new PdfPoint(60, 60), 300, 200);

        var result = Reader.Read("scan.pdf", builder.Build());

        Assert.False(result.Ok);
        Assert.Contains("no text layer", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_is_a_failure_not_an_exception()
    {
        var result = await Reader.ReadAsync(Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".pdf"));

        Assert.False(result.Ok);
        Assert.Contains("not found", result.Error, StringComparison.Ordinal);
    }

    /// <summary>A small PDF whose trailer names a standard security handler with a user password we do not know.</summary>
    private static byte[] EncryptedPdf()
    {
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            "<< /Length 44 >>\nstream\n" + new string('\u00c3', 44) + "\nendstream",
            "<< /Filter /Standard /V 1 /R 2 /O <" + new string('A', 64) + "> /U <" + new string('B', 64) + "> /P -44 >>",
        };
        var body = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(Encoding.Latin1.GetByteCount(body.ToString()));
            body.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = Encoding.Latin1.GetByteCount(body.ToString());
        body.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets)
        {
            body.Append($"{o:D10} 00000 n \n");
        }

        body.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Encrypt 5 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>] >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(body.ToString());
    }
}
