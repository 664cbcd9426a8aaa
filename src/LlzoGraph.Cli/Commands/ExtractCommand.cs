using System.CommandLine;
using LlzoGraph.Cli.Hosting;
using LlzoGraph.Cli.Output;

namespace LlzoGraph.Cli.Commands;

/// <summary>`llzograph extract &lt;file&gt;`: print, without a store, the JSON of what the pipeline reads from one file.</summary>
internal static class ExtractCommand
{
    public static Command Build()
    {
        var file = new Argument<string>("file") { Description = "A paper: a PDF, or converted text (.txt, .md)" };
        var command = new Command("extract", "Print the document structure, references and measurements read from one file") { file };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            var result = await Composition.CreatePipeline().ProcessAsync(path, ct);
            if (!result.Ok)
            {
                await Console.Error.WriteLineAsync($"{path}: {result.Error}");
                return 2;
            }

            Console.WriteLine(Json.Serialize(ExtractionJson.From(result.Document!, result.Measurements, result.Citations, result.Flagged)));
            foreach (var f in result.Flagged)
            {
                await Console.Error.WriteLineAsync($"{path}: flagged, not stored: {f.Reason} — {f.Evidence.Text}");
            }

            return 0;
        });
        return command;
    }
}
