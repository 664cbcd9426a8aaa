using System.Text.Json;
using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Ports;
using LlzoGraph.Core.Queries;
using static LlzoGraph.Store.Contract.Papers;

namespace LlzoGraph.Store.Contract;

/// <summary>
/// What every <see cref="IGraphStore"/> must do, seen only through the port. A store's test project derives
/// from this class and says how to open a fresh, empty store.
/// </summary>
public abstract partial class GraphStoreContract : IAsyncLifetime
{
    private IGraphStore? store;

    protected IGraphStore Store => store ?? throw new InvalidOperationException("the store is not open yet");

    /// <summary>Opens a new, empty store.</summary>
    protected abstract Task<IGraphStore> OpenEmptyStoreAsync();

    public async Task InitializeAsync() => store = await OpenEmptyStoreAsync();

    public async Task DisposeAsync()
    {
        if (store is not null)
        {
            await store.DisposeAsync();
        }
    }

    /// <summary>Views hold lists, which records compare by reference; compare their JSON instead.</summary>
    protected static string Canonical(object value) => JsonSerializer.Serialize(value);

    protected async Task<IReadOnlyList<MeasurementView>> AllAsync() => await Store.FindMeasurementsAsync(new MeasurementQuery());

    [StoreFact]
    public async Task An_empty_store_counts_nothing()
    {
        Assert.Equal(new StoreStatistics(0, 0, 0, 0, 0, 0), await Store.GetStatisticsAsync());
        Assert.Empty(await Store.ListPapersAsync());
        Assert.Empty(await AllAsync());
    }

    [StoreFact]
    public async Task Upsert_then_statistics_count_every_node()
    {
        await Store.UpsertAsync(PaperA());

        Assert.Equal(new StoreStatistics(Papers: 1, Sections: 3, Materials: 5, Strategies: 4, Measurements: 6, References: 3),
            await Store.GetStatisticsAsync());
    }

    [StoreFact]
    public async Task Upserting_the_same_graph_twice_changes_neither_counts_nor_query_results()
    {
        await Store.UpsertAsync(PaperA());
        await Store.UpsertAsync(PaperB());
        var statistics = await Store.GetStatisticsAsync();
        var measurements = Canonical(await AllAsync());
        var papers = Canonical(await Store.ListPapersAsync());

        await Store.UpsertAsync(PaperB());
        await Store.UpsertAsync(PaperA());

        Assert.Equal(statistics, await Store.GetStatisticsAsync());
        Assert.Equal(measurements, Canonical(await AllAsync()));
        Assert.Equal(papers, Canonical(await Store.ListPapersAsync()));
        Assert.Equal(new StoreStatistics(2, 6, 5, 4, 8, 4), statistics);
    }

    [StoreFact]
    public async Task Re_upserting_a_changed_paper_replaces_its_measurements_and_drops_what_only_it_used()
    {
        await Store.UpsertAsync(PaperA());
        await Store.UpsertAsync(PaperB());
        var paperA = PaperA().Paper.Id;

        var changed = Graph(
            "Interfaces of garnet electrolytes", "10.1000/paper-a", [Reference(1, SharedDoi)],
            M("AlN interlayer", SubjectKind.Interlayer, Property.CriticalCurrentDensity, Q(1.1, "mA/cm2"), 20, [1]));
        Assert.Equal(paperA, changed.Paper.Id);
        await Store.UpsertAsync(changed);

        var ofA = await Store.FindMeasurementsAsync(new MeasurementQuery { PaperId = paperA });
        var only = Assert.Single(ofA);
        Assert.Equal(changed.Measurements[0].Id, only.Id);
        Assert.Equal(1.1, only.Value);

        // B is untouched; the HF treatment, Li3N and Ag coatings and A's own references are gone with A's old rows.
        Assert.Equal(2, (await Store.FindMeasurementsAsync(new MeasurementQuery { PaperId = PaperB().Paper.Id })).Count);
        Assert.Equal(new StoreStatistics(Papers: 2, Sections: 6, Materials: 2, Strategies: 1, Measurements: 3, References: 2),
            await Store.GetStatisticsAsync());
    }

