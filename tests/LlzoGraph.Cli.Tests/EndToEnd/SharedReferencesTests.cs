using LlzoGraph.Cli.Hosting;
using LlzoGraph.Cli.Ingest;
using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Queries;
using LlzoGraph.Store.Sqlite;

namespace LlzoGraph.Cli.Tests.EndToEnd;

/// <summary>
/// Two documents citing the same works: the review of the corpus and a small test document (Data/second-review.md)
/// in another reference style that repeats one original value the review reports.
/// </summary>
public sealed class SharedReferencesTests
{
    private static string SecondReview => Path.Combine(AppContext.BaseDirectory, "Data", "second-review.md");

    [Fact]
    public async Task Cited_works_are_shared_and_a_repeated_value_is_one_measurement_reported_in_both()
    {
        using var folder = new TempFolder();
        await using var store = await SqliteGraphStore.OpenAsync(folder.File("two.db"));
        var pipeline = Composition.CreatePipeline();
        var files = pipeline.Expand([RepositoryPaths.Corpus, SecondReview]);
        var second = await pipeline.ProcessAsync(SecondReview);

        var first = await new Ingestor(pipeline, store).RunAsync(files, null, CancellationToken.None);
        var statistics = await store.GetStatisticsAsync();
        var all = await store.FindMeasurementsAsync(new MeasurementQuery { Limit = 100_000 });

        Assert.Empty(first.Failures);
        Assert.Equal(2, statistics.Papers);

        // every work the second document cites is one the review cites too, but for the review itself
        var reviewOnly = await IngestAlone(pipeline, pipeline.Expand([RepositoryPaths.Corpus]));
        Assert.Equal(reviewOnly.References + 1, statistics.References);

        // its one measurement is the review's, now reported in both papers
        var repeated = Assert.Single(second.Graph!.Measurements);
        var shared = Assert.Single(all, m => m.Id == repeated.Id);
        Assert.Equal(2, shared.ReportedIn.Select(e => e.Paper.Id).Distinct().Count());
        Assert.Equal(reviewOnly.Measurements, statistics.Measurements);

        // re-ingesting either changes nothing
        await new Ingestor(pipeline, store).RunAsync(files, null, CancellationToken.None);
        Assert.Equal(statistics, await store.GetStatisticsAsync());
    }

    [Fact]
    public async Task A_cited_number_is_the_citing_papers_own()
    {
        using var folder = new TempFolder();
        await using var store = await SqliteGraphStore.OpenAsync(folder.File("numbers.db"));
        var pipeline = Composition.CreatePipeline();
        await new Ingestor(pipeline, store).RunAsync(pipeline.Expand([RepositoryPaths.Corpus, SecondReview]), null, CancellationToken.None);
        var secondPaper = (await store.ListPapersAsync()).Single(p => p.Source == Path.GetFileName(SecondReview));

        var inSecond = Assert.Single(await store.FindMeasurementsAsync(new MeasurementQuery { PaperId = secondPaper.Id }));
        var inReview = (await store.FindMeasurementsAsync(new MeasurementQuery { Properties = [Property.CriticalCurrentDensity] }))
            .Single(m => m.Id == inSecond.Id);

        Assert.Equal(secondPaper.Id, inSecond.Evidence.Paper.Id);
        var secondNumber = Assert.Single(inSecond.References).Number;
        Assert.Equal(inReview.References.Single().Id, inSecond.References.Single().Id);
        Assert.Contains(inReview.ReportedIn, e => e.Paper.Id != secondPaper.Id);
        var parsed = (await pipeline.ProcessAsync(SecondReview)).Graph!;
        Assert.Equal(parsed.References.Single(r => r.Id == inSecond.References.Single().Id).Number, secondNumber);
    }

    private static async Task<StoreStatistics> IngestAlone(Extraction.Pipeline.PaperPipeline pipeline, IReadOnlyList<string> files)
    {
        using var folder = new TempFolder();
        await using var store = await SqliteGraphStore.OpenAsync(folder.File("alone.db"));
        await new Ingestor(pipeline, store).RunAsync(files, null, CancellationToken.None);
        return await store.GetStatisticsAsync();
    }

