using System.CommandLine;
using LlzoGraph.Cli.Hosting;
using LlzoGraph.Cli.Ingest;
using LlzoGraph.Core.Ports;
using Spectre.Console;

namespace LlzoGraph.Cli.Commands;

/// <summary>`llzograph ingest &lt;files or folders&gt; [--db PATH]`: read, extract and store papers, one transaction each.</summary>
internal static class IngestCommand
{
    public static Command Build()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders to ingest", Arity = ArgumentArity.OneOrMore };
        var db = CommonOptions.Database();
        var command = new Command("ingest", "Ingest papers into the graph store") { paths, db };
        command.SetAction(async (parse, ct) =>
        {
            await using var store = await Composition.OpenStoreAsync(parse.GetValue(db)!, ct);
            var summary = await RunAsync(store, parse.GetValue(paths)!, ct);
            return summary.Failures.Count == 0 ? 0 : 2;
        });
        return command;
    }

    /// <summary>Ingests with a progress display and prints the summary; shared with `serve --ingest`.</summary>
    public static async Task<IngestSummary> RunAsync(IGraphStore store, IReadOnlyList<string> paths, CancellationToken ct)
    {
        var pipeline = Composition.CreatePipeline();
        var missing = paths.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
        var files = pipeline.Expand(paths.Except(missing));
        var ingestor = new Ingestor(pipeline, store);
        IngestSummary summary;
        if (AnsiConsole.Profile.Capabilities.Interactive)
        {
            summary = await AnsiConsole.Progress().StartAsync(async ctx =>
            {
                var task = ctx.AddTask("Ingesting", maxValue: Math.Max(1, files.Count));
                return await ingestor.RunAsync(files, (file, result) =>
                {
                    task.Description = Markup.Escape(Path.GetFileName(file));
                    if (result is not null)
                    {
                        task.Increment(1);
                    }
                }, ct);
            });
        }
        else
        {
            summary = await ingestor.RunAsync(files, (file, result) =>
            {
                if (result is not null)
                {
                    Console.Error.WriteLine(result.Ok
                        ? $"ingested {file}: {result.Graph!.Measurements.Count} measurements, {result.Document!.References.Count} references"
                        : $"failed   {file}: {result.Error}");
                }
            }, ct);
        }

        var failures = missing.Select(m => (m, "no such file or folder")).Concat(summary.Failures).ToList();
        summary = summary with { Failures = failures };
        Print(summary, files.Count);
        return summary;
    }

    private static void Print(IngestSummary summary, int files)
    {
        var table = new Table().AddColumns("files", "papers", "measurements", "references", "failures");
        table.AddRow($"{files}", $"{summary.Papers}", $"{summary.Measurements}", $"{summary.References}", $"{summary.Failures.Count}");
        AnsiConsole.Write(table);
        foreach (var (path, reason) in summary.Failures)
        {
            AnsiConsole.MarkupLine($"[red]failed[/] {Markup.Escape(path)}: {Markup.Escape(reason)}");
        }
    }
}
