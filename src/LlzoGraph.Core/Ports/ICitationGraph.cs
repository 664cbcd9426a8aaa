using LlzoGraph.Core.Queries;

namespace LlzoGraph.Core.Ports;

/// <summary>
/// The citation graph of the stored papers: cited works (one node per work, however many papers cite it), the
/// papers that cite them and the in-text citations that point at them.
/// </summary>
public interface ICitationGraph
{
    /// <summary>Cited works matching <paramref name="query"/>, ordered by the number the citing paper gives them (or by first author and year).</summary>
    Task<IReadOnlyList<ReferenceView>> FindReferencesAsync(ReferenceQuery query, CancellationToken cancellationToken = default);

    /// <summary>The stored papers whose reference lists include the work.</summary>
    Task<IReadOnlyList<PaperView>> FindCitingPapersAsync(string referenceId, CancellationToken cancellationToken = default);

    /// <summary>The stored papers that cite the paper itself (a reference with the paper's DOI).</summary>
    Task<IReadOnlyList<PaperView>> FindCitedByAsync(string paperId, CancellationToken cancellationToken = default);

    /// <summary>Papers related to a paper: those citing the same works (bibliographic coupling) and reporting on the same subjects, most shared first.</summary>
    Task<IReadOnlyList<Related<PaperView>>> FindRelatedPapersAsync(string paperId, int limit, CancellationToken cancellationToken = default);

    /// <summary>Strategies similar to a strategy: made of the same materials, or of its kind and measured for the same properties, most shared first.</summary>
    Task<IReadOnlyList<Related<SubjectView>>> FindSimilarStrategiesAsync(string strategyId, int limit, CancellationToken cancellationToken = default);

    /// <summary>A paper's in-text citations in reading order; <paramref name="section"/> keeps those of sections whose label starts with it ("2.3" keeps 2.3.1).</summary>
    Task<IReadOnlyList<CitationView>> FindCitationsAsync(string paperId, string? section = null, CancellationToken cancellationToken = default);
}
