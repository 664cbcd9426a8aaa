using System.Text.RegularExpressions;
using LlzoGraph.Core.Documents;
using LlzoGraph.Documents.Text;

namespace LlzoGraph.Documents.ConvertedText;

/// <summary>Classifies the chunks of a converted-text file into blocks, sections, tables and references.</summary>
internal static partial class DocumentAssembler
{
    private const string FrontMatterSection = "Front matter";
    private const int MaxFrontMatterChunks = 12;

    public static Document Assemble(string source, string text)
    {
        var chunks = Chunk.Split(text);
        var sidebars = FindSidebars(chunks);
        var bodyStart = chunks.FindIndex(c => FirstSection().IsMatch(c.Text.Trim()));
        if (bodyStart < 0)
        {
            // no numbered sections: the front matter ends with an early abstract-length block, else after the title
            var abstractAt = chunks.FindIndex(c => c.Text.Split(' ').Length >= 80);
            bodyStart = Math.Min(chunks.Count, abstractAt is >= 0 and < MaxFrontMatterChunks ? abstractAt + 1 : 1);
        }

        var front = chunks.Take(bodyStart).ToList();
        var (metadata, used) = FrontMatter.Read(front.Select(c => c with { Lines = c.Lines.Select(LatexText.Normalise).ToList() }).ToList(),
            Path.GetFileNameWithoutExtension(source));

        var builder = new Builder();
        for (var i = 0; i < front.Count; i++)
        {
            var kind = sidebars.Contains(i) ? BlockKind.Sidebar
                : front[i].Text == metadata.Title || LatexText.Normalise(front[i].Text) == metadata.Title ? BlockKind.Title
                : used.Contains(i) && LatexText.Normalise(front[i].Text) == metadata.Abstract ? BlockKind.Abstract
                : used.Contains(i) ? BlockKind.Authors
                : BlockKind.FrontMatter;
            builder.Add(kind, LatexText.Normalise(front[i].Text), FrontMatterSection);
        }

        var inReferences = false;
        var references = new ReferenceSplitter();
        for (var i = bodyStart; i < chunks.Count; i++)
        {
            var chunk = chunks[i];
            var raw = chunk.Text;
            if (sidebars.Contains(i))
            {
                builder.Add(BlockKind.Sidebar, LatexText.Normalise(raw), builder.Section);
                continue;
            }

            if (inReferences)
            {
                // Converted reference lists often hold one entry per line with no blank line between.
                var first = chunk.Lines[0].Trim();
                if (!references.Add(first) && IsHeading(raw, null, null, out var number, out var title))
                {
                    inReferences = false;
                    builder.Heading(number, title);
                    continue;
                }

                foreach (var line in chunk.Lines.Skip(1))
                {
                    references.Add(line.Trim());
                }

                continue;
            }

            if (chunk.IsTabular)
            {
                var lines = chunk.Lines;
                if (!lines[0].Contains('\t', StringComparison.Ordinal) && TableCaption().IsMatch(lines[0].Trim()))
                {
                    // a caption line right above the table, with no blank line between: the caption, not a header row
                    builder.Add(BlockKind.Caption, LatexText.Normalise(lines[0].Trim()), builder.Section);
                    lines = lines.Skip(1).ToList();
                }

                var caption = builder.LastCaption(TableCaption());
                var label = caption is null ? $"Table {builder.Tables.Count + 1}" : TableCaption().Match(caption).Value.Trim();
                builder.Tables.Add(TableText.Parse(label, caption ?? string.Empty, builder.Section, lines));
                builder.Add(BlockKind.Table, string.Join('\n', lines), builder.Section);
                continue;
            }

            if (Caption().IsMatch(raw))
            {
                builder.Add(BlockKind.Caption, LatexText.Normalise(raw), builder.Section);
                continue;
            }

            if (IsAffiliation(raw))
            {
                builder.Add(BlockKind.FrontMatter, LatexText.Normalise(raw), FrontMatterSection);
                continue;
            }

            var firstLine = chunk.Lines[0].Trim().TrimEnd(':');
            if (chunk.Lines.Count > 1 && ReferencesHeading().IsMatch(firstLine))
            {
                // "References" with the list right under it, no blank line between
                builder.Heading(string.Empty, firstLine);
                inReferences = true;
                foreach (var line in chunk.Lines.Skip(1))
                {
                    references.Add(line.Trim());
                }

                continue;
            }

            var next = i + 1 < chunks.Count ? chunks[i + 1].Text : null;
            var runIn = RunInHeading().Match(raw);
            if (runIn.Success && IsNextNumber(builder.LastNumber, runIn.Groups[1].Value) && !StartsWithUnit(runIn.Groups[2].Value))
            {
                builder.Heading(runIn.Groups[1].Value, LatexText.Normalise(runIn.Groups[2].Value));
                builder.Paragraph(LatexText.Normalise(runIn.Groups[3].Value));
                continue;
            }

            if (chunk.IsMarkdownHeading && !IsHeading(raw, builder.LastNumber, null, out _, out _))
            {
                builder.Heading(string.Empty, LatexText.Normalise(raw));
                continue;
            }

            if (IsHeading(raw, builder.LastNumber, next, out var n, out var t))
            {
                builder.Heading(n, t);
                inReferences = ReferencesHeading().IsMatch(t);
                continue;
            }

            builder.Paragraph(LatexText.Normalise(ListMarker().Replace(raw, string.Empty)));
        }

        var blocks = RemoveStrayTokens(builder.Blocks);
        return new Document(source, metadata, builder.Sections, blocks, builder.Tables, references.Entries);
    }

