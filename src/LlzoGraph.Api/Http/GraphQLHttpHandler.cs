using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using LlzoGraph.Api.Auth;
using LlzoGraph.Api.Execution;
using LlzoGraph.Core.Ports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace LlzoGraph.Api.Http;

/// <summary>
/// GraphQL over HTTP, the small part of the spec this API needs. <c>POST</c> with an <c>application/json</c> body
/// <c>{query, variables, operationName}</c>, or <c>GET</c> with the same as query-string parameters. Answers:
/// 200 with the result once the request executed (field errors included); 400 when there is nothing to execute
/// (no query, malformed JSON or variables, a syntax or validation error); 405 for other methods; 415 for a
/// body that is not JSON; 413 for a body over <see cref="LlzoGraphApiOptions.MaxRequestBodyBytes"/>; 503 for a
/// request stopped at <see cref="LlzoGraphApiOptions.ExecutionTimeout"/>. A browser's plain GET gets a query page.
/// With <see cref="LlzoGraphApiOptions.ResultCacheSize"/> set, answers of read-only requests are kept until the store is written to.
/// Every answer, errors included, is a GraphQL JSON result.
/// </summary>
internal sealed class GraphQLHttpHandler(LlzoGraphExecutor executor, IGraphQLTextSerializer serializer, IOptions<LlzoGraphApiOptions> options)
{
    private const string JsonContentType = "application/json; charset=utf-8";

    private readonly ResultCache results = new(options.Value.ResultCacheSize);

    public async Task HandleAsync(HttpContext http)
    {
        var method = http.Request.Method;
        var crossOrigin = AllowCrossOrigin(http);
        if (HttpMethods.IsOptions(method) && crossOrigin)
        {
            http.Response.Headers.AccessControlAllowMethods = "GET, POST";
            http.Response.Headers.AccessControlAllowHeaders = "Content-Type, Authorization, X-Api-Key";
            http.Response.Headers.AccessControlMaxAge = "600";
            http.Response.StatusCode = StatusCodes.Status204NoContent;
            return;
        }

        if (!HttpMethods.IsGet(method) && !HttpMethods.IsPost(method))
        {
            http.Response.Headers.Allow = "GET, POST";
            await WriteAsync(http, StatusCodes.Status405MethodNotAllowed,
                LlzoGraphExecutor.RequestError($"method {method} is not allowed; use GET or POST", "METHOD_NOT_ALLOWED"));
            return;
        }

        if (HttpMethods.IsGet(method) && !http.Request.Query.ContainsKey("query") && AcceptsHtml(http.Request))
        {
            http.Response.ContentType = "text/html; charset=utf-8";
            await http.Response.WriteAsync(ExplorerPage.Html, http.RequestAborted);
            return;
        }

        var read = HttpMethods.IsGet(method) ? FromQueryString(http.Request.Query) : await FromBodyAsync(http.Request, http.RequestAborted);
        if (read.Request is not { } request)
        {
            await WriteAsync(http, read.Status, LlzoGraphExecutor.RequestError(read.Message!, read.Code!));
            return;
        }

        if (string.IsNullOrWhiteSpace(request.Query))
        {
            await WriteAsync(http, StatusCodes.Status400BadRequest, LlzoGraphExecutor.RequestError("the request has no query", "MISSING_QUERY"));
            return;
        }

        if (HttpMethods.IsGet(method) && IsMutation(request.Query))
        {
            http.Response.Headers.Allow = "POST";
            await WriteAsync(http, StatusCodes.Status405MethodNotAllowed, LlzoGraphExecutor.RequestError("mutations need POST", "METHOD_NOT_ALLOWED"));
            return;
        }

        var caller = await CallerAsync(http);
        if (caller is null || (caller.Role is null && options.Value.RequireKeyForReading))
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            await WriteAsync(http, StatusCodes.Status401Unauthorized, LlzoGraphExecutor.RequestError(
                caller is null ? "the API key is not known" : "this server needs an API key (Authorization: Bearer <key>)", Caller.UnauthenticatedCode));
            return;
        }

        var version = results.Enabled && http.RequestServices.GetService<IGraphStore>() is { } store
            ? await store.GetDataVersionAsync(http.RequestAborted)
            : null;
        var key = version is null ? null : CacheKey(request, caller);
        if (key is not null && results.Get(key, version!.Value) is { } answer)
        {
            await WriteOkAsync(http, answer);
            return;
        }

        var result = await executor.ExecuteAsync(request, http.RequestServices, caller, http.RequestAborted);
        if (key is not null && result.Executed && result.Errors is null or { Count: 0 }
            && result.Operation?.Operation == GraphQLParser.AST.OperationType.Query)
        {
            answer = System.Text.Encoding.UTF8.GetBytes(serializer.Serialize(result));
            results.Add(key, version!.Value, answer);
            await WriteOkAsync(http, answer);
            return;
        }

