namespace LlzoGraph.Extraction.Tagging;

/// <summary>
/// A sentence with its annotated entities, the split it belongs to (train, dev or test), its domain and the terms its
/// paper defines (null when the paper is not known).
/// </summary>
public sealed record AnnotatedSentence(string Id, string Text, string Split, IReadOnlyList<GoldEntity> Entities, TaggingDomain Domain = TaggingDomain.Project, DocumentTerms? Terms = null)
{
    /// <summary>The terms of the sentence's paper, or none.</summary>
    public DocumentTerms Document => Terms ?? DocumentTerms.None;
}
