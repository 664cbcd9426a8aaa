using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Graph;

namespace LlzoGraph.Cli.Synthetic;

/// <summary>
/// What a synthetic graph copies from real papers: how often each property, unit (per property) and subject kind
/// occurs, the range of values per property and unit, the subjects and sections, how many references a paper lists
/// and how many measurements it reports.
/// </summary>
internal sealed record CorpusSample(
    IReadOnlyList<(Property Property, int Count)> Properties,
    IReadOnlyDictionary<Property, IReadOnlyList<(string Unit, int Count)>> Units,
    IReadOnlyList<(SubjectKind Kind, int Count)> Kinds,
    IReadOnlyDictionary<(Property, string), (double Min, double Max)> Ranges,
    IReadOnlyList<(string Name, SubjectKind Kind)> Subjects,
    IReadOnlyList<string> Sections,
    IReadOnlyList<int> ReferenceCounts,
    double ConditionShare)
{
    public static CorpusSample From(IReadOnlyList<PaperGraph> papers)
    {
        if (papers.Count == 0 || papers.All(p => p.Measurements.Count == 0))
        {
            throw new InvalidOperationException("the sample holds no measurements");
        }

        var measurements = papers.SelectMany(p => p.Measurements).ToList();
        var names = papers.SelectMany(p => p.Strategies.Select(s => (s.Id, s.Name)).Concat(p.Materials.Select(m => (m.Id, m.Name))))
            .GroupBy(x => x.Id).ToDictionary(g => g.Key, g => g.First().Name);
        return new CorpusSample(
            measurements.GroupBy(m => m.Property).Select(g => (g.Key, g.Count())).OrderByDescending(x => x.Item2).ThenBy(x => x.Key).ToList(),
            measurements.GroupBy(m => m.Property).ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<(string, int)>)g.GroupBy(m => m.Quantity.Unit.Symbol).Select(u => (u.Key, u.Count())).OrderByDescending(x => x.Item2).ThenBy(x => x.Key, StringComparer.Ordinal).ToList()),
            measurements.GroupBy(m => m.SubjectKind).Select(g => (g.Key, g.Count())).OrderByDescending(x => x.Item2).ThenBy(x => x.Key).ToList(),
            measurements.GroupBy(m => (m.Property, m.Quantity.Unit.Symbol)).ToDictionary(
                g => g.Key,
                g => (g.Min(m => m.Quantity.Value), g.Max(m => m.Quantity.UpperValue ?? m.Quantity.Value))),
            measurements.Select(m => (Name: names.GetValueOrDefault(m.SubjectId, m.SubjectId), m.SubjectKind)).Distinct().OrderBy(x => x.Name, StringComparer.Ordinal).ToList(),
            papers.SelectMany(p => p.Sections.Select(s => $"{s.Number} {s.Title}".Trim())).Distinct().ToList() is { Count: > 0 } sections ? sections : ["1 Results"],
            papers.Select(p => Math.Max(1, p.References.Count)).ToList(),
            measurements.Count(m => m.Conditions.Count > 0) / (double)measurements.Count);
    }
}
