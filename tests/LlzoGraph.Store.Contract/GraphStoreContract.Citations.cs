using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Graph;
using LlzoGraph.Core.Ports;
using LlzoGraph.Core.Queries;
using static LlzoGraph.Store.Contract.Papers;

namespace LlzoGraph.Store.Contract;

/// <summary>The citation graph: cited works, the papers citing them, in-text citations, related papers and similar strategies.</summary>
public abstract partial class GraphStoreContract
{
    protected ICitationGraph Citations => Store as ICitationGraph ?? throw new InvalidOperationException("the store answers no citation-graph queries");

    /// <summary>Paper A with in-text citations of its first and third works, in sections 2 and 2.1.</summary>
    private static PaperGraph CitingA()
    {
        var a = PaperA();
        var refs = a.References.ToDictionary(r => r.Number, r => r.Id);
        return a with
        {
            Citations =
            [
                new CitationNode(refs[1], 1, CitationForm.Bracketed, "2 Results", 10, "AlN raised the CCD [1]."),
                new CitationNode(refs[3], 3, CitationForm.Superscript, "2.1 Interlayers", 14, "Li3N lowers resistance.3"),
                new CitationNode(refs[1], 1, CitationForm.Bracketed, "2.1 Interlayers", 15, "as before [1]"),
            ],
        };
    }

    /// <summary>Paper B, whose list also holds paper A itself (by A's DOI, in other case) as number 9.</summary>
    private static PaperGraph CitingB() => Graph(
        "Lithium wetting of garnet",
        "10.1000/paper-b",
        [Reference(7, SharedDoi, journal: "Nature Energy"), Reference(8, "10.1000/only-b"), Reference(9, "10.1000/PAPER-A", "A. Author", "Adv. Mater.", 2024)],
        M("LLZTO", SubjectKind.Material, Property.IonicConductivity, Q(0.5, "mS/cm"), 3, [7]),
        M("AlN interlayer", SubjectKind.Interlayer, Property.CriticalCurrentDensity, Q(2.0, "mA/cm2"), 4, [8, 7]));

    [StoreFact]
    public async Task A_citing_papers_list_comes_numbered_as_it_numbers_it_and_links_works_that_are_stored_papers()
    {
        await Store.UpsertAsync(CitingA());
        await Store.UpsertAsync(CitingB());
        var a = PaperA().Paper.Id;
        var b = CitingB().Paper.Id;

        var ofB = await Citations.FindReferencesAsync(new ReferenceQuery { CitingPaperId = b });
        Assert.Equal([7, 8, 9], ofB.Select(r => r.Number));
        Assert.Equal([null, null, a], ofB.Select(r => r.PaperId));
        Assert.Equal("Nat. Energy", ofB[0].Journal); // the shared work keeps the description of the paper that listed it first
        Assert.Equal(["10.1000/only-b"], (await Citations.FindReferencesAsync(new ReferenceQuery { CitingPaperId = b, Number = 8 })).Select(r => r.Doi));
        Assert.Equal([2, 3], (await Citations.FindReferencesAsync(new ReferenceQuery { CitingPaperId = a, Offset = 1, Limit = 5 })).Select(r => r.Number));

        Assert.Equal([b], (await Citations.FindCitedByAsync(a)).Select(p => p.Id));
        Assert.Empty(await Citations.FindCitedByAsync(b));
        var shared = ofB[0].Id;
        Assert.Equal([a, b], (await Citations.FindCitingPapersAsync(shared)).Select(p => p.Id));
        Assert.Empty(await Citations.FindCitingPapersAsync("reference:none"));
    }

    [StoreFact]
    public async Task A_work_a_paper_lists_twice_comes_once_per_entry_of_its_list_and_once_otherwise()
    {
        var twice = Graph("Twice", "10.1000/twice", [Reference(1, "10.1000/same-work"), Reference(4, "10.1000/same-work")]);
        await Store.UpsertAsync(twice);

        var listed = await Citations.FindReferencesAsync(new ReferenceQuery { CitingPaperId = twice.Paper.Id });
        Assert.Equal([1, 4], listed.Select(r => r.Number));
        Assert.Single(listed.Select(r => r.Id).Distinct());
        Assert.Equal([4], (await Citations.FindReferencesAsync(new ReferenceQuery { CitingPaperId = twice.Paper.Id, Number = 4 })).Select(r => r.Number));
        Assert.Equal([1], (await Citations.FindReferencesAsync(new ReferenceQuery())).Select(r => r.Number));
        Assert.Equal([twice.Paper.Id], (await Citations.FindCitingPapersAsync(listed[0].Id)).Select(p => p.Id));
    }

