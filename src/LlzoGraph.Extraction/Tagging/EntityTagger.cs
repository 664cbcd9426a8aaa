namespace LlzoGraph.Extraction.Tagging;

/// <summary>The shipped entity tagger: the versioned model embedded in this assembly, loaded once on first use.</summary>
public static class EntityTagger
{
    /// <summary>The file name of the model in Tagging/Model, and the name of the embedded resource that holds it.</summary>
    public const string ModelFile = "entity-tagger.v1.zip";

    private const string ResourceName = "LlzoGraph.Extraction.Tagging." + ModelFile;

    private static readonly Lazy<MlEntityTagger> Shipped = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static IEntityTagger Default => Shipped.Value;

    private static MlEntityTagger Load()
    {
        using var stream = typeof(EntityTagger).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the entity tagger model '{ModelFile}' is not embedded; run `llzograph train` and rebuild");
        return MlEntityTagger.Load(stream);
    }
}
