using System.Globalization;
using LlzoGraph.Core.Documents;
using LlzoGraph.Documents.ConvertedText;

namespace LlzoGraph.Documents.Tests.Corpus;

/// <summary>Every converted-text paper of the corpus reads into a clean document.</summary>
public class CorpusTests
{
    private const string Review = "chu2024-llzo-interfaces-review.txt";

    private static List<string> Names() =>
        Directory.EnumerateFiles(RepositoryPaths.Papers, "*.txt").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();

    public static TheoryData<string> Papers() => new(Names());

    private static async Task<Document> Read(string name)
    {
        var read = await new ConvertedTextReader().ReadAsync(Path.Combine(RepositoryPaths.Papers, name));
        Assert.True(read.Ok, $"{name}: {read.Error}");
        return read.Value!;
    }

    [Fact]
    public void The_corpus_holds_the_seed_review()
    {
        Assert.Contains(Review, Names());
    }

    [Theory]
    [MemberData(nameof(Papers))]
    public async Task Reads_with_title_and_body(string name)
    {
        var document = await Read(name);
        Assert.False(string.IsNullOrWhiteSpace(document.Metadata.Title));
        Assert.NotEmpty(document.Body);
    }

    [Theory]
    [MemberData(nameof(Papers))]
    public async Task No_paragraph_keeps_tex_markup(string name)
    {
        var document = await Read(name);
        foreach (var paragraph in document.Body)
        {
            foreach (var markup in new[] { "$", "\\rm", "^{", "_{" })
            {
                Assert.False(paragraph.Text.Contains(markup, StringComparison.Ordinal), $"'{markup}' in paragraph {paragraph.Index}: {paragraph.Text}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Papers))]
    public async Task No_sidebar_text_is_inside_a_paragraph(string name)
    {
        var document = await Read(name);
        var paragraphs = document.Body.Select(p => p.Text).ToList();
        foreach (var sidebar in document.Blocks.Where(b => b.Kind == BlockKind.Sidebar))
        {
            Assert.DoesNotContain(paragraphs, p => p.Contains(sidebar.Text, StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Papers))]
    public async Task Section_numbers_strictly_increase_in_document_order(string name)
    {
        var document = await Read(name);
        var numbers = document.Sections.Where(s => s.Number.Length > 0)
            .Select(s => s.Number.Split('.').Select(n => int.Parse(n, CultureInfo.InvariantCulture)).ToArray())
            .ToList();
        for (var i = 1; i < numbers.Count; i++)
        {
            Assert.True(Compare(numbers[i - 1], numbers[i]) < 0, $"{string.Join('.', numbers[i - 1])} is followed by {string.Join('.', numbers[i])}");
        }

        Assert.All(document.Sections.Where(s => s.Number.Length > 0), s => Assert.Equal(s.Number.Split('.').Length, s.Level));
    }

    [Theory]
    [MemberData(nameof(Papers))]
    public async Task Tables_have_a_subject_in_every_row(string name)
    {
        var document = await Read(name);
        Assert.All(document.Tables, t => Assert.All(t.Rows, r => Assert.False(string.IsNullOrWhiteSpace(r.Cell(0)), $"{t.Label} row {r.Index}")));
        Assert.All(document.Tables, t => Assert.All(t.Rows, r => Assert.Equal(t.Columns.Count, r.Cells.Count)));
    }

    [Fact]
    public async Task The_review_has_its_front_matter()
    {
        var document = await Read(Review);
        Assert.False(string.IsNullOrWhiteSpace(document.Metadata.Title));
        Assert.True(document.Metadata.Authors.Count >= 3, string.Join(", ", document.Metadata.Authors));
        Assert.All(document.Metadata.Authors, a => Assert.InRange(a.Split(' ').Length, 2, 5));
        Assert.False(string.IsNullOrWhiteSpace(document.Metadata.Abstract));
        Assert.StartsWith("10.", document.Metadata.Doi, StringComparison.Ordinal);
        Assert.Single(document.Blocks, b => b.Kind == BlockKind.Title);
        Assert.Single(document.Blocks, b => b.Kind == BlockKind.Abstract);
    }

    [Fact]
    public async Task The_review_numbers_its_references_one_to_the_count_the_issue_states()
    {
        var document = await Read(Review);
        Assert.Equal(Enumerable.Range(1, 207), document.References.Select(r => r.Number));
        Assert.All(document.References, r => Assert.False(string.IsNullOrWhiteSpace(r.Raw)));
        Assert.All(document.References, r => Assert.DoesNotContain("$", r.Raw, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_review_has_a_table_whose_rows_all_name_a_subject()
    {
        var document = await Read(Review);
        Assert.Contains(document.Tables, t => t.Rows.Count > 0 && t.Rows.All(r => r.Cell(0).Length > 0));
        Assert.Equal(document.Tables.Count, document.Blocks.Count(b => b.Kind == BlockKind.Table));
    }

    [Fact]
    public async Task The_review_has_numbered_sections_and_sidebars()
    {
        var document = await Read(Review);
        Assert.True(document.Sections.Count(s => s.Number.Length > 0) >= 3);
        Assert.Contains(document.Blocks, b => b.Kind == BlockKind.Sidebar);
        Assert.Contains(document.Blocks, b => b.Kind == BlockKind.Caption);
    }

    private static int Compare(int[] a, int[] b)
    {
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            if (a[i] != b[i])
            {
                return a[i].CompareTo(b[i]);
            }
        }

        return a.Length.CompareTo(b.Length);
    }
}
