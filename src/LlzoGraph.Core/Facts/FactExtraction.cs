namespace LlzoGraph.Core.Facts;

/// <summary>What a fact extractor read from one document: the measurements, and the values it flagged instead of storing.</summary>
public sealed record FactExtraction(IReadOnlyList<Measurement> Measurements, IReadOnlyList<FlaggedValue> Flagged);
