namespace LlzoGraph.Extraction.Tagging;

/// <summary>
/// The shipped entity tagger: the rule finders with the versioned model embedded in this assembly (loaded once on
/// first use) adding what they miss, and a name tagged confidently in a paper tagged wherever else it stands there; in
/// the SOFC-Exp domain, with that corpus' span conventions.
/// </summary>
public static class EntityTagger
{
    /// <summary>The file name of the model in Tagging/Model, and the name of the embedded resource that holds it.</summary>
    public const string ModelFile = "entity-tagger.v1.zip";

    private const string ResourceName = "LlzoGraph.Extraction.Tagging." + ModelFile;

    private static readonly Lazy<MlEntityTagger> Shipped = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<IEntityTagger> Combined = new(() => With(Shipped.Value), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The rules and the shipped model, as the pipeline tags.</summary>
    public static IEntityTagger Default => Combined.Value;

    /// <summary>The shipped model alone.</summary>
    public static MlEntityTagger Model => Shipped.Value;

    /// <summary>The rule finders with <paramref name="model"/> adding what they miss, consistent across a paper.</summary>
    public static IEntityTagger With(IEntityTagger model) =>
        new SofcExpSpanConventions(new ConsistentEntityTagger(new HybridEntityTagger(RuleEntityTagger.Instance, model)));

    private static MlEntityTagger Load()
    {
        using var stream = typeof(EntityTagger).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the entity tagger model '{ModelFile}' is not embedded; run `llzograph train` and rebuild");
        return MlEntityTagger.Load(stream);
    }
}
