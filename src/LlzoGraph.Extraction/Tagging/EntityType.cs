namespace LlzoGraph.Extraction.Tagging;

/// <summary>The entity types the tagger finds. A quantity is either a result (QUANTITY) or a condition of one.</summary>
public enum EntityType
{
    Material,
    Strategy,
    Property,
    Quantity,
    Condition,
}

/// <summary>The upper-case labels the annotations and the tagger's output use for <see cref="EntityType"/>.</summary>
public static class EntityTypes
{
    public static readonly IReadOnlyList<EntityType> All = Enum.GetValues<EntityType>();

    public static string Label(this EntityType type) => type switch
    {
        EntityType.Material => "MATERIAL",
        EntityType.Strategy => "STRATEGY",
        EntityType.Property => "PROPERTY",
        EntityType.Quantity => "QUANTITY",
        EntityType.Condition => "CONDITION",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>The type a label names, or null for a label the project has no type for.</summary>
    public static EntityType? FromLabel(string label) => label switch
    {
        "MATERIAL" => EntityType.Material,
        "STRATEGY" => EntityType.Strategy,
        "PROPERTY" => EntityType.Property,
        "QUANTITY" => EntityType.Quantity,
        "CONDITION" => EntityType.Condition,
        _ => null,
    };
}
