using System.Text.Json;
using GraphQLParser;
using LlzoGraph.Api.Execution;
using LlzoGraph.Api.Tests.Http;
using LlzoGraph.Api.Tests.TestDoubles;
using LlzoGraph.Core.Ports;
using Microsoft.Extensions.DependencyInjection;

namespace LlzoGraph.Api.Tests.Execution;

/// <summary>Parsed, validated documents are kept by query text, a bounded number of them, and a cached one answers the same.</summary>
public sealed class LruCacheTests
{
    [Fact]
    public void The_least_recently_used_document_goes_first()
    {
        var cache = new LruCache<GraphQLParser.AST.GraphQLDocument>(2);
        cache.Add("a", Parser.Parse("{ a }"));
        cache.Add("b", Parser.Parse("{ b }"));
        Assert.NotNull(cache.Get("a")); // a is now the most recent
        cache.Add("c", Parser.Parse("{ c }"));

        Assert.Null(cache.Get("b"));
        Assert.NotNull(cache.Get("a"));
        Assert.NotNull(cache.Get("c"));
        Assert.Equal(2, cache.Count);
    }

    [Fact]
    public void A_cache_of_size_zero_keeps_nothing()
    {
        var cache = new LruCache<GraphQLParser.AST.GraphQLDocument>(0);
        cache.Add("a", Parser.Parse("{ a }"));
        Assert.Null(cache.Get("a"));
    }

    [Fact]
    public async Task Only_valid_documents_are_cached_and_a_cached_one_answers_the_same()
    {
        await using var services = new ServiceCollection().AddSingleton<IGraphStore>(Fixtures.Store()).AddLlzoGraphApi().BuildServiceProvider();
        var runner = services.GetRequiredService<GraphQLRunner>();
        var executor = services.GetRequiredService<LlzoGraphExecutor>();

        var invalid = await runner.ExecuteAsync("{ measurements { noSuchField } }", null, CancellationToken.None);
        var again = await runner.ExecuteAsync("{ measurements { noSuchField } }", null, CancellationToken.None);
        Assert.Contains("noSuchField", again, StringComparison.Ordinal);
        Assert.Equal(invalid, again);
        Assert.Equal(0, executor.CachedDocuments);

        var first = await runner.ExecuteAsync(ExampleQueryTests.Example, null, CancellationToken.None);
        var cached = await runner.ExecuteAsync(ExampleQueryTests.Example, null, CancellationToken.None);
        Assert.Equal(1, executor.CachedDocuments);
        Assert.Equal(first, cached);
    }

    [Fact]
    public async Task A_cached_document_still_checks_its_variables()
    {
        await using var services = new ServiceCollection().AddSingleton<IGraphStore>(Fixtures.Store()).AddLlzoGraphApi().BuildServiceProvider();
        var runner = services.GetRequiredService<GraphQLRunner>();
        const string query = "query($n: Int) { measurements(first: $n) { id } }";

        var one = await runner.ExecuteAsync(query, """{ "n": 1 }""", CancellationToken.None);
        var wrong = await runner.ExecuteAsync(query, """{ "n": "many" }""", CancellationToken.None);

        Assert.Single(ExampleQueryTests.Ids(JsonDocument.Parse(one).RootElement));
        Assert.Contains("\"errors\"", wrong, StringComparison.Ordinal);
    }
}
