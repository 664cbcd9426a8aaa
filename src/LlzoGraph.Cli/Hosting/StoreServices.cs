using LlzoGraph.Core.Ports;
using Microsoft.Extensions.DependencyInjection;

namespace LlzoGraph.Cli.Hosting;

internal static class StoreServices
{
    /// <summary>Registers the store under each port it implements: the graph, and the citation graph, curation, entities and API keys when it has them.</summary>
    public static IServiceCollection AddGraphStore(this IServiceCollection services, IGraphStore store)
    {
        services.AddSingleton(store);
        if (store is ICitationGraph citations)
        {
            services.AddSingleton(citations);
        }

        if (store is ICurationStore curation)
        {
            services.AddSingleton(curation);
        }

        if (store is IEntityCatalog entities)
        {
            services.AddSingleton(entities);
        }

        if (store is IEntityCuration entityCuration)
        {
            services.AddSingleton(entityCuration);
        }

        if (store is IApiKeyStore keys)
        {
            services.AddSingleton(keys);
        }

        return services;
    }
}
