using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Units;
using LlzoGraph.Extraction.Evaluation;
using LlzoGraph.Extraction.Tagging;

namespace LlzoGraph.Extraction.Tests.Evaluation;

/// <summary>
/// The invented probe sentences kept for evaluation (corpus/annotations/probes) are consistent: every annotated
/// sentence stands in its paper as a paragraph, and every gold measurement names one of them in a unit and property
/// the vocabulary knows.
/// </summary>
public sealed class ProbeAnnotationsTests
{
    private static readonly string Probes = Path.Combine(RepositoryPaths.Corpus, "annotations", "probes");

    private static IEnumerable<string> Files(string folder) => Directory.GetFiles(Path.Combine(Probes, folder), "*.jsonl").Order(StringComparer.Ordinal);

    [Fact]
    public void Every_probe_sentence_is_a_paragraph_of_its_paper_and_has_a_split()
    {
        var sentences = Files("entities").SelectMany(GoldSentence.Read).ToList();

        Assert.NotEmpty(sentences);
        Assert.All(sentences, s =>
        {
            Assert.Contains(s.Split, new[] { "dev", "test" });
            var paper = File.ReadAllText(Path.Combine(RepositoryPaths.Corpus, s.Source)).Split("\n\n");
            Assert.Contains(s.Text, paper.Select(p => p.Trim()));
        });
        Assert.All(Files("entities").SelectMany(ReviewAnnotationReader.ReadFile), s => Assert.NotEmpty(s.Text));
    }

    [Fact]
    public void Every_gold_measurement_names_a_probe_sentence_in_a_unit_its_property_accepts()
    {
        var ids = Files("entities").SelectMany(GoldSentence.Read).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var measurements = Files("measurements").SelectMany(GoldMeasurement.Read).ToList();

        Assert.NotEmpty(measurements);
        Assert.All(measurements, m =>
        {
            Assert.Contains(m.Sentence, ids);
            var property = Enum.Parse<Property>(m.Property);
            Assert.True(PropertyVocabulary.Get(property).Accepts(Unit.Parse(m.Unit).GetValueOrThrow()), $"{m.Sentence}: {m.Property} in {m.Unit}");
        });
    }
}
