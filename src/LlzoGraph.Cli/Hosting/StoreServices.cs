using LlzoGraph.Core.Ports;
using Microsoft.Extensions.DependencyInjection;

namespace LlzoGraph.Cli.Hosting;

internal static class StoreServices
{
    /// <summary>Registers the store under each port it implements: the graph, and the citation graph when it answers it.</summary>
    public static IServiceCollection AddGraphStore(this IServiceCollection services, IGraphStore store)
    {
        services.AddSingleton(store);
        if (store is ICitationGraph citations)
        {
            services.AddSingleton(citations);
        }

        return services;
    }
}
