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
    public IEnumerable<Block> Body => Blocks.Where(b => b.Kind == BlockKind.Paragraph);
}
