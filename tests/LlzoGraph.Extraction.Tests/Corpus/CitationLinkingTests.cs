using LlzoGraph.Core.Facts;
using LlzoGraph.Documents.ConvertedText;
using LlzoGraph.Extraction.Citations;
using LlzoGraph.Extraction.Facts;
using LlzoGraph.Extraction.Pipeline;

namespace LlzoGraph.Extraction.Tests.Corpus;

/// <summary>Over every paper of the repository's corpus: citations and table rows point at entries of the paper's own reference list.</summary>
public class CitationLinkingTests
{
    public static TheoryData<string> Papers() => new(Directory.GetFiles(RepositoryPaths.Papers).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Papers))]
    public async Task Every_citation_found_is_linked_to_an_entry_of_the_reference_list(string paper)
    {
        var result = await new PaperPipeline([new ConvertedTextReader()], new RuleFactExtractor()).ProcessAsync(paper);
        var numbers = result.Document!.References.Select(r => r.Number).ToHashSet();

        Assert.NotEmpty(result.Citations);
        Assert.All(result.Citations, c => Assert.Contains(c.Number, numbers));
        Assert.Equal(result.Citations.Select(c => (c.Number, c.Form, c.BlockIndex, c.Text)).Distinct().Count(), result.Graph!.Citations.Count);
    }

    [Theory]
    [MemberData(nameof(Papers))]
    public async Task Every_table_row_with_a_reference_cell_is_linked_and_its_measurements_cite_it(string paper)
    {
        var result = await new PaperPipeline([new ConvertedTextReader()], new RuleFactExtractor()).ProcessAsync(paper);
        var numbers = result.Document!.References.Select(r => r.Number).ToHashSet();

        foreach (var table in result.Document.Tables)
        {
            foreach (var (row, cited) in TableFacts.ReferenceCells(table))
            {
                Assert.All(cited, n => Assert.Contains(n, numbers));
                Assert.All(
                    result.Measurements.Where(m => m.Evidence.Kind == EvidenceKind.TableRow && m.Evidence.Table == table.Label && m.Evidence.Row == row.Index),
                    m => Assert.Equal(cited, m.ReferenceNumbers));
            }
        }
    }
}
