namespace LlzoGraph.Extraction.Tagging;

/// <summary>Finds the materials, strategies, properties, quantities and conditions of a sentence. Thread-safe.</summary>
public interface IEntityTagger
{
    /// <summary>Tags a sentence of a paper (the project's domain).</summary>
    IReadOnlyList<EntityMention> Tag(string sentence);

    /// <summary>Tags a sentence following the annotation scheme of <paramref name="domain"/>; a tagger that knows one scheme ignores it.</summary>
    IReadOnlyList<EntityMention> Tag(string sentence, TaggingDomain domain) => Tag(sentence);

    /// <summary>
    /// Tags a sentence of a paper whose defined terms are <paramref name="document"/>; a tagger that reads sentences
    /// alone ignores them.
    /// </summary>
    IReadOnlyList<EntityMention> Tag(string sentence, TaggingDomain domain, DocumentTerms document) => Tag(sentence, domain);
}
