using LlzoGraph.Core.Documents;

namespace LlzoGraph.Documents.Tests.Pdf;

/// <summary>What the layout analysis must get right on the typeset review: chemistry, furniture, sidebars, captions, provenance.</summary>
public sealed class PdfLayoutTests
{
    public static TheoryData<string> Layouts => new() { PdfFixtures.TwoColumn, PdfFixtures.OneColumn };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Formulas_and_units_with_scripts_read_as_the_text_reader_writes_them(string pdf)
    {
        var pdfBody = string.Join('\n', PdfFixtures.Pdf(pdf).Document.Blocks.Select(b => b.Text));
        var textBody = string.Join('\n', PdfFixtures.Text.Document.Blocks.Select(b => b.Text));

        foreach (var form in new[] { "Li₇La₃Zr₂O₁₂", "Li₂CO₃", "Cu₆Sn₅", "Li₃PO₄", "mA cm⁻²", "Li⁺", "Ω cm²" })
        {
            Assert.Contains(form, textBody, StringComparison.Ordinal);
            Assert.Contains(form, pdfBody, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Ligatures_are_expanded(string pdf)
    {
        var text = string.Join('\n', PdfFixtures.Pdf(pdf).Document.Blocks.Select(b => b.Text));

        Assert.DoesNotContain(text, c => c is >= '\uFB00' and <= '\uFB06');
        Assert.Contains("significantly", text, StringComparison.Ordinal); // fi
        Assert.Contains("influence", text, StringComparison.Ordinal); // fl
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void No_running_header_footer_page_number_or_bio_text_is_inside_a_body_paragraph(string pdf)
    {
        var document = PdfFixtures.Pdf(pdf).Document;
        var paragraphs = document.Blocks.Where(b => b.Kind == BlockKind.Paragraph).Select(b => b.Text).ToList();
        var sidebars = document.Blocks.Where(b => b.Kind == BlockKind.Sidebar).ToList();

        Assert.NotEmpty(paragraphs);
        Assert.All(paragraphs, p =>
        {
            Assert.DoesNotContain("This journal is", p, StringComparison.Ordinal);
            Assert.DoesNotContain("Partner Organisations", p, StringComparison.Ordinal);
            Assert.DoesNotContain("Mater. Chem. Front.", p, StringComparison.Ordinal);
            Assert.DoesNotContain("Materials Chemistry Frontiers", p, StringComparison.Ordinal);
            Assert.DoesNotMatch(@"\|\s*\d+\s*$", p);
        });

        // the five author bios are sidebars, none of their sentences leaks into the body
        foreach (var author in document.Metadata.Authors)
        {
            Assert.Contains(sidebars, s => s.Text.StartsWith(author + " ", StringComparison.Ordinal));
        }

        foreach (var sidebar in sidebars.Where(s => s.Text.Length > 60))
        {
            Assert.DoesNotContain(paragraphs, p => p.Contains(sidebar.Text[..60], StringComparison.Ordinal));
        }

        Assert.DoesNotContain(document.Blocks, b => b.Text.StartsWith("Review", StringComparison.Ordinal) && b.Text.Contains("Materials Chemistry Frontiers", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Captions_are_their_own_blocks_and_not_inside_paragraphs(string pdf)
    {
        var document = PdfFixtures.Pdf(pdf).Document;
        var captions = document.Blocks.Where(b => b.Kind == BlockKind.Caption).Select(b => b.Text).ToList();
        var textCaptions = PdfFixtures.Text.Document.Blocks.Where(b => b.Kind == BlockKind.Caption).Select(b => b.Text).ToList();

        Assert.Equal(textCaptions.Order(), captions.Order());
        Assert.All(document.Blocks.Where(b => b.Kind == BlockKind.Paragraph), p => Assert.DoesNotContain("Reproduced with permission", p.Text, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Paragraphs_are_rejoined_across_columns_pages_and_floats(string pdf)
    {
        // compared section by section, so that the text reader's own choice of paragraph breaks does not matter
        static Dictionary<string, string> BySection(Document d) => d.Blocks.Where(b => b.Kind == BlockKind.Paragraph)
            .GroupBy(b => b.Section).ToDictionary(g => g.Key, g => string.Join(' ', g.Select(b => b.Text)));
        var fromPdf = BySection(PdfFixtures.Pdf(pdf).Document);
        var fromText = BySection(PdfFixtures.Text.Document);

        Assert.Equal(fromText.Keys.Order(), fromPdf.Keys.Order());

        // every section's text starts as in the text; most read word for word (a handful of line-end hyphens
        // in compounds such as "long-lasting" cannot be told from a typesetter's break)
        Assert.All(fromText, t => Assert.StartsWith(t.Value[..Math.Min(40, t.Value.Length)], fromPdf[t.Key], StringComparison.Ordinal));
        var same = fromText.Count(t => fromPdf[t.Key] == t.Value);
        Assert.True(same >= fromText.Count * 0.75, $"{same} of {fromText.Count} sections read word for word");
        var words = fromText.Sum(t => t.Value.Split(' ').Length);
        var pdfWords = fromPdf.Sum(t => t.Value.Split(' ').Length);
        Assert.InRange(pdfWords, words * 0.995, words * 1.005);
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Every_block_says_where_it_came_from(string pdf)
    {
        var read = PdfFixtures.Pdf(pdf);
        var pages = read.Document.Blocks.Max(b => b.Page ?? 0);

        Assert.True(pages >= 10, $"blocks on {pages} pages");
        Assert.All(read.Document.Blocks, b =>
        {
            Assert.NotNull(b.Page);
            Assert.InRange(b.Page!.Value, 1, pages);
            var box = Assert.NotNull(b.Box);
            Assert.True(box.Right > box.Left && box.Top > box.Bottom, $"empty box for block {b.Index}");
            Assert.InRange(box.Left, 0, 600);
            Assert.InRange(box.Top, 0, 850);
        });

        // sentence evidence carries the page and box of its paragraph into each measurement
        Assert.All(read.Measurements.Where(m => m.Evidence.Kind == Core.Facts.EvidenceKind.Sentence), m =>
        {
            Assert.NotNull(m.Evidence.Page);
            Assert.NotNull(m.Evidence.Box);
        });
    }

    [Fact]
    public void Two_column_pages_are_read_left_column_first()
    {
        var blocks = PdfFixtures.Pdf(PdfFixtures.TwoColumn).Document.Blocks.Where(b => b.Kind == BlockKind.Paragraph && b.Page == 2).ToList();

        // on a page, the paragraphs that start in the left column come before those in the right one
        var lefts = blocks.Select(b => b.Box!.Value.Left < 297).ToList();
        Assert.Contains(true, lefts);
        Assert.Contains(false, lefts);
        Assert.Equal(lefts.OrderByDescending(l => l), lefts);
    }
}
