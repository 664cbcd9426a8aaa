using System.Text;
using System.Text.RegularExpressions;
using LlzoGraph.Core.Text;
using UglyToad.PdfPig.Content;

namespace LlzoGraph.Documents.Pdf.Layout;

/// <summary>
/// Letters → words → lines for one page. Letters are chained into words by their advance (the gap between
/// one letter's end and the next letter's start), so a subscript set tight against its element stays in
/// the word. Words are grouped into lines by the baseline of their main letters; a word of small letters
/// alone (a superscript marker after a space) joins the line it is raised or lowered from. Within a line,
/// letters noticeably smaller than the line's main size and off its baseline are sub- or superscripts and
/// are written as unicode (<see cref="Scripts"/>), exactly as the converted-text reader writes them.
/// </summary>
internal static partial class LineBuilder
{
    private sealed class Glyph(string value, double left, double right, double baseline, double bottom, double top, double size, bool bold)
    {
        public string Value { get; } = value;
        public double Left { get; } = left;
        public double Right { get; } = right;
        public double Baseline { get; } = baseline;
        public double Bottom { get; } = bottom;
        public double Top { get; } = top;
        public double Size { get; } = size;
        public bool Bold { get; } = bold;
    }

    public static List<TextLine> Build(IReadOnlyList<Letter> letters)
    {
        var words = Words(letters);
        return Lines(words);
    }

    private static List<List<Glyph>> Words(IReadOnlyList<Letter> letters)
    {
        var words = new List<List<Glyph>>();
        List<Glyph>? current = null;
        Glyph? previous = null;
        var boldCache = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var letter in letters)
        {
            var value = Normalise(letter.Value);
            if (string.IsNullOrWhiteSpace(value))
            {
                current = null;
                previous = null;
                continue;
            }

            var size = letter.PointSize > 0 ? letter.PointSize : Math.Max(1, letter.FontSize);
            var box = letter.BoundingBox;
            var font = letter.FontName ?? string.Empty;
            if (!boldCache.TryGetValue(font, out var bold))
            {
                bold = BoldFont().IsMatch(font) || (letter.FontDetails?.IsBold ?? false);
                boldCache[font] = bold;
            }

            var left = Math.Min(letter.StartBaseLine.X, letter.EndBaseLine.X);
            var right = Math.Max(letter.StartBaseLine.X, letter.EndBaseLine.X);
            if (right - left < 0.01)
            {
                left = box.Left;
                right = box.Right;
            }

            var glyph = new Glyph(value, left, right, letter.StartBaseLine.Y, Math.Min(box.Bottom, letter.StartBaseLine.Y - 0.22 * size),
                Math.Max(box.Top, letter.StartBaseLine.Y + 0.68 * size), size, bold);
            if (current is null || previous is null || !Continues(previous, glyph))
            {
                current = [];
                words.Add(current);
            }

            current.Add(glyph);
            previous = glyph;
        }

