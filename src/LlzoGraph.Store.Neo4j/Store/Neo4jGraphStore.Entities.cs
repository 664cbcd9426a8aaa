using System.Globalization;
using LlzoGraph.Core.Curation;
using LlzoGraph.Core.Documents;
using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Graph;
using LlzoGraph.Core.Ports;
using LlzoGraph.Core.Queries;
using LlzoGraph.Store.Neo4j.Bolt.Driver;

namespace LlzoGraph.Store.Neo4j.Store;

/// <summary>
/// Materials and strategies with their aliases, and the curators' overlay on them, with the SQLite store's semantics
/// (Cypher in <see cref="EntityCypher"/>): each edit, its attributed history entry and the overlay applied again are
/// one transaction; ingestion applies the overlay again after every paper, so it never undoes an edit.
/// </summary>
public sealed partial class Neo4jGraphStore : IEntityCatalog, IEntityCuration
{
    public Task<EntityPage> FindMaterialsAsync(EntityQuery query, CancellationToken cancellationToken = default) =>
        FindEntitiesAsync(EntityCypher.Materials, EntityCypher.CountMaterials, query, cancellationToken);

    public Task<EntityPage> FindStrategiesAsync(EntityQuery query, CancellationToken cancellationToken = default) =>
        FindEntitiesAsync(EntityCypher.Strategies, EntityCypher.CountStrategies, query, cancellationToken);

