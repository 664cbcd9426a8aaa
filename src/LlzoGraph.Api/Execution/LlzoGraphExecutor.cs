using System.Diagnostics;
using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LlzoGraph.Api.Execution;

/// <summary>
/// Runs one GraphQL request against the schema with the caller's services (the store comes from them).
/// Shared by the HTTP endpoint and <see cref="GraphQLRunner"/> so both answer identically.
/// </summary>
internal sealed partial class LlzoGraphExecutor(ISchema schema, IDocumentExecuter executer, IOptions<LlzoGraphApiOptions> options, ILogger<LlzoGraphExecutor> logger)
{
    /// <summary>The code of the error a request gets when it runs past <see cref="LlzoGraphApiOptions.ExecutionTimeout"/>.</summary>
    public const string TimeoutCode = "TIMEOUT";

    private static readonly GraphQLDocumentBuilder Builder = new();

    private readonly ComplexityValidationRule complexity =
        new(new ComplexityOptions { MaxDepth = options.Value.MaxDepth, MaxComplexity = options.Value.MaxComplexity });

    private readonly LruCache<GraphQLDocument> documents = new(options.Value.DocumentCacheSize);

    private IValidationRule[] Rules => field ??= [.. DocumentValidator.CoreRules, complexity];

    /// <summary>The rules a cached document is checked by again: only complexity, which may count variables (a page size).</summary>
    private IValidationRule[] CachedRules => field ??= [complexity];

    /// <summary>How many documents are cached now.</summary>
    internal int CachedDocuments => documents.Count;

    public async Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, IServiceProvider requestServices, Auth.Caller caller, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.ExecutionTimeout);
        ExecutionResult result;
        var cached = request.Query is { } text ? documents.Get(text) : null;
        var parsed = cached ?? Parse(request.Query);
        try
        {
            var execution = new ExecutionOptions
            {
                Schema = schema,
                Query = request.Query,
                Document = parsed,
                OperationName = request.OperationName,
                Variables = request.Variables,
                Extensions = request.Extensions,
                RequestServices = requestServices,
                UserContext = caller.ToUserContext(),
                CancellationToken = timeout.Token,
                ValidationRules = cached is null ? Rules : CachedRules,
                UnhandledExceptionDelegate = context =>
                {
                    LogUnhandled(logger, context.OriginalException, context.FieldContext?.FieldDefinition.Name ?? "(request)");
                    return Task.CompletedTask;
                },
            };
            result = await executer.ExecuteAsync(execution);
            if (cached is null && parsed is not null && result.Executed && request.Query is { } query)
            {
                documents.Add(query, parsed); // executed means it passed validation
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            result = RequestError($"the request ran longer than {options.Value.ExecutionTimeout.TotalSeconds:0.###} s and was stopped", TimeoutCode);
        }

        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        LogRequest(logger, request.OperationName ?? "(anonymous)", result.Executed, result.Errors?.Count ?? 0, elapsed);
        return result;
    }

    /// <summary>The query parsed as the executer parses it; null when it cannot be, so that the executer reports why.</summary>
    private static GraphQLDocument? Parse(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return null;
        }

        try
        {
            return Builder.Build(query);
        }
        catch (Exception e) when (e is ExecutionError or GraphQLParser.Exceptions.GraphQLParserException)
        {
            return null;
        }
    }

    /// <summary>A result that carries one request error and no data, for requests that never reach execution.</summary>
    public static ExecutionResult RequestError(string message, string code) =>
        new() { Errors = [new ExecutionError(message) { Code = code }] };

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "GraphQL {Operation}: executed {Executed}, {Errors} errors, {Milliseconds} ms")]
    private static partial void LogRequest(ILogger logger, string operation, bool executed, int errors, double milliseconds);

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "GraphQL resolver for {Field} failed")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string field);
}