    [StoreFact]
    public async Task A_shared_node_stays_while_another_paper_uses_it()
    {
        await Store.UpsertAsync(PaperA());
        await Store.UpsertAsync(PaperB());

        // A no longer measures anything: only what B uses survives.
        await Store.UpsertAsync(Graph("Interfaces of garnet electrolytes", "10.1000/paper-a", []));

        var left = await AllAsync();
        Assert.Equal(2, left.Count);
        Assert.Contains(left, m => m.SubjectName == "LLZTO" && m.SubjectKind == SubjectKind.Material);
        Assert.Contains(left, m => m.SubjectName == "AlN interlayer" && m.SubjectKind == SubjectKind.Interlayer);
        Assert.Equal(new StoreStatistics(Papers: 2, Sections: 6, Materials: 2, Strategies: 1, Measurements: 2, References: 2),
            await Store.GetStatisticsAsync());
    }

    [StoreFact]
    public async Task Two_papers_citing_the_same_doi_share_one_reference_and_keep_their_own_numbers()
    {
        await Store.UpsertAsync(PaperA());
        await Store.UpsertAsync(PaperB());
        var shared = PaperA().References.Single(r => r.Entry.Doi == SharedDoi).Id;
        Assert.Equal(shared, PaperB().References.Single(r => r.Entry.Doi == SharedDoi).Id);

        var llzto = await Store.FindMeasurementsAsync(new MeasurementQuery { Properties = [Property.IonicConductivity] });

        Assert.Equal(2, llzto.Count);
        var inA = llzto.Single(m => m.Evidence.Paper.Id == PaperA().Paper.Id);
        var inB = llzto.Single(m => m.Evidence.Paper.Id == PaperB().Paper.Id);
        Assert.Equal((shared, 1), (Assert.Single(inA.References).Id, inA.References[0].Number));
        Assert.Equal((shared, 7), (Assert.Single(inB.References).Id, inB.References[0].Number));
        Assert.Equal(4, (await Store.GetStatisticsAsync()).References);
    }

    [StoreFact]
    public async Task References_come_back_with_their_fields_ordered_by_number()
    {
        await Store.UpsertAsync(PaperA());

        var aln = await Store.FindMeasurementsAsync(new MeasurementQuery
        {
            Properties = [Property.CriticalCurrentDensity],
            SubjectNameContains = "AlN",
            AtMost = Q(1.0, "mA/cm2").SiValue,
        });

        var cited = Assert.Single(aln).References;
        Assert.Equal([1, 2], cited.Select(r => r.Number));
        Assert.Equal([SharedDoi, "10.1000/only-a"], cited.Select(r => r.Doi));
        var first = cited[0];
        Assert.Equal("S. Xia", first.FirstAuthor);
        Assert.Equal(["S. Xia", "L. Hu"], first.Authors);
        Assert.Equal("Work number 1", first.Title);
        Assert.Equal("Nat. Energy", first.Journal);
        Assert.Equal(2019, first.Year);
        Assert.Equal("4", first.Volume);
        Assert.Equal("101-111", first.Pages);
        Assert.Equal("[1] S. Xia et al., Nat. Energy, 2019, 4, 101.", first.Raw);

        var uncited = await Store.FindMeasurementsAsync(new MeasurementQuery { SubjectNameContains = "HF" });
        Assert.Empty(Assert.Single(uncited).References);
    }