    /// <summary>
    /// A numbered heading whose number follows the last one, or a short capitalised line that reads like a title: it
    /// does not end on a word that needs more ("pressed by"), and the text after it does not go on in lower case.
    /// </summary>
    private static bool IsHeading(string raw, string? lastNumber, string? next, out string number, out string title)
    {
        number = string.Empty;
        title = string.Empty;
        var text = LatexText.Normalise(raw);
        var m = NumberedHeading().Match(text);
        if (m.Success && IsNextNumber(lastNumber, m.Groups[1].Value) && m.Groups[2].Value.Split(' ').Length <= 16 && !StartsWithUnit(m.Groups[2].Value))
        {
            number = m.Groups[1].Value;
            title = m.Groups[2].Value.Trim();
            return true;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is >= 1 and <= 8 && text.Length <= 60 && char.IsUpper(text[0]) && !Terminal().IsMatch(text)
            && !text.Any(char.IsDigit) && !text.Contains(',', StringComparison.Ordinal)
            && !UnfinishedEnd.Contains(words[^1]) && !(next is { Length: > 0 } && char.IsLower(next[0])))
        {
            title = text;
            return true;
        }

        return false;
    }

    private static readonly HashSet<string> UnfinishedEnd = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "of", "by", "to", "with", "in", "on", "at", "for", "from", "and", "or", "was", "were", "is", "are", "as", "that", "which",
    };

    /// <summary>
    /// Whether <paramref name="candidate"/> can follow <paramref name="last"/>: section numbers only grow ("2.3.1" may
    /// be followed by "2.3.2", "2.4" or "3", also when a heading in between was lost in conversion). The first number
    /// of a document must start at 1 to 30.
    /// </summary>
    private static bool IsNextNumber(string? last, string candidate)
    {
        var parts = Parts(candidate);
        if (parts is null || parts[0] is < 1 or > 30)
        {
            return false;
        }

        if (Parts(last) is not { } previous)
        {
            return true;
        }

        for (var k = 0; k < Math.Min(parts.Count, previous.Count); k++)
        {
            if (parts[k] != previous[k])
            {
                return parts[k] > previous[k];
            }
        }

        return parts.Count > previous.Count;
    }

    /// <summary>"4.2 V and …" is a value with its unit, not section 4.2.</summary>
    private static bool StartsWithUnit(string title) =>
        title.Split(' ', 2)[0].TrimEnd('.', ',', ';') is { Length: > 0 } first && Core.Units.Unit.Parse(first).Ok;

    private static List<int>? Parts(string? number)
    {
        if (string.IsNullOrEmpty(number))
        {
            return null;
        }

        var parts = new List<int>();
        foreach (var p in number.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(p, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
            {
                return null;
            }

            parts.Add(n);
        }

        return parts.Count > 0 ? parts : null;
    }

    private static bool IsAffiliation(string raw) =>
        AffiliationStart().IsMatch(raw) && AffiliationWords().IsMatch(raw);

    /// <summary>A short name followed by a chunk that starts with the same name is an author-bio sidebar.</summary>
    private static HashSet<int> FindSidebars(List<Chunk> chunks)
    {
        var result = new HashSet<int>();
        for (var i = 0; i + 1 < chunks.Count; i++)
        {
            var name = chunks[i].Text;
            if (name.Length is > 3 and <= 60 && PersonName().IsMatch(name)
                && chunks[i + 1].Text.StartsWith(name + " ", StringComparison.Ordinal))
            {
                result.Add(i);
                result.Add(i + 1);
            }
        }

        return result;
    }

    private static List<Block> RemoveStrayTokens(List<Block> blocks)
    {
        var all = string.Join('\n', blocks.Select(b => b.Text));
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        int Count(string token)
        {
            if (!counts.TryGetValue(token, out var c))
            {
                c = Regex.Count(all, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(token)}(?![\p{{L}}\p{{N}}])");
                counts[token] = c;
            }

            return c;
        }

        return blocks.Select(b => b.Kind == BlockKind.Paragraph ? b with { Text = StrayTokens.Remove(b.Text, Count).Replace("  ", " ", StringComparison.Ordinal) } : b).ToList();
    }

    [GeneratedRegex(@"^(?:1\.?\s+[A-Z]|Introduction$|INTRODUCTION$)")]
    private static partial Regex FirstSection();

    [GeneratedRegex(@"^(\d+(?:\.\d+)*)\.?\s+([A-Z(][^\n]{0,150}?)\s*$")]
    private static partial Regex NumberedHeading();

    [GeneratedRegex(@"^(\d+(?:\.\d+)+)\.?\s+([A-Z][^.]{2,100}?)\.\s+([A-Z(].*)$")]
    private static partial Regex RunInHeading();

    [GeneratedRegex(@"[.!?:;]$")]
    private static partial Regex Terminal();

    [GeneratedRegex(@"^(?:Fig\.?|Figure|Scheme|Table)\s*\d+[a-z]?\b")]
    private static partial Regex Caption();

    [GeneratedRegex(@"^Table\s*\d+[a-z]?")]
    private static partial Regex TableCaption();

    [GeneratedRegex(@"^(?:References|Notes and references|Bibliography|Literature cited)$", RegexOptions.IgnoreCase)]
    private static partial Regex ReferencesHeading();

    [GeneratedRegex(@"^(?:\^?\{?[a-z]\}?\s|[†‡*§]|\$\[?\\?\]?\\?dagger)")]
    private static partial Regex AffiliationStart();

    [GeneratedRegex(@"Laborator|Universit|Institut|School|College|Department|Academy|Cent(?:re|er)|E-mail|contributed equally|supplementary", RegexOptions.IgnoreCase)]
    private static partial Regex AffiliationWords();

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]*){1,3}$")]
    private static partial Regex PersonName();

    [GeneratedRegex(@"^[-•]\s+")]
    private static partial Regex ListMarker();
}
