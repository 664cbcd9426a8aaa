namespace LlzoGraph.Extraction.Tagging;

/// <summary>A sentence with its annotated entities and the split it belongs to (train, dev or test).</summary>
public sealed record AnnotatedSentence(string Id, string Text, string Split, IReadOnlyList<GoldEntity> Entities);