        return words;
    }

    /// <summary>Whether <paramref name="next"/> is set tight after <paramref name="previous"/> on the same line.</summary>
    private static bool Continues(Glyph previous, Glyph next)
    {
        var size = Math.Max(previous.Size, next.Size);
        var gap = next.Left - previous.Right;
        if (gap > 0.14 * size || gap < -0.5 * size)
        {
            return false;
        }

        // vertical overlap: a script letter overlaps the letters it is attached to (a superscript set right
        // after a subscript overlaps it only a little: Li₂⁺, La₂O₃¹⁵³)
        var overlap = Math.Min(previous.Top, next.Top) - Math.Max(previous.Bottom, next.Bottom);
        return overlap > 0;
    }

    private static List<TextLine> Lines(List<List<Glyph>> words)
    {
        // the main size and baseline of each word: those of its largest letters
        var items = words.Select(w =>
        {
            var size = w.Max(g => g.Size);
            var main = w.First(g => g.Size >= size * 0.97);
            return (Glyphs: w, Size: size, main.Baseline, Left: w.Min(g => g.Left), Right: w.Max(g => g.Right));
        }).OrderByDescending(w => w.Baseline).ThenBy(w => w.Left).ToList();

        var lines = new List<(double Baseline, double Size, List<(List<Glyph> Glyphs, double Size, double Baseline, double Left, double Right)> Words)>();
        foreach (var w in items)
        {
            var index = -1;
            for (var i = lines.Count - 1; i >= 0 && i >= lines.Count - 8; i--)
            {
                var l = lines[i];
                if (Math.Abs(l.Baseline - w.Baseline) <= 0.2 * Math.Max(l.Size, w.Size) && w.Size >= 0.85 * l.Size && l.Size >= 0.85 * w.Size)
                {
                    index = i;
                    break;
                }
            }

            if (index < 0)
            {
                lines.Add((w.Baseline, w.Size, [w]));
            }
            else
            {
                lines[index].Words.Add(w);
            }
        }

        // a word of small letters alone (a raised marker after a space) joins the line it is raised or lowered from
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            var small = lines[i];
            var host = lines
                .Where(l => l.Size > small.Size * 1.15 && small.Baseline > l.Baseline - 0.4 * l.Size && small.Baseline < l.Baseline + 0.75 * l.Size)
                .Where(l => l.Words.Any(x => Math.Abs(x.Right - small.Words.Min(s => s.Left)) < 1.5 * l.Size || Math.Abs(small.Words.Max(s => s.Right) - x.Left) < 1.5 * l.Size))
                .OrderBy(l => Math.Abs(l.Baseline - small.Baseline))
                .FirstOrDefault();
            if (host.Words is not null && small.Words.Count <= 3)
            {
                host.Words.AddRange(small.Words);
                lines.RemoveAt(i);
            }
        }

        var result = new List<TextLine>(lines.Count);
        foreach (var line in lines)
        {
            var sorted = line.Words.OrderBy(w => w.Left).ToList();
            var pdfWords = sorted.Select(w => Word(w.Glyphs, line.Size, line.Baseline)).ToList();
            result.Add(new TextLine(pdfWords, line.Size, line.Baseline));
        }

        return result;
    }

    private static PdfWord Word(List<Glyph> glyphs, double lineSize, double lineBaseline)
    {
        var text = new StringBuilder();
        var run = new StringBuilder();
        var runKind = 0;
        foreach (var g in glyphs)
        {
            var kind = 0;
            if (g.Size <= 0.86 * lineSize)
            {
                var shift = g.Baseline - lineBaseline;
                kind = shift >= 0.12 * lineSize ? 1 : shift <= -0.08 * lineSize ? -1 : 0;
            }

            if (kind != runKind)
            {
                Flush();
                runKind = kind;
            }

            run.Append(g.Value);
        }

        Flush();
        var main = glyphs.Where(g => g.Size >= lineSize * 0.97).ToList();
        var bold = (main.Count > 0 ? main : glyphs).Count(g => g.Bold) * 2 > (main.Count > 0 ? main : glyphs).Count;
        return new PdfWord(text.ToString(), glyphs.Min(g => g.Left), glyphs.Min(g => g.Bottom), glyphs.Max(g => g.Right), glyphs.Max(g => g.Top),
            lineSize, lineBaseline, bold);

        void Flush()
        {
            if (run.Length == 0)
            {
                return;
            }

            var s = run.ToString();
            text.Append(runKind switch
            {
                1 => Scripts.ToSuperscript(s),
                -1 => Scripts.ToSubscript(s),
                _ => s,
            });
            run.Clear();
        }
    }

    /// <summary>Ligatures expanded, the ohm sign written as omega, typographic apostrophes as ASCII.</summary>
    internal static string Normalise(string value)
    {
        if (value.Length == 1)
        {
            return value[0] switch
            {
                'ﬀ' => "ff",
                'ﬁ' => "fi",
                'ﬂ' => "fl",
                'ﬃ' => "ffi",
                'ﬄ' => "ffl",
                'ﬅ' or 'ﬆ' => "st",
                '\u2126' => "\u03A9", // ohm sign → Greek capital omega, as in text
                '\u03BC' => "\u00B5", // Greek mu → micro sign, as in text
                '\u2206' => "\u0394", // increment → Greek capital delta
                '\u2019' => "'",
                '\u00ad' => "-",
                '\u2010' or '\u2011' => "-",
                _ => value,
            };
        }

        return value;
    }

    [GeneratedRegex(@"bold|black|heavy|semibold|demi|medi|cmbx|cmb\d|,b\b|-b$|\bbd\b", RegexOptions.IgnoreCase)]
    private static partial Regex BoldFont();
}
