using LlzoGraph.Core.Documents;

namespace LlzoGraph.Documents.Pdf.Layout;

/// <summary>Where a line or block sits on a two-column page: a column, or across the full text width.</summary>
internal enum Region
{
    Full,
    Left,
    Right,
}

/// <summary>
/// One word as printed: its text with sub- and superscripts already written as unicode (Li₂CO₃, cm⁻²),
/// where it is, and how it is set.
/// </summary>
internal sealed record PdfWord(string Text, double Left, double Bottom, double Right, double Top, double Size, double Baseline, bool Bold)
{
    public double Width => Right - Left;
}

/// <summary>Words on one baseline of one region, left to right.</summary>
internal sealed class TextLine
{
    public TextLine(IReadOnlyList<PdfWord> words, double size, double baseline)
    {
        Words = words;
        Size = size;
        Baseline = baseline;
        Left = words.Min(w => w.Left);
        Right = words.Max(w => w.Right);
        Bottom = words.Min(w => w.Bottom);
        Top = words.Max(w => w.Top);
        Text = string.Join(' ', words.Select(w => w.Text));
    }

    public IReadOnlyList<PdfWord> Words { get; }

    /// <summary>The size of the line's main (not sub/superscript) letters.</summary>
    public double Size { get; }

    public double Baseline { get; }

    public double Left { get; }

    public double Right { get; }

    public double Bottom { get; }

    public double Top { get; }

    public string Text { get; }

    public Region Region { get; set; } = Region.Full;

    /// <summary>The 1-based page the line is printed on.</summary>
    public int Page { get; set; }

    /// <summary>The index of the boxed (framed or shaded) area the line sits in, or -1.</summary>
    public int Container { get; set; } = -1;

    public bool AllBold => Words.All(w => w.Bold);

    public BoundingBox Box => new(Left, Bottom, Right, Top);

    public TextLine With(IReadOnlyList<PdfWord> words) => new(words, Size, Baseline) { Region = Region, Container = Container, Page = Page };
}
