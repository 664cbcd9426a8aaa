namespace LlzoGraph.Core.Documents;

/// <summary>
/// One block of text in reading order with where it came from: its section, and for PDFs the page and box.
/// </summary>
public sealed record Block(
    int Index,
    BlockKind Kind,
    string Text,
    string Section,
    int? Page = null,
    BoundingBox? Box = null);

/// <summary>A rectangle on a page in PDF points, origin bottom-left.</summary>
public readonly record struct BoundingBox(double Left, double Bottom, double Right, double Top);
