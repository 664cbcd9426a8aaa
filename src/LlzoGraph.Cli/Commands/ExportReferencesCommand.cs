using System.CommandLine;
using System.Globalization;
using LlzoGraph.Core.Text;
using System.Text.Json;
using LlzoGraph.Cli.Hosting;

namespace LlzoGraph.Cli.Commands;

/// <summary>
/// `llzograph export references --format csv|bibtex [--paper ID | --where FILTER]`: a paper's reference list, or the
/// works behind the measurements a filter selects (the same `where` the GraphQL `measurements` field takes).
/// </summary>
internal static class ExportReferencesCommand
{
    private const string Fields = "number firstAuthor authors title journal year volume pages doi bibtex";
    private static readonly string[] PaperPath = ["paper", "references"];
    private static readonly string[] WorksPath = ["worksBehind"];
    private static readonly string[] AllPath = ["references"];

    public static Command Build()
    {
        var format = new Option<string>("--format") { Description = "csv or bibtex", DefaultValueFactory = _ => "bibtex" };
        format.AcceptOnlyFromAmong("csv", "bibtex");
        var paper = new Option<string?>("--paper") { Description = "The citing paper's id: export its reference list" };
        var where = new Option<string?>("--where")
        {
            Description = "A measurement filter in GraphQL, e.g. '{property: {eq: CRITICAL_CURRENT_DENSITY}, value: {gt: 2, unit: \"mA/cm2\"}}': export the works behind those measurements",
        };
        var output = new Option<string?>("--output", "-o") { Description = "File to write (default: standard output)" };
        var db = CommonOptions.Database();
        var command = new Command("references", "Export cited works as CSV or BibTeX") { format, paper, where, output, db };
        command.SetAction(async (parse, ct) =>
        {
            var (query, path) = (parse.GetValue(paper), parse.GetValue(where)) switch
            {
                ({ } id, null) => ($"query($id: ID!) {{ paper(id: $id) {{ references {{ {Fields} }} }} }}", PaperPath),
                (null, { } filter) => ($"{{ worksBehind(where: {filter}) {{ {Fields} }} }}", WorksPath),
                (null, null) => ($"{{ references(first: 1000) {{ {Fields} }} }}", AllPath),
                _ => (string.Empty, Array.Empty<string>()),
            };
            if (query.Length == 0)
            {
                await Console.Error.WriteLineAsync("give --paper or --where, not both");
                return 2;
            }

            await using var store = await Composition.OpenStoreAsync(parse.GetValue(db)!, ct);
            var variables = parse.GetValue(paper) is { } p ? JsonSerializer.Serialize(new { id = p }) : null;
            using var json = JsonDocument.Parse(await QueryCommand.RunAsync(store, query, variables, ct));
            if (json.RootElement.TryGetProperty("errors", out var errors))
            {
                await Console.Error.WriteLineAsync(errors.ToString());
                return 1;
            }

            var node = json.RootElement.GetProperty("data");
            foreach (var step in path)
            {
                node = node.GetProperty(step);
                if (node.ValueKind == JsonValueKind.Null)
                {
                    await Console.Error.WriteLineAsync($"no paper with id '{parse.GetValue(paper)}'");
                    return 1;
                }
            }

            var file = parse.GetValue(output);
            await using var writer = file is null ? Console.Out : new StreamWriter(file);
            Write(writer, node.EnumerateArray().ToList(), parse.GetValue(format)!);
            return 0;
        });
        return command;
    }

    internal static void Write(TextWriter writer, IReadOnlyList<JsonElement> references, string format)
    {
        if (format == "bibtex")
        {
            foreach (var r in references)
            {
                writer.WriteLine(r.GetProperty("bibtex").GetString());
            }

            return;
        }

        writer.WriteLine("number,first_author,authors,title,journal,year,volume,pages,doi");
        foreach (var r in references)
        {
            string[] cells =
            [
                r.GetProperty("number").GetInt32().ToString(CultureInfo.InvariantCulture), Text(r, "firstAuthor"),
                string.Join("; ", r.GetProperty("authors").EnumerateArray().Select(a => a.GetString())), Text(r, "title"), Text(r, "journal"),
                r.GetProperty("year").ValueKind == JsonValueKind.Number ? r.GetProperty("year").GetInt32().ToString(CultureInfo.InvariantCulture) : string.Empty,
                Text(r, "volume"), Text(r, "pages"), Text(r, "doi"),
            ];
            writer.WriteLine(string.Join(',', cells.Select(Csv.Quote)));
        }
    }

    private static string Text(JsonElement e, string name) => e.GetProperty(name).GetString() ?? string.Empty;
}
