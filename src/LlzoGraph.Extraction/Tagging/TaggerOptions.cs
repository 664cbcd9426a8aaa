namespace LlzoGraph.Extraction.Tagging;

/// <summary>
/// How the tagger is trained: the trainer, the seed every random choice uses, the size of the hashed feature
/// space (2^bits), how much more a sentence of the project's own annotations counts than one of SOFC-Exp,
/// the linear trainer's L2 regularisation and number of passes, the weight of the label transitions in decoding, and
/// how much more a token labelled STRATEGY, PROPERTY or CONDITION (the rare types) counts than any other.
/// </summary>
public sealed record TaggerOptions(TaggerTrainerKind Trainer = TaggerTrainerKind.Sdca, int Seed = 20240, int HashBits = 20, float AnnotationWeight = 2f, float L2 = 1e-5f, int Iterations = 60, double TransitionWeight = 0.6, float RareTypeWeight = 3f)
{
    /// <summary>The options the shipped model is trained with.</summary>
    public static TaggerOptions Default { get; } = new();
}
