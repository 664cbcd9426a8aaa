using LlzoGraph.Core.Documents;

namespace LlzoGraph.Documents.Pdf.Layout;

/// <summary>A horizontal ruling line (a table rule, a footnote rule) or a boxed area (a sidebar frame or shading).</summary>
internal readonly record struct Rect(double Left, double Bottom, double Right, double Top)
{
    public double Width => Right - Left;

    public double Height => Top - Bottom;

    public bool Contains(double x, double y, double tolerance = 0) =>
        x >= Left - tolerance && x <= Right + tolerance && y >= Bottom - tolerance && y <= Top + tolerance;

    public BoundingBox ToBox() => new(Left, Bottom, Right, Top);
}

/// <summary>A table region found on a page: its rules and the lines inside it.</summary>
internal sealed record TableRegion(Rect Bounds, IReadOnlyList<double> FullRules, IReadOnlyList<Rect> PartialRules, IReadOnlyList<TextLine> Lines);

/// <summary>Everything read from one page before blocks are formed.</summary>
internal sealed class PdfPage(int number, double width, double height, List<TextLine> lines, List<Rect> rules, List<Rect> boxes)
{
    public int Number { get; } = number;

    public double Width { get; } = width;

    public double Height { get; } = height;

    public List<TextLine> Lines { get; set; } = lines;

    public List<Rect> Rules { get; } = rules;

    /// <summary>Boxed areas that hold text (sidebars).</summary>
    public List<Rect> Boxes { get; } = boxes;

    public List<TableRegion> Tables { get; } = [];

    /// <summary>The gap between the two columns, when the page has two.</summary>
    public (double Left, double Right)? Gutter { get; set; }
}

/// <summary>What a laid-out block is, as far as geometry and type tell.</summary>
internal enum LayoutKind
{
    Text,
    Table,
    Boxed,
}

/// <summary>A block of consecutive lines in one region of one page, in reading order.</summary>
internal sealed class LayoutBlock(int page, Region region, LayoutKind kind, IReadOnlyList<TextLine> lines)
{
    public int Page { get; } = page;

    public Region Region { get; } = region;

    public LayoutKind Kind { get; } = kind;

    public IReadOnlyList<TextLine> Lines { get; } = lines;

    public TableRegion? Table { get; init; }

    /// <summary>Whether the first line starts indented from the column's left edge (a new paragraph).</summary>
    public bool Indented { get; init; }

    /// <summary>Whether this is the last text block of its region and set smaller than the body (a footnote).</summary>
    public bool AtFoot { get; set; }

    public double Size => Lines.Count == 0 ? 0 : Lines.GroupBy(l => Math.Round(l.Size, 1)).OrderByDescending(g => g.Count()).First().Key;

    public double Top => Table?.Bounds.Top ?? Lines.Max(l => l.Top);

    public double Bottom => Table?.Bounds.Bottom ?? Lines.Min(l => l.Bottom);

    public BoundingBox Box => Table is { } t
        ? t.Bounds.ToBox()
        : new BoundingBox(Lines.Min(l => l.Left), Lines.Min(l => l.Bottom), Lines.Max(l => l.Right), Lines.Max(l => l.Top));
}
