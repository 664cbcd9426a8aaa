namespace LlzoGraph.Core.Documents;

/// <summary>A table with its caption, column headers and rows, and for PDFs the page and box it stands in.</summary>
public sealed record DocumentTable(
    string Label,
    string Caption,
    string Section,
    IReadOnlyList<string> Columns,
    IReadOnlyList<TableRow> Rows,
    int? Page = null,
    BoundingBox? Box = null);

/// <summary>
/// One logical row. A cell holds one or more lines: a row whose later columns continue on following lines
/// (several cycling conditions for one strategy) keeps those lines together, aligned by position.
/// </summary>
public sealed record TableRow(int Index, IReadOnlyList<IReadOnlyList<string>> Cells)
{
    public string Cell(int column, int line = 0) =>
        column < Cells.Count && line < Cells[column].Count ? Cells[column][line] : string.Empty;

    public int LineCount => Cells.Count == 0 ? 0 : Cells.Max(c => c.Count);

    public string Text => string.Join(" | ", Cells.Select(c => string.Join(" / ", c.Where(s => s.Length > 0))));
}
