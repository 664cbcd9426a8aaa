using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Ports;

namespace LlzoGraph.Core.Curation;

/// <summary>The checks of a curator's entity edit that do not depend on the store; each refuses with the reason.</summary>
public static class EntityEditRules
{
    /// <summary>Two materials or two strategies, distinct, neither already merged into another entity.</summary>
    public static void RequireMergeable(EditedEntity kept, EditedEntity merged)
    {
        if (kept.Id == merged.Id)
        {
            throw new CurationRefusedException($"cannot merge '{kept.Id}' into itself");
        }

        if ((kept.Kind == SubjectKind.Material) != (merged.Kind == SubjectKind.Material))
        {
            throw new CurationRefusedException($"cannot merge {merged.Description} into {kept.Description}: merge two materials or two strategies");
        }

        foreach (var entity in new[] { kept, merged })
        {
            if (entity.Merged)
            {
                throw new CurationRefusedException($"{entity.Description} is already merged into another entity; undo that merge first or use the entity it was merged into");
            }
        }
    }

    public static void RequireSplit(string newName, IReadOnlyList<string> measurementIds)
    {
        ArgumentNullException.ThrowIfNull(measurementIds);
        if (string.IsNullOrWhiteSpace(newName))
        {
            throw new CurationRefusedException("a split needs a name for the new entity");
        }

        if (measurementIds.Count == 0)
        {
            throw new CurationRefusedException("a split needs at least one measurement to move");
        }
    }

    /// <summary>Every measurement to move must be about <paramref name="entityId"/> (<paramref name="subjects"/>: measurement id → subject id).</summary>
    public static void RequireOwnMeasurements(IReadOnlyList<string> measurementIds, IReadOnlyDictionary<string, string> subjects, string entityId, string entity)
    {
        foreach (var id in measurementIds)
        {
            if (!subjects.TryGetValue(id, out var subject) || subject != entityId)
            {
                throw new CurationRefusedException($"measurement '{id}' is not one of {entity}'s");
            }
        }
    }

    public static void RequireAlias(string alias)
    {
        if (string.IsNullOrWhiteSpace(alias))
        {
            throw new CurationRefusedException("an alias must not be empty");
        }
    }

    public static void RequireEvidence(NewMeasurement measurement)
    {
        if (string.IsNullOrWhiteSpace(measurement.Text) || string.IsNullOrWhiteSpace(measurement.Section))
        {
            throw new CurationRefusedException("an added measurement needs its evidence: the section and the text that report it");
        }
    }
}

/// <summary>What the checks of an entity edit need to know of a material or strategy.</summary>
public sealed record EditedEntity(string Id, string Name, SubjectKind Kind, bool Merged)
{
    /// <summary>How a refusal names it: "material 'LLZO' (id)".</summary>
    public string Description => $"{(Kind == SubjectKind.Material ? "material" : "strategy")} '{Name}' ({Id})";
}
