using System.Globalization;
using System.Text.RegularExpressions;
using LlzoGraph.Core.Documents;
using LlzoGraph.Documents.ConvertedText;
using LlzoGraph.Documents.Pdf.Layout;
using LlzoGraph.Documents.Pdf.Text;

namespace LlzoGraph.Documents.Pdf;

/// <summary>
/// Turns the laid-out blocks of all pages, in reading order, into the <see cref="Document"/> model the
/// converted-text reader produces: front matter before the first section heading (title by size, then
/// authors, abstract, DOI and year as <see cref="FrontMatter"/> reads them), headings (bold, numbered or
/// not, and run-in headings that open a paragraph), paragraphs re-joined across column, page and float
/// breaks (a block that does not start indented continues the paragraph before it), captions, boxed
/// sidebars, footnotes, tables and the reference list. Every block keeps its page and bounding box.
/// </summary>
internal static partial class PdfAssembler
{
    private const string FrontMatterSection = "Front matter";

    public static Document Assemble(string source, IReadOnlyList<LayoutBlock> blocks)
    {
        var textBlocks = blocks.Where(b => b.Kind != LayoutKind.Table).ToList();
        var dehyphenator = new Dehyphenator(blocks.SelectMany(b => b.Lines).Select(l => l.Text));
        var bodySize = textBlocks.SelectMany(b => b.Lines).GroupBy(l => Math.Round(l.Size, 1))
            .OrderByDescending(g => g.Sum(l => l.Text.Length)).Select(g => g.Key).FirstOrDefault();

        var bodyStart = blocks.ToList().FindIndex(b => b.Kind == LayoutKind.Text && IsHeadingBlock(b, bodySize, dehyphenator, out var n, out var t) && FirstSection().IsMatch((n + " " + t).Trim()));
        if (bodyStart < 0)
        {
            bodyStart = blocks.ToList().FindIndex(b => b.Kind == LayoutKind.Text && IsHeadingBlock(b, bodySize, dehyphenator, out _, out _));
        }

        if (bodyStart < 0)
        {
            bodyStart = 0;
        }

        var builder = new PdfBuilder(dehyphenator);
        var front = blocks.Take(bodyStart).ToList();
        var metadata = FrontMatterBlocks(front, builder, dehyphenator, Path.GetFileNameWithoutExtension(source));

        var inReferences = false;
        var referenceLines = new List<TextLine>();
        foreach (var block in blocks.Skip(bodyStart))
        {
            var text = Text(block.Lines, dehyphenator);
            if (block.Kind == LayoutKind.Table)
            {
                var caption = builder.LastCaption(TableCaption());
                var label = caption is null ? $"Table {builder.Tables.Count + 1}" : TableCaption().Match(caption.Text).Value.Trim();
                var (table, lines) = PdfTableReader.Read(block.Table!, label, caption?.Text ?? string.Empty, caption?.Section ?? builder.Section, block.Page, dehyphenator.Join);
                builder.Tables.Add(table);
                builder.Add(BlockKind.Table, string.Join('\n', lines), caption?.Section ?? builder.Section, block);
                continue;
            }

            if (block.Kind == LayoutKind.Boxed)
            {
                builder.Add(BlockKind.Sidebar, text, builder.Section, block);
                continue;
            }

            if (IsHeadingBlock(block, bodySize, dehyphenator, out var number, out var title))
            {
                builder.Heading(number, title, block);
                inReferences = ReferencesHeading().IsMatch(title);
                continue;
            }

            if (IsCaption(block, bodySize))
            {
                builder.Add(BlockKind.Caption, text, builder.Section, block);
                continue;
            }

            if (inReferences)
            {
                referenceLines.AddRange(block.Lines);
                continue;
            }

            if (block.AtFoot)
            {
                builder.Add(BlockKind.FrontMatter, text, FrontMatterSection, block);
                continue;
            }

            var runIn = RunIn(block, dehyphenator);
            if (runIn is { } r)
            {
                builder.Heading(r.Number, r.Title, block);
                builder.Paragraph(Text(r.Remainder, dehyphenator), block, continues: false);
                continue;
            }

            builder.Paragraph(text, block, continues: !block.Indented || (char.IsLower(text[0]) && builder.LastParagraphOpen));
        }

        var references = PdfReferences.Split(referenceLines, dehyphenator);
        return new Document(source, metadata, builder.Sections, builder.Blocks, builder.Tables, references);
    }

