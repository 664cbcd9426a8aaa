using System.Text.RegularExpressions;
using LlzoGraph.Core.Documents;

namespace LlzoGraph.Documents.ConvertedText;

/// <summary>
/// Collects blocks in reading order. A paragraph split by a page break (the first part unfinished, or the
/// second starting in lower case) is joined back, even across the captions and sidebars placed between.
/// </summary>
internal sealed partial class Builder
{
    private int lastParagraph = -1;

    public List<Block> Blocks { get; } = [];

    public List<Section> Sections { get; } = [];

    public List<DocumentTable> Tables { get; } = [];

    public string Section => Sections.Count == 0 ? "Front matter" : Sections[^1].Label;

    /// <summary>The number of the last numbered section, which the next numbered heading must follow.</summary>
    public string? LastNumber => Sections.LastOrDefault(s => s.Number.Length > 0)?.Number;

    public void Add(BlockKind kind, string text, string section)
    {
        if (text.Length > 0)
        {
            Blocks.Add(new Block(Blocks.Count, kind, text, section));
        }
    }

    public void Heading(string number, string title)
    {
        var level = number.Length == 0 ? 1 : number.Split('.', StringSplitOptions.RemoveEmptyEntries).Length;
        Sections.Add(new Section(number, title, level));
        Add(BlockKind.Heading, Sections[^1].Label, Section);
        lastParagraph = -1;
    }

    public void Paragraph(string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (lastParagraph >= 0 && (ContinuesSentence(text[0]) || !Complete().IsMatch(Blocks[lastParagraph].Text)))
        {
            var previous = Blocks[lastParagraph];
            Blocks[lastParagraph] = previous with { Text = previous.Text.TrimEnd() + " " + text };
            return;
        }

        Add(BlockKind.Paragraph, text, Section);
        lastParagraph = Blocks.Count - 1;
    }

    /// <summary>
    /// Whether a paragraph opening with this letter goes on with the sentence before it: a lower-case letter, but not a
    /// Greek one, which opens sentences as a symbol ("σ(25 °C) = …").
    /// </summary>
    private static bool ContinuesSentence(char first) => char.IsLower(first) && first is not (>= '\u0370' and <= '\u03FF');

    /// <summary>The text of the block just added when it is a caption matching <paramref name="label"/>.</summary>
    public string? LastCaption(Regex label) =>
        Blocks.Count > 0 && Blocks[^1].Kind == BlockKind.Caption && label.IsMatch(Blocks[^1].Text) ? Blocks[^1].Text : null;

    /// <summary>A paragraph that ends its sentence, perhaps with the citations printed after the stop ("… cells.¹²", "… 25 °C.[14]").</summary>
    [GeneratedRegex(@"[.!?][""”’)]?\s*(?:[\d,–\-\s]+|[⁰¹²³⁴⁵⁶⁷⁸⁹,⁻–]+|\[[\d,–\-\s]+\])?$")]
    private static partial Regex Complete();
}
