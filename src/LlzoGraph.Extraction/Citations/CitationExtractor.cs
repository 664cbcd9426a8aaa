using LlzoGraph.Core.Documents;
using LlzoGraph.Core.Facts;
using LlzoGraph.Extraction.Facts;
using LlzoGraph.Extraction.Text;

namespace LlzoGraph.Extraction.Citations;

/// <summary>
/// Every in-text citation of a document, attached to the sentence (of a paragraph or caption) or the table row it
/// belongs to, with the form it was written in. Citations whose number the reference list lacks are kept, so
/// they can be counted as unlinked.
/// </summary>
public static class CitationExtractor
{
    public static IReadOnlyList<Citation> Extract(Document document)
    {
        var index = new CitationIndex(document.References);
        var citations = new List<Citation>();
        foreach (var block in document.Blocks.Where(b => b.Kind is BlockKind.Paragraph or BlockKind.Caption))
        {
            foreach (var sentence in SentenceSplitter.Split(block.Text))
            {
                citations.AddRange(sentence.Cited.Distinct().Select(c => new Citation(c.Number, c.Form, block.Section, block.Index, sentence.Text)));
                citations.AddRange(sentence.AuthorYear
                    .Select(a => index.Resolve(a.Surname, a.Year))
                    .OfType<int>()
                    .Select(n => new Citation(n, CitationForm.AuthorYear, block.Section, block.Index, sentence.Text)));
            }
        }

        var tableBlocks = document.Blocks.Where(b => b.Kind == BlockKind.Table).ToList();
        for (var t = 0; t < document.Tables.Count; t++)
        {
            var table = document.Tables[t];
            var blockIndex = t < tableBlocks.Count ? tableBlocks[t].Index : -1;
            foreach (var (row, numbers) in TableFacts.ReferenceCells(table))
            {
                citations.AddRange(numbers.Select(n => new Citation(n, CitationForm.TableColumn, table.Section, blockIndex, TableFacts.EvidenceText(table, row))));
            }
        }

        return citations;
    }
}
