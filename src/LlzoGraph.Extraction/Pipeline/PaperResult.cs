using LlzoGraph.Core.Documents;
using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Graph;

namespace LlzoGraph.Extraction.Pipeline;

/// <summary>What the pipeline made of one file: the document, its measurements and the graph to store, or why not.</summary>
public sealed record PaperResult(string Path, Document? Document, IReadOnlyList<Measurement> Measurements, PaperGraph? Graph, string? Error)
{
    /// <summary>Every in-text citation found, linked to the reference list or not.</summary>
    public IReadOnlyList<Citation> Citations { get; init; } = [];

    /// <summary>Values whose unit contradicts the property they are given: reported with the reason, not stored as facts.</summary>
    public IReadOnlyList<FlaggedValue> Flagged { get; init; } = [];

    public bool Ok => Error is null;
}
