using LlzoGraph.Core.Queries;

namespace LlzoGraph.Core.Ports;

/// <summary>The materials and strategies of the graph with their aliases, as reviewers browse them.</summary>
public interface IEntityCatalog
{
    Task<EntityPage> FindMaterialsAsync(EntityQuery query, CancellationToken cancellationToken = default);

    Task<EntityPage> FindStrategiesAsync(EntityQuery query, CancellationToken cancellationToken = default);

    /// <summary>The material or strategy with this id (the one it is merged into, for a merged-away id), or null.</summary>
    Task<EntityView?> FindEntityAsync(string id, CancellationToken cancellationToken = default);
}
