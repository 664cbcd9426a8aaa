using LlzoGraph.Extraction.Quantities;
using LlzoGraph.Extraction.Vocabulary;

namespace LlzoGraph.Extraction.Tagging;

/// <summary>
/// The project's rule finders as a tagger: material, strategy and property vocabularies, metal symbols, ions and
/// stacks, strategy and property noun phrases around a process, design or property word, and quantities, which the condition rules make CONDITION
/// or QUANTITY. Spans may overlap.
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
        // a stack written as one token ("Li|LLZTO|Li") replaces the materials found inside it
        var tokens = MaterialTokens.Find(sentence).Select(p => Mention(sentence, EntityType.Material, p.Start, p.End)).ToList();
        var materials = MaterialFinder.Find(sentence).Select(m => Mention(sentence, EntityType.Material, m.Start, m.End))
            .Where(m => !tokens.Any(t => t.Start <= m.Start && m.End <= t.End && t.End - t.Start > m.End - m.Start))
            .ToList();
        mentions.AddRange(materials);
        mentions.AddRange(tokens.Where(t => !materials.Any(m => m.Start < t.End && t.Start < m.End)));
        var strategies = StrategyFinder.Find(sentence)
            .Select(m => Mention(sentence, EntityType.Strategy, StrategyPhrases.TrimmedStart(sentence, m.Start, m.End), m.End)).ToList();
        mentions.AddRange(strategies);
        mentions.AddRange(StrategyPhrases.Find(sentence)
            .Where(p => !strategies.Any(s => s.Start < p.End && p.Start < s.End))
            .Select(p => Mention(sentence, EntityType.Strategy, p.Start, p.End)));
        // a phrase that holds a known property with more qualifiers ("grain boundary ionic conductivity") replaces it
        var phrases = PropertyPhrases.Find(sentence).Select(p => Mention(sentence, EntityType.Property, p.Start, p.End)).ToList();
        var properties = PropertyMatcher.Find(sentence).Select(m => Mention(sentence, EntityType.Property, m.Start, m.End))
            .Where(m => !phrases.Any(p => p.Start <= m.Start && m.End <= p.End && p.End - p.Start > m.End - m.Start))
            .ToList();
        mentions.AddRange(properties);
        mentions.AddRange(phrases.Where(p => !properties.Any(s => s.Start < p.End && p.Start < s.End)));
        var quantities = QuantityFinder.Find(sentence).Select(q => Mention(
            sentence, Conditions.NameOf(q, sentence[..q.Start]) is null ? EntityType.Quantity : EntityType.Condition, q.Start, q.End)).ToList();
        mentions.AddRange(quantities);

        // "room temperature" is the condition of a stated value; qualifying a process without one it is nothing
        if (quantities.Any(q => q.Type == EntityType.Quantity))
        {
            mentions.AddRange(Conditions.InWords(sentence)
                .Select(w => Mention(sentence, EntityType.Condition, w.Position, w.Position + w.Condition.Quantity.Text!.Length)));
        }

        return mentions.OrderBy(m => m.Start).ThenBy(m => m.End).ToList();
    }

    private static EntityMention Mention(string sentence, EntityType type, int start, int end) =>
        new(type, start, end, sentence[start..end], 1.0);
}
