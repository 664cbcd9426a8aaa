using System.CommandLine;
using System.Text.Json;
using LlzoGraph.Api;
using LlzoGraph.Cli.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace LlzoGraph.Cli.Commands;

/// <summary>`llzograph query [--db PATH] '&lt;graphql&gt;' [--variables JSON]`: run one query and print the JSON response.</summary>
internal static class QueryCommand
{
    public static Command Build()
    {
        var query = new Argument<string>("query") { Description = "The GraphQL query text (or @file to read it from a file)" };
        var variables = new Option<string?>("--variables") { Description = "Variables as a JSON object" };
        var db = CommonOptions.Database();
        var command = new Command("query", "Run a GraphQL query against the store and print the JSON response") { query, variables, db };
        command.SetAction(async (parse, ct) =>
        {
            var text = parse.GetValue(query)!;
            if (text.StartsWith('@'))
            {
                var file = text[1..];
                if (!File.Exists(file))
                {
                    await Console.Error.WriteLineAsync($"{file}: no such query file");
                    return 2;
                }

                text = await File.ReadAllTextAsync(file, ct);
            }

            await using var store = await Composition.OpenStoreAsync(parse.GetValue(db)!, ct);
            var json = await RunAsync(store, text, parse.GetValue(variables), ct);
            Console.WriteLine(json);
            using var doc = JsonDocument.Parse(json);
            return doc.RootElement.TryGetProperty("errors", out _) ? 1 : 0;
        });
        return command;
    }

    public static async Task<string> RunAsync(Core.Ports.IGraphStore store, string query, string? variables, CancellationToken ct)
    {
        var services = new ServiceCollection().AddGraphStore(store).AddLogging().AddLlzoGraphApi();
        await using var provider = services.BuildServiceProvider();
        return await provider.GetRequiredService<GraphQLRunner>().ExecuteAsync(query, variables, ct);
    }
}
