using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Queries;
using static LlzoGraph.Store.Contract.Papers;

namespace LlzoGraph.Store.Contract;

/// <summary>Condition filters and every ordering a <see cref="MeasurementQuery"/> allows.</summary>
public abstract partial class GraphStoreContract
{
    [StoreFact]
    public async Task A_condition_filter_keeps_measurements_made_under_that_condition_within_its_si_bounds()
    {
        await Store.UpsertAsync(PaperA());
        var conditioned = PaperA().Measurements.Single(m => m.Conditions.Count > 0).Id;

        async Task<IEnumerable<string>> Ids(ConditionBounds bounds) =>
            (await Store.FindMeasurementsAsync(new MeasurementQuery { Condition = bounds })).Select(m => m.Id);

        Assert.Equal([conditioned], await Ids(new ConditionBounds("temperature")));
        Assert.Equal([conditioned], await Ids(new ConditionBounds("temperature", AtLeast: 293, AtMost: 303)));
        Assert.Equal([conditioned], await Ids(new ConditionBounds("temperature", AtLeast: 298, AtMost: 298)));
        Assert.Empty(await Ids(new ConditionBounds("temperature", GreaterThan: 298)));
        Assert.Empty(await Ids(new ConditionBounds("temperature", LessThan: 298)));
        Assert.Equal([conditioned], await Ids(new ConditionBounds("current density", LessThan: Q(0.2, "mA/cm2").SiValue)));
        Assert.Empty(await Ids(new ConditionBounds("current density", GreaterThan: Q(0.2, "mA/cm2").SiValue)));
        Assert.Empty(await Ids(new ConditionBounds("pressure")));
        Assert.Empty(await Ids(new ConditionBounds("Temperature")));
        Assert.Equal(1, await Store.CountMeasurementsAsync(new MeasurementQuery { Condition = new ConditionBounds("temperature", AtMost: 300) }));
    }

    /// <summary>Papers A and B, and a third paper without a year whose measurements have other confidences.</summary>
    private async Task<IReadOnlyList<MeasurementView>> ThreePapersAsync()
    {
        await Store.UpsertAsync(PaperA());
        await Store.UpsertAsync(PaperB());
        var undated = Graph("Undated", null, [],
            M("Ag coating", SubjectKind.Coating, Property.InterfacialResistance, Q(3, "Ω·cm2"), 1, confidence: 0.4),
            M("Zn interlayer", SubjectKind.Interlayer, Property.CriticalCurrentDensity, Q(1.0, "mA/cm2"), 2, confidence: 0.95));
        await Store.UpsertAsync(undated with { Paper = undated.Paper with { Year = null } });
        return await AllAsync();
    }

    [StoreFact]
    public async Task Every_ordering_sorts_both_ways_with_ties_broken_by_id_and_pages_walk_it()
    {
        var all = await ThreePapersAsync();
        Assert.Equal(10, all.Count);

        foreach (var order in new[] { MeasurementOrder.Confidence, MeasurementOrder.Subject, MeasurementOrder.Year })
        {
            foreach (var descending in new[] { false, true })
            {
                var expected = Sorted(all, order, descending).Select(m => m.Id).ToList();
                var query = new MeasurementQuery { OrderBy = order, Descending = descending };

                Assert.Equal(expected, (await Store.FindMeasurementsAsync(query)).Select(m => m.Id));
                Assert.Equal(expected.Skip(3).Take(4), (await Store.FindMeasurementsAsync(query with { Offset = 3, Limit = 4 })).Select(m => m.Id));
            }
        }

        var byValue = await Store.FindMeasurementsAsync(new MeasurementQuery { OrderBy = MeasurementOrder.Value });
        Assert.Equal(all.OrderBy(m => m.Property.ToString(), StringComparer.Ordinal).ThenBy(m => m.SiValue).ThenBy(m => m.Id, StringComparer.Ordinal).Select(m => m.Id),
            byValue.Select(m => m.Id));
        var byValueDown = await Store.FindMeasurementsAsync(new MeasurementQuery { OrderBy = MeasurementOrder.Value, Descending = true });
        Assert.Equal(all.Select(m => m.Id), byValueDown.Select(m => m.Id)); // the default order
    }

    [StoreFact]
    public async Task Sorting_by_subject_and_year_reads_the_paper_asked_for()
    {
        await ThreePapersAsync();

        var ofB = await Store.FindMeasurementsAsync(new MeasurementQuery { PaperId = PaperB().Paper.Id, OrderBy = MeasurementOrder.Subject, Descending = true });
        Assert.Equal(["LLZTO", "AlN interlayer"], ofB.Select(m => m.SubjectName));
        var undatedFirst = await Store.FindMeasurementsAsync(new MeasurementQuery { OrderBy = MeasurementOrder.Year, Limit = 2 });
        Assert.All(undatedFirst, m => Assert.Null(m.Evidence.Paper.Year));
        var confident = await Store.FindMeasurementsAsync(new MeasurementQuery { OrderBy = MeasurementOrder.Confidence, Descending = true, Limit = 1 });
        Assert.Equal(("Zn interlayer", 0.95), (confident[0].SubjectName, confident[0].Confidence));
    }

    /// <summary>The order the query promises: names compared ordinally, a missing year lowest, ties by id.</summary>
    private static IEnumerable<MeasurementView> Sorted(IEnumerable<MeasurementView> all, MeasurementOrder order, bool descending)
    {
        IOrderedEnumerable<MeasurementView> sorted = order switch
        {
            MeasurementOrder.Confidence => descending ? all.OrderByDescending(m => m.Confidence) : all.OrderBy(m => m.Confidence),
            MeasurementOrder.Subject => descending
                ? all.OrderByDescending(m => m.SubjectName, StringComparer.Ordinal)
                : all.OrderBy(m => m.SubjectName, StringComparer.Ordinal),
            _ => descending
                ? all.OrderByDescending(m => m.Evidence.Paper.Year ?? int.MinValue)
                : all.OrderBy(m => m.Evidence.Paper.Year ?? int.MinValue),
        };
        return sorted.ThenBy(m => m.Id, StringComparer.Ordinal);
    }
}
