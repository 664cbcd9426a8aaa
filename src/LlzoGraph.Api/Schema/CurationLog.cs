using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace LlzoGraph.Api.Schema;

/// <summary>Structured logs of the curators' mutations: who did what to which node.</summary>
internal static partial class CurationLog
{
    /// <summary>The curation logger of the request's services (none when the host registers no logging).</summary>
    public static ILogger Logger(IResolveFieldContext ctx) =>
        ctx.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger("LlzoGraph.Api.Curation") ?? NullLogger.Instance;

    [LoggerMessage(EventId = 20, Level = LogLevel.Information, Message = "Curation by {Author}: {Action} {Target}")]
    public static partial void Edited(ILogger logger, string author, string action, string target);

    [LoggerMessage(EventId = 21, Level = LogLevel.Warning, Message = "Curation by {Author} refused: {Action} {Target}: {Reason}")]
    public static partial void Refused(ILogger logger, string author, string action, string target, string reason);
}
