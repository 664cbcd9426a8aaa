using LlzoGraph.Core.Documents;
using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Ports;
using LlzoGraph.Extraction.Tagging;

namespace LlzoGraph.Extraction.Facts;

/// <summary>
/// The rule-based extractor: measurements from every table and every body paragraph. Text values whose
/// passage cites a work that the paper's own table summarises take that row's subject; a value nothing nearer names a
/// subject for is the material of the paper's title.
/// </summary>
public sealed class RuleFactExtractor(IEntityTagger? tagger) : IFactExtractor
{
    /// <summary>With the shipped entity tagger, whose strategy and material mentions add to the rules' subjects.</summary>
    public RuleFactExtractor()
        : this(EntityTagger.Default)
    {
    }

    public IReadOnlyList<Measurement> Extract(Document document) => ExtractWithFlags(document).Measurements;

    public FactExtraction ExtractWithFlags(Document document)
    {
        var tableBlocks = document.Blocks.Where(b => b.Kind == BlockKind.Table).ToList();
        var fromTables = document.Tables
            .SelectMany((t, i) => TableFacts.Extract(t, i < tableBlocks.Count ? tableBlocks[i].Index : -1))
            .ToList();
        var tableSubjects = fromTables
            .SelectMany(m => m.ReferenceNumbers.Select(n => (n, m.Subject)))
            .GroupBy(x => x.n)
            .Where(g => g.Select(x => x.Subject).Distinct().Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Subject);
        var title = document.Metadata.Title;
        var titleMaterials = Vocabulary.MaterialFinder.Find(title);
        var titleMaterial = titleMaterials.Count > 0 ? titleMaterials[0] : null;
        var sentences = new SentenceFacts(
            tableSubjects, new Citations.CitationIndex(document.References), tagger, tagger is null ? null : Tagging.DocumentTerms.Of(document),
            titleMaterial is null ? null : PhraseSubjects.AsMaterial(title, titleMaterial));
        var fromText = document.RunningText.Select(sentences.Read).ToList(); // captions state values too ("Fig. 9 … lowered the resistance from 950 to 75 Ω cm²")
        var flaggedInTables = document.Tables.SelectMany((t, i) => TableFacts.Flagged(t, i < tableBlocks.Count ? tableBlocks[i].Index : -1));
        return new FactExtraction(
            fromTables.Concat(fromText.SelectMany(f => f.Measurements)).ToList(),
            flaggedInTables.Concat(fromText.SelectMany(f => f.Flagged)).ToList());
    }
}
