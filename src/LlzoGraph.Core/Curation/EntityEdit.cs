namespace LlzoGraph.Core.Curation;

/// <summary>What a curator did to an entity (a material or strategy) or added to the graph.</summary>
public enum EntityAction
{
    /// <summary>Two entities are one: the merged one's measurements and names go to the kept one.</summary>
    Merge,

    /// <summary>A merge is undone: the merged entity has its measurements back.</summary>
    Unmerge,

    /// <summary>Chosen measurements of an entity move to a new entity.</summary>
    Split,

    /// <summary>Another name of an entity.</summary>
    AddAlias,

    /// <summary>A measurement extraction missed, with its evidence.</summary>
    AddMeasurement,
}

/// <summary>
/// One curator's edit of an entity, kept for ever: who, when, what, and a readable before and after.
/// <see cref="EntityId"/> is what the edit is about (the kept entity of a merge, an added measurement);
/// <see cref="OtherId"/> the other entity involved (the merged one, a split's new one, an added measurement's subject).
/// </summary>
public sealed record EntityEdit(
    string Id,
    EntityAction Action,
    string EntityId,
    string? OtherId,
    string Author,
    DateTimeOffset At,
    string? Comment,
    string? Before,
    string? After);
