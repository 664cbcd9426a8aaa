using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Queries;
using static LlzoGraph.Store.Contract.Papers;

namespace LlzoGraph.Store.Contract;

/// <summary>Filter trees: AND/OR/NOT over leaves, some/none over conditions, references and evidence, values only as parameters.</summary>
public abstract partial class GraphStoreContract
{
    private async Task<string[]> SubjectsWhere(MeasurementPredicate where) =>
        (await Store.FindMeasurementsAsync(new MeasurementQuery { Where = where })).Select(m => $"{m.SubjectName} {m.Value}").Order(StringComparer.Ordinal).ToArray();

    [StoreFact]
    public async Task Filter_trees_combine_and_or_not_with_some_and_none_over_conditions_references_and_evidence()
    {
        Assert.True(Store.SupportsFilterTrees);
        await Store.UpsertAsync(PaperA());
        var ccd = new PropertyIs([Property.CriticalCurrentDensity]);
        var roomTemperature = new SomeCondition(new ConditionBounds("Temperature", AtLeast: 293, AtMost: 303));
        Assert.Equal(["AlN interlayer 1.3"], await SubjectsWhere(new AllOf([ccd, roomTemperature])));
        Assert.Equal(["AlN interlayer 1.3"], await SubjectsWhere(new AllOf([ccd, new SomeCondition(new ConditionBounds("temperature", GreaterThan: 293))])));
        Assert.Equal(["Ag coating 900", "AlN interlayer 1", "HF treatment 0.5"], await SubjectsWhere(new AllOf([ccd, new Not(roomTemperature)])));
        Assert.Equal(["AlN interlayer 1.3", "HF treatment 0.5"], await SubjectsWhere(new AllOf([ccd, new Not(new SomeReference())])));
        Assert.Equal(["LLZTO 0.8", "Li3N coating 5"], await SubjectsWhere(
            new AllOf([new AnyOf([new SomeReference(Doi: SharedDoi.ToUpperInvariant()), new SomeReference(YearAtLeast: 2020)]), new Not(ccd)])));
        Assert.Equal(["AlN interlayer 1.3"], await SubjectsWhere(new SomeEvidence(InTable: true)));
        Assert.Equal(["AlN interlayer 1", "AlN interlayer 1.3"], await SubjectsWhere(
            new AllOf([new ValueWithin("A/m2", GreaterThan: 9.9), new AnyOf([new SubjectNameIs("aln INTERLAYER"), new SubjectKindIs([SubjectKind.Treatment])])])));
        Assert.Empty(await SubjectsWhere(new SubjectNameContains("x') OR 1=1; DROP TABLE measurement; --")));
        Assert.Empty(await SubjectsWhere(new SubjectNameContains("x' OR true //} MATCH (n) DETACH DELETE n")));
        Assert.Empty(await SubjectsWhere(new AnyOf([])));
        Assert.Equal(6, (await SubjectsWhere(new AllOf([]))).Length);
        Assert.Equal(6, (await Store.GetStatisticsAsync()).Measurements);
    }

    [StoreFact]
    public async Task Filter_trees_reach_papers_evidence_text_sections_and_reference_authors_and_titles()
    {
        await Store.UpsertAsync(PaperA());
        await Store.UpsertAsync(PaperB());
        var paperB = PaperB().Paper.Id;
        var inB = await SubjectsWhere(new ReportedInPaper(paperB));
        Assert.Equal(inB, await SubjectsWhere(new SomeEvidence(PaperId: paperB)));
        Assert.NotEmpty(inB);
        Assert.Empty(await SubjectsWhere(new ReportedInPaper("paper:nothing")));

        var all = await Store.FindMeasurementsAsync(new MeasurementQuery());
        var sample = all[0];
        var word = sample.Evidence.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).OrderByDescending(w => w.Length).First();
        var byText = await Store.FindMeasurementsAsync(new MeasurementQuery { Where = new SomeEvidence(TextContains: word.ToUpperInvariant()) });
        Assert.Equal(all.Where(m => m.ReportedIn.Any(e => e.Text.Contains(word, StringComparison.OrdinalIgnoreCase))).Select(m => m.Id).Order(), byText.Select(m => m.Id).Order());
        var bySection = await Store.FindMeasurementsAsync(new MeasurementQuery { Where = new SomeEvidence(SectionContains: sample.Evidence.Section.ToUpperInvariant()) });
        Assert.Contains(bySection, m => m.Id == sample.Id);

        var cited = all.First(m => m.References.Count > 0).References[0];
        var byAuthor = await Store.FindMeasurementsAsync(new MeasurementQuery { Where = new SomeReference(AuthorContains: cited.Authors[0].ToUpperInvariant()) });
        Assert.Equal(all.Where(m => m.References.Any(r => r.Authors.Any(a => a.Contains(cited.Authors[0], StringComparison.OrdinalIgnoreCase)))).Select(m => m.Id).Order(),
            byAuthor.Select(m => m.Id).Order());
        var title = (cited.Title ?? cited.Raw)[..5];
        var byTitle = await Store.FindMeasurementsAsync(new MeasurementQuery { Where = new SomeReference(TitleContains: title, YearAtMost: cited.Year) });
        Assert.Contains(byTitle, m => m.Id == all.First(x => x.References.Count > 0).Id);
    }
}
