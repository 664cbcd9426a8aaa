using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using LlzoGraph.Cli.Hosting;
using LlzoGraph.Cli.Synthetic;
using LlzoGraph.Core.Graph;
using LlzoGraph.Core.Ports;
using LlzoGraph.Store.Neo4j.Store;
using LlzoGraph.Store.Sqlite;

namespace LlzoGraph.Cli.Commands;

/// <summary>
/// `llzograph synth --papers N --measurements-per-paper M --seed S --db PATH|--store URI [--queries Q]`: writes a
/// realistic synthetic graph (distributions sampled from a real corpus) into a store, timing the ingest, then
/// optionally times the README's example query Q times: the side-by-side store benchmark of docs/benchmarks.md.
/// </summary>
internal static class SynthCommand
{
    /// <summary>Papers written per transaction into the embedded store.</summary>
    private const int SqliteBatchSize = 50;

    public static Command Build()
    {
        var papers = new Option<int>("--papers") { Description = "Number of synthetic papers", DefaultValueFactory = _ => 100 };
        var perPaper = new Option<int>("--measurements-per-paper") { Description = "Measurements per paper", DefaultValueFactory = _ => 100 };
        var seed = new Option<int>("--seed") { Description = "RNG seed: one seed, one graph", DefaultValueFactory = _ => 1 };
        var sample = new Option<string>("--sample") { Description = "Papers whose distributions the graph copies (ingested with the pipeline)", DefaultValueFactory = _ => "corpus" };
        var queries = new Option<int>("--queries") { Description = "Then run the README example query this many times and print p50/p99 latency", DefaultValueFactory = _ => 0 };
        var replace = new Option<bool>("--replace") { Description = "Delete everything in the target Neo4j database first" };
        // No default: a synthetic graph never lands in the user's own store by accident.
        var db = new Option<string>("--db", "--store")
        {
            Description = "The store to write into: the path of an embedded store, or a Neo4j URI such as neo4j://user:pass@host:7687/db",
            Required = true,
        };
        var command = new Command("synth", "Write a synthetic graph sampled from a real corpus into a store, timing ingest (and, with --queries, the example query)")
        {
            papers, perPaper, seed, sample, queries, replace, db,
        };
        command.SetAction(async (parse, ct) =>
        {
            var corpusSample = await SampleAsync(parse.GetValue(sample)!, ct);
            await using var store = await Composition.OpenStoreAsync(parse.GetValue(db)!, ct);
            if (parse.GetValue(replace))
            {
                if (store is not Neo4jGraphStore neo4j)
                {
                    Console.Error.WriteLine("--replace clears a Neo4j database only");
                    return 1;
                }

                await neo4j.ClearAsync(ct);
            }

            var graphs = new SyntheticGraphs(corpusSample, parse.GetValue(seed)).Generate(parse.GetValue(papers), parse.GetValue(perPaper)).ToList();
            var ingest = await IngestAsync(store, graphs, ct);
            Console.WriteLine(ingest);
            if (parse.GetValue(queries) is > 0 and var n)
            {
                Console.WriteLine(await TimeExampleQueryAsync(store, n, ct));
            }

            return 0;
        });
        return command;
    }

    /// <summary>The distributions of the papers at <paramref name="path"/>, read and extracted with the real pipeline.</summary>
    public static async Task<CorpusSample> SampleAsync(string path, CancellationToken ct)
    {
        var pipeline = Composition.CreatePipeline();
        var graphs = new List<PaperGraph>();
        foreach (var file in pipeline.Expand([path]))
        {
            var result = await pipeline.ProcessAsync(file, ct);
            if (result.Graph is { } graph)
            {
                graphs.Add(graph);
            }
        }

        return CorpusSample.From(graphs);
    }

    public static async Task<string> IngestAsync(IGraphStore store, IReadOnlyList<PaperGraph> graphs, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        if (store is SqliteGraphStore sqlite)
        {
            // one transaction per batch of papers: a commit per paper costs more than writing it
            foreach (var batch in graphs.Chunk(SqliteBatchSize))
            {
                await sqlite.UpsertBatchAsync(batch, ct);
            }
        }
        else
        {
            foreach (var graph in graphs)
            {
                await store.UpsertAsync(graph, ct);
            }
        }

        var seconds = clock.Elapsed.TotalSeconds;
        var measurements = graphs.Sum(g => g.Measurements.Count);
        var statistics = await store.GetStatisticsAsync(ct);
        return string.Create(CultureInfo.InvariantCulture,
            $"ingested {graphs.Count} papers, {measurements} measurements in {seconds:F2} s: {graphs.Count / seconds:F1} papers/s, {measurements / seconds:F0} measurements/s; store now {statistics}");
    }

    public static async Task<string> TimeExampleQueryAsync(IGraphStore store, int runs, CancellationToken ct)
    {
        var first = await QueryCommand.RunAsync(store, ServeCommand.ExampleQuery, null, ct); // warm-up, not counted
        var rows = System.Text.Json.JsonDocument.Parse(first).RootElement.GetProperty("data").GetProperty("measurements").GetArrayLength();
        var times = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            await QueryCommand.RunAsync(store, ServeCommand.ExampleQuery, null, ct);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        double Percentile(double p) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(p * times.Count) - 1)];
        return string.Create(CultureInfo.InvariantCulture,
            $"example query ({rows} rows), {runs} runs: p50 {Percentile(0.50):F1} ms, p99 {Percentile(0.99):F1} ms, max {times[^1]:F1} ms");
    }
}
