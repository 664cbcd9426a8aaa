using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using LlzoGraph.Api.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace LlzoGraph.Api;

/// <summary>
/// Executes a GraphQL query without HTTP and returns the same JSON the endpoint would send (the CLI's
/// <c>llzograph query</c>). Each call gets its own service scope, so a scoped <c>IGraphStore</c> is disposed after it.
/// It runs as the local user, an admin: whoever can run it can edit the store file anyway.
/// Never throws for a bad query or bad variables: those come back as a JSON result with <c>errors</c>.
/// </summary>
public sealed class GraphQLRunner
{
    private readonly LlzoGraphExecutor executor;
    private readonly IGraphQLTextSerializer serializer;
    private readonly IServiceScopeFactory scopes;

    internal GraphQLRunner(LlzoGraphExecutor executor, IGraphQLTextSerializer serializer, IServiceScopeFactory scopes)
    {
        this.executor = executor;
        this.serializer = serializer;
        this.scopes = scopes;
    }

    /// <summary>Runs <paramref name="query"/> with optional <paramref name="variablesJson"/> (a JSON object) and returns the JSON result.</summary>
    public async Task<string> ExecuteAsync(string query, string? variablesJson, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return serializer.Serialize(LlzoGraphExecutor.RequestError("the query is empty", "MISSING_QUERY"));
        }

        Inputs? variables = null;
        if (!string.IsNullOrWhiteSpace(variablesJson))
        {
            try
            {
                variables = serializer.Deserialize<Inputs>(variablesJson);
            }
            catch (JsonException e)
            {
                return serializer.Serialize(LlzoGraphExecutor.RequestError($"variables are not a JSON object: {e.Message}", "INVALID_VARIABLES"));
            }
        }

        await using var scope = scopes.CreateAsyncScope();
        var result = await executor.ExecuteAsync(
            new GraphQLRequest { Query = query, Variables = variables }, scope.ServiceProvider, Auth.Caller.LocalUser, cancellationToken);
        return serializer.Serialize(result);
    }
}
