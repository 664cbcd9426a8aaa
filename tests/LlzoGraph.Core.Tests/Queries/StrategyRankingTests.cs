using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Queries;
using LlzoGraph.Core.Units;

namespace LlzoGraph.Core.Tests.Queries;

public class StrategyRankingTests
{
    private static readonly Unit MilliampPerCm2 = Unit.Parse("mA/cm2").GetValueOrThrow();
    private static readonly PaperView Review = new("paper:r", "A review", [], null, 2024, "r.txt");
    private static readonly PaperView Other = new("paper:o", "Another paper", [], null, 2023, "o.txt");

    private static ReferenceView Work(string id) => new(id, 1, ["A. Author"], "T", "J", 2020, "1", "1", null, "raw");

    private static MeasurementView Ccd(string id, string subject, double mA, SubjectKind kind = SubjectKind.Interlayer, PaperView? paper = null, params string[] works)
    {
        var si = MilliampPerCm2.ToSi(mA);
        return new MeasurementView(id, "s:" + subject, subject, kind, Property.CriticalCurrentDensity, mA, null, "mA/cm2", si, "A/m2",
            Qualifier.Exact, [], new EvidenceView(paper ?? Review, EvidenceKind.Sentence, "1", "text", null, null, null, null),
            works.Select(Work).ToList(), 0.9);
    }

    private static Goal Above(double mA) => new(Property.CriticalCurrentDensity, MilliampPerCm2.ToSi(mA), null);

    [Fact]
    public void Strategies_rank_by_independent_works_then_best_value()
    {
        var ranked = StrategyRanking.Rank(
        [
            Ccd("1", "A interlayer", 2.4, works: "w1"),
            Ccd("2", "A interlayer", 2.6, works: "w2"),
            Ccd("3", "A interlayer", 2.5, works: "w2"), // the same work again: not independent
            Ccd("4", "B interlayer", 3.0, works: "w3"),
            Ccd("5", "C interlayer", 2.2, paper: Other), // uncited: its paper is the work
            Ccd("6", "D interlayer", 1.0, works: "w4"), // never meets the goal
        ], Above(2), MilliampPerCm2);

        Assert.Equal(["A interlayer", "B interlayer", "C interlayer"], ranked.Select(r => r.Name));
        Assert.Equal((2, 3), (ranked[0].IndependentWorks, ranked[0].Reports));
        Assert.Equal(MilliampPerCm2.ToSi(2.6), ranked[0].BestSi, 9);
        Assert.Equal(MilliampPerCm2.ToSi(2.5), ranked[0].MedianSi, 9);
        Assert.Equal(["2", "3", "1"], ranked[0].Evidence.Select(m => m.Id));
    }

    [Fact]
    public void A_bound_is_strict_and_reports_below_it_are_counted_as_conflicting()
    {
        var ranked = StrategyRanking.Rank([Ccd("1", "A interlayer", 2.0, works: "w1"), Ccd("2", "A interlayer", 2.1, works: "w2")], Above(2), MilliampPerCm2);

        var a = Assert.Single(ranked);
        Assert.Equal((1, 1, 1), (a.IndependentWorks, a.Reports, a.ConflictingReports));
        Assert.Contains("1 other report does not meet the goal", a.Explanation, StringComparison.Ordinal);
        Assert.Contains("above 2 mA/cm2", a.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void An_upper_bound_prefers_lower_values_and_materials_are_not_strategies()
    {
        var goal = new Goal(Property.CriticalCurrentDensity, null, MilliampPerCm2.ToSi(2));
        var ranked = StrategyRanking.Rank(
            [Ccd("1", "A interlayer", 1.5, works: "w1"), Ccd("2", "B interlayer", 0.5, works: "w2"), Ccd("3", "LLZO", 0.1, SubjectKind.Material, works: "w3")],
            goal, MilliampPerCm2);

        Assert.Equal(["B interlayer", "A interlayer"], ranked.Select(r => r.Name));
    }
}
