using LlzoGraph.Core.Documents;

namespace LlzoGraph.Core.Facts;

/// <summary>Where a value was read: a sentence of a paragraph, or a row of a table.</summary>
public enum EvidenceKind
{
    Sentence,
    TableRow,
}

public sealed record Evidence(
    EvidenceKind Kind,
    string Section,
    string Text,
    int BlockIndex,
    string? Table = null,
    int? Row = null,
    int? Page = null,
    BoundingBox? Box = null);
