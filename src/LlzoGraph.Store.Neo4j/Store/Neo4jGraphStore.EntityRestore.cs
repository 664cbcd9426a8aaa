using System.Globalization;
using LlzoGraph.Core.Curation;
using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Graph;
using LlzoGraph.Core.Ports;
using LlzoGraph.Store.Neo4j.Bolt.Driver;

namespace LlzoGraph.Store.Neo4j.Store;

/// <summary>Restores the curators' overlay on entities copied from another store (<c>llzograph migrate</c>).</summary>
public sealed partial class Neo4jGraphStore
{
    /// <summary>
    /// Writes an entity overlay read from another store, in one transaction, after its papers: the entities splits
    /// created, the measurements curators added (with evidence, cited references and who added them when), the edits
    /// this store does not hold yet (by id, oldest first, with their author, time, before and after), the merges, split
    /// moves and curators' aliases in force; then applies the overlay. Running it again changes nothing. Returns how many
    /// edits it copied.
    /// </summary>
    public async Task<int> RestoreEntityOverlayAsync(
        IReadOnlyList<EntityEdit> edits,
        IReadOnlyList<MaterialNode> materials,
        IReadOnlyList<StrategyNode> strategies,
        IReadOnlyList<(string MergedId, string KeptId, string EditId)> merges,
        IReadOnlyList<(string MeasurementId, string SubjectId, SubjectKind Kind, string EditId)> moves,
        IReadOnlyList<(string EntityId, string Alias, string EditId)> aliases,
        IReadOnlyList<(string PaperId, MeasurementNode Measurement, string Author, DateTimeOffset At)> added,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edits);
        return await EditAsync(async (tx, ct) =>
        {
            foreach (var material in materials)
            {
                await tx.RunAsync(EntityCypher.RestoreMaterial, Parameters(("id", material.Id), ("name", material.Name), ("folded", PaperWriter.Fold(material.Name))), ct);
            }

            foreach (var strategy in strategies)
            {
                await tx.RunAsync(EntityCypher.RestoreStrategy, Parameters(("id", strategy.Id), ("name", strategy.Name), ("folded", PaperWriter.Fold(strategy.Name)),
                    ("kind", strategy.Kind.ToString()), ("materials", strategy.MaterialIds.Select(m => (object?)m).ToList())), ct);
            }

            foreach (var (paperId, measurement, author, at) in added)
            {
                if (Rows.Int((await tx.RunAsync(CurationCypher.MeasurementExists, Parameters(("id", measurement.Id)), ct)).Records[0][0]) > 0)
                {
                    continue;
                }

                var written = await tx.RunAsync(Cypher.InsertMeasurements, Parameters(("rows", new List<object?> { PaperWriter.MeasurementRow(measurement) })), ct);
                if (Rows.Int(written.Records[0][0]) != 1)
                {
                    throw new CurationRefusedException($"the added measurement '{measurement.Id}' has no subject '{measurement.SubjectId}' here");
                }

                await tx.RunAsync(Cypher.InsertEvidence, Parameters(("paper", paperId),
                    ("rows", measurement.Evidence.Select(e => (object?)PaperWriter.EvidenceRow(measurement, paperId, e)).ToList())), ct);
                if (measurement.ReferenceIds.Count > 0)
                {
                    await tx.RunAsync(Cypher.InsertCitations, Parameters(("rows", measurement.ReferenceIds
                        .Select(r => (object?)new Dictionary<string, object?> { ["measurement"] = measurement.Id, ["reference"] = r }).ToList())), ct);
                }

                await tx.RunAsync(EntityCypher.RestoreAddedState, Parameters(("measurement", measurement.Id), ("author", author),
                    ("at", at.ToString("O", CultureInfo.InvariantCulture))), ct);
            }

            var held = (await tx.RunAsync(EntityCypher.HeldEdits, Parameters(("ids", edits.Select(e => (object?)e.Id).ToList())), ct))
                .Records.Select(r => Rows.Text(r[0])).ToHashSet(StringComparer.Ordinal);
            var copied = 0;
            foreach (var edit in edits.Where(e => !held.Contains(e.Id)))
            {
                await tx.RunAsync(EntityCypher.InsertEdit, Parameters(
                    ("id", edit.Id), ("action", edit.Action.ToString()), ("entity", edit.EntityId), ("other", edit.OtherId), ("author", edit.Author),
                    ("at", edit.At.ToString("O", CultureInfo.InvariantCulture)), ("comment", edit.Comment), ("before", edit.Before), ("after", edit.After)), ct);
                copied++;
            }

            foreach (var (mergedId, keptId, editId) in merges)
            {
                await tx.RunAsync(EntityCypher.SetMerged, Parameters(("merged", mergedId), ("kept", keptId), ("edit", editId)), ct);
            }

            foreach (var (measurementId, subjectId, kind, editId) in moves)
            {
                await tx.RunAsync(EntityCypher.InsertMeasurementSubject, Parameters(("measurement", measurementId), ("subject", subjectId), ("kind", kind.ToString()), ("edit", editId)), ct);
            }

            foreach (var (entityId, alias, editId) in aliases)
            {
                await tx.RunAsync(EntityCypher.InsertCuratedAlias, Parameters(("entity", entityId), ("alias", alias), ("folded", PaperWriter.Fold(alias)), ("edit", editId)), ct);
            }

            var touched = edits.SelectMany(e => new[] { e.EntityId, e.OtherId }).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
            await MarkCuratedAsync(tx, ct, touched);
            return copied;
        }, cancellationToken);
    }

    private static Dictionary<string, object?> Parameters(params (string Name, object? Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
}
