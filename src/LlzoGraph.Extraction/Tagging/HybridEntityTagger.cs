namespace LlzoGraph.Extraction.Tagging;

/// <summary>
/// The project's tagger. In the project's domain the rule finders' spans come first and the trained model adds every
/// mention they do not overlap: the vocabularies are precise where they know a name, the model finds what they do not
/// know. Cross-validation on the annotated training sentences chose this order over the model alone, the rules
/// alone and the model first (docs/quality.md). In another domain (SOFC-Exp), whose scheme the rules do not follow,
/// the model tags alone.
/// </summary>
public sealed class HybridEntityTagger(IEntityTagger rules, IEntityTagger model) : IEntityTagger
{
    public IReadOnlyList<EntityMention> Tag(string sentence) => Tag(sentence, TaggingDomain.Project);

    public IReadOnlyList<EntityMention> Tag(string sentence, TaggingDomain domain) =>
        domain == TaggingDomain.Project
            ? MentionMerge.Prefer(rules.Tag(sentence, domain), model.Tag(sentence, domain))
            : model.Tag(sentence, domain);
}
