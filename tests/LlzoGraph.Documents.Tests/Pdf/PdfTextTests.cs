using LlzoGraph.Documents.Pdf.Layout;
using LlzoGraph.Documents.Pdf.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace LlzoGraph.Documents.Tests.Pdf;

/// <summary>Line building and de-hyphenation on small, hand-made inputs.</summary>
public sealed class PdfTextTests
{
    [Fact]
    public void Sub_and_superscripts_set_smaller_and_off_the_baseline_become_unicode()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(595, 842);
        var x = 50.0;
        void Put(string text, double size, double rise)
        {
            var letters = page.AddText(text, size, new PdfPoint(x, 700 + rise), font);
            x = letters.Max(l => l.EndBaseLine.X);
        }

        Put("Li", 10, 0); Put("2", 7, -2); Put("CO", 10, 0); Put("3", 7, -2);
        x += 3; Put("at", 10, 0); x += 3; Put("2", 10, 0); x += 3; Put("mA", 10, 0); x += 3; Put("cm", 10, 0); Put("-2", 7, 3.5);

        using var pdf = PdfDocument.Open(builder.Build());
        var line = Assert.Single(LineBuilder.Build(pdf.GetPage(1).Letters));

        Assert.Equal("Li₂CO₃ at 2 mA cm⁻²", line.Text);
    }

    [Theory]
    [InlineData("ﬁ", "fi")]
    [InlineData("ﬂ", "fl")]
    [InlineData("ﬃ", "ffi")]
    [InlineData("\u2126", "\u03A9")]
    [InlineData("\u2019", "'")]
    public void Ligatures_and_look_alike_signs_are_normalised(string glyph, string text) =>
        Assert.Equal(text, LineBuilder.Normalise(glyph));

    [Theory]
    [InlineData("the electro-", "lyte is", "the electrolyte is")]
    [InlineData("an alloy of Li-", "Zn forms", "an alloy of Li-Zn forms")]
    [InlineData("a LiF-", "LaF₃ layer", "a LiF-LaF₃ layer")]
    [InlineData("pages 2233-", "2241.", "pages 2233-2241.")]
    [InlineData("shows point-", "to-point contacts", "shows point-to-point contacts")]
    [InlineData("the solid-", "state battery", "the solid-state battery")]
    [InlineData("the end.", "Next", "the end. Next")]
    public void Line_end_hyphens_are_mended_and_real_hyphens_kept(string line, string next, string expected)
    {
        var dehyphenator = new Dehyphenator(["a solid-state electrolyte and a solid-state cell", "one more electrolyte here now"]);

        Assert.Equal(expected, dehyphenator.Join(line, next));
    }
}
