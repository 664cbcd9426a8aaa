using System.CommandLine;
using LlzoGraph.Api;
using LlzoGraph.Cli.Hosting;
using Microsoft.Extensions.Hosting;

namespace LlzoGraph.Cli.Commands;

/// <summary>`llzograph serve [--db PATH] [--urls URL] [--ingest PATHS] [--result-cache N]`: the GraphQL API over the store.</summary>
internal static class ServeCommand
{
    /// <summary>The question the project exists for (see <see cref="ExampleQueries"/>).</summary>
    public const string ExampleQuery = ExampleQueries.InterlayersAboveTwoMilliamperes;

    public static Command Build()
    {
        var db = CommonOptions.Database();
        var urls = new Option<string>("--urls") { Description = "Address to listen on", DefaultValueFactory = _ => ApiHost.DefaultUrl };
        var ingest = new Option<string[]>("--ingest") { Description = "Files or folders to ingest before serving", AllowMultipleArgumentsPerToken = true };
        var keyed = new Option<bool>("--keys-for-reading") { Description = "Require an API key for reading too (mutations always need a curator's key)" };
        var resultCache = new Option<int>("--result-cache")
        {
            Description = "Keep this many answers of read-only requests (each up to 1 MiB), dropped at any write to the store; 0 turns it off",
            DefaultValueFactory = _ => 0,
        };
        var command = new Command("serve", "Serve the GraphQL API (POST/GET /graphql)") { db, urls, ingest, keyed, resultCache };
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(resultCache) < 0)
            {
                await Console.Error.WriteLineAsync($"--result-cache must be 0 or more, not {parse.GetValue(resultCache)}");
                return 1;
            }

            await using var store = await Composition.OpenStoreAsync(parse.GetValue(db)!, ct);
            if (parse.GetValue(ingest) is { Length: > 0 } paths)
            {
                await IngestCommand.RunAsync(store, paths, ct);
            }

            var url = parse.GetValue(urls)!;
            await using var app = ApiHost.Build(store, url, api: o =>
            {
                o.RequireKeyForReading = parse.GetValue(keyed);
                o.ResultCacheSize = parse.GetValue(resultCache);
            });
            try
            {
                await app.StartAsync(ct);
            }
            catch (IOException e)
            {
                await Console.Error.WriteLineAsync($"cannot listen on {url}: {e.Message} (is another server using it? choose another with --urls)");
                return 1;
            }

            var endpoint = url.TrimEnd('/') + "/graphql";
            var body = System.Text.Json.JsonSerializer.Serialize(new { query = ExampleQuery }, Output.Json.Compact);
            Console.WriteLine($"""

                LlzoGraph is serving GraphQL at {endpoint}  (store: {Path.GetFullPath(parse.GetValue(db)!)})
                The example query — which interlayers give a critical current density above 2 mA/cm²?

                {ExampleQuery}

                Ask it over HTTP:

                curl -s {endpoint} -H 'Content-Type: application/json' --data-binary @- <<'JSON'
                {body}
                JSON

                Press Ctrl+C to stop.
                """);
            await app.WaitForShutdownAsync(ct);
            return 0;
        });
        return command;
    }
}
