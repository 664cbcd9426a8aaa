using LlzoGraph.Store.Neo4j.Bolt.Driver;

namespace LlzoGraph.Store.Neo4j.Store;

/// <summary>
/// Applies the curators' overlay on entities over whatever ingestion wrote, inside the caller's transaction: split
/// measurements go to their new subject, the measurements of merged-away entities (through chains of merges) to the
/// entity finally kept, and added measurements are flagged only when the extraction contradicts them. Run after every
/// ingest and every entity edit, so a re-ingest never undoes a merge, a split or an added measurement.
/// </summary>
internal static class EntityOverlay
{
    /// <summary>Longest chain of merges followed (as the SQLite store's recursive query).</summary>
    private const int MaxChain = 64;

    public static async Task ApplyAsync(Transaction tx, CancellationToken cancellationToken)
    {
        await tx.RunAsync(EntityCypher.ApplySplits, cancellationToken: cancellationToken);

        var merges = (await tx.RunAsync(EntityCypher.Merges, cancellationToken: cancellationToken)).Records
            .ToDictionary(r => Rows.Text(r[0]), r => Rows.Text(r[1]), StringComparer.Ordinal);
        if (merges.Count > 0)
        {
            var finals = merges.Keys.ToDictionary(m => m, m => Final(merges, m), StringComparer.Ordinal);
            var kinds = (await tx.RunAsync(EntityCypher.KindsOf, new Dictionary<string, object?> { ["ids"] = finals.Values.Distinct().Select(v => (object?)v).ToList() }, cancellationToken))
                .Records.ToDictionary(r => Rows.Text(r[0]), r => Rows.Text(r[1]), StringComparer.Ordinal);
            var split = (await tx.RunAsync(EntityCypher.SplitMeasurementIds, cancellationToken: cancellationToken)).Records.Select(r => r[0]).ToList();
            var rows = finals.Where(f => kinds.ContainsKey(f.Value))
                .OrderBy(f => f.Key, StringComparer.Ordinal)
                .Select(f => (object?)new Dictionary<string, object?> { ["merged"] = f.Key, ["kept"] = f.Value, ["kind"] = kinds[f.Value] })
                .ToList();
            await tx.RunAsync(EntityCypher.ApplyMerges, new Dictionary<string, object?> { ["rows"] = rows, ["split"] = split }, cancellationToken);
        }

        await tx.RunAsync(EntityCypher.FlagAddedConflicts, cancellationToken: cancellationToken);
    }

    /// <summary>The entity a chain of merges starting at <paramref name="merged"/> ends at.</summary>
    private static string Final(Dictionary<string, string> merges, string merged)
    {
        var kept = merges[merged];
        for (var hop = 1; hop < MaxChain && merges.TryGetValue(kept, out var next); hop++)
        {
            kept = next;
        }

        return kept;
    }
}
