using LlzoGraph.Core.Facts;

namespace LlzoGraph.Extraction.Text;

/// <summary>
/// A sentence of a paragraph: its text as printed (the evidence), its text with citation markers blanked
/// out (for reading quantities), the reference numbers it cites with how each was written, and its author–year
/// citations, which only the reference list can turn into numbers.
/// </summary>
public sealed record Sentence(
    int Index,
    string Text,
    string Clean,
    IReadOnlyList<(int Number, CitationForm Form)> Cited,
    IReadOnlyList<(string Surname, int Year)> AuthorYear)
{
    /// <summary>The numbered citations, in order, each once.</summary>
    public IReadOnlyList<int> Citations { get; } = Cited.Select(c => c.Number).Distinct().ToList();
}