        var codes = result.Errors?.Select(e => e.Code).ToHashSet() ?? [];
        var status = codes.Contains(LlzoGraphExecutor.TimeoutCode) ? StatusCodes.Status503ServiceUnavailable
            : codes.Contains(Caller.UnauthenticatedCode) ? StatusCodes.Status401Unauthorized
            : codes.Contains(Caller.ForbiddenCode) ? StatusCodes.Status403Forbidden
            : result.Executed ? StatusCodes.Status200OK
            : StatusCodes.Status400BadRequest;
        await WriteAsync(http, status, result);
    }

    /// <summary>What an answer depends on besides the store's data: the request and who asks.</summary>
    private string CacheKey(GraphQLRequest request, Caller caller) => string.Join('\0',
        request.Query, request.OperationName, serializer.Serialize(request.Variables), serializer.Serialize(request.Extensions), caller.Name, caller.Role);

    /// <summary>Adds the CORS answer when the request's Origin is one the options allow; true when it is.</summary>
    private bool AllowCrossOrigin(HttpContext http)
    {
        var origin = http.Request.Headers.Origin.ToString();
        var allowed = options.Value.CorsOrigins;
        if (origin.Length == 0 || !(allowed.Contains("*") || allowed.Contains(origin, StringComparer.OrdinalIgnoreCase)))
        {
            return false;
        }

        http.Response.Headers.AccessControlAllowOrigin = allowed.Contains("*") ? "*" : origin;
        http.Response.Headers.Vary = "Origin";
        return true;
    }

    /// <summary>The caller named by the request's key (Authorization: Bearer, or X-Api-Key); anonymous without one; null for an unknown key.</summary>
    private static async Task<Caller?> CallerAsync(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        var key = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : http.Request.Headers["X-Api-Key"].ToString().Trim();
        if (key.Length == 0)
        {
            return Caller.Anonymous;
        }

        var keys = http.RequestServices.GetService<IApiKeyStore>();
        var owner = keys is null ? null : await keys.FindKeyAsync(key, http.RequestAborted);
        return owner is null ? null : new Caller(owner.Owner, owner.Role);
    }

    private static bool IsMutation(string? query)
    {
        try
        {
            return GraphQLParser.Parser.Parse(query ?? string.Empty).Definitions
                .OfType<GraphQLParser.AST.GraphQLOperationDefinition>()
                .Any(o => o.Operation == GraphQLParser.AST.OperationType.Mutation);
        }
        catch (GraphQLParser.Exceptions.GraphQLSyntaxErrorException)
        {
            return false; // the executor reports the syntax error
        }
    }

    /// <summary>A browser asking for the endpoint itself gets the query page; tools get JSON.</summary>
    private static bool AcceptsHtml(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    private ReadResult FromQueryString(IQueryCollection query)
    {
        Inputs? variables = null;
        if (query.TryGetValue("variables", out var variablesText) && !string.IsNullOrWhiteSpace(variablesText))
        {
            try
            {
                variables = serializer.Deserialize<Inputs>(variablesText.ToString());
            }
            catch (JsonException e)
            {
                return ReadResult.Fail(StatusCodes.Status400BadRequest, $"the variables parameter is not a JSON object: {e.Message}", "INVALID_VARIABLES");
            }
        }

        return new ReadResult(new GraphQLRequest
        {
            Query = query["query"].ToString(),
            OperationName = query.TryGetValue("operationName", out var name) && !string.IsNullOrEmpty(name) ? name.ToString() : null,
            Variables = variables,
        });
    }

    private async Task<ReadResult> FromBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (mediaType.Charset.HasValue && !mediaType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
        {
            return ReadResult.Fail(StatusCodes.Status415UnsupportedMediaType,
                $"content type \"{request.ContentType}\" is not supported; send application/json in UTF-8", "UNSUPPORTED_MEDIA_TYPE");
        }

        var limit = options.Value.MaxRequestBodyBytes;
        var tooLarge = ReadResult.Fail(StatusCodes.Status413PayloadTooLarge, $"the request body is larger than {limit} bytes", "REQUEST_TOO_LARGE");
        if (request.ContentLength > limit)
        {
            return tooLarge;
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = limit;
        }

        // Bodies without a Content-Length (chunked) are counted as they arrive.
        using var body = new MemoryStream();
        var chunk = new byte[8192];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (body.Length + read > limit)
                {
                    return tooLarge;
                }

                body.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return tooLarge;
        }

        body.Position = 0;
        try
        {
            return await serializer.ReadAsync<GraphQLRequest>(body, cancellationToken) is { } parsed
                ? new ReadResult(parsed)
                : ReadResult.Fail(StatusCodes.Status400BadRequest, "the request body must be a JSON object {query, variables, operationName}", "INVALID_JSON");
        }
        catch (JsonException e)
        {
            return ReadResult.Fail(StatusCodes.Status400BadRequest, $"the request body is not a GraphQL request in JSON: {e.Message}", "INVALID_JSON");
        }
    }

    private async Task WriteAsync(HttpContext http, int status, ExecutionResult result)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = JsonContentType;
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private static async Task WriteOkAsync(HttpContext http, byte[] answer)
    {
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = JsonContentType;
        await http.Response.Body.WriteAsync(answer, http.RequestAborted);
    }

    /// <summary>A request read from HTTP, or the status and error to answer instead.</summary>
    private readonly record struct ReadResult(GraphQLRequest? Request, int Status = StatusCodes.Status200OK, string? Message = null, string? Code = null)
    {
        public static ReadResult Fail(int status, string message, string code) => new(null, status, message, code);
    }
}