    [StoreFact]
    public async Task A_measurement_comes_back_with_subject_paper_quantity_conditions_and_evidence()
    {
        await Store.UpsertAsync(PaperA());
        var graph = PaperA();
        var stored = graph.Measurements.Single(m => m.Evidence[0].Kind == EvidenceKind.TableRow);

        var view = Assert.Single(await Store.FindMeasurementsAsync(new MeasurementQuery { AtLeast = Q(1.3, "mA/cm2").SiValue, SiUnit = "A/m2" }));

        Assert.Equal(stored.Id, view.Id);
        Assert.Equal(stored.SubjectId, view.SubjectId);
        Assert.Equal(("AlN interlayer", SubjectKind.Interlayer, Property.CriticalCurrentDensity), (view.SubjectName, view.SubjectKind, view.Property));
        Assert.Equal((1.3, (double?)null, "mA/cm2", "A/m2", Qualifier.Exact), (view.Value, view.UpperValue, view.Unit, view.SiUnit, view.Qualifier));
        Assert.Equal(stored.Quantity.SiValue, view.SiValue);
        Assert.Equal(0.9, view.Confidence);
        Assert.Equal(
            [new ConditionView("temperature", 298, "K", 298, "K"), new ConditionView("current density", 0.1, "mA/cm2", Q(0.1, "mA/cm2").SiValue, "A/m2")],
            view.Conditions);

        var e = view.Evidence;
        Assert.Equal((EvidenceKind.TableRow, "2.1 Interlayers", "AlN | 1.3 mA cm-2", "Table 1", (int?)3, (int?)5),
            (e.Kind, e.Section, e.Text, e.Table, e.Row, e.Page));
        Assert.Equal(new Core.Documents.BoundingBox(10, 20, 300, 40), e.Box);
        Assert.Equal(graph.Paper.Id, e.Paper.Id);
        Assert.Equal("Interfaces of garnet electrolytes", e.Paper.Title);
        Assert.Equal(["A. Author", "B. Author"], e.Paper.Authors);
        Assert.Equal(("10.1000/paper-a", (int?)2024, "Interfaces-of-garnet-electrolytes.txt"), (e.Paper.Doi, e.Paper.Year, e.Paper.Source));
    }

    [StoreFact]
    public async Task A_range_keeps_its_upper_bound()
    {
        await Store.UpsertAsync(Graph("Ranges", null, [],
            M("LLZO", SubjectKind.Material, Property.IonicConductivity, Q(0.2, "mS/cm", upper: 0.6), 1)));

        var view = Assert.Single(await AllAsync());

        Assert.Equal((0.2, (double?)0.6, Qualifier.Range), (view.Value, view.UpperValue, view.Qualifier));
        Assert.Equal(Q(0.2, "mS/cm").SiValue, view.SiValue);
    }

    [StoreFact]
    public async Task Property_filter_keeps_only_the_listed_properties()
    {
        await Store.UpsertAsync(PaperA());

        var ccd = await Store.FindMeasurementsAsync(new MeasurementQuery { Properties = [Property.CriticalCurrentDensity] });
        var two = await Store.FindMeasurementsAsync(new MeasurementQuery { Properties = [Property.IonicConductivity, Property.InterfacialResistance] });

        Assert.Equal(4, ccd.Count);
        Assert.All(ccd, m => Assert.Equal(Property.CriticalCurrentDensity, m.Property));
        Assert.Equal(["LLZTO", "Li3N coating"], two.Select(m => m.SubjectName).Order(StringComparer.Ordinal));
    }

    [StoreFact]
    public async Task Subject_kind_filter_keeps_only_the_listed_kinds()
    {
        await Store.UpsertAsync(PaperA());

        var coatings = await Store.FindMeasurementsAsync(new MeasurementQuery { SubjectKinds = [SubjectKind.Coating] });
        var materialsAndTreatments = await Store.FindMeasurementsAsync(new MeasurementQuery { SubjectKinds = [SubjectKind.Material, SubjectKind.Treatment] });

        Assert.Equal(["Ag coating", "Li3N coating"], coatings.Select(m => m.SubjectName).Order(StringComparer.Ordinal));
        Assert.Equal(["HF treatment", "LLZTO"], materialsAndTreatments.Select(m => m.SubjectName).Order(StringComparer.Ordinal));
    }

    [StoreFact]
    public async Task Strict_bounds_exclude_a_value_exactly_at_the_bound_and_inclusive_bounds_include_it()
    {
        await Store.UpsertAsync(PaperA());
        var one = Q(1.0, "mA/cm2").SiValue;
        var ccd = new MeasurementQuery { Properties = [Property.CriticalCurrentDensity] };

        var greater = await Store.FindMeasurementsAsync(ccd with { GreaterThan = one });
        var atLeast = await Store.FindMeasurementsAsync(ccd with { AtLeast = one });
        var less = await Store.FindMeasurementsAsync(ccd with { LessThan = one });
        var atMost = await Store.FindMeasurementsAsync(ccd with { AtMost = one });

        Assert.Equal([1.3], greater.Select(m => m.Value));
        Assert.Equal([1.3, 1.0], atLeast.Select(m => m.Value));
        Assert.Equal([900, 0.5], less.Select(m => m.Value));           // 900 µA/cm2 = 0.9 mA/cm2
        Assert.Equal([1.0, 900, 0.5], atMost.Select(m => m.Value));
    }

