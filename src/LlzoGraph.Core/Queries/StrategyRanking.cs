using System.Globalization;
using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Units;

namespace LlzoGraph.Core.Queries;

/// <summary>A goal for a property: above and/or below bounds, in SI.</summary>
public sealed record Goal(Property Property, double? AboveSi, double? BelowSi)
{
    public bool IsMetBy(double si) => (AboveSi is not { } a || si > a) && (BelowSi is not { } b || si < b);

    /// <summary>Whether larger values are better (a lower bound only, or none) or smaller ones (an upper bound only).</summary>
    public bool HigherIsBetter => BelowSi is null || AboveSi is not null;
}

/// <summary>One strategy ranked for a goal, with the counts and values behind its rank and the measurements that meet the goal.</summary>
public sealed record StrategyRecommendation(
    string SubjectId,
    string Name,
    SubjectKind Kind,
    int IndependentWorks,
    int Reports,
    int ConflictingReports,
    double BestSi,
    double MedianSi,
    double MinSi,
    double MaxSi,
    string SiUnit,
    string Explanation,
    IReadOnlyList<MeasurementView> Evidence);

/// <summary>
/// Ranks strategies for a goal by counted evidence: the number of independent original works (distinct cited
/// references; a paper's own uncited value counts as its paper) whose value meets the goal, then the best value,
/// then the name. Deterministic; every rank comes with its explanation.
/// </summary>
public static class StrategyRanking
{
    public static IReadOnlyList<StrategyRecommendation> Rank(IEnumerable<MeasurementView> measurements, Goal goal, Unit displayUnit)
    {
        var ranked = new List<StrategyRecommendation>();
        foreach (var group in measurements.Where(m => m.Property == goal.Property && m.SubjectKind != SubjectKind.Material).GroupBy(m => m.SubjectId))
        {
            var all = group.ToList();
            var meeting = all.Where(m => goal.IsMetBy(m.SiValue)).ToList();
            if (meeting.Count == 0)
            {
                continue;
            }

            var works = meeting.SelectMany(Origins).Distinct(StringComparer.Ordinal).Count();
            var values = meeting.Select(m => m.SiValue).Order().ToList();
            var best = goal.HigherIsBetter ? values[^1] : values[0];
            var median = Median.OfSorted(values);
            var conflicting = all.Count - meeting.Count;
            var first = all[0];
            ranked.Add(new StrategyRecommendation(
                group.Key, first.SubjectName, first.SubjectKind, works, meeting.Count, conflicting, best, median, values[0], values[^1], first.SiUnit,
                Explain(first.SubjectName, goal, works, meeting.Count, conflicting, best, median, displayUnit),
                goal.HigherIsBetter ? meeting.OrderByDescending(m => m.SiValue).ThenBy(m => m.Id, StringComparer.Ordinal).ToList()
                    : meeting.OrderBy(m => m.SiValue).ThenBy(m => m.Id, StringComparer.Ordinal).ToList()));
        }

        return ranked
            .OrderByDescending(r => r.IndependentWorks)
            .ThenByDescending(r => goal.HigherIsBetter ? r.BestSi : -r.BestSi)
            .ThenBy(r => r.Name, StringComparer.Ordinal)
            .ThenBy(r => r.SubjectId, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The works a measurement stands for: its cited references, else the paper that reports it.</summary>
    private static IEnumerable<string> Origins(MeasurementView m) =>
        m.References.Count > 0 ? m.References.Select(r => r.Id) : [("paper:" + m.Evidence.Paper.Id)];

    private static string Explain(string name, Goal goal, int works, int reports, int conflicting, double best, double median, Unit unit)
    {
        string V(double si) => unit.FromSi(si).ToString("G4", CultureInfo.InvariantCulture) + " " + unit.Symbol;
        var bound = (goal.AboveSi, goal.BelowSi) switch
        {
            ({ } a, { } b) => $"between {V(a)} and {V(b)}",
            ({ } a, null) => $"above {V(a)}",
            (null, { } b) => $"below {V(b)}",
            _ => "at any value",
        };
        var text = $"{name}: {works} independent work{(works == 1 ? string.Empty : "s")} ({reports} report{(reports == 1 ? string.Empty : "s")}) "
            + $"{(works == 1 ? "gives" : "give")} a {PropertyVocabulary.Get(goal.Property).Name} {bound}; best {V(best)}, median {V(median)}";
        return conflicting == 0 ? text + "." : text + $"; {conflicting} other report{(conflicting == 1 ? " does" : "s do")} not meet the goal.";
    }
}
