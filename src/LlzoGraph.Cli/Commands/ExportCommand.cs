using System.CommandLine;
using LlzoGraph.Cli.Hosting;
using LlzoGraph.Cli.Output;
using LlzoGraph.Core.Queries;

namespace LlzoGraph.Cli.Commands;

/// <summary>`llzograph export [--db PATH] --format json|csv [--output FILE]`: every stored measurement.</summary>
internal static class ExportCommand
{
    private const int Page = 1000;

    public static Command Build()
    {
        var format = new Option<string>("--format") { Description = "json or csv", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "csv");
        var output = new Option<string?>("--output", "-o") { Description = "File to write (default: standard output)" };
        var db = CommonOptions.Database();
        var command = new Command("export", "Export every measurement with its subject, values, conditions, references and evidence")
        {
            format, output, db, ExportReferencesCommand.Build(),
        };
        command.SetAction(async (parse, ct) =>
        {
            await using var store = await Composition.OpenStoreAsync(parse.GetValue(db)!, ct);
            var all = new List<MeasurementView>();
            for (var offset = 0; ; offset += Page)
            {
                var page = await store.FindMeasurementsAsync(new MeasurementQuery { Offset = offset, Limit = Page }, ct);
                all.AddRange(page);
                if (page.Count < Page)
                {
                    break;
                }
            }

            var path = parse.GetValue(output);
            await using var writer = path is null ? Console.Out : new StreamWriter(path);
            if (parse.GetValue(format) == "csv")
            {
                MeasurementExport.WriteCsv(writer, all);
            }
            else
            {
                MeasurementExport.WriteJson(writer, all);
            }

            return 0;
        });
        return command;
    }
}
