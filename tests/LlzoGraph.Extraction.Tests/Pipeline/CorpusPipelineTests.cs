using LlzoGraph.Core.Facts;
using LlzoGraph.Documents.ConvertedText;
using LlzoGraph.Extraction.Facts;
using LlzoGraph.Extraction.Pipeline;

namespace LlzoGraph.Extraction.Tests.Pipeline;

/// <summary>Invariants of what the pipeline makes of every corpus paper; no expected values of any paper.</summary>
public class CorpusPipelineTests
{
    public static TheoryData<string> Papers() => new(
        Directory.EnumerateFiles(RepositoryPaths.Papers, "*.txt").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal));

    private static async Task<PaperResult> Process(string name)
    {
        var result = await new PaperPipeline([new ConvertedTextReader()], new RuleFactExtractor()).ProcessAsync(Path.Combine(RepositoryPaths.Papers, name));
        Assert.True(result.Ok, result.Error);
        return result;
    }

    [Theory]
    [MemberData(nameof(Papers))]
    public async Task Every_measurement_has_a_unit_its_property_accepts_and_evidence(string name)
    {
        var result = await Process(name);

        Assert.NotEmpty(result.Measurements);
        Assert.All(result.Measurements, m =>
        {
            Assert.True(PropertyVocabulary.Get(m.Property).Accepts(m.Quantity.Unit), $"{m.Property} in {m.Quantity.Unit.Symbol}: {m.Evidence.Text}");
            Assert.True(double.IsFinite(m.Quantity.SiValue));
            Assert.False(string.IsNullOrWhiteSpace(m.Evidence.Text));
            Assert.False(string.IsNullOrWhiteSpace(m.Subject.Name));
            Assert.InRange(m.Confidence, 0, 1);
        });
    }

    [Theory]
    [MemberData(nameof(Papers))]
    public async Task Pairs_link_measurements_of_the_same_paper_and_flagged_values_are_not_facts(string name)
    {
        var result = await Process(name);

        Assert.All(result.Measurements.Where(m => m.ChangedFrom is not null), m =>
        {
            Assert.Contains(result.Measurements, x => ReferenceEquals(x, m.ChangedFrom));
            Assert.Equal(m.Property, m.ChangedFrom!.Property);
            Assert.Equal(m.Evidence, m.ChangedFrom.Evidence);
        });
        Assert.All(result.Flagged, f =>
        {
            Assert.False(PropertyVocabulary.Get(f.Property).Accepts(f.Quantity.Unit), f.Reason);
            Assert.False(string.IsNullOrWhiteSpace(f.Reason));
        });
        var graph = result.Graph!;
        var ids = graph.Measurements.Select(m => m.Id).ToHashSet();
        Assert.All(graph.Measurements.Where(m => m.ChangedFromId is not null), m => Assert.Contains(m.ChangedFromId!, ids));
        Assert.Equal(graph.Materials.Count, graph.Materials.Select(m => m.Id).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Papers))]
    public async Task Table_measurements_cite_entries_of_the_reference_list(string name)
    {
        var result = await Process(name);
        var numbers = result.Document!.References.Select(r => r.Number).ToHashSet();

        Assert.All(result.Measurements.Where(m => m.Evidence.Kind == EvidenceKind.TableRow), m => Assert.All(m.ReferenceNumbers, n => Assert.Contains(n, numbers)));
    }

    [Theory]
    [MemberData(nameof(Papers))]
    public async Task Most_references_parse_and_every_unparsed_one_says_why(string name)
    {
        var references = (await Process(name)).Document!.References;

        Assert.All(references, r => Assert.True(r.Problem is null || r.Problem.Length > 0));
        Assert.True(references.Count(r => r.Problem is null) >= references.Count * 0.9, $"{references.Count(r => r.Problem is null)} of {references.Count} parsed");
    }

    [Theory]
    [MemberData(nameof(Papers))]
    public async Task Every_citation_points_into_the_reference_list(string name)
    {
        var result = await Process(name);
        var numbers = result.Document!.References.Select(r => r.Number).ToHashSet();

        Assert.NotEmpty(result.Citations);
        Assert.All(result.Citations, c => Assert.True(numbers.Contains(c.Number), $"{c.Number} ({c.Form}) in: {c.Text}"));
    }
}
