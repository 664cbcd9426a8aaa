using LlzoGraph.Core.Documents;
using LlzoGraph.Documents.ConvertedText;

namespace LlzoGraph.Documents.Pdf.Layout;

/// <summary>
/// Reads a ruled table region into rows and columns. Columns are the x ranges that the body lines' cells
/// cover (cells are word runs split at gaps wider than a word space); header lines above the rule under the
/// header are grouped into header rows by the partial rules (a rule under a spanning parent header) and a
/// header cell wrapped over several lines is joined (mending hyphenation). A body line whose first cell starts in lower case
/// continues the first cell of the row above (a wrapped row name). The rows are then handed, as
/// tab-separated lines, to the converted-text table parser (<see cref="TableText"/>), so a PDF table and a
/// text table give the same headers, multi-line cells and rows.
/// </summary>
internal static class PdfTableReader
{
    private sealed record Cell(string Text, double Left, double Right);

    public static int ColumnCount(TableRegion region) => Columns(BodyLines(region)).Count;

    public static (DocumentTable Table, IReadOnlyList<string> Lines) Read(TableRegion region, string label, string caption, string section, int page, Func<string, string, string> join)
    {
        var body = BodyLines(region);
        var columns = Columns(body);
        var header = region.Lines.Except(body).OrderByDescending(l => l.Baseline).ToList();
        var tabLines = new List<string>();

        // header rows: bands between the partial rules under spanning parents
        var cuts = region.PartialRules.Select(r => r.Top).Distinct().OrderByDescending(y => y).ToList();
        foreach (var band in header.GroupBy(l => cuts.Count(c => c > l.Baseline)).OrderBy(g => g.Key))
        {
            var cells = Enumerable.Range(0, columns.Count).Select(_ => new List<string>()).ToList();
            foreach (var line in band.OrderByDescending(l => l.Baseline))
            {
                foreach (var cell in Cells(line))
                {
                    // a parent header spans the columns of the partial rule drawn under it
                    var rule = region.PartialRules
                        .Where(r => r.Top < line.Baseline && r.Top > line.Baseline - 4 * line.Size && r.Left < cell.Right && r.Right > cell.Left)
                        .OrderByDescending(r => r.Top).FirstOrDefault();
                    var span = rule.Width > 0 ? cell with { Left = rule.Left, Right = rule.Right } : cell;
                    cells[ColumnOf(span, columns)].Add(cell.Text);
                }
            }

            tabLines.Add(string.Join('\t', cells.Select(c => c.Aggregate(string.Empty, join))));
        }

        var rows = new List<string[]>();
        var rowStart = -1;
        foreach (var line in body.OrderByDescending(l => l.Baseline))
        {
            var cells = new string[columns.Count];
            Array.Fill(cells, string.Empty);
            foreach (var cell in Cells(line))
            {
                var c = ColumnOf(cell, columns);
                cells[c] = cells[c].Length == 0 ? cell.Text : cells[c] + " " + cell.Text;
            }

            if (cells[0].Length > 0 && rowStart >= 0 && char.IsLower(cells[0][0]))
            {
                rows[rowStart][0] = join(rows[rowStart][0], cells[0]);
                cells[0] = string.Empty;
            }
            else if (cells[0].Length > 0)
            {
                rowStart = rows.Count;
            }

            if (cells.Any(c => c.Length > 0))
            {
                rows.Add(cells);
            }
        }

        tabLines.AddRange(rows.Select(r => string.Join('\t', r)));
        var bounds = region.Bounds;
        var table = TableText.Parse(label, caption, section, tabLines) with
        {
            Page = page,
            Box = new BoundingBox(bounds.Left, bounds.Bottom, bounds.Right, bounds.Top),
        };
        return (table, tabLines);
    }

    /// <summary>Lines below the rule under the header (the second full-width rule), or all lines when there is none.</summary>
    private static List<TextLine> BodyLines(TableRegion region)
    {
        if (region.FullRules.Count >= 3)
        {
            var mid = region.FullRules.OrderByDescending(y => y).ElementAt(1);
            var below = region.Lines.Where(l => l.Baseline < mid).ToList();
            if (below.Count > 0)
            {
                return below;
            }
        }

        return region.Lines.ToList();
    }

    private static List<Cell> Cells(TextLine line)
    {
        var cells = new List<Cell>();
        var words = line.Words.OrderBy(w => w.Left).ToList();
        var start = 0;
        for (var i = 1; i <= words.Count; i++)
        {
            if (i == words.Count || words[i].Left - words[i - 1].Right > 0.9 * line.Size)
            {
                var run = words.Skip(start).Take(i - start).ToList();
                cells.Add(new Cell(string.Join(' ', run.Select(w => w.Text)), run[0].Left, run[^1].Right));
                start = i;
            }
        }

        return cells;
    }

    /// <summary>The x ranges covered by the body's cells, merged where they overlap, left to right.</summary>
    private static List<(double Left, double Right)> Columns(List<TextLine> body)
    {
        var spans = body.SelectMany(Cells).Select(c => (c.Left, c.Right)).OrderBy(s => s.Left).ToList();
        var merged = new List<(double Left, double Right)>();
        foreach (var s in spans)
        {
            if (merged.Count > 0 && s.Left <= merged[^1].Right + 1)
            {
                merged[^1] = (merged[^1].Left, Math.Max(merged[^1].Right, s.Right));
            }
            else
            {
                merged.Add(s);
            }
        }

        return merged;
    }

    /// <summary>The leftmost column a cell overlaps (a spanning header belongs to its first column), else the nearest.</summary>
    private static int ColumnOf(Cell cell, List<(double Left, double Right)> columns)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (cell.Left < columns[i].Right && cell.Right > columns[i].Left)
            {
                return i;
            }
        }

        var centre = (cell.Left + cell.Right) / 2;
        return columns.Select((c, i) => (Distance: Math.Abs((c.Left + c.Right) / 2 - centre), i)).MinBy(x => x.Distance).i;
    }
}
