using System.Text.RegularExpressions;

namespace LlzoGraph.Documents.Pdf.Layout;

/// <summary>
/// The page-level layout steps, in order: table regions from ruling lines, running headers and footers
/// (lines at the top or bottom edge that recur on other pages, and bare page numbers), the column gutter
/// from where text never is, the region of every line, and blocks in reading order — for each band between
/// full-width elements, the left column top to bottom, then the right one.
/// </summary>
internal static partial class PageAnalysis
{
    /// <summary>Finds ruled tables: two or more rules of the same extent with text lines between them, not inside a box.</summary>
    public static void FindTables(PdfPage page)
    {
        var rules = page.Rules.OrderByDescending(r => r.Top).ToList();
        var used = new HashSet<int>();
        for (var i = 0; i < rules.Count; i++)
        {
            if (used.Contains(i))
            {
                continue;
            }

            var group = new List<int> { i };
            for (var j = i + 1; j < rules.Count; j++)
            {
                if (!used.Contains(j) && Math.Abs(rules[j].Left - rules[i].Left) < 3 && Math.Abs(rules[j].Right - rules[i].Right) < 3)
                {
                    group.Add(j);
                }
            }

            if (group.Count < 2)
            {
                continue;
            }

            var top = rules[group[0]].Top;
            var bottom = rules[group[^1]].Bottom;
            var bounds = new Rect(rules[i].Left, bottom, rules[i].Right, top);
            if (page.Boxes.Any(b => b.Contains(bounds.Left, bounds.Top, 3) && b.Contains(bounds.Right, bounds.Bottom, 3)))
            {
                continue; // the frame of a box, not a table
            }

            var inside = page.Lines.Where(l => l.Baseline < top && l.Baseline > bottom && l.Left >= bounds.Left - 3 && l.Right <= bounds.Right + 3).ToList();
            if (inside.Count < 2)
            {
                continue;
            }

            var partial = rules.Where((r, k) => !group.Contains(k) && r.Top < top && r.Bottom > bottom && r.Left >= bounds.Left - 3 && r.Right <= bounds.Right + 3).ToList();
            var region = new TableRegion(bounds, group.Select(k => rules[k].Top).ToList(), partial, inside.OrderByDescending(l => l.Baseline).ToList());
            if (PdfTableReader.ColumnCount(region) < 2)
            {
                continue;
            }

            foreach (var k in group)
            {
                used.Add(k);
            }

            page.Tables.Add(region);
            var set = inside.ToHashSet();
            page.Lines = page.Lines.Where(l => !set.Contains(l)).ToList();
        }
    }

