using LlzoGraph.Extraction.Citations;

namespace LlzoGraph.Extraction.Tagging;

/// <summary>
/// The project's tagger. In the project's domain the rule finders' spans come first and the trained model adds each
/// mention they do not overlap whose confidence is at least <paramref name="minimumConfidence"/>, unless the rules
/// know it names no strategy (<see cref="StrategyPhrases.NamesNoStrategy"/>): the vocabularies are
/// precise where they know a name, the model finds what they do not know. Cross-validation on the annotated training
/// sentences chose this order and the threshold over the model alone, the rules alone and the model first
/// (docs/quality.md). In another domain (SOFC-Exp), whose scheme the rules do not follow, the model tags alone. In
/// either, a label the paper gives a sample or cell, or the short form of a device role (<see cref="NoMaterialNames"/>), is no material.
/// </summary>
public sealed class HybridEntityTagger(IEntityTagger rules, IEntityTagger model, double minimumConfidence = HybridEntityTagger.DefaultMinimumConfidence) : IEntityTagger
{
    /// <summary>The least confidence of a model mention added to the rules' (chosen by cross-validation).</summary>
    public const double DefaultMinimumConfidence = 0.6;

    public IReadOnlyList<EntityMention> Tag(string sentence) => Tag(sentence, TaggingDomain.Project);

    public IReadOnlyList<EntityMention> Tag(string sentence, TaggingDomain domain) => Tag(sentence, domain, DocumentTerms.None);

    public IReadOnlyList<EntityMention> Tag(string sentence, TaggingDomain domain, DocumentTerms document)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (domain != TaggingDomain.Project)
        {
            return Found(sentence, domain, document).ToList();
        }

        // citation markers glued to a word or unit ("polishing.⁶⁰", "cm⁻².⁵⁴") are blanked, as the pipeline reads a
        // sentence without them; the offsets stay the sentence's
        var text = CitationFinder.Blanked(sentence);
        return MentionMerge.Prefer(rules.Tag(text, domain, document), Found(text, domain, document)
                .Where(m => m.Confidence >= minimumConfidence && !(m.Type == EntityType.Material && NoMaterialNames.IsAir(m.Text))
                    && !(m.Type == EntityType.Quantity && !m.Text.Any(char.IsDigit))) // "from" alone, which SOFC-Exp's scheme joins to its value
                .Where(m => m.Type != EntityType.Strategy || !StrategyPhrases.NamesNoStrategy(text, StrategyPhrases.TrimmedStart(text, m.Start, m.End), m.End)).ToList())
            .Select(m => m with { Text = sentence[m.Start..m.End] }).ToList();
    }

    /// <summary>The model's mentions; a name holds a letter: a citation the model took for one ("…,25,26") is none, nor an author ("Li et al.").</summary>
    private IEnumerable<EntityMention> Found(string sentence, TaggingDomain domain, DocumentTerms document) =>
        model.Tag(sentence, domain, document).Where(m => m.Type is EntityType.Quantity or EntityType.Condition
            || m.Text.Any(char.IsLetter) && (m.Type != EntityType.Material || !NoMaterialNames.Contains(m.Text) && !AuthorNames.EndsAt(sentence, m.End)));
}