    [StoreFact]
    public async Task Bounds_combine_into_a_window()
    {
        await Store.UpsertAsync(PaperA());

        var window = await Store.FindMeasurementsAsync(new MeasurementQuery
        {
            Properties = [Property.CriticalCurrentDensity],
            GreaterThan = Q(0.5, "mA/cm2").SiValue,
            LessThan = Q(1.3, "mA/cm2").SiValue,
        });

        Assert.Equal(["AlN interlayer", "Ag coating"], window.Select(m => m.SubjectName));
    }

    [StoreFact]
    public async Task Si_unit_restricts_to_measurements_of_that_dimension()
    {
        await Store.UpsertAsync(PaperA());

        // 2 A/m2 = 0.2 mA/cm2 lies below every current density, and above the others' SI values in other units.
        var currentDensities = await Store.FindMeasurementsAsync(new MeasurementQuery { SiUnit = "A/m2", AtLeast = 2 });
        var conductivities = await Store.FindMeasurementsAsync(new MeasurementQuery { SiUnit = "S/m" });
        var none = await Store.FindMeasurementsAsync(new MeasurementQuery { SiUnit = "Pa" });

        Assert.Equal(4, currentDensities.Count);
        Assert.All(currentDensities, m => Assert.Equal("A/m2", m.SiUnit));
        Assert.Equal(["LLZTO"], conductivities.Select(m => m.SubjectName));
        Assert.Empty(none);
    }

    [StoreFact]
    public async Task Name_contains_is_a_case_insensitive_substring_of_the_subject_name()
    {
        await Store.UpsertAsync(PaperA());
        await Store.UpsertAsync(Graph("Greek", null, [],
            M("ΓΑ-LLZO", SubjectKind.Material, Property.IonicConductivity, Q(0.1, "mS/cm"), 1)));

        Assert.Equal(["AlN interlayer", "AlN interlayer"], (await Store.FindMeasurementsAsync(new MeasurementQuery { SubjectNameContains = "aln INTER" })).Select(m => m.SubjectName));
        Assert.Equal(["LLZTO"], (await Store.FindMeasurementsAsync(new MeasurementQuery { SubjectNameContains = "llzt" })).Select(m => m.SubjectName));
        Assert.Equal(["Ag coating", "Li3N coating"], (await Store.FindMeasurementsAsync(new MeasurementQuery { SubjectNameContains = "COATING" })).Select(m => m.SubjectName).Order(StringComparer.Ordinal));
        Assert.Equal(["ΓΑ-LLZO"], (await Store.FindMeasurementsAsync(new MeasurementQuery { SubjectNameContains = "γα-" })).Select(m => m.SubjectName));
        Assert.Empty(await Store.FindMeasurementsAsync(new MeasurementQuery { SubjectNameContains = "%" }));
        Assert.Empty(await Store.FindMeasurementsAsync(new MeasurementQuery { SubjectNameContains = "nitride" }));
    }

    [StoreFact]
    public async Task Paper_filter_keeps_only_that_papers_measurements()
    {
        await Store.UpsertAsync(PaperA());
        await Store.UpsertAsync(PaperB());

        var ofB = await Store.FindMeasurementsAsync(new MeasurementQuery { PaperId = PaperB().Paper.Id });

        Assert.Equal(2, ofB.Count);
        Assert.All(ofB, m => Assert.Equal("Lithium wetting of garnet", m.Evidence.Paper.Title));
    }

