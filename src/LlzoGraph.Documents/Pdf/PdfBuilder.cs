using System.Text.RegularExpressions;
using LlzoGraph.Core.Documents;
using LlzoGraph.Documents.Pdf.Layout;
using LlzoGraph.Documents.Pdf.Text;

namespace LlzoGraph.Documents.Pdf;

/// <summary>
/// Collects blocks in reading order with their page and box. A paragraph continued in another column or on
/// another page (or after a figure, table or sidebar placed inside it) is joined back into one block; its
/// page and box are those of its first part, grown to cover the other parts on the same page.
/// </summary>
internal sealed class PdfBuilder(Dehyphenator dehyphenator)
{
    private int lastParagraph = -1;

    public List<Block> Blocks { get; } = [];

    public List<Section> Sections { get; } = [];

    public List<DocumentTable> Tables { get; } = [];

    public string Section => Sections.Count == 0 ? "Front matter" : Sections[^1].Label;

    public bool LastParagraphOpen => lastParagraph >= 0;

    public void Add(BlockKind kind, string text, string section, LayoutBlock source)
    {
        if (text.Length > 0)
        {
            Blocks.Add(new Block(Blocks.Count, kind, text, section, source.Page, source.Box));
        }
    }

    public void Heading(string number, string title, LayoutBlock source)
    {
        var level = number.Length == 0 ? 1 : number.Split('.', StringSplitOptions.RemoveEmptyEntries).Length;
        Sections.Add(new Section(number, title, level));
        Blocks.Add(new Block(Blocks.Count, BlockKind.Heading, Sections[^1].Label, Section, source.Page, source.Box));
        lastParagraph = -1;
    }

    public void Paragraph(string text, LayoutBlock source, bool continues)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (continues && lastParagraph >= 0)
        {
            var previous = Blocks[lastParagraph];
            var box = previous.Page == source.Page && previous.Box is { } b
                ? new BoundingBox(Math.Min(b.Left, source.Box.Left), Math.Min(b.Bottom, source.Box.Bottom), Math.Max(b.Right, source.Box.Right), Math.Max(b.Top, source.Box.Top))
                : previous.Box;
            Blocks[lastParagraph] = previous with { Text = dehyphenator.Join(previous.Text.TrimEnd(), text), Box = box };
            return;
        }

        Blocks.Add(new Block(Blocks.Count, BlockKind.Paragraph, text, Section, source.Page, source.Box));
        lastParagraph = Blocks.Count - 1;
    }

    /// <summary>The most recent caption block matching <paramref name="label"/> that no table has taken yet.</summary>
    public Block? LastCaption(Regex label)
    {
        for (var i = Blocks.Count - 1; i >= 0 && i >= Blocks.Count - 12; i--)
        {
            if (Blocks[i].Kind == BlockKind.Table)
            {
                return null;
            }

            if (Blocks[i].Kind == BlockKind.Caption && label.IsMatch(Blocks[i].Text))
            {
                return Blocks[i];
            }
        }

        return null;
    }
}
