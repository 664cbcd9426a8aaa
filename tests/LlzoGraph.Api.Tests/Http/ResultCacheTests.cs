using System.Net.Http.Json;
using LlzoGraph.Api.Tests.TestDoubles;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;

namespace LlzoGraph.Api.Tests.Http;

/// <summary>With a result cache, a repeated read is answered without the store until the store's data version changes.</summary>
public sealed class ResultCacheTests : IAsyncLifetime
{
    private readonly InMemoryGraphStore store = Fixtures.Store();
    private WebApplication? app;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        app = await ApiHost.StartAsync(store, o => o.ResultCacheSize = 8);
        client = app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await app!.DisposeAsync();
    }

    [Fact]
    public async Task A_repeated_read_is_answered_from_the_cache_until_the_store_is_written()
    {
        store.DataVersion = 1;
        var first = await PostAsync(ExampleQueryTests.Example);
        var asked = store.Queries.Count;
        var second = await PostAsync(ExampleQueryTests.Example);

        Assert.Equal(first, second);
        Assert.Equal(asked, store.Queries.Count);

        store.DataVersion = 2; // a write
        var third = await PostAsync(ExampleQueryTests.Example);
        Assert.Equal(first, third);
        Assert.True(store.Queries.Count > asked);
    }

    [Fact]
    public async Task Answers_with_errors_and_stores_without_a_version_are_never_cached()
    {
        store.DataVersion = 1;
        const string badUnit = """{ measurements { value(unit: "parsec") } }""";
        await PostAsync(badUnit);
        var asked = store.Queries.Count;
        await PostAsync(badUnit);
        Assert.True(store.Queries.Count > asked);

        store.DataVersion = null;
        await PostAsync(ExampleQueryTests.Example);
        asked = store.Queries.Count;
        await PostAsync(ExampleQueryTests.Example);
        Assert.True(store.Queries.Count > asked);
    }

    [Fact]
    public async Task Different_variables_are_different_answers()
    {
        store.DataVersion = 1;
        const string query = "query($n: Int) { measurements(first: $n) { id } }";

        var one = await PostAsync(query, new { n = 1 });
        var two = await PostAsync(query, new { n = 2 });

        Assert.NotEqual(one, two);
        Assert.Equal(two, await PostAsync(query, new { n = 2 }));
    }

    private async Task<string> PostAsync(string query, object? variables = null)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        return await response.Content.ReadAsStringAsync();
    }
}
