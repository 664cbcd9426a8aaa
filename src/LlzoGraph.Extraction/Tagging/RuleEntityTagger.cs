using LlzoGraph.Extraction.Quantities;
using LlzoGraph.Extraction.Vocabulary;

namespace LlzoGraph.Extraction.Tagging;

/// <summary>
/// The project's rule finders as a tagger (the baseline the trained model has to beat): material, strategy and
/// property vocabularies, and quantities, which the condition rules make CONDITION or QUANTITY. Spans may overlap.
/// </summary>
public sealed class RuleEntityTagger : IEntityTagger
{
    public static RuleEntityTagger Instance { get; } = new();

    private RuleEntityTagger()
    {
    }

    public IReadOnlyList<EntityMention> Tag(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var mentions = new List<EntityMention>();
        mentions.AddRange(MaterialFinder.Find(sentence).Select(m => Mention(sentence, EntityType.Material, m.Start, m.End)));
        mentions.AddRange(StrategyFinder.Find(sentence).Select(m => Mention(sentence, EntityType.Strategy, m.Start, m.End)));
        mentions.AddRange(PropertyMatcher.Find(sentence).Select(m => Mention(sentence, EntityType.Property, m.Start, m.End)));
        mentions.AddRange(QuantityFinder.Find(sentence).Select(q => Mention(
            sentence, Conditions.NameOf(q, sentence[..q.Start]) is null ? EntityType.Quantity : EntityType.Condition, q.Start, q.End)));
        return mentions.OrderBy(m => m.Start).ThenBy(m => m.End).ToList();
    }

    private static EntityMention Mention(string sentence, EntityType type, int start, int end) =>
        new(type, start, end, sentence[start..end], 1.0);
}
