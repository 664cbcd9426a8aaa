namespace LlzoGraph.Core.Documents;

/// <summary>What a block of a document is, as the reader recognised it.</summary>
public enum BlockKind
{
    Title,
    Authors,
    Abstract,
    FrontMatter,
    Heading,
    Paragraph,
    Caption,
    Table,
    Sidebar,
    Reference,
}
