using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;

namespace LlzoGraph.Cli.Load;

/// <summary>
/// A closed-loop HTTP load generator for the GraphQL endpoint: <see cref="LoadSettings.Connections"/> workers each
/// send the same POST, wait for the whole answer and send again, first for the warm-up (not counted), then until
/// the duration ends or the request budget is spent. Each answer is checked: status 200, a JSON body with
/// <c>data</c> and no <c>errors</c>; anything else counts as an error.
/// </summary>
internal sealed class LoadGenerator(LoadSettings settings, HttpMessageHandler? handler = null)
{
    public async Task<LoadReport> RunAsync(CancellationToken cancellationToken)
    {
        if (settings.Problem() is { } problem)
        {
            throw new InvalidOperationException(problem);
        }

        using var client = new HttpClient(handler ?? new SocketsHttpHandler
        {
            MaxConnectionsPerServer = settings.Connections,
            UseProxy = false,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        }, disposeHandler: handler is null)
        {
            Timeout = TimeSpan.FromSeconds(30),
        };

        if (settings.Warmup > TimeSpan.Zero)
        {
            await PhaseAsync(client, settings.Warmup, budget: null, cancellationToken);
        }

        var clock = Stopwatch.StartNew();
        var workers = await PhaseAsync(client, settings.Duration, settings.Requests, cancellationToken);
        var elapsed = clock.Elapsed;
        var latencies = workers.SelectMany(w => w.Milliseconds).Order().ToList();
        return new LoadReport(latencies.Count, workers.Sum(w => w.Errors), elapsed, settings.Connections, latencies,
            workers.Select(w => w.FirstError).FirstOrDefault(e => e is not null));
    }

    /// <summary>Runs every worker until <paramref name="length"/> has passed or <paramref name="budget"/> requests have been sent.</summary>
    private async Task<Worker[]> PhaseAsync(HttpClient client, TimeSpan length, int? budget, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(length.TotalSeconds * Stopwatch.Frequency);
        var remaining = budget ?? int.MaxValue;
        var workers = Enumerable.Range(0, settings.Connections).Select(_ => new Worker()).ToArray();
        await Task.WhenAll(workers.Select(async worker =>
        {
            while (Stopwatch.GetTimestamp() < deadline && Interlocked.Decrement(ref remaining) >= 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var started = Stopwatch.GetTimestamp();
                var error = await SendAsync(client, cancellationToken);
                worker.Milliseconds.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (error is not null)
                {
                    worker.Errors++;
                    worker.FirstError ??= error;
                }
            }
        }));
        return workers;
    }

    /// <summary>One request; null when it was answered with data and no errors, else what went wrong.</summary>
    private async Task<string?> SendAsync(HttpClient client, CancellationToken cancellationToken)
    {
        try
        {
            using var content = new StringContent(settings.Body, Encoding.UTF8, "application/json");
            using var response = await client.PostAsync(settings.Url, content, cancellationToken);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return $"HTTP {(int)response.StatusCode}";
            }

            using var json = JsonDocument.Parse(body);
            if (json.RootElement.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0)
            {
                return "GraphQL error: " + (errors[0].TryGetProperty("message", out var message) ? message.GetString() : errors[0].GetRawText());
            }

            return json.RootElement.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object ? null : "no data in the answer";
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return e.GetType().Name + ": " + e.Message;
        }
    }

    private sealed class Worker
    {
        public List<double> Milliseconds { get; } = [];

        public int Errors { get; set; }

        public string? FirstError { get; set; }
    }
}
