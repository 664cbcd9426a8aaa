using LlzoGraph.Api.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LlzoGraph.Api;

/// <summary>Maps the GraphQL endpoint. Needs <see cref="LlzoGraphApiServiceCollectionExtensions.AddLlzoGraphApi"/> and an <c>IGraphStore</c>.</summary>
public static class LlzoGraphEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Serves GraphQL at <paramref name="path"/>: <c>POST</c> (JSON body <c>{query, variables, operationName}</c>) and
    /// <c>GET</c> (<c>?query=…&amp;variables=…&amp;operationName=…</c>); other methods get 405. Also serves
    /// <c>GET /comparison.csv?properties=…&amp;rows=STRATEGY|PAPER&amp;kinds=…&amp;paper=…</c>.
    /// </summary>
    public static IEndpointRouteBuilder MapLlzoGraphEndpoints(this IEndpointRouteBuilder endpoints, string path = "/graphql")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        endpoints.Map(path, (RequestDelegate)(http => http.RequestServices.GetRequiredService<GraphQLHttpHandler>().HandleAsync(http)))
            .WithDisplayName("LlzoGraph GraphQL");
        endpoints.MapGet("/comparison.csv", (RequestDelegate)ComparisonCsv.HandleAsync).WithDisplayName("LlzoGraph comparison table as CSV");
        return endpoints;
    }
}
