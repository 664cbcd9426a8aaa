using LlzoGraph.Core.Curation;

namespace LlzoGraph.Core.Ports;

/// <summary>
/// The curators' edits of entities, an overlay that ingestion never undoes: merges (and their undoing), splits,
/// aliases and added measurements. Each edit is attributed and kept in <see cref="EntityHistoryAsync"/>. Each
/// operation throws <see cref="CurationRefusedException"/> with a reason when the edit cannot apply.
/// </summary>
public interface IEntityCuration
{
    /// <summary>Merges <paramref name="mergedId"/> into <paramref name="keptId"/> (both materials, or both strategies).</summary>
    Task MergeAsync(string keptId, string mergedId, string author, string? comment, CancellationToken cancellationToken = default);

    /// <summary>Undoes the merge of <paramref name="mergedId"/>: it has its own measurements back.</summary>
    Task UnmergeAsync(string mergedId, string author, string? comment, CancellationToken cancellationToken = default);

    /// <summary>Moves the chosen measurements of an entity to a new entity of the same kind named <paramref name="newName"/>; returns its id.</summary>
    Task<string> SplitAsync(string entityId, IReadOnlyList<string> measurementIds, string newName, string author, string? comment, CancellationToken cancellationToken = default);

    Task AddAliasAsync(string entityId, string alias, string author, string? comment, CancellationToken cancellationToken = default);

    /// <summary>Adds a measurement with its evidence; returns its id.</summary>
    Task<string> AddMeasurementAsync(NewMeasurement measurement, string author, string? comment, CancellationToken cancellationToken = default);

    /// <summary>Every entity edit that involves <paramref name="id"/> (an entity or an added measurement), oldest first.</summary>
    Task<IReadOnlyList<EntityEdit>> EntityHistoryAsync(string id, CancellationToken cancellationToken = default);
}

/// <summary>A curator's edit that cannot apply (an unknown id, a merge of a material with a strategy); the message says why.</summary>
public sealed class CurationRefusedException : Exception
{
    public CurationRefusedException()
    {
    }

    public CurationRefusedException(string message)
        : base(message)
    {
    }

    public CurationRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
