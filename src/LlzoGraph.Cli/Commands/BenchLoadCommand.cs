using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using LlzoGraph.Api;
using LlzoGraph.Cli.Load;

namespace LlzoGraph.Cli.Commands;

/// <summary>
/// `llzograph bench load --url http://127.0.0.1:PORT/graphql [--query example|comparison] [--connections 8]
/// [--duration 30s] [--warmup 5s] [--requests N]`: a bounded loopback load test of a running `serve`, printing
/// requests, throughput, latency percentiles and errors. Exits 1 when any request failed.
/// </summary>
internal static class BenchLoadCommand
{
    /// <summary>The comparison table the benchmark asks for: interlayers by critical current density and interfacial resistance.</summary>
    public const string ComparisonQuery = """
        {
          comparisonTable(properties: [CRITICAL_CURRENT_DENSITY, INTERFACIAL_RESISTANCE], kinds: [INTERLAYER]) {
            rows { label kind cells { property unit count value min max } }
          }
        }
        """;

    public static Command Build()
    {
        var url = new Option<string>("--url") { Description = "The GraphQL endpoint of a running server, on this machine", Required = true };
        var query = new Option<string>("--query") { Description = "What to send: example (the README's query) or comparison (a comparison table)", DefaultValueFactory = _ => "example" };
        query.AcceptOnlyFromAmong("example", "comparison");
        var connections = new Option<int>("--connections") { Description = $"Concurrent connections, 1 to {LoadSettings.MaxConnections}", DefaultValueFactory = _ => 8 };
        var duration = new Option<string>("--duration") { Description = "How long to measure (30s, 2m, 500ms)", DefaultValueFactory = _ => "30s" };
        var warmup = new Option<string>("--warmup") { Description = "How long to send first without measuring", DefaultValueFactory = _ => "5s" };
        var requests = new Option<int?>("--requests") { Description = "Stop after this many measured requests (the duration still bounds the run)" };
        var command = new Command("load", "Load-test a running GraphQL endpoint on this machine: throughput, p50/p90/p99/max latency, errors")
        {
            url, query, connections, duration, warmup, requests,
        };
        command.SetAction(async (parse, ct) =>
        {
            if (!Uri.TryCreate(parse.GetValue(url), UriKind.Absolute, out var target))
            {
                await Console.Error.WriteLineAsync($"--url \"{parse.GetValue(url)}\" is not an absolute URL");
                return 2;
            }

            var (measure, measureProblem) = ParseDuration(parse.GetValue(duration)!);
            var (warm, warmProblem) = ParseDuration(parse.GetValue(warmup)!);
            if ((measureProblem ?? warmProblem) is { } badDuration)
            {
                await Console.Error.WriteLineAsync(badDuration);
                return 2;
            }

            var text = parse.GetValue(query) == "comparison" ? ComparisonQuery : ExampleQueries.InterlayersAboveTwoMilliamperes;
            var settings = new LoadSettings(target, RequestBody(text), parse.GetValue(connections), measure, warm, parse.GetValue(requests));
            if (settings.Problem() is { } problem)
            {
                await Console.Error.WriteLineAsync(problem);
                return 2;
            }

            var report = await new LoadGenerator(settings).RunAsync(ct);
            Console.WriteLine($"{parse.GetValue(query)} query against {target}");
            Console.WriteLine(report);
            return report.Errors == 0 ? 0 : 1;
        });
        return command;
    }

    /// <summary>The JSON body of a GraphQL POST carrying <paramref name="query"/>.</summary>
    public static string RequestBody(string query) =>
        JsonSerializer.Serialize(new Dictionary<string, string> { ["query"] = query }, Output.Json.Compact);

    /// <summary>"30s", "2m", "500ms" or a plain number of seconds.</summary>
    public static (TimeSpan Value, string? Problem) ParseDuration(string text)
    {
        var trimmed = text.Trim();
        var (number, scale) = trimmed.EndsWith("ms", StringComparison.OrdinalIgnoreCase) ? (trimmed[..^2], 0.001)
            : trimmed.EndsWith('s') ? (trimmed[..^1], 1.0)
            : trimmed.EndsWith('m') ? (trimmed[..^1], 60.0)
            : (trimmed, 1.0);
        return double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0 && double.IsFinite(value)
            ? (TimeSpan.FromSeconds(value * scale), null)
            : (TimeSpan.Zero, $"\"{text}\" is not a duration (30s, 2m, 500ms)");
    }
}
