using LlzoGraph.Core.Documents;
using LlzoGraph.Core.Facts;
using LlzoGraph.Extraction.Facts;

namespace LlzoGraph.Extraction.Tests.Facts;

public class RuleFactExtractorTests
{
    private static readonly DocumentTable Table = new(
        "Table 1",
        "Table 1 Invented summary",
        "3 Results",
        ["Strategy", "CCD (mA cm⁻²)", "Ref."],
        [
            new TableRow(0, [["Foo interlayer"], ["1.5"], ["7"]]),
            new TableRow(1, [["Bar treatment"], ["0.8"], ["8"]]),
            new TableRow(2, [["Baz coating"], ["0.6"], ["8"]]),
        ]);

    private static Document WithParagraph(string paragraph) => new(
        "invented.txt",
        new DocumentMetadata("Invented", [], null, null, null),
        [new Section("3", "Results", 1)],
        [
            new Block(0, BlockKind.Heading, "3 Results", "3 Results"),
            new Block(1, BlockKind.Table, "table", "3 Results"),
            new Block(2, BlockKind.Paragraph, paragraph, "3 Results"),
            new Block(3, BlockKind.Caption, "Fig. 1 A ZnO coating gave a CCD of 9 mA cm⁻².⁷", "3 Results"),
            new Block(4, BlockKind.Sidebar, "A ZnO coating gave a CCD of 9 mA cm⁻².⁷", "3 Results"),
        ],
        [Table],
        []);

    [Fact]
    public void A_text_value_citing_a_work_the_table_assigns_to_a_row_takes_that_rows_subject()
    {
        var facts = new RuleFactExtractor().Extract(WithParagraph("The modified LLZO reached an interfacial resistance of 6 Ω cm².⁷"));

        var text = Assert.Single(facts, m => m.Evidence.Kind == EvidenceKind.Sentence && m.Evidence.BlockIndex == 2);
        Assert.Equal("Foo interlayer", text.Subject.Name);
        Assert.Equal(SubjectKind.Interlayer, text.Subject.Kind);
        Assert.Equal([7], text.ReferenceNumbers);
        Assert.Equal(6, text.Quantity.Value);
    }

    [Fact]
    public void A_work_the_table_gives_two_subjects_does_not_decide_the_subject()
    {
        var facts = new RuleFactExtractor().Extract(WithParagraph("The modified LLZO reached an interfacial resistance of 6 Ω cm².⁸"));

        var text = Assert.Single(facts, m => m.Evidence.Kind == EvidenceKind.Sentence && m.Evidence.BlockIndex == 2);
        Assert.Equal("LLZO", text.Subject.Name);
        Assert.Equal(SubjectKind.Material, text.Subject.Kind);
    }

    [Fact]
    public void A_work_the_table_does_not_list_leaves_the_sentence_subject()
    {
        var facts = new RuleFactExtractor().Extract(WithParagraph("The modified LLZO reached an interfacial resistance of 6 Ω cm².⁹⁹"));
        Assert.Equal("LLZO", Assert.Single(facts, m => m.Evidence.Kind == EvidenceKind.Sentence && m.Evidence.BlockIndex == 2).Subject.Name);
    }

    [Fact]
    public void Reads_table_rows_with_the_tables_block_index_and_paragraphs_and_captions_for_text_but_not_sidebars()
    {
        var facts = new RuleFactExtractor().Extract(WithParagraph("Nothing is measured here."));

        var rows = facts.Where(m => m.Evidence.Kind == EvidenceKind.TableRow).ToList();
        Assert.Equal(3, rows.Count);
        Assert.All(rows, m => Assert.Equal(1, m.Evidence.BlockIndex));
        var caption = Assert.Single(facts, m => m.Evidence.Kind == EvidenceKind.Sentence);
        Assert.Equal((9.0, 3), (caption.Quantity.Value, caption.Evidence.BlockIndex)); // the caption's, not the sidebar's (block 4)
    }

    [Fact]
    public void An_empty_document_gives_no_facts()
    {
        var empty = new Document("empty.txt", new DocumentMetadata("Empty", [], null, null, null), [], [], [], []);
        Assert.Empty(new RuleFactExtractor().Extract(empty));
    }
}