    [StoreFact]
    public async Task Works_are_found_by_author_title_journal_year_number_and_the_measurements_cited_to_them()
    {
        await Store.UpsertAsync(CitingA());
        await Store.UpsertAsync(CitingB());

        var all = await Citations.FindReferencesAsync(new ReferenceQuery());
        Assert.Equal(5, all.Count);
        Assert.Equal(all.OrderBy(r => r.Number).ThenBy(r => r.Id, StringComparer.Ordinal).Select(r => r.Id), all.Select(r => r.Id));
        Assert.Equal(1, all.Single(r => r.Doi == SharedDoi).Number); // the lowest number any paper gives it

        Assert.Equal(["J. Han"], (await Citations.FindReferencesAsync(new ReferenceQuery { Author = "HAN" })).Select(r => r.FirstAuthor));
        Assert.Equal(2, (await Citations.FindReferencesAsync(new ReferenceQuery { Journal = "adv. mater" })).Count);
        Assert.Equal([2020], (await Citations.FindReferencesAsync(new ReferenceQuery { Journal = "adv", Year = 2020 })).Select(r => r.Year));
        Assert.Equal(["Work number 8"], (await Citations.FindReferencesAsync(new ReferenceQuery { Title = "number 8" })).Select(r => r.Title));
        Assert.Equal([SharedDoi], (await Citations.FindReferencesAsync(new ReferenceQuery { Number = 7 })).Select(r => r.Doi));

        var llzto = await Store.FindMeasurementsAsync(new MeasurementQuery { Properties = [Property.IonicConductivity] });
        var cited = await Citations.FindReferencesAsync(new ReferenceQuery { MeasurementIds = llzto.Select(m => m.Id).ToList() });
        Assert.Equal([SharedDoi], cited.Select(r => r.Doi));
        Assert.Empty(await Citations.FindReferencesAsync(new ReferenceQuery { MeasurementIds = [] }));
    }

    [StoreFact]
    public async Task In_text_citations_come_in_reading_order_and_a_section_keeps_its_subsections()
    {
        await Store.UpsertAsync(CitingA());
        await Store.UpsertAsync(CitingB());
        var a = PaperA().Paper.Id;

        var all = await Citations.FindCitationsAsync(a);
        Assert.Equal(["AlN raised the CCD [1].", "Li3N lowers resistance.3", "as before [1]"], all.Select(c => c.Text));
        Assert.Equal([1, 3, 1], all.Select(c => c.Reference.Number));
        Assert.Equal((CitationForm.Superscript, "2.1 Interlayers", "J. Han"), (all[1].Form, all[1].Section, all[1].Reference.FirstAuthor));

        Assert.Equal(3, (await Citations.FindCitationsAsync(a, "2")).Count);
        Assert.Equal(2, (await Citations.FindCitationsAsync(a, "2.1")).Count);
        Assert.Equal(2, (await Citations.FindCitationsAsync(a, "INTERLAYERS")).Count);
        Assert.Empty(await Citations.FindCitationsAsync(a, "3"));
        Assert.Empty(await Citations.FindCitationsAsync(CitingB().Paper.Id));

        // a re-ingest without them replaces them
        await Store.UpsertAsync(PaperA());
        Assert.Empty(await Citations.FindCitationsAsync(a));
    }

    [StoreFact]
    public async Task Related_papers_share_cited_works_and_subjects_most_shared_first()
    {
        await Store.UpsertAsync(CitingA());
        await Store.UpsertAsync(CitingB());
        await Store.UpsertAsync(Graph("Unrelated", "10.1000/unrelated", [Reference(1, "10.1000/elsewhere")],
            M("LLZO", SubjectKind.Material, Property.IonicConductivity, Q(0.3, "mS/cm"), 1, [1])));

        var related = Assert.Single(await Citations.FindRelatedPapersAsync(PaperA().Paper.Id, 10));
        Assert.Equal((CitingB().Paper.Id, 3), (related.Item.Id, related.Score));
        Assert.Equal("cites 1 of the same works and reports on 2 of the same subjects", related.Explanation);
        Assert.Empty(await Citations.FindRelatedPapersAsync(PaperA().Paper.Id, 0));
    }

    [StoreFact]
    public async Task Similar_strategies_share_materials_or_are_of_the_same_kind_measured_for_the_same_properties()
    {
        await Store.UpsertAsync(PaperA());
        await Store.UpsertAsync(Graph("Coatings", null, [],
            M("AlN coating", SubjectKind.Coating, Property.CriticalCurrentDensity, Q(0.4, "mA/cm2"), 1),
            M("Au coating", SubjectKind.Coating, Property.InterfacialResistance, Q(12, "Ω·cm2"), 2)));
        string Id(string name) => PaperA().Strategies.Single(s => s.Name == name).Id;

        var likeAln = await Citations.FindSimilarStrategiesAsync(Id("AlN interlayer"), 10);
        Assert.Equal([("AlN coating", 2)], likeAln.Select(r => (r.Item.Name, r.Score)));
        Assert.Equal("shares 1 material(s); of the same kind, measured for 0 of the same properties", likeAln[0].Explanation);

        var likeAg = await Citations.FindSimilarStrategiesAsync(Id("Ag coating"), 10);
        Assert.Equal([("AlN coating", 1)], likeAg.Select(r => (r.Item.Name, r.Score)));
        Assert.Equal([("Au coating", 1)], (await Citations.FindSimilarStrategiesAsync(Id("Li3N coating"), 10)).Select(r => (r.Item.Name, r.Score)));
        Assert.Equal(SubjectKind.Coating, likeAg[0].Item.Kind);
        Assert.Empty(await Citations.FindSimilarStrategiesAsync("strategy:none", 10));
    }
}
