using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using LlzoGraph.Api.Execution;
using LlzoGraph.Api.Http;
using LlzoGraph.Api.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LlzoGraph.Api;

/// <summary>Registers the GraphQL API; shared by the HTTP host and the CLI.</summary>
public static class LlzoGraphApiServiceCollectionExtensions
{
    /// <summary>
    /// Registers the schema (a singleton, built and checked here), the executer, the JSON serializer,
    /// <see cref="GraphQLRunner"/> and the HTTP handler. The host registers the <c>IGraphStore</c> they read.
    /// </summary>
    public static IServiceCollection AddLlzoGraphApi(this IServiceCollection services, Action<LlzoGraphApiOptions>? configure = null)
    {
        var options = services.AddOptions<LlzoGraphApiOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.Validate(o => o.MaxRequestBodyBytes > 0, "LlzoGraphApiOptions.MaxRequestBodyBytes must be positive");
        options.Validate(o => o.MaxDepth > 0 && o.MaxComplexity > 0 && o.MaxFilterNodes > 0 && o.ExecutionTimeout > TimeSpan.Zero,
            "LlzoGraphApiOptions.MaxDepth, MaxComplexity, MaxFilterNodes and ExecutionTimeout must be positive");
        options.Validate(o => o.DocumentCacheSize >= 0 && o.ResultCacheSize >= 0, "LlzoGraphApiOptions.DocumentCacheSize and ResultCacheSize must not be negative");
        services.AddLogging();
        services.TryAddSingleton<ISchema>(_ =>
        {
            var schema = new LlzoGraphSchema();
            schema.Initialize();
            return schema;
        });
        services.TryAddSingleton<IDocumentExecuter, DocumentExecuter>();
        // unicode stays readable (Li₃PO₄, Ω·cm2) instead of \u escapes
        services.TryAddSingleton<IGraphQLTextSerializer>(_ => new GraphQLSerializer(new System.Text.Json.JsonSerializerOptions
        {
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }));
        services.TryAddSingleton(sp => new LlzoGraphExecutor(
            sp.GetRequiredService<ISchema>(), sp.GetRequiredService<IDocumentExecuter>(), sp.GetRequiredService<IOptions<LlzoGraphApiOptions>>(),
            sp.GetRequiredService<ILogger<LlzoGraphExecutor>>()));
        services.TryAddSingleton(sp => new GraphQLRunner(
            sp.GetRequiredService<LlzoGraphExecutor>(), sp.GetRequiredService<IGraphQLTextSerializer>(), sp.GetRequiredService<IServiceScopeFactory>()));
        services.TryAddSingleton(sp => new GraphQLHttpHandler(
            sp.GetRequiredService<LlzoGraphExecutor>(), sp.GetRequiredService<IGraphQLTextSerializer>(),
            sp.GetRequiredService<IOptions<LlzoGraphApiOptions>>()));
        return services;
    }
}
