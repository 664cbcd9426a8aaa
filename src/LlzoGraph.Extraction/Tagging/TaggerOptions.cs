namespace LlzoGraph.Extraction.Tagging;

/// <summary>
/// How the tagger is trained: the trainer, the seed every random choice uses, the size of the hashed feature
/// space (2^bits), and how much more a sentence of the project's own annotations counts than one of SOFC-Exp.
/// </summary>
public sealed record TaggerOptions(TaggerTrainerKind Trainer = TaggerTrainerKind.Sdca, int Seed = 20240, int HashBits = 18, float AnnotationWeight = 2f)
{
    /// <summary>The options the shipped model is trained with.</summary>
    public static TaggerOptions Default { get; } = new();
}
