namespace LlzoGraph.Core.Facts;

/// <summary>How an in-text citation was written.</summary>
public enum CitationForm
{
    Superscript,
    TrailingNumber,
    Bracketed,
    RefMention,
    AuthorYear,
    TableColumn,
}

/// <summary>
/// One in-text citation: the reference-list number it points at, how it was written, and the sentence, caption
/// or table row it belongs to (<see cref="Text"/>, in <see cref="Section"/>, block <see cref="BlockIndex"/>).
/// </summary>
public sealed record Citation(int Number, CitationForm Form, string Section, int BlockIndex, string Text);
