using LlzoGraph.Core.Text;
using LlzoGraph.Core.Documents;
using LlzoGraph.Documents.Text;

namespace LlzoGraph.Documents.ConvertedText;

/// <summary>
/// Reads a tab-separated (or markdown pipe) table: header lines until the first data row, a parent header
/// spanning the empty cells to its right, and rows whose first cell is empty continuing the row above.
/// </summary>
internal static class TableText
{
    public static DocumentTable Parse(string label, string caption, string section, IReadOnlyList<string> lines)
    {
        var rows = lines.Select(SplitCells).Where(r => r.Any(c => c.Length > 0) && !IsRule(r)).ToList();
        var width = rows.Count == 0 ? 0 : rows.Max(r => r.Count);
        rows = rows.Select(r => r.Concat(Enumerable.Repeat(string.Empty, width - r.Count)).ToList()).ToList();

        var firstData = rows.FindIndex(IsDataRow);
        if (firstData < 0)
        {
            firstData = Math.Min(1, rows.Count);
        }

        var columns = HeaderNames(rows.Take(firstData).ToList(), width);
        var body = new List<TableRow>();
        List<List<string>>? current = null;
        foreach (var row in rows.Skip(firstData))
        {
            if (row[0].Length == 0 && current is not null)
            {
                for (var c = 1; c < width; c++)
                {
                    current[c].Add(row[c]);
                }

                continue;
            }

            if (current is not null)
            {
                body.Add(new TableRow(body.Count, current));
            }

            current = row.Select(c => new List<string> { c }).ToList();
        }

        if (current is not null)
        {
            body.Add(new TableRow(body.Count, current));
        }

        return new DocumentTable(label, caption, section, columns, body);
    }

    private static List<string> SplitCells(string line)
    {
        var trimmed = line.Trim();
        var cells = trimmed.Contains('\t', StringComparison.Ordinal)
            ? line.Split('\t')
            : trimmed.Trim('|').Split('|');
        return cells.Select(c => LatexText.Normalise(c.Trim())).ToList();
    }

    private static bool IsDataRow(List<string> row) =>
        row[0].Length > 0 && row.Skip(1).Any(c => c.Length > 0 && char.IsDigit(Scripts.ToPlain(c.TrimStart('~', '<', '>', '≈', '≤', '≥'))[0]))
        ;

    private static bool IsRule(List<string> row) => row.All(c => c.All(ch => ch is '-' or ':' or ' ' or '='));

    private static List<string> HeaderNames(List<List<string>> header, int width)
    {
        var names = Enumerable.Range(0, width).Select(_ => new List<string>()).ToList();
        for (var line = 0; line < header.Count; line++)
        {
            var parent = string.Empty;
            for (var c = 0; c < width; c++)
            {
                var cell = header[line][c];
                var below = header.Skip(line + 1).Any(h => h[c].Length > 0);
                if (cell.Length > 0)
                {
                    parent = below || (c + 1 < width && header[line][c + 1].Length == 0 && header.Skip(line + 1).Any(h => h[c + 1].Length > 0))
                        ? cell
                        : string.Empty;
                    names[c].Add(cell);
                }
                else if (parent.Length > 0 && below)
                {
                    names[c].Add(parent);
                }
                else
                {
                    parent = string.Empty;
                }
            }
        }

        return names.Select(n => string.Join(" / ", n.Distinct())).ToList();
    }
}
