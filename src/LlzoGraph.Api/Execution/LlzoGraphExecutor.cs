using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using Microsoft.Extensions.Logging;

namespace LlzoGraph.Api.Execution;

/// <summary>
/// Runs one GraphQL request against the schema with the caller's services (the store comes from them).
/// Shared by the HTTP endpoint and <see cref="GraphQLRunner"/> so both answer identically.
/// </summary>
internal sealed partial class LlzoGraphExecutor(ISchema schema, IDocumentExecuter executer, ILogger<LlzoGraphExecutor> logger)
{
    public Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, IServiceProvider requestServices, CancellationToken cancellationToken) =>
        executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = schema,
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = requestServices,
            CancellationToken = cancellationToken,
            UnhandledExceptionDelegate = context =>
            {
                LogUnhandled(logger, context.OriginalException, context.FieldContext?.FieldDefinition.Name ?? "(request)");
                return Task.CompletedTask;
            },
        });

    /// <summary>A result that carries one request error and no data, for requests that never reach execution.</summary>
    public static ExecutionResult RequestError(string message, string code) =>
        new() { Errors = [new ExecutionError(message) { Code = code }] };

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "GraphQL resolver for {Field} failed")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string field);
}
