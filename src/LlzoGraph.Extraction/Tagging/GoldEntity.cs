namespace LlzoGraph.Extraction.Tagging;

/// <summary>An annotated entity span of a sentence (UTF-16 offsets, end exclusive).</summary>
public readonly record struct GoldEntity(int Start, int End, EntityType Type);
