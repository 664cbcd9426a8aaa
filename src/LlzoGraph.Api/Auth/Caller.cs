using GraphQL;
using LlzoGraph.Core.Ports;

namespace LlzoGraph.Api.Auth;

/// <summary>
/// Who sends a request: the owner and role of its API key, the local user of the command line (an admin, who
/// could edit the store file anyway), or nobody. Carried in the GraphQL user context.
/// </summary>
public sealed record Caller(string Name, ApiRole? Role)
{
    public const string UnauthenticatedCode = "UNAUTHENTICATED";
    public const string ForbiddenCode = "FORBIDDEN";

    private const string ContextKey = "llzograph.caller";

    public static readonly Caller Anonymous = new("anonymous", null);

    public static Caller LocalUser => new("local:" + Environment.UserName, ApiRole.Admin);

    public Dictionary<string, object?> ToUserContext() => new() { [ContextKey] = this };

    public static Caller Of(IResolveFieldContext context) =>
        context.UserContext.TryGetValue(ContextKey, out var caller) && caller is Caller c ? c : Anonymous;

    /// <summary>Throws the GraphQL error that refuses the request unless the caller may curate.</summary>
    public void RequireCurator()
    {
        if (Role is null)
        {
            throw new ExecutionError("this needs an API key with the curator or admin role (Authorization: Bearer <key>)") { Code = UnauthenticatedCode };
        }

        if (Role is ApiRole.Reader)
        {
            throw new ExecutionError($"{Name} holds a reader key; curating needs the curator or admin role") { Code = ForbiddenCode };
        }
    }
}