    [Fact]
    public async Task The_citation_graph_connects_citing_papers_cited_works_and_in_text_citations()
    {
        using var folder = new TempFolder();
        await using var store = await SqliteGraphStore.OpenAsync(folder.File("graph.db"));
        var pipeline = Composition.CreatePipeline();
        await new Ingestor(pipeline, store).RunAsync(pipeline.Expand([RepositoryPaths.Corpus, SecondReview]), null, CancellationToken.None);
        var papers = await store.ListPapersAsync();
        var second = papers.Single(p => p.Source == Path.GetFileName(SecondReview));
        var review = papers.Single(p => p.Id != second.Id);

        // the second paper's list, numbered as it numbers it; the entry that is the review links to the review
        var listed = await store.FindReferencesAsync(new ReferenceQuery { CitingPaperId = second.Id });
        Assert.Equal(Enumerable.Range(1, listed.Count), listed.Select(r => r.Number));
        Assert.Contains(listed, r => r.PaperId == review.Id);
        Assert.Equal([second.Id], (await store.FindCitedByAsync(review.Id)).Select(p => p.Id));

        // a work both cite: found by author and year, cited by both papers, with the measurements cited to it
        foreach (var work in listed.Where(r => r.PaperId is null))
        {
            var found = await store.FindReferencesAsync(new ReferenceQuery { Author = work.FirstAuthor!.Split(' ')[^1], Year = work.Year });
            Assert.Contains(found, r => r.Id == work.Id);
            var citing = await store.FindCitingPapersAsync(work.Id);
            Assert.Equal(new[] { review.Id, second.Id }.Order(StringComparer.Ordinal), citing.Select(p => p.Id).Order(StringComparer.Ordinal));
        }

        var measured = await store.FindMeasurementsAsync(new MeasurementQuery { PaperId = second.Id });
        var cited = Assert.Single(Assert.Single(measured).References);
        Assert.Contains(await store.FindMeasurementsAsync(new MeasurementQuery { ReferenceId = cited.Id }), m => m.Id == measured[0].Id);

        // in-text citations: every one points at a listed work; a section filter keeps that section and its subsections
        var all = await store.FindCitationsAsync(review.Id);
        Assert.NotEmpty(all);
        var inSection = await store.FindCitationsAsync(review.Id, "2.3");
        Assert.NotEmpty(inSection);
        Assert.All(inSection, c => Assert.StartsWith("2.3", c.Section, StringComparison.Ordinal));
        Assert.True(inSection.Count < all.Count);
        var authorYear = await store.FindCitationsAsync(second.Id);
        Assert.Contains(authorYear, c => c.Form == CitationForm.AuthorYear && c.Reference.PaperId == review.Id);
    }

    [Fact]
    public async Task Graphql_walks_the_citation_graph()
    {
        using var folder = new TempFolder();
        await using var store = await SqliteGraphStore.OpenAsync(folder.File("graphql.db"));
        var pipeline = Composition.CreatePipeline();
        await new Ingestor(pipeline, store).RunAsync(pipeline.Expand([RepositoryPaths.Corpus, SecondReview]), null, CancellationToken.None);
        var second = (await store.ListPapersAsync()).Single(p => p.Source == Path.GetFileName(SecondReview));

        var json = await Cli.Commands.QueryCommand.RunAsync(store, """
            query($paper: ID!) {
              paper(id: $paper) {
                references { number firstAuthor citingPapers { title } paper { title } }
                citations(inSection: "Interlayers") { number form text }
              }
              reference(number: 3, paper: $paper) {
                firstAuthor year bibtex
                measurements { property value unit reportedIn { paper { title } section } }
              }
              references(where: { author: "Feng", year: 2022 }) { id citingPapers { id } }
            }
            """, System.Text.Json.JsonSerializer.Serialize(new { paper = second.Id }), CancellationToken.None);
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        Assert.False(doc.RootElement.TryGetProperty("errors", out var errors), errors.ToString());
        var data = doc.RootElement.GetProperty("data");

        var references = data.GetProperty("paper").GetProperty("references").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(1, references.Count), references.Select(r => r.GetProperty("number").GetInt32()));
        Assert.Contains(references, r => r.GetProperty("paper").ValueKind == System.Text.Json.JsonValueKind.Object);
        Assert.Contains(references, r => r.GetProperty("citingPapers").GetArrayLength() == 2);

        var citations = data.GetProperty("paper").GetProperty("citations").EnumerateArray().ToList();
        Assert.NotEmpty(citations);
        Assert.All(citations, c => Assert.Equal("BRACKETED", c.GetProperty("form").GetString()));

        var reference = data.GetProperty("reference");
        Assert.StartsWith("@article{", reference.GetProperty("bibtex").GetString(), StringComparison.Ordinal);
        // the work's measurements as the papers report them: the one both papers repeat is reported in both
        var measurements = reference.GetProperty("measurements").EnumerateArray().ToList();
        Assert.Contains(measurements, m =>
            m.GetProperty("reportedIn").EnumerateArray().Select(e => e.GetProperty("paper").GetProperty("title").GetString()).Distinct().Count() == 2);

        var found = Assert.Single(data.GetProperty("references").EnumerateArray());
        Assert.Equal(2, found.GetProperty("citingPapers").GetArrayLength());
    }

    [Fact]
    public async Task Related_papers_and_similar_strategies_come_with_what_they_share()
    {
        using var folder = new TempFolder();
        await using var store = await SqliteGraphStore.OpenAsync(folder.File("related.db"));
        var pipeline = Composition.CreatePipeline();
        await new Ingestor(pipeline, store).RunAsync(pipeline.Expand([RepositoryPaths.Corpus, SecondReview]), null, CancellationToken.None);
        var second = (await store.ListPapersAsync()).Single(p => p.Source == Path.GetFileName(SecondReview));

        var related = Assert.Single(await store.FindRelatedPapersAsync(second.Id, 10));
        Assert.NotEqual(second.Id, related.Item.Id);
        Assert.True(related.Score >= 3);
        Assert.Contains("same works", related.Explanation, StringComparison.Ordinal);

        var strategy = (await store.FindMeasurementsAsync(new MeasurementQuery { PaperId = second.Id })).Single();
        var similar = await store.FindSimilarStrategiesAsync(strategy.SubjectId, 5);
        Assert.NotEmpty(similar);
        Assert.All(similar, s => Assert.NotEqual(strategy.SubjectId, s.Item.Id));
        Assert.Equal(similar.Select(s => s.Score).OrderByDescending(x => x), similar.Select(s => s.Score));
    }
}
