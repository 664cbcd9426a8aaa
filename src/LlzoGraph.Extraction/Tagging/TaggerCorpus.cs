namespace LlzoGraph.Extraction.Tagging;

/// <summary>
/// The tagger's data: the SOFC-Exp articles and the project's entity annotations, split so that training never sees
/// an evaluation sentence. Training = SOFC-Exp `train` + annotations `train` (+ the supplement's `dev` split, if one is
/// given); held out = annotations `test`; SOFC-Exp `dev` is evaluated only.
/// </summary>
public sealed class TaggerCorpus
{
    /// <summary>Default locations relative to the repository root.</summary>
    public static readonly string DefaultSofcExp = Path.Combine("corpus", "external", "sofc-exp");

    public static readonly string DefaultAnnotations = Path.Combine("corpus", "annotations", "entities");

    private TaggerCorpus(IReadOnlyList<AnnotatedSentence> sofc, IReadOnlyList<AnnotatedSentence> annotations, IReadOnlyList<AnnotatedSentence> supplement)
    {
        Supplement = supplement.Where(s => s.Split == "dev").ToList();
        CrossValidated = [.. sofc.Where(s => s.Split == "train"), .. annotations.Where(s => s.Split == "train")];
        Train = [.. CrossValidated, .. Supplement];
        HeldOut = annotations.Where(s => s.Split == "test").ToList();
        SofcDev = sofc.Where(s => s.Split == "dev").ToList();
    }

    public IReadOnlyList<AnnotatedSentence> Train { get; }

    /// <summary>The training sentences that cross-validation deals into folds: all but the supplement.</summary>
    public IReadOnlyList<AnnotatedSentence> CrossValidated { get; }

    /// <summary>
    /// Annotated sentences that are always trained on and never cross-validated: the invented sentences of a `dev`
    /// split (their `test` split stays out of training).
    /// </summary>
    public IReadOnlyList<AnnotatedSentence> Supplement { get; }

    public IReadOnlyList<AnnotatedSentence> HeldOut { get; }

    public IReadOnlyList<AnnotatedSentence> SofcDev { get; }

    public int AnnotatedTrainCount => Train.Count(IsAnnotation);

    /// <summary>Whether a sentence comes from the project's annotations (all five types) rather than SOFC-Exp.</summary>
    public static bool IsAnnotation(AnnotatedSentence sentence) => sentence.Domain == TaggingDomain.Project;

    /// <summary>
    /// Predictions made comparable with a sentence's gold: SOFC-Exp annotates only MATERIAL and VALUE (results and
    /// conditions alike), so for its sentences a CONDITION counts as QUANTITY and STRATEGY/PROPERTY are not scored.
    /// </summary>
    public static IReadOnlyList<EntityMention> Comparable(AnnotatedSentence sentence, IReadOnlyList<EntityMention> predicted) =>
        IsAnnotation(sentence)
            ? predicted
            : predicted.Where(m => m.Type is not (EntityType.Strategy or EntityType.Property))
                .Select(m => m.Type == EntityType.Condition ? m with { Type = EntityType.Quantity } : m)
                .ToList();

    public static TaggerCorpus Load(string sofcExpFolder, string annotationsFolder, string? supplementFolder = null) =>
        new(SofcExpReader.Read(sofcExpFolder), ReviewAnnotationReader.ReadFolder(annotationsFolder),
            supplementFolder is null ? [] : ReviewAnnotationReader.ReadFolder(supplementFolder));

    /// <summary>
    /// The weight of a training sentence: the project's own annotations (the target domain, and the only source of
    /// STRATEGY, PROPERTY and CONDITION labels) count <paramref name="annotationWeight"/> times a SOFC-Exp sentence.
    /// </summary>
    public static Func<AnnotatedSentence, float> Weight(float annotationWeight) => s => IsAnnotation(s) ? annotationWeight : 1f;
}
