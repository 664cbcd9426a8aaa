using System.Text.Json;
using System.Text.Json.Serialization;
using LlzoGraph.Core.Documents;
using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Queries;

namespace LlzoGraph.Core.Graph;

/// <summary>
/// How every store writes the graph's structured values as JSON text: a measurement's conditions
/// (<c>[{"name","value","unit","siValue","siUnit"}]</c>) and an evidence bounding box (<c>{"left","bottom","right","top"}</c>,
/// PDF points). One format, so stores can be migrated into each other.
/// </summary>
public static class GraphJson
{
    public static string Conditions(IReadOnlyList<Condition> conditions) =>
        JsonSerializer.Serialize(
            conditions.Select(c => new ConditionJson(c.Name, c.Quantity.Value, c.Quantity.Unit.Symbol, c.Quantity.SiValue, c.Quantity.Unit.SiSymbol)).ToArray(),
            GraphJsonContext.Default.ConditionJsonArray);

    public static IReadOnlyList<ConditionView> ReadConditions(string json) =>
        (JsonSerializer.Deserialize(json, GraphJsonContext.Default.ConditionJsonArray) ?? [])
            .Select(c => new ConditionView(c.Name, c.Value, c.Unit, c.SiValue, c.SiUnit))
            .ToList();

    public static string? Box(BoundingBox? box) =>
        box is { } b ? JsonSerializer.Serialize(new BoxJson(b.Left, b.Bottom, b.Right, b.Top), GraphJsonContext.Default.BoxJson) : null;

    public static BoundingBox? ReadBox(string? json)
    {
        if (json is null)
        {
            return null;
        }

        var b = JsonSerializer.Deserialize(json, GraphJsonContext.Default.BoxJson) ?? throw new JsonException("an evidence box holds JSON null");
        return new BoundingBox(b.Left, b.Bottom, b.Right, b.Top);
    }
}

internal sealed record ConditionJson(string Name, double Value, string Unit, double SiValue, string SiUnit);

internal sealed record BoxJson(double Left, double Bottom, double Right, double Top);

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(ConditionJson[]))]
[JsonSerializable(typeof(BoxJson))]
internal sealed partial class GraphJsonContext : JsonSerializerContext;
