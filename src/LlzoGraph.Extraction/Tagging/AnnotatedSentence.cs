namespace LlzoGraph.Extraction.Tagging;

/// <summary>A sentence with its annotated entities, the split it belongs to (train, dev or test) and its domain.</summary>
public sealed record AnnotatedSentence(string Id, string Text, string Split, IReadOnlyList<GoldEntity> Entities, TaggingDomain Domain = TaggingDomain.Project);
