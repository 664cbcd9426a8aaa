using System.Text.Json;
using System.Text.Json.Serialization;
using LlzoGraph.Core.Documents;
using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Queries;

namespace LlzoGraph.Store.Sqlite;

/// <summary>The JSON columns: author lists, a measurement's conditions, an evidence bounding box.</summary>
internal static class StoreJson
{
    public static string Authors(IReadOnlyList<string> authors) =>
        JsonSerializer.Serialize(authors.ToArray(), StoreJsonContext.Default.StringArray);

    public static IReadOnlyList<string> ReadAuthors(string json) =>
        JsonSerializer.Deserialize(json, StoreJsonContext.Default.StringArray) ?? [];

    public static string Conditions(IReadOnlyList<Condition> conditions) =>
        JsonSerializer.Serialize(
            conditions.Select(c => new ConditionJson(c.Name, c.Quantity.Value, c.Quantity.Unit.Symbol, c.Quantity.SiValue, c.Quantity.Unit.SiSymbol)).ToArray(),
            StoreJsonContext.Default.ConditionJsonArray);

    public static IReadOnlyList<ConditionView> ReadConditions(string json) =>
        (JsonSerializer.Deserialize(json, StoreJsonContext.Default.ConditionJsonArray) ?? [])
            .Select(c => new ConditionView(c.Name, c.Value, c.Unit, c.SiValue, c.SiUnit))
            .ToList();

    public static string? Box(BoundingBox? box) =>
        box is { } b ? JsonSerializer.Serialize(new BoxJson(b.Left, b.Bottom, b.Right, b.Top), StoreJsonContext.Default.BoxJson) : null;

    public static BoundingBox? ReadBox(string? json)
    {
        if (json is null)
        {
            return null;
        }

        var b = JsonSerializer.Deserialize(json, StoreJsonContext.Default.BoxJson)
            ?? throw new JsonException("evidence_box holds JSON null");
        return new BoundingBox(b.Left, b.Bottom, b.Right, b.Top);
    }
}

/// <summary>One element of <c>measurement.conditions</c>.</summary>
internal sealed record ConditionJson(string Name, double Value, string Unit, double SiValue, string SiUnit);

/// <summary><c>measurement.evidence_box</c>, in PDF points.</summary>
internal sealed record BoxJson(double Left, double Bottom, double Right, double Top);

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(string[][]))]
[JsonSerializable(typeof(LlzoGraph.Core.Curation.CuratedFields))]
[JsonSerializable(typeof(ConditionJson[]))]
[JsonSerializable(typeof(BoxJson))]
internal sealed partial class StoreJsonContext : JsonSerializerContext;