    public async Task<EntityView?> FindEntityAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        ThrowIfDisposed();
        return await Driver.ExecuteReadAsync(async (tx, ct) =>
        {
            var kept = await KeptEntityAsync(tx, id, ct);
            if (kept is null)
            {
                return null;
            }

            var found = await ReadEntitiesAsync(tx, EntityCypher.EntityById, new Dictionary<string, object?> { ["id"] = kept.Id }, ct);
            return found.Count > 0 ? found[0] : null;
        }, cancellationToken);
    }

    private async Task<EntityPage> FindEntitiesAsync(string page, string count, EntityQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Offset);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Limit);
        ThrowIfDisposed();
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["name"] = string.IsNullOrWhiteSpace(query.NameContains) ? null : PaperWriter.Fold(query.NameContains.Trim()),
            ["kinds"] = query.Kinds?.Select(k => (object?)k.ToString()).ToList(),
            ["offset"] = (long)query.Offset,
            ["limit"] = (long)query.Limit,
        };
        return await Driver.ExecuteReadAsync(async (tx, ct) =>
        {
            var items = await ReadEntitiesAsync(tx, page, parameters, ct);
            var total = Rows.Int((await tx.RunAsync(count, parameters, ct)).Records.Single()[0]);
            return new EntityPage(items, total);
        }, cancellationToken);
    }

    /// <summary>Entities from rows of id, name, kind, count, each with its aliases (one per spelling, its own name left out).</summary>
    private static async Task<List<EntityView>> ReadEntitiesAsync(Transaction tx, string cypher, Dictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        var rows = (await tx.RunAsync(cypher, parameters, cancellationToken)).Records
            .Select(r => (Id: Rows.Text(r[0]), Name: Rows.Text(r[1]), Kind: Enum.Parse<SubjectKind>(Rows.Text(r[2])), Count: Rows.Int(r[3])))
            .ToList();
        if (rows.Count == 0)
        {
            return [];
        }

        var aliases = (await tx.RunAsync(EntityCypher.AliasesOf, new Dictionary<string, object?> { ["ids"] = rows.Select(r => (object?)r.Id).ToList() }, cancellationToken))
            .Records.GroupBy(r => Rows.Text(r[0]), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => (Alias: Rows.Text(r[1]), Folded: Rows.Text(r[2]))).ToList(), StringComparer.Ordinal);
        return rows.Select(r => new EntityView(r.Id, r.Name, r.Kind,
            aliases.TryGetValue(r.Id, out var list)
                ? list.Where(a => a.Folded != PaperWriter.Fold(r.Name)).DistinctBy(a => a.Folded).Select(a => a.Alias).ToList()
                : [],
            r.Count)).ToList();
    }

    public Task MergeAsync(string keptId, string mergedId, string author, string? comment, CancellationToken cancellationToken = default) =>
        EditAsync(async (tx, ct) =>
        {
            var kept = await ExistingAsync(tx, keptId, ct);
            var merged = await ExistingAsync(tx, mergedId, ct);
            EntityEditRules.RequireMergeable(kept.Edited, merged.Edited);

            var edit = await InsertEditAsync(tx, EntityAction.Merge, keptId, mergedId, author, comment,
                $"{kept.Name}; {merged.Name}", $"{kept.Name} (also called {merged.Name})", ct);
            await tx.RunAsync(EntityCypher.SetMerged, new Dictionary<string, object?> { ["merged"] = mergedId, ["kept"] = keptId, ["edit"] = edit }, ct);
            var names = new List<(string Alias, string Folded)> { (merged.Name, PaperWriter.Fold(merged.Name)) };
            names.AddRange((await tx.RunAsync(EntityCypher.AliasesOfEntity, new Dictionary<string, object?> { ["id"] = mergedId }, ct)).Records.Select(r => (Rows.Text(r[0]), Rows.Text(r[1]))));
            foreach (var (alias, folded) in names)
            {
                await tx.RunAsync(EntityCypher.InsertCuratedAlias, new Dictionary<string, object?> { ["entity"] = keptId, ["alias"] = alias, ["folded"] = folded, ["edit"] = edit }, ct);
            }

            await MarkCuratedAsync(tx, ct, keptId, mergedId);
            return edit;
        }, cancellationToken);

    public Task UnmergeAsync(string mergedId, string author, string? comment, CancellationToken cancellationToken = default) =>
        EditAsync(async (tx, ct) =>
        {
            var merged = await ExistingAsync(tx, mergedId, ct);
            if (merged.KeptId is not { } keptId || merged.MergeEdit is not { } mergeEdit)
            {
                throw new CurationRefusedException($"{Describe(merged)} is not merged into another entity");
            }

            var kept = await ExistingAsync(tx, keptId, ct);
            var edit = await InsertEditAsync(tx, EntityAction.Unmerge, keptId, mergedId, author, comment,
                $"{kept.Name} (also called {merged.Name})", $"{kept.Name}; {merged.Name}", ct);
            await tx.RunAsync(EntityCypher.ClearMerged, new Dictionary<string, object?> { ["merged"] = mergedId }, ct);
            await tx.RunAsync(EntityCypher.DeleteAliasesOfEdit, new Dictionary<string, object?> { ["edit"] = mergeEdit }, ct);
            await tx.RunAsync(EntityCypher.RestoreExtractedSubjects, cancellationToken: ct);
            return edit;
        }, cancellationToken);

    public Task<string> SplitAsync(string entityId, IReadOnlyList<string> measurementIds, string newName, string author, string? comment, CancellationToken cancellationToken = default) =>
        EditAsync(async (tx, ct) =>
        {
            EntityEditRules.RequireSplit(newName, measurementIds);

            var entity = await ExistingAsync(tx, entityId, ct);
            var subjects = (await tx.RunAsync(EntityCypher.SubjectsOf, new Dictionary<string, object?> { ["ids"] = measurementIds.Distinct().Select(i => (object?)i).ToList() }, ct))
                .Records.ToDictionary(r => Rows.Text(r[0]), r => Rows.Text(r[1]), StringComparer.Ordinal);
            EntityEditRules.RequireOwnMeasurements(measurementIds, subjects, entityId, Describe(entity));

            var name = newName.Trim();
            var editId = NewEditId();
            var isMaterial = entity.Kind == SubjectKind.Material;
            var newId = StableId.For(isMaterial ? "material" : "strategy", "curated", name, editId);
            if (isMaterial)
            {
                await tx.RunAsync(EntityCypher.InsertMaterial, new Dictionary<string, object?> { ["id"] = newId, ["name"] = name, ["folded"] = PaperWriter.Fold(name) }, ct);
            }
            else
            {
                await tx.RunAsync(EntityCypher.InsertStrategy, new Dictionary<string, object?> { ["id"] = newId, ["name"] = name, ["folded"] = PaperWriter.Fold(name), ["kind"] = entity.Kind.ToString() }, ct);
                await tx.RunAsync(EntityCypher.CopyStrategyMaterials, new Dictionary<string, object?> { ["new"] = newId, ["old"] = entityId }, ct);
            }

            await InsertEditAsync(tx, EntityAction.Split, entityId, newId, author, comment,
                $"{entity.Name}: {subjects.Count} of its measurements",
                string.Create(CultureInfo.InvariantCulture, $"{name}: {subjects.Count} measurement(s) moved from {entity.Name}"), ct, editId);
            foreach (var id in subjects.Keys.Order(StringComparer.Ordinal))
            {
                await tx.RunAsync(EntityCypher.InsertMeasurementSubject, new Dictionary<string, object?> { ["measurement"] = id, ["subject"] = newId, ["kind"] = entity.Kind.ToString(), ["edit"] = editId }, ct);
            }

            await MarkCuratedAsync(tx, ct, entityId, newId);
            return newId;
        }, cancellationToken);

    public Task AddAliasAsync(string entityId, string alias, string author, string? comment, CancellationToken cancellationToken = default) =>
        EditAsync(async (tx, ct) =>
        {
            EntityEditRules.RequireAlias(alias);

            var entity = await ExistingAsync(tx, entityId, ct);
            var name = alias.Trim();
            var edit = await InsertEditAsync(tx, EntityAction.AddAlias, entityId, null, author, comment, entity.Name, $"{entity.Name} (also called {name})", ct);
            await tx.RunAsync(EntityCypher.InsertCuratedAlias, new Dictionary<string, object?> { ["entity"] = entityId, ["alias"] = name, ["folded"] = PaperWriter.Fold(name), ["edit"] = edit }, ct);
            await MarkCuratedAsync(tx, ct, entityId);
            return edit;
        }, cancellationToken);

    public Task<string> AddMeasurementAsync(NewMeasurement measurement, string author, string? comment, CancellationToken cancellationToken = default) =>
        EditAsync(async (tx, ct) =>
        {
            ArgumentNullException.ThrowIfNull(measurement);
            var subject = await ExistingAsync(tx, measurement.SubjectId, ct);
            if (subject.KeptId is not null)
            {
                throw new CurationRefusedException($"{Describe(subject)} is merged into another entity; add the measurement to that one");
            }

            EntityEditRules.RequireEvidence(measurement);

            if (Rows.Int((await tx.RunAsync(EntityCypher.PaperExists, new Dictionary<string, object?> { ["id"] = measurement.PaperId }, ct)).Records[0][0]) == 0)
            {
                throw new CurationRefusedException($"no paper with id '{measurement.PaperId}'");
            }

            string? referenceId = null;
            if (measurement.ReferenceNumber is { } number)
            {
                var found = (await tx.RunAsync(EntityCypher.ReferenceNumbered, new Dictionary<string, object?> { ["paper"] = measurement.PaperId, ["number"] = (long)number }, ct)).Records;
                referenceId = found.Count > 0 ? Rows.Text(found[0][0])
                    : throw new CurationRefusedException(string.Create(CultureInfo.InvariantCulture, $"paper '{measurement.PaperId}' lists no reference number {number}"));
            }

            var editId = NewEditId();
            var id = StableId.For("measurement", "curated", editId);
            var q = measurement.Quantity;
            var node = new MeasurementNode(id, measurement.SubjectId, subject.Kind, measurement.Property, q, measurement.Conditions, [], [], 1.0);
            var written = await tx.RunAsync(Cypher.InsertMeasurements, new Dictionary<string, object?> { ["rows"] = new List<object?> { PaperWriter.MeasurementRow(node) } }, ct);
            if (Rows.Int(written.Records[0][0]) != 1)
            {
                throw new CurationRefusedException($"{Describe(subject)} cannot be the subject of a measurement");
            }

            var evidence = new Evidence(EvidenceKind.Sentence, measurement.Section.Trim(), measurement.Text.Trim(), -1);
            await tx.RunAsync(Cypher.InsertEvidence, new Dictionary<string, object?>
            {
                ["paper"] = measurement.PaperId, ["rows"] = new List<object?> { PaperWriter.EvidenceRow(node, measurement.PaperId, evidence) },
            }, ct);
            if (referenceId is not null)
            {
                await tx.RunAsync(Cypher.InsertCitations, new Dictionary<string, object?> { ["rows"] = new List<object?> { new Dictionary<string, object?> { ["measurement"] = id, ["reference"] = referenceId } } }, ct);
            }

            await tx.RunAsync(CurationCypher.UpsertState, new Dictionary<string, object?>
            {
                ["measurement"] = id, ["action"] = CurationAction.Confirm.ToString(), ["author"] = author,
                ["at"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture), ["subject"] = null,
            }, ct);
            await InsertEditAsync(tx, EntityAction.AddMeasurement, id, measurement.SubjectId, author, comment, null,
                string.Create(CultureInfo.InvariantCulture, $"{subject.Name}: {measurement.Property} {q.Text} ({measurement.Section.Trim()}: \"{evidence.Text}\")"),
                ct, editId);
            await MarkCuratedAsync(tx, ct, measurement.SubjectId);
            return id;
        }, cancellationToken);

    public async Task<IReadOnlyList<EntityEdit>> EntityHistoryAsync(string id, CancellationToken cancellationToken = default) =>
        (await ReadAsync(EntityCypher.History, new Dictionary<string, object?> { ["id"] = id }, cancellationToken))
            .Select(r => new EntityEdit(
                Rows.Text(r[0]), Enum.Parse<EntityAction>(Rows.Text(r[1])), Rows.Text(r[2]), Rows.NullableText(r[3]), Rows.Text(r[4]),
                DateTimeOffset.Parse(Rows.Text(r[5]), CultureInfo.InvariantCulture), Rows.NullableText(r[6]), Rows.NullableText(r[7]), Rows.NullableText(r[8])))
            .ToList();

    private sealed record Entity(string Id, string Name, SubjectKind Kind, string? KeptId, string? MergeEdit)
    {
        public EditedEntity Edited => new(Id, Name, Kind, KeptId is not null);
    }

    private static string Describe(Entity entity) => entity.Edited.Description;

    private static string NewEditId() => "edit:" + Guid.NewGuid().ToString("N");

    private static async Task<Entity?> FindAsync(Transaction tx, string id, CancellationToken cancellationToken)
    {
        var found = (await tx.RunAsync(EntityCypher.FindEntity, new Dictionary<string, object?> { ["id"] = id }, cancellationToken)).Records;
        return found.Count == 0 ? null : new Entity(
            Rows.Text(found[0][0]), Rows.Text(found[0][1]), Enum.Parse<SubjectKind>(Rows.Text(found[0][2])), Rows.NullableText(found[0][3]), Rows.NullableText(found[0][4]));
    }

    private static async Task<Entity> ExistingAsync(Transaction tx, string id, CancellationToken cancellationToken) =>
        await FindAsync(tx, id, cancellationToken) ?? throw new CurationRefusedException($"no material or strategy with id '{id}'");

    /// <summary>The entity <paramref name="id"/> is finally merged into (itself when it is not merged), or null when it does not exist.</summary>
    private static async Task<Entity?> KeptEntityAsync(Transaction tx, string id, CancellationToken cancellationToken)
    {
        for (var hop = 0; hop < 64; hop++)
        {
            var entity = await FindAsync(tx, id, cancellationToken);
            if (entity?.KeptId is not { } kept)
            {
                return entity;
            }

            id = kept;
        }

        return null;
    }

    private static Task<QueryResult> MarkCuratedAsync(Transaction tx, CancellationToken cancellationToken, params string[] ids) =>
        tx.RunAsync(EntityCypher.MarkCurated, new Dictionary<string, object?> { ["ids"] = ids.Select(i => (object?)i).ToList() }, cancellationToken);

    private static async Task<string> InsertEditAsync(
        Transaction tx, EntityAction action, string entityId, string? otherId, string author, string? comment, string? before, string? after,
        CancellationToken cancellationToken, string? editId = null)
    {
        var id = editId ?? NewEditId();
        await tx.RunAsync(EntityCypher.InsertEdit, new Dictionary<string, object?>
        {
            ["id"] = id, ["action"] = action.ToString(), ["entity"] = entityId, ["other"] = otherId, ["author"] = author,
            ["at"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture), ["comment"] = comment, ["before"] = before, ["after"] = after,
        }, cancellationToken);
        return id;
    }

    /// <summary>One curator's edit in one managed transaction, serialised with ingestion; the overlay is applied again before it commits.</summary>
    private async Task<T> EditAsync<T>(Func<Transaction, CancellationToken, Task<T>> edit, CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        await writeGate.WaitAsync(cancellationToken);
        try
        {
            return await Driver.ExecuteWriteAsync(async (tx, ct) =>
            {
                var result = await edit(tx, ct);
                await EntityOverlay.ApplyAsync(tx, ct);
                return result;
            }, cancellationToken);
        }
        finally
        {
            writeGate.Release();
        }
    }
}