    [StoreFact]
    public async Task Results_are_ordered_by_property_then_si_value_descending_then_id_and_pages_walk_that_order()
    {
        await Store.UpsertAsync(PaperA());
        await Store.UpsertAsync(PaperB());

        var all = await AllAsync();
        var expected = all
            .OrderBy(m => m.Property.ToString(), StringComparer.Ordinal)
            .ThenByDescending(m => m.SiValue)
            .ThenBy(m => m.Id, StringComparer.Ordinal)
            .Select(m => m.Id)
            .ToList();
        Assert.Equal(8, all.Count);
        Assert.Equal(expected, all.Select(m => m.Id));
        Assert.Equal([2.0, 1.3, 1.0, 900, 0.5], all.Where(m => m.Property == Property.CriticalCurrentDensity).Select(m => m.Value));

        var pages = new List<string>();
        for (var offset = 0; offset < 10; offset += 3)
        {
            var page = await Store.FindMeasurementsAsync(new MeasurementQuery { Offset = offset, Limit = 3 });
            Assert.True(page.Count <= 3);
            pages.AddRange(page.Select(m => m.Id));
        }

        Assert.Equal(expected, pages);
        Assert.Empty(await Store.FindMeasurementsAsync(new MeasurementQuery { Limit = 0 }));
        Assert.Equal(expected.Skip(7), (await Store.FindMeasurementsAsync(new MeasurementQuery { Offset = 7, Limit = 100 })).Select(m => m.Id));
    }

    [StoreFact]
    public async Task A_page_keeps_the_references_of_each_of_its_measurements()
    {
        await Store.UpsertAsync(PaperA());
        await Store.UpsertAsync(PaperB());

        var second = await Store.FindMeasurementsAsync(new MeasurementQuery { Properties = [Property.CriticalCurrentDensity], Offset = 1, Limit = 3 });

        // 1.3 (no references), 1.0 (A: 1 and 2), 900 µA/cm2 (A: 3)
        Assert.Equal([1.3, 1.0, 900], second.Select(m => m.Value));
        Assert.Equal([[], [1, 2], [3]], second.Select(m => m.References.Select(r => r.Number).ToArray()));
    }

    [StoreFact]
    public async Task Papers_are_listed_with_their_metadata()
    {
        await Store.UpsertAsync(PaperB());
        await Store.UpsertAsync(PaperA());

        var papers = await Store.ListPapersAsync();

        Assert.Equal(["Interfaces of garnet electrolytes", "Lithium wetting of garnet"], papers.Select(p => p.Title));
        Assert.Equal([PaperA().Paper.Id, PaperB().Paper.Id], papers.Select(p => p.Id));
        Assert.Equal(("10.1000/paper-b", (int?)2024, "Lithium-wetting-of-garnet.txt"), (papers[1].Doi, papers[1].Year, papers[1].Source));
        Assert.Equal(["A. Author", "B. Author"], papers[1].Authors);
    }

    [StoreFact]
    public async Task Two_papers_repeating_one_original_value_give_one_measurement_reported_in_both()
    {
        var original = Reference(5, "10.1000/original-work");
        var review = Graph("First review", "10.1000/review-1", [original],
            M("AlN interlayer", SubjectKind.Interlayer, Property.CriticalCurrentDensity, Q(2.6, "mA/cm2"), 3, [5]));
        var other = Graph("Second review", "10.1000/review-2", [original with { Number = 41 }],
            M("AlN interlayer", SubjectKind.Interlayer, Property.CriticalCurrentDensity, Q(2.6, "mA/cm2"), 9, [41]));

        await Store.UpsertAsync(review);
        await Store.UpsertAsync(other);
        var view = Assert.Single(await AllAsync());

        Assert.Equal(["First review", "Second review"], view.ReportedIn.Select(e => e.Paper.Title).Order());
        Assert.Equal(1, (await Store.GetStatisticsAsync()).Measurements);
        var inSecond = Assert.Single(await Store.FindMeasurementsAsync(new MeasurementQuery { PaperId = other.Paper.Id }));
        Assert.Equal(("Second review", 41), (inSecond.Evidence.Paper.Title, Assert.Single(inSecond.References).Number));

        var statistics = await Store.GetStatisticsAsync();
        await Store.UpsertAsync(review);
        Assert.Equal(statistics, await Store.GetStatisticsAsync());

        // the first review no longer reports it: the measurement stays, reported in the second only
        await Store.UpsertAsync(Graph("First review", "10.1000/review-1", [original]));
        var remaining = Assert.Single(await AllAsync());
        Assert.Equal(view.Id, remaining.Id);
        Assert.Equal("Second review", Assert.Single(remaining.ReportedIn).Paper.Title);
    }

