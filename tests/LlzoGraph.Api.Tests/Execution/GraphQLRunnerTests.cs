using System.Text.Json;
using LlzoGraph.Api.Tests.Http;
using LlzoGraph.Api.Tests.TestDoubles;
using LlzoGraph.Core.Ports;
using Microsoft.Extensions.DependencyInjection;

namespace LlzoGraph.Api.Tests.Execution;

/// <summary>The runner the CLI calls prints what the endpoint sends.</summary>
public sealed class GraphQLRunnerTests(ApiHost host) : IClassFixture<ApiHost>
{
    [Fact]
    public async Task The_runner_returns_the_same_json_as_the_endpoint()
    {
        using var response = await host.Client.PostAsync("/graphql", new StringContent(
            JsonSerializer.Serialize(new { query = ExampleQueryTests.Example }), System.Text.Encoding.UTF8, "application/json"));
        var overHttp = await response.Content.ReadAsStringAsync();

        var runner = host.Services.GetRequiredService<GraphQLRunner>();
        var direct = await runner.ExecuteAsync(ExampleQueryTests.Example, null, CancellationToken.None);

        Assert.Equal(overHttp, direct);
        Assert.Equal(3, ExampleQueryTests.Measurements(JsonDocument.Parse(direct).RootElement).Count);
    }

    [Fact]
    public async Task The_runner_works_without_a_web_host_and_takes_variables()
    {
        await using var services = new ServiceCollection()
            .AddSingleton<IGraphStore>(Fixtures.Store())
            .AddLlzoGraphApi()
            .BuildServiceProvider();
        var runner = services.GetRequiredService<GraphQLRunner>();

        var json = await runner.ExecuteAsync(
            "query($name: String) { measurements(where: { subject: { name: { contains: $name } } }) { id } }",
            """{ "name": "zno" }""",
            CancellationToken.None);

        Assert.Equal(["m-zno"], ExampleQueryTests.Ids(JsonDocument.Parse(json).RootElement));
    }

    [Theory]
    [InlineData("", null, "MISSING_QUERY")]
    [InlineData("{ statistics { papers } }", "{ not json", "INVALID_VARIABLES")]
    [InlineData("{ statistics { papers } }", "[1, 2]", "INVALID_VARIABLES")]
    public async Task Bad_input_comes_back_as_errors_not_exceptions(string query, string? variables, string code)
    {
        var runner = host.Services.GetRequiredService<GraphQLRunner>();

        var json = await runner.ExecuteAsync(query, variables, CancellationToken.None);

        Assert.Equal(code, UnitErrorTests.SingleError(JsonDocument.Parse(json).RootElement).Code);
    }

    [Fact]
    public async Task A_syntax_error_comes_back_as_errors()
    {
        var runner = host.Services.GetRequiredService<GraphQLRunner>();

        var json = await runner.ExecuteAsync("{ measurements(", null, CancellationToken.None);

        var root = JsonDocument.Parse(json).RootElement;
        Assert.NotEmpty(root.GetProperty("errors").EnumerateArray());
        Assert.False(root.TryGetProperty("data", out _));
    }
}

/// <summary>A store failure is a masked field error in the result, not an exception out of the runner.</summary>
public sealed class StoreFailureTests
{
    [Fact]
    public async Task A_failing_store_gives_an_error_without_its_internals()
    {
        await using var services = new ServiceCollection()
            .AddSingleton<IGraphStore>(new FailingGraphStore())
            .AddLlzoGraphApi()
            .BuildServiceProvider();

        var json = await services.GetRequiredService<GraphQLRunner>().ExecuteAsync("{ papers { id } }", null, CancellationToken.None);

        var error = UnitErrorTests.SingleError(JsonDocument.Parse(json).RootElement);
        Assert.Equal(["papers"], error.Path);
        Assert.DoesNotContain("disk on fire", error.Message, StringComparison.Ordinal);
    }

    private sealed class FailingGraphStore : IGraphStore
    {
        public Task UpsertAsync(LlzoGraph.Core.Graph.PaperGraph graph, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<IReadOnlyList<LlzoGraph.Core.Queries.MeasurementView>> FindMeasurementsAsync(
            LlzoGraph.Core.Queries.MeasurementQuery query, CancellationToken cancellationToken = default) => throw new IOException("disk on fire");

        public Task<IReadOnlyList<LlzoGraph.Core.Queries.PaperView>> ListPapersAsync(CancellationToken cancellationToken = default) =>
            throw new IOException("disk on fire");

        public Task<LlzoGraph.Core.Queries.StoreStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) =>
            throw new IOException("disk on fire");

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
