using Microsoft.ML.Data;

namespace LlzoGraph.Extraction.Tagging;

/// <summary>One token as the model sees it: its feature strings, its BIO label (training) and its weight.</summary>
internal sealed class TokenRow
{
    public string[] Words { get; set; } = [];

    public string Label { get; set; } = BioLabels.Outside;

    public float Weight { get; set; } = 1f;
}

/// <summary>The model's answer for one token: the label and the per-label scores (probabilities).</summary>
internal sealed class TokenPrediction
{
    [ColumnName("PredictedLabel")]
    public string PredictedLabel { get; set; } = BioLabels.Outside;

    public float[] Score { get; set; } = [];
}