    [StoreFact]
    public async Task A_table_row_and_a_sentence_stating_the_same_cited_value_are_one_measurement_with_two_evidence()
    {
        var graph = Graph("Review", "10.1000/review", [Reference(2, "10.1000/cited")],
            M("SnF2 interlayer", SubjectKind.Interlayer, Property.CriticalCurrentDensity, Q(2.4, "mA/cm2"), 7, [2]),
            M("SnF2 interlayer", SubjectKind.Interlayer, Property.CriticalCurrentDensity, Q(2.4, "mA/cm2"), 20, [2],
                evidence: new Evidence(EvidenceKind.TableRow, "3 Summary", "SnF2 interlayer | 2.4", 20, "Table 1", 4)));

        await Store.UpsertAsync(graph);
        var view = Assert.Single(await AllAsync());

        Assert.Equal([EvidenceKind.Sentence, EvidenceKind.TableRow], view.ReportedIn.Select(e => e.Kind));
    }

    [StoreFact]
    public async Task Measurements_can_be_asked_for_by_id_by_cited_work_and_by_words_of_their_evidence()
    {
        await Store.UpsertAsync(PaperA());
        var all = await AllAsync();
        var some = all.Take(2).Select(m => m.Id).ToList();

        Assert.Equal(some.Order(StringComparer.Ordinal), (await Store.FindMeasurementsAsync(new MeasurementQuery { Ids = some })).Select(m => m.Id).Order(StringComparer.Ordinal));

        var cited = all.First(m => m.References.Count > 0);
        var byWork = await Store.FindMeasurementsAsync(new MeasurementQuery { ReferenceId = cited.References[0].Id });
        Assert.Contains(byWork, m => m.Id == cited.Id);
        Assert.All(byWork, m => Assert.Contains(m.References, r => r.Id == cited.References[0].Id));

        var word = cited.Evidence.Text.Split(' ')[1];
        var byText = await Store.FindMeasurementsAsync(new MeasurementQuery { EvidenceTextContains = word.ToUpperInvariant() });
        Assert.Contains(byText, m => m.Id == cited.Id);
        Assert.All(byText, m => Assert.Contains(m.ReportedIn, e => e.Text.Contains(word, StringComparison.OrdinalIgnoreCase)));
    }

    [StoreFact]
    public async Task Counting_agrees_with_the_matches()
    {
        await Store.UpsertAsync(PaperA());
        await Store.UpsertAsync(PaperB());
        var query = new MeasurementQuery { Properties = [Property.CriticalCurrentDensity], Limit = 1 };

        Assert.Equal((await Store.FindMeasurementsAsync(query with { Limit = 1000 })).Count, await Store.CountMeasurementsAsync(query));
    }

    [StoreFact]
    public async Task Comparison_values_are_the_matching_measurements_reduced_to_subject_property_value_and_paper()
    {
        await Store.UpsertAsync(PaperA());
        await Store.UpsertAsync(PaperB());
        var paperB = (await Store.ListPapersAsync()).Single(p => p.Title == "Lithium wetting of garnet").Id;
        MeasurementQuery[] queries =
        [
            new() { Properties = [Property.CriticalCurrentDensity, Property.InterfacialResistance] },
            new() { Properties = [Property.CriticalCurrentDensity], SubjectKinds = [SubjectKind.Interlayer, SubjectKind.Coating] },
            new() { Properties = [Property.CriticalCurrentDensity, Property.IonicConductivity], PaperId = paperB },
            new() { Properties = [Property.CriticalCurrentDensity], GreaterThan = 9 }, // a filter a table does not use
        ];

        foreach (var query in queries)
        {
            var expected = (await Store.FindMeasurementsAsync(query with { Limit = int.MaxValue })).Select(ComparisonValue.Of).OrderBy(v => v.MeasurementId, StringComparer.Ordinal).ToList();
            Assert.NotEmpty(expected);

            var byPaper = await Store.FindComparisonValuesAsync(query, ComparisonRows.Paper);
            Assert.Equal(Canonical(expected), Canonical(byPaper.OrderBy(v => v.MeasurementId, StringComparer.Ordinal)));

            var byStrategy = await Store.FindComparisonValuesAsync(query, ComparisonRows.Strategy);
            Assert.Equal(
                Canonical(expected.Select(v => v with { PaperId = null, PaperTitle = null })),
                Canonical(byStrategy.OrderBy(v => v.MeasurementId, StringComparer.Ordinal).Select(v => v with { PaperId = null, PaperTitle = null })));
        }
    }
}
