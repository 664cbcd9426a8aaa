namespace LlzoGraph.Extraction.Tagging;

/// <summary>Finds the materials, strategies, properties, quantities and conditions of a sentence. Thread-safe.</summary>
public interface IEntityTagger
{
    IReadOnlyList<EntityMention> Tag(string sentence);
}
