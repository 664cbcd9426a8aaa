namespace LlzoGraph.Extraction.Tagging;

/// <summary>The ML.NET multiclass trainers the tagger can be built with.</summary>
public enum TaggerTrainerKind
{
    /// <summary>SDCA maximum entropy (multinomial logistic regression).</summary>
    Sdca,

    /// <summary>LightGBM gradient-boosted trees, softmax over the labels.</summary>
    LightGbm,

    /// <summary>FastTree boosted trees, one binary model per label (one-vs-all).</summary>
    FastTree,
}
