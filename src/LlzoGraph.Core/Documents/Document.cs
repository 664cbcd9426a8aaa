namespace LlzoGraph.Core.Documents;

/// <summary>Everything a reader makes of one file, before any extraction.</summary>
public sealed record Document(
    string Source,
    DocumentMetadata Metadata,
    IReadOnlyList<Section> Sections,
    IReadOnlyList<Block> Blocks,
    IReadOnlyList<DocumentTable> Tables,
    IReadOnlyList<ReferenceEntry> References)
{
    /// <summary>The running text facts are read from: the abstract and the body paragraphs.</summary>
    public IEnumerable<Block> Body => Blocks.Where(b => b.Kind is BlockKind.Paragraph or BlockKind.Abstract);

    /// <summary>The body with the figure and table captions: where a paper defines its terms and names its entities.</summary>
    public IEnumerable<Block> RunningText => Blocks.Where(b => b.Kind is BlockKind.Paragraph or BlockKind.Abstract or BlockKind.Caption);
}
