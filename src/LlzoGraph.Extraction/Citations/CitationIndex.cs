using LlzoGraph.Core.Documents;
using LlzoGraph.Core.Graph;
using LlzoGraph.Extraction.Text;

namespace LlzoGraph.Extraction.Citations;

/// <summary>
/// A paper's reference list as the target of its in-text citations: which numbers exist, and which number an
/// author–year citation ("Feng et al., 2022") names — the entry whose first author and year match, when only one does.
/// </summary>
public sealed class CitationIndex
{
    private readonly HashSet<int> numbers;
    private readonly Dictionary<(string, int), int> byAuthorYear;

    public CitationIndex(IReadOnlyList<ReferenceEntry> references)
    {
        numbers = references.Select(r => r.Number).ToHashSet();
        byAuthorYear = references
            .Where(r => r.FirstAuthorSurname is not null && r.Year is not null)
            .GroupBy(r => (StableId.Letters(r.FirstAuthorSurname!), r.Year!.Value))
            .Where(g => g.Count() == 1)
            .ToDictionary(g => g.Key, g => g.Single().Number);
    }

    public bool Contains(int number) => numbers.Contains(number);

    public int? Resolve(string surname, int year) => byAuthorYear.TryGetValue((StableId.Letters(surname), year), out var n) ? n : null;

    /// <summary>Every reference number a sentence cites: its numbered citations, then its resolved author–year ones.</summary>
    public IReadOnlyList<int> NumbersOf(Sentence sentence) => sentence.Citations
        .Concat(sentence.AuthorYear.Select(a => Resolve(a.Surname, a.Year)).OfType<int>())
        .Distinct()
        .ToList();
}
