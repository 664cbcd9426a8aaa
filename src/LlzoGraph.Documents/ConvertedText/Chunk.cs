using System.Text.RegularExpressions;

namespace LlzoGraph.Documents.ConvertedText;

/// <summary>A run of non-blank lines of the source file, with the 1-based line it starts on.</summary>
internal sealed partial record Chunk(int Line, IReadOnlyList<string> Lines)
{
    /// <summary>A markdown heading line ("## 2.1 Methods"), its hashes removed from <see cref="Lines"/>.</summary>
    public bool IsMarkdownHeading { get; init; }

    /// <summary>Lines longer than this on average are paragraphs of their own, not the wrapped lines of one.</summary>
    private const int LineParagraphLength = 100;

    public string Text => string.Join(' ', Lines.Select(l => l.Trim())).Trim();

    public bool IsTabular => Lines.Count(l => l.Contains('\t', StringComparison.Ordinal)) >= 2
        || (Lines.Count >= 2 && Lines.All(l => l.TrimStart().StartsWith('|')));

    public static List<Chunk> Split(string text)
    {
        var chunks = new List<Chunk>();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var current = new List<string>();
        var start = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                Flush();
                continue;
            }

            var heading = MarkdownHeading(lines[i]);
            if (heading is not null)
            {
                Flush();
                chunks.Add(new Chunk(i + 1, [heading]) { IsMarkdownHeading = true });
                continue;
            }

            if (current.Count == 0)
            {
                start = i + 1;
            }

            current.Add(MarkdownStrong().Replace(lines[i], "$1$2")); // "**Abstract:**", "**Table 1.**" read as their words
        }

        Flush();
        return chunks;

        static string? MarkdownHeading(string line)
        {
            var trimmed = line.TrimStart();
            var hashes = trimmed.TakeWhile(c => c == '#').Count();
            return hashes is >= 1 and <= 6 && trimmed.Length > hashes && trimmed[hashes] == ' ' ? trimmed[hashes..].Trim() : null;
        }

        void Flush()
        {
            if (current.Count == 0)
            {
                return;
            }

            if (current.Count > 1 && !current.Any(l => l.Contains('\t', StringComparison.Ordinal)) && NumberedTitleLine().IsMatch(current[0].Trim()))
            {
                // "2.1 Synthesis" with its paragraph right under it, no blank line between: the heading is a chunk of its own
                chunks.Add(new Chunk(start, [current[0]]));
                current.RemoveAt(0);
                start++;
            }

            var chunk = new Chunk(start, current.ToList());
            current.Clear();
            if (chunk.Lines.Count > 1 && !chunk.IsTabular && chunk.Lines.Average(l => l.Length) > LineParagraphLength)
            {
                // one paragraph per line (text converted without blank lines); hard-wrapped paragraphs have short lines
                chunks.AddRange(chunk.Lines.Select((l, i) => new Chunk(chunk.Line + i, [l])));
            }
            else
            {
                chunks.Add(chunk);
            }
        }
    }

    /// <summary>Markdown strong emphasis, "**words**" or "__words__" (a single "*" or "_" is a footnote mark or a subscript).</summary>
    [GeneratedRegex(@"\*\*(?=\S)(.+?)(?<=\S)\*\*|__(?=\S)(.+?)(?<=\S)__")]
    private static partial Regex MarkdownStrong();

    /// <summary>A numbered section title alone on its line: "2.1 Synthesis", "3. Results and discussion".</summary>
    [GeneratedRegex(@"^\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+\p{Lu}\p{Ll}[^.!?:;,]{0,70}$")]
    private static partial Regex NumberedTitleLine();
}
