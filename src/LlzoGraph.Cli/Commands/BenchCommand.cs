using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using LlzoGraph.Cli.Hosting;
using LlzoGraph.Documents.Pdf;

namespace LlzoGraph.Cli.Commands;

/// <summary>
/// `llzograph bench &lt;pdf&gt;`: pages per second for reading a PDF (PdfPig + layout + document assembly) and for
/// the whole ingest of it (read, extract, store in a fresh SQLite file), on one thread, with the process's
/// peak memory. Pin it to one core with <c>taskset -c 0</c> for a per-core figure.
/// </summary>
internal static class BenchCommand
{
    public static Command Build()
    {
        var file = new Argument<string>("pdf") { Description = "A PDF paper" };
        var iterations = new Option<int>("--iterations") { Description = "Timed runs of each stage (after one warm-up run)", DefaultValueFactory = _ => 10 };
        var command = new Command("bench", "Measure pages/s and peak memory for reading and for ingesting a PDF (or, with `load`, a running server under load)")
        {
            file, iterations, BenchLoadCommand.Build(),
        };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            var runs = Math.Max(1, parse.GetValue(iterations));
            var bytes = await File.ReadAllBytesAsync(path, ct);
            var reader = new PdfDocumentReader();
            var first = reader.Read(path, bytes, ct);
            if (!first.Ok)
            {
                await Console.Error.WriteLineAsync($"{path}: {first.Error}");
                return 2;
            }

            using (var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes))
            {
                Pages = pdf.NumberOfPages;
            }

            var read = Time(runs, () => reader.Read(path, bytes, ct));
            var folder = Directory.CreateTempSubdirectory("llzograph-bench-");
            try
            {
                var pipeline = Composition.CreatePipeline();
                var n = 0;
                var ingest = await TimeAsync(runs, async () =>
                {
                    var store = await Composition.OpenStoreAsync(Path.Combine(folder.FullName, $"bench{n++}.db"), ct);
                    try
                    {
                        var result = await pipeline.ProcessAsync(path, ct);
                        await store.UpsertAsync(result.Graph!, ct);
                    }
                    finally
                    {
                        if (store is IAsyncDisposable disposable)
                        {
                            await disposable.DisposeAsync();
                        }
                    }
                });
                var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(path)}: {Pages} pages, {runs} runs each, one thread"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"read+layout: median {read * 1000:F0} ms/document, {Pages / read:F1} pages/s"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ingest (read, extract, store): median {ingest * 1000:F0} ms/document, {Pages / ingest:F1} pages/s"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set: {peak:F0} MiB"));
            }
            finally
            {
                folder.Delete(recursive: true);
            }

            return 0;
        });
        return command;
    }

    private static int Pages { get; set; }

    private static double Time(int runs, Action action)
    {
        action();
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            times.Add(watch.Elapsed.TotalSeconds);
        }

        return times.Order().ElementAt(times.Count / 2);
    }

    private static async Task<double> TimeAsync(int runs, Func<Task> action)
    {
        await action();
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await action();
            times.Add(watch.Elapsed.TotalSeconds);
        }

        return times.Order().ElementAt(times.Count / 2);
    }
}
