using LlzoGraph.Cli.Commands;
using LlzoGraph.Cli.Hosting;
using LlzoGraph.Cli.Load;
using LlzoGraph.Store.Sqlite;
using Microsoft.AspNetCore.TestHost;

namespace LlzoGraph.Cli.Tests.Load;

public sealed class LoadGeneratorTests
{
    private static readonly Uri Endpoint = new("http://localhost/graphql");

    [Fact]
    public async Task A_bounded_run_sends_exactly_the_requests_asked_for_and_counts_no_errors_on_good_answers()
    {
        using var folder = new TempFolder();
        await using var store = await SqliteGraphStore.OpenAsync(folder.File("load.db"));
        await using var app = ApiHost.Build(store, ApiHost.DefaultUrl, web => web.UseTestServer());
        await app.StartAsync();

        var settings = new LoadSettings(Endpoint, BenchLoadCommand.RequestBody(ServeCommand.ExampleQuery), 2, TimeSpan.FromSeconds(20), TimeSpan.Zero, 12);
        var report = await new LoadGenerator(settings, app.GetTestServer().CreateHandler()).RunAsync(CancellationToken.None);

        Assert.Equal(12, report.Requests);
        Assert.Equal(0, report.Errors);
        Assert.Null(report.FirstError);
        Assert.True(report.Percentile(50) <= report.Percentile(99));
        Assert.True(report.Percentile(99) <= report.Percentile(100));
        Assert.True(report.Throughput > 0);
        await app.StopAsync();
    }

    [Theory]
    [InlineData("{ measurements(where: { value: { gt: 2, unit: \"furlong\" } }) { value } }", "GraphQL error")] // executed: 200 with errors
    [InlineData("{ noSuchField }", "HTTP 400")]                                  // rejected before execution
    public async Task Answers_with_graphql_errors_or_a_status_other_than_200_count_as_errors(string query, string expected)
    {
        using var folder = new TempFolder();
        await using var store = await SqliteGraphStore.OpenAsync(folder.File("load.db"));
        await using var app = ApiHost.Build(store, ApiHost.DefaultUrl, web => web.UseTestServer());
        await app.StartAsync();

        var settings = new LoadSettings(Endpoint, BenchLoadCommand.RequestBody(query), 1, TimeSpan.FromSeconds(20), TimeSpan.Zero, 3);
        var report = await new LoadGenerator(settings, app.GetTestServer().CreateHandler()).RunAsync(CancellationToken.None);

        Assert.Equal(3, report.Requests);
        Assert.Equal(3, report.Errors);
        Assert.StartsWith(expected, report.FirstError, StringComparison.Ordinal);
        await app.StopAsync();
    }

    [Theory]
    [InlineData("http://10.1.2.3:5218/graphql", "loopback")]
    [InlineData("http://example.org/graphql", "loopback")]
    [InlineData("ftp://127.0.0.1/graphql", "http")]
    public async Task Urls_off_this_machine_are_refused_before_anything_is_sent(string url, string expected)
    {
        var settings = new LoadSettings(new Uri(url), "{}", 1, TimeSpan.FromSeconds(1), TimeSpan.Zero, 1);

        Assert.Contains(expected, settings.Problem(), StringComparison.Ordinal);
        await Assert.ThrowsAsync<InvalidOperationException>(() => new LoadGenerator(settings).RunAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData(0, 30, 5, null, "--connections")]
    [InlineData(65, 30, 5, null, "--connections")]
    [InlineData(8, 601, 5, null, "--duration")]
    [InlineData(8, 0, 5, null, "--duration")]
    [InlineData(8, 30, 61, null, "--warmup")]
    [InlineData(8, 30, 5, 0, "--requests")]
    [InlineData(8, 30, 5, 10_000_001, "--requests")]
    public void Counts_and_times_are_bounded(int connections, int seconds, int warmup, int? requests, string expected)
    {
        var settings = new LoadSettings(new Uri("http://127.0.0.1:5218/graphql"), "{}", connections, TimeSpan.FromSeconds(seconds), TimeSpan.FromSeconds(warmup), requests);

        Assert.StartsWith(expected, settings.Problem(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5218/graphql")]
    [InlineData("http://127.9.9.9:5218/graphql")]
    [InlineData("http://[::1]:5218/graphql")]
    [InlineData("http://localhost:5218/graphql")]
    public void Loopback_urls_within_the_bounds_may_run(string url) =>
        Assert.Null(new LoadSettings(new Uri(url), "{}", 8, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(5), null).Problem());

    [Theory]
    [InlineData("30s", 30_000)]
    [InlineData("2m", 120_000)]
    [InlineData("500ms", 500)]
    [InlineData("1.5", 1_500)]
    public void Durations_read_seconds_minutes_and_milliseconds(string text, double milliseconds)
    {
        var (value, problem) = BenchLoadCommand.ParseDuration(text);

        Assert.Null(problem);
        Assert.Equal(milliseconds, value.TotalMilliseconds);
    }

    [Fact]
    public void Percentiles_are_nearest_rank()
    {
        var report = new LoadReport(10, 0, TimeSpan.FromSeconds(2), 1, Enumerable.Range(1, 10).Select(i => (double)i).ToList(), null);

        Assert.Equal(5, report.Percentile(50));
        Assert.Equal(9, report.Percentile(90));
        Assert.Equal(10, report.Percentile(99));
        Assert.Equal(1, report.Percentile(0));
        Assert.Equal(5, report.Throughput);
    }
}