    private static DocumentMetadata FrontMatterBlocks(List<LayoutBlock> front, PdfBuilder builder, Dehyphenator dehyphenator, string fallbackTitle)
    {
        var texts = front.Select(b => Text(b.Lines, dehyphenator)).ToList();
        var candidates = front.Select((b, i) => (b, i)).Where(x => x.b.Kind == LayoutKind.Text && texts[x.i].Split(' ').Length >= 2).ToList();
        var titleAt = candidates.Count == 0 ? 0 : candidates.OrderByDescending(x => x.b.Size).ThenBy(x => x.i).First().i;

        // the title first, then what follows it, then what came before it (journal banners, DOI lines)
        var order = Enumerable.Range(titleAt, front.Count - titleAt).Concat(Enumerable.Range(0, titleAt)).ToList();
        var chunks = order.Select(i => new Chunk(i, [texts[i]])).ToList();
        var (metadata, used) = FrontMatter.Read(chunks, fallbackTitle);
        var usedBlocks = used.Select(u => order[u]).ToHashSet();
        for (var i = 0; i < front.Count; i++)
        {
            var kind = front[i].Kind == LayoutKind.Boxed ? BlockKind.Sidebar
                : texts[i] == metadata.Title ? BlockKind.Title
                : usedBlocks.Contains(i) && texts[i] == metadata.Abstract ? BlockKind.Abstract
                : usedBlocks.Contains(i) ? BlockKind.Authors
                : BlockKind.FrontMatter;
            builder.Add(kind, texts[i], FrontMatterSection, front[i]);
        }

        return metadata;
    }

    internal static string Text(IReadOnlyList<TextLine> lines, Dehyphenator dehyphenator)
    {
        var text = string.Empty;
        foreach (var line in lines)
        {
            text = dehyphenator.Join(text, line.Text);
        }

        return text.Trim();
    }

    private static bool IsHeadingBlock(LayoutBlock block, double bodySize, Dehyphenator dehyphenator, out string number, out string title)
    {
        number = string.Empty;
        title = string.Empty;
        if (block.Kind != LayoutKind.Text || block.Lines.Count > 3 || !block.Lines.All(l => l.AllBold) || block.Size < bodySize * 0.95)
        {
            return false;
        }

        var text = Text(block.Lines, dehyphenator);
        if (text.Length is 0 or > 160 || text.EndsWith('.') || CaptionStart().IsMatch(text))
        {
            return false;
        }

        var m = NumberedHeading().Match(text);
        if (m.Success && IsPlausibleNumber(m.Groups[1].Value))
        {
            number = m.Groups[1].Value;
            title = m.Groups[2].Value.Trim();
            return true;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length <= 10 && char.IsUpper(text[0]) && !text.Any(char.IsDigit))
        {
            title = text;
            return true;
        }

        return false;
    }

    private static bool IsCaption(LayoutBlock block, double bodySize) =>
        CaptionStart().IsMatch(block.Lines[0].Text) && (block.Lines[0].Words[0].Bold || block.Size < bodySize * 0.95);

    /// <summary>A paragraph opening with a bold numbered heading ("2.3.1 Removal of Li₂CO₃. Both …").</summary>
    private static (string Number, string Title, List<TextLine> Remainder)? RunIn(LayoutBlock block, Dehyphenator dehyphenator)
    {
        // the bold words that open the block, over as many lines as they run
        var heading = string.Empty;
        var remainder = new List<TextLine>();
        var open = true;
        foreach (var line in block.Lines)
        {
            if (!open)
            {
                remainder.Add(line);
                continue;
            }

            var bold = line.Words.TakeWhile(w => w.Bold).Count();
            if (bold > 0)
            {
                heading = dehyphenator.Join(heading, string.Join(' ', line.Words.Take(bold).Select(w => w.Text)));
            }

            if (bold < line.Words.Count)
            {
                open = false;
                remainder.Add(line.With(line.Words.Skip(bold).ToList()));
            }
        }

        if (heading.Length == 0 || remainder.Count == 0)
        {
            return null;
        }

        var m = RunInHeading().Match(heading);
        if (!m.Success || !IsPlausibleNumber(m.Groups[1].Value))
        {
            return null;
        }

        return (m.Groups[1].Value, m.Groups[2].Value.Trim(), remainder);
    }

    private static bool IsPlausibleNumber(string number) =>
        int.TryParse(number.Split('.')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var top) && top is >= 1 and <= 30
        && number.Split('.').Length <= 5;

    [GeneratedRegex(@"^(?:1\.?\s+[A-Z]|Introduction$|INTRODUCTION$)")]
    private static partial Regex FirstSection();

    [GeneratedRegex(@"^(\d+(?:\.\d+)*)\.?\s+(\S.{0,150}?)\s*$")]
    private static partial Regex NumberedHeading();

    [GeneratedRegex(@"^(\d+(?:\.\d+)+)\.?\s+(.+?)\.?$")]
    private static partial Regex RunInHeading();

    [GeneratedRegex(@"^(?:Fig\.?|Figure|Scheme|Table)\s*\d+[a-z]?\b")]
    private static partial Regex CaptionStart();

    [GeneratedRegex(@"^Table\s*\d+[a-z]?")]
    private static partial Regex TableCaption();

    [GeneratedRegex(@"^(?:References|Notes and references|Bibliography|Literature cited)$", RegexOptions.IgnoreCase)]
    private static partial Regex ReferencesHeading();
}
