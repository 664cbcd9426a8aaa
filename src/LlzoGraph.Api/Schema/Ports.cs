using GraphQL;
using LlzoGraph.Core.Ports;
using Microsoft.Extensions.DependencyInjection;

namespace LlzoGraph.Api.Schema;

/// <summary>Resolves the ports a resolver needs from the request's services; a store without one is a clear error.</summary>
internal static class Ports
{
    public static IGraphStore Store(IResolveFieldContext ctx) => Services(ctx).GetRequiredService<IGraphStore>();

    public static ICitationGraph Citations(IResolveFieldContext ctx) =>
        Services(ctx).GetService<ICitationGraph>() ?? throw new ExecutionError("this store does not answer citation-graph queries") { Code = "NOT_SUPPORTED" };

    public static ICurationStore Curation(IResolveFieldContext ctx) =>
        Services(ctx).GetService<ICurationStore>() ?? throw new ExecutionError("this store keeps no curation") { Code = "NOT_SUPPORTED" };

    public static IEntityCatalog Entities(IResolveFieldContext ctx) =>
        Services(ctx).GetService<IEntityCatalog>() ?? throw new ExecutionError("this store does not list materials and strategies") { Code = "NOT_SUPPORTED" };

    public static IEntityCuration EntityCuration(IResolveFieldContext ctx) =>
        Services(ctx).GetService<IEntityCuration>() ?? throw new ExecutionError("this store keeps no curation of materials and strategies") { Code = "NOT_SUPPORTED" };

    private static IServiceProvider Services(IResolveFieldContext ctx) =>
        ctx.RequestServices ?? throw new InvalidOperationException("ExecutionOptions.RequestServices is not set");
}