    /// <summary>
    /// Removes running headers and footers: lines within the top or bottom edge zone of a page whose text,
    /// digits aside, recurs on other pages, and lines there that hold only a page number.
    /// </summary>
    public static void RemoveHeadersAndFooters(IReadOnlyList<PdfPage> pages)
    {
        var candidates = pages.Select(p => EdgeLines(p).ToList()).ToList();
        var counts = candidates.SelectMany(c => c.Select(l => Key(l.Text)).Distinct()).GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());
        var needed = Math.Max(2, (int)Math.Ceiling(pages.Count * 0.3));
        for (var i = 0; i < pages.Count; i++)
        {
            var remove = candidates[i].Where(l => counts[Key(l.Text)] >= needed || PageNumber().IsMatch(l.Text)).ToHashSet();
            if (remove.Count > 0)
            {
                pages[i].Lines = pages[i].Lines.Where(l => !remove.Contains(l)).ToList();
            }
        }
    }

    private static IEnumerable<TextLine> EdgeLines(PdfPage page)
    {
        if (page.Lines.Count == 0)
        {
            yield break;
        }

        var zone = page.Height * 0.075;
        var top = page.Lines.Max(l => l.Top);
        var bottom = page.Lines.Min(l => l.Bottom);
        foreach (var line in page.Lines)
        {
            var nearTop = line.Top > page.Height - zone * 1.6 && line.Top >= top - 2.5 * line.Size;
            var nearBottom = line.Bottom < zone * 1.6 && line.Bottom <= bottom + 2.5 * line.Size;
            if ((nearTop || nearBottom) && line.Text.Length <= 200)
            {
                yield return line;
            }
        }
    }

    private static string Key(string text) => Digits().Replace(text, "#");

    /// <summary>Finds the gap between two columns: an x range near the middle where (almost) no line has text.</summary>
    public static void FindGutter(PdfPage page)
    {
        var lines = page.Lines;
        if (lines.Count < 8)
        {
            return;
        }

        var left = lines.Min(l => l.Left);
        var right = lines.Max(l => l.Right);
        var width = right - left;
        if (width < 200)
        {
            return;
        }

        var bins = (int)Math.Ceiling(width) + 1;
        var coverage = new int[bins];
        foreach (var line in lines)
        {
            foreach (var w in line.Words)
            {
                var a = Math.Max(0, (int)Math.Floor(w.Left - left));
                var b = Math.Min(bins - 1, (int)Math.Ceiling(w.Right - left));
                for (var x = a; x <= b; x++)
                {
                    coverage[x]++;
                }
            }
        }

        var typical = coverage.Skip((int)(bins * 0.1)).Take((int)(bins * 0.8)).Order().ElementAt((int)(bins * 0.8 * 0.5));
        var threshold = Math.Max(1, typical * 0.35);
        int bestStart = -1, bestLength = 0;
        var from = (int)(bins * 0.3);
        var to = (int)(bins * 0.7);
        for (var x = from; x < to; x++)
        {
            if (coverage[x] > threshold)
            {
                continue;
            }

            var start = x;
            while (x < to && coverage[x] <= threshold)
            {
                x++;
            }

            if (x - start > bestLength)
            {
                bestLength = x - start;
                bestStart = start;
            }
        }

        if (bestLength < 6)
        {
            return;
        }

        // within the sparse run, the gutter proper is where coverage is at its lowest (hanging labels of a
        // list in the right column make the run's right end sparse but not empty)
        var floor = coverage.Skip(bestStart).Take(bestLength).Min() + Math.Max(1, typical * 0.05);
        int gutterStart = -1, length = 0;
        for (var x = bestStart; x < bestStart + bestLength; x++)
        {
            if (coverage[x] > floor)
            {
                continue;
            }

            var s = x;
            while (x < bestStart + bestLength && coverage[x] <= floor)
            {
                x++;
            }

            if (x - s > length)
            {
                length = x - s;
                gutterStart = s;
            }
        }

        if (length >= 4)
        {
            page.Gutter = (left + gutterStart, left + gutterStart + length);
        }
    }

    /// <summary>Splits lines that cross the gutter at a gap into their column parts; lines set across it stay full width.</summary>
    public static void AssignRegions(PdfPage page)
    {
        if (page.Gutter is not { } gutter)
        {
            return;
        }

        var middle = (gutter.Left + gutter.Right) / 2;
        var result = new List<TextLine>(page.Lines.Count);
        foreach (var line in page.Lines)
        {
            var crossing = line.Words.Any(w => w.Left < gutter.Right - 1 && w.Right > gutter.Left + 1);
            if (crossing)
            {
                line.Region = Region.Full;
                result.Add(line);
                continue;
            }

            var leftWords = line.Words.Where(w => w.Right <= middle).ToList();
            var rightWords = line.Words.Where(w => w.Left >= middle).ToList();
            if (leftWords.Count > 0)
            {
                var l = leftWords.Count == line.Words.Count ? line : line.With(leftWords);
                l.Region = Region.Left;
                result.Add(l);
            }

            if (rightWords.Count > 0)
            {
                var r = rightWords.Count == line.Words.Count ? line : line.With(rightWords);
                r.Region = Region.Right;
                result.Add(r);
            }
        }

        // the short last lines of a full-width block (a caption, the title) sit on one side but belong to it
        result = result.OrderByDescending(l => l.Baseline).ToList();
        for (var i = 0; i < result.Count; i++)
        {
            var line = result[i];
            if (line.Region == Region.Full)
            {
                continue;
            }

            var above = result.Take(i).Where(l => l.Baseline - line.Baseline > 0.3 * line.Size && l.Baseline - line.Baseline <= 1.6 * line.Size).ToList();
            var full = above.FirstOrDefault(l => l.Region == Region.Full && Math.Abs(l.Size - line.Size) < 0.3 && Math.Abs(l.Left - line.Left) < 2);
            var sameBaseline = result.Any(l => l != line && l.Region != Region.Full && Math.Abs(l.Baseline - line.Baseline) < 0.3 * line.Size);
            if (full is not null && !above.Any(l => l.Region == line.Region) && !sameBaseline)
            {
                line.Region = Region.Full;
            }
        }

        page.Lines = result;
    }

    /// <summary>Marks the lines that sit inside a boxed area holding text.</summary>
    public static void AssignContainers(PdfPage page)
    {
        for (var b = 0; b < page.Boxes.Count; b++)
        {
            var box = page.Boxes[b];
            foreach (var line in page.Lines)
            {
                if (line.Container < 0 && box.Contains((line.Left + line.Right) / 2, (line.Top + line.Bottom) / 2))
                {
                    line.Container = b;
                }
            }
        }
    }

    /// <summary>Groups each region's lines into blocks and returns the page's blocks in reading order.</summary>
    public static List<LayoutBlock> Blocks(PdfPage page)
    {
        var blocks = new List<LayoutBlock>();
        foreach (var group in page.Lines.GroupBy(l => (l.Region, l.Container)))
        {
            var lines = group.OrderByDescending(l => l.Baseline).ToList();
            var margin = LeftMargin(lines);
            var current = new List<TextLine>();
            var indented = false;
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                var isIndented = line.Left - margin >= 0.5 * line.Size && line.Left - margin <= 4 * line.Size;
                if (current.Count > 0 && Breaks(current[^1], line, isIndented))
                {
                    Flush();
                }

                if (current.Count == 0)
                {
                    indented = isIndented;
                }

                current.Add(line);
            }

            Flush();

            void Flush()
            {
                if (current.Count > 0)
                {
                    blocks.Add(new LayoutBlock(page.Number, group.Key.Region, group.Key.Container >= 0 ? LayoutKind.Boxed : LayoutKind.Text, current.ToList())
                    {
                        Indented = indented,
                    });
                    current.Clear();
                }
            }
        }

        foreach (var table in page.Tables)
        {
            var region = page.Gutter is { } g && table.Bounds.Right < g.Right ? Region.Left
                : page.Gutter is { } h && table.Bounds.Left > h.Left ? Region.Right
                : Region.Full;
            blocks.Add(new LayoutBlock(page.Number, region, LayoutKind.Table, table.Lines) { Table = table });
        }

        MarkFootnotes(blocks);
        return ReadingOrder(blocks);
    }

    private static bool Breaks(TextLine previous, TextLine line, bool indented)
    {
        var pitch = previous.Baseline - line.Baseline;
        var size = Math.Max(previous.Size, line.Size);
        if (pitch > 1.55 * size || pitch < 0)
        {
            return true;
        }

        if (Math.Abs(previous.Size - line.Size) > 0.12 * size)
        {
            return true;
        }

        if (previous.AllBold && (line.Words[0].Bold || previous.Text.EndsWith('.')))
        {
            return false; // a heading wrapped over lines, or a run-in heading continued
        }

        if (previous.AllBold != line.AllBold && (previous.AllBold || line.AllBold))
        {
            return true; // a heading line set in bold, apart from the text around it
        }

        if (line.Words[0].Bold && !previous.Words[^1].Bold)
        {
            return true; // a run-in heading opens a paragraph
        }

        return indented;
    }

    private static double LeftMargin(List<TextLine> lines) =>
        lines.Count == 0 ? 0 : lines.GroupBy(l => Math.Round(l.Left)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;

    /// <summary>A region's last blocks, set smaller than its body text, in the lower part of the page: footnotes.</summary>
    private static void MarkFootnotes(List<LayoutBlock> blocks)
    {
        foreach (var region in blocks.Where(b => b.Kind == LayoutKind.Text).GroupBy(b => b.Region))
        {
            var ordered = region.OrderByDescending(b => b.Top).ToList();
            var body = ordered.GroupBy(b => Math.Round(b.Size, 1)).OrderByDescending(g => g.Sum(b => b.Lines.Count)).First().Key;
            for (var i = ordered.Count - 1; i > 0; i--)
            {
                if (ordered[i].Size < body * 0.92 && !CaptionStart().IsMatch(ordered[i].Lines[0].Text))
                {
                    ordered[i].AtFoot = true;
                }
                else
                {
                    break;
                }
            }
        }
    }

    private static List<LayoutBlock> ReadingOrder(List<LayoutBlock> blocks)
    {
        var full = blocks.Where(b => b.Region == Region.Full).OrderByDescending(b => b.Top).ToList();
        var columns = blocks.Where(b => b.Region != Region.Full).ToList();
        var ordered = new List<LayoutBlock>(blocks.Count);
        for (var band = 0; band <= full.Count; band++)
        {
            var upper = band == 0 ? double.MaxValue : full[band - 1].Bottom;
            var lower = band == full.Count ? double.MinValue : full[band].Top;
            var inBand = columns.Where(b => Centre(b) < upper && Centre(b) >= lower).ToList();
            ordered.AddRange(inBand.Where(b => b.Region == Region.Left).OrderByDescending(b => b.Top));
            ordered.AddRange(inBand.Where(b => b.Region == Region.Right).OrderByDescending(b => b.Top));
            if (band < full.Count)
            {
                ordered.Add(full[band]);
            }
        }

        // anything a band did not catch (overlapping full-width blocks) keeps its place by height
        ordered.AddRange(columns.Except(ordered).OrderByDescending(b => b.Top));
        return ordered;

        static double Centre(LayoutBlock b) => (b.Top + b.Bottom) / 2;
    }

    [GeneratedRegex(@"\d")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^(?:[-–—|]\s*)?(?:page\s+)?\d{1,4}(?:\s*[-–—|])?$|^\d{1,4}\s*(?:/|of)\s*\d{1,4}$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^(?:Fig\.?|Figure|Scheme|Table)\s*\d+")]
    private static partial Regex CaptionStart();
}
