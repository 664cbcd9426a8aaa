using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace LlzoGraph.Api;

/// <summary>Prints a schema as SDL, the text approved in <c>schema/schema.graphql</c>.</summary>
public static class SchemaPrinterExtensions
{
    /// <summary>The schema's SDL with descriptions, <c>\n</c> line endings and one final newline.</summary>
    public static string PrintSdl(this ISchema schema)
    {
        schema.Initialize();
        var sdl = schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true });
        return sdl.ReplaceLineEndings("\n").TrimEnd('\n') + "\n";
    }
}
