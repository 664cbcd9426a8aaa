using System.Text.Json;
using System.Text.Json.Serialization;

namespace LlzoGraph.Store.Sqlite;

/// <summary>The JSON columns of author lists and id lists (conditions and boxes: <see cref="LlzoGraph.Core.Graph.GraphJson"/>).</summary>
internal static class StoreJson
{
    public static string Authors(IReadOnlyList<string> authors) =>
        JsonSerializer.Serialize(authors.ToArray(), StoreJsonContext.Default.StringArray);

    public static IReadOnlyList<string> ReadAuthors(string json) =>
        JsonSerializer.Deserialize(json, StoreJsonContext.Default.StringArray) ?? [];
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(string[][]))]
[JsonSerializable(typeof(LlzoGraph.Core.Curation.CuratedFields))]
internal sealed partial class StoreJsonContext : JsonSerializerContext;
