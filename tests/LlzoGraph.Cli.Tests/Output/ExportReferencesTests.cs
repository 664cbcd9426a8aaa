using LlzoGraph.Cli.Commands;
using LlzoGraph.Cli.Tests.EndToEnd;

namespace LlzoGraph.Cli.Tests.Output;

public sealed class ExportReferencesTests(IngestedCorpus corpus) : IClassFixture<IngestedCorpus>
{
    private async Task<string> Export(params string[] args)
    {
        using var folder = new TempFolder();
        var file = folder.File("out");
        var exit = await LlzoGraphCommands.Parse(["export", "references", "--db", corpus.DatabasePath, "-o", file, .. args]).InvokeAsync();
        Assert.Equal(0, exit);
        return await File.ReadAllTextAsync(file);
    }

    [Fact]
    public async Task A_papers_reference_list_exports_as_one_bibtex_entry_per_work()
    {
        var paper = Assert.Single(await corpus.Store.ListPapersAsync());

        var bibtex = await Export("--paper", paper.Id);

        var entries = System.Text.RegularExpressions.Regex.Matches(bibtex, @"^@(article|patent|misc)\{[a-z0-9]+,$", System.Text.RegularExpressions.RegexOptions.Multiline);
        Assert.Equal(corpus.Summary.References, entries.Count);
    }

    [Fact]
    public async Task The_works_behind_a_querys_measurements_export_as_csv()
    {
        var csv = await Export("--format", "csv", "--where", "{property: {eq: CRITICAL_CURRENT_DENSITY}, value: {gt: 2, unit: \"mA/cm2\"}}");

        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("number,first_author,authors,title,journal,year,volume,pages,doi", lines[0]);
        Assert.True(lines.Length > 1);
        Assert.Equal(lines.Length - 1, lines.Skip(1).Distinct().Count());
    }
}
