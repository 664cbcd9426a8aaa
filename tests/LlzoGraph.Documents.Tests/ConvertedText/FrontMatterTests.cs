using LlzoGraph.Core.Documents;

namespace LlzoGraph.Documents.Tests.ConvertedText;

public class FrontMatterTests
{
    private static readonly Document Document = Synthetic.Read("""
        1. Introduction

        Imaginary pellets were pressed and sintered in air for the tests.
        """);

    [Fact]
    public void Reads_title_authors_abstract_doi_and_year()
    {
        var metadata = Document.Metadata;
        Assert.Equal(Synthetic.Title, metadata.Title);
        Assert.Equal(["Alice Kowalski", "Bram Devries", "Chen Yu"], metadata.Authors);
        Assert.Equal(Synthetic.Abstract, metadata.Abstract);
        Assert.Equal("10.9999/imaginary.2022.001", metadata.Doi);
        Assert.Equal(2022, metadata.Year);
    }

    [Fact]
    public void Gives_front_matter_blocks_their_kinds_and_keeps_them_out_of_the_body()
    {
        Assert.Equal(Synthetic.Title, Assert.Single(Document.OfKind(BlockKind.Title)).Text);
        Assert.Single(Document.OfKind(BlockKind.Authors));
        Assert.Equal(Synthetic.Abstract, Assert.Single(Document.OfKind(BlockKind.Abstract)).Text);
        Assert.Contains(Document.OfKind(BlockKind.FrontMatter), b => b.Text == "JOURNAL OF IMAGINARY MATERIALS");
        Assert.Contains(Document.OfKind(BlockKind.FrontMatter), b => b.Text.StartsWith("DOI:", StringComparison.Ordinal));
        var body = Assert.Single(Document.Paragraphs());
        Assert.Equal("1 Introduction", body.Section);
    }

    [Theory]
    [InlineData("Ann Lee, Bo Park and Cy Ng", new[] { "Ann Lee", "Bo Park", "Cy Ng" })]
    [InlineData("Ann Lee,†a Bo Park *b and Cy Ng‡c", new[] { "Ann Lee", "Bo Park", "Cy Ng" })]
    [InlineData("Ann Lee and Bo Park", new[] { "Ann Lee", "Bo Park" })]
    public void Splits_author_lines_and_drops_affiliation_markers(string line, string[] expected)
    {
        Assert.Equal(expected, LlzoGraph.Documents.ConvertedText.FrontMatter.SplitAuthors(line));
    }

    [Theory]
    [InlineData("Abstract\n\nGarnet pellets were coated with a thin imaginary oxide layer by sputtering. The coated pellets wet molten lithium well and cycle stably.")]
    [InlineData("Abstract: Garnet pellets were coated with a thin imaginary oxide layer by sputtering. The coated pellets wet molten lithium well and cycle stably.")]
    [InlineData("**Abstract:** Garnet pellets were coated with a thin imaginary oxide layer by sputtering. The coated pellets wet molten lithium well and cycle stably.")]
    public void A_labelled_abstract_is_the_abstract_however_short(string front)
    {
        var parsed = LlzoGraph.Documents.ConvertedText.ConvertedTextReader.Read("short.txt", System.Text.Encoding.UTF8.GetBytes(
            "Thin imaginary oxide layers on garnet pellets\n\n" + front + "\n\n1. Introduction\n\nPellets were pressed. They were dense.\n"));
        Assert.True(parsed.Ok, parsed.Error);

        var block = Assert.Single(parsed.Value!.OfKind(BlockKind.Abstract));
        Assert.Contains("coated with a thin imaginary oxide layer", block.Text, StringComparison.Ordinal);
        Assert.Equal(block.Text, parsed.Value!.Metadata.Abstract);
        Assert.Contains(block, parsed.Value!.Body);
    }

    [Fact]
    public void A_document_without_recognisable_front_matter_falls_back_to_the_file_name_for_its_title()
    {
        var parsed = LlzoGraph.Documents.ConvertedText.ConvertedTextReader.Read(
            "untitled-notes.txt", System.Text.Encoding.UTF8.GetBytes("1. Introduction\n\nPellets were pressed. They were dense.\n"));
        Assert.True(parsed.Ok, parsed.Error);
        Assert.Equal("untitled-notes", parsed.Value!.Metadata.Title);
        Assert.Empty(parsed.Value.Metadata.Authors);
        Assert.Null(parsed.Value.Metadata.Doi);
    }
}
