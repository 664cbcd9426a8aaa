using System.Globalization;
using System.Text.Json;
using LlzoGraph.Core.Curation;
using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Graph;
using LlzoGraph.Core.Ports;
using LlzoGraph.Core.Queries;
using Microsoft.Data.Sqlite;

namespace LlzoGraph.Store.Sqlite;

/// <summary>Materials and strategies with their aliases, and the curators' overlay on them, in the embedded store.</summary>
public sealed partial class SqliteGraphStore : IEntityCatalog, IEntityCuration
{
    public Task<EntityPage> FindMaterialsAsync(EntityQuery query, CancellationToken cancellationToken = default) =>
        FindEntitiesAsync(EntitySql.Materials, EntitySql.CountMaterials, query, cancellationToken);

    public Task<EntityPage> FindStrategiesAsync(EntityQuery query, CancellationToken cancellationToken = default) =>
        FindEntitiesAsync(EntitySql.Strategies, EntitySql.CountStrategies, query, cancellationToken);

    public async Task<EntityView?> FindEntityAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        ThrowIfDisposed();
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: true);
        var kept = await KeptEntityAsync(connection, transaction, id, cancellationToken);
        if (kept is null)
        {
            return null;
        }

        var counted = await ReadEntitiesAsync(connection, transaction, EntitySql.EntityById, c => c.Parameters.AddWithValue("$id", kept.Id), cancellationToken);
        return counted.Count > 0 ? counted[0] : null;
    }

    private async Task<EntityPage> FindEntitiesAsync(string pageSql, string countSql, EntityQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Offset);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Limit);
        ThrowIfDisposed();
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: true);
        void Bind(SqliteCommand command)
        {
            command.Parameters.AddWithValue("$name", string.IsNullOrWhiteSpace(query.NameContains) ? DBNull.Value : PaperWriter.Fold(query.NameContains.Trim()));
            command.Parameters.AddWithValue("$kinds", query.Kinds is null ? DBNull.Value
                : JsonSerializer.Serialize(query.Kinds.Select(k => k.ToString()).ToArray(), StoreJsonContext.Default.StringArray));
        }

        var items = await ReadEntitiesAsync(connection, transaction, pageSql, command =>
        {
            Bind(command);
            command.Parameters.AddWithValue("$limit", query.Limit);
            command.Parameters.AddWithValue("$offset", query.Offset);
        }, cancellationToken);
        await using var count = connection.CreateCommand();
        count.Transaction = transaction;
        count.CommandText = countSql;
        Bind(count);
        var total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        return new EntityPage(items, total);
    }

    /// <summary>Entities from rows of id, name, kind, count, each with its aliases (one per spelling, its own name left out).</summary>
    private static async Task<List<EntityView>> ReadEntitiesAsync(
        SqliteConnection connection, SqliteTransaction transaction, string sql, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        var rows = new List<(string Id, string Name, SubjectKind Kind, int Count)>();
        await using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = sql;
            bind(command);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((reader.GetString(0), reader.GetString(1), Enum.Parse<SubjectKind>(reader.GetString(2)), reader.GetInt32(3)));
            }
        }

        var ids = JsonSerializer.Serialize(rows.Select(r => r.Id).ToArray(), StoreJsonContext.Default.StringArray);
        var aliases = await GroupedAsync(connection, transaction, EntitySql.AliasesOf, "$ids", ids, r => (Alias: r.GetString(1), Folded: r.GetString(2)), cancellationToken);
        return rows.Select(r => new EntityView(r.Id, r.Name, r.Kind,
            aliases.TryGetValue(r.Id, out var list)
                ? list.Where(a => a.Folded != PaperWriter.Fold(r.Name)).DistinctBy(a => a.Folded).Select(a => a.Alias).ToList()
                : [],
            r.Count)).ToList();
    }

    public Task MergeAsync(string keptId, string mergedId, string author, string? comment, CancellationToken cancellationToken = default) =>
        WriteAsync(async (connection, transaction) =>
        {
            var kept = await ExistingAsync(connection, transaction, keptId, cancellationToken);
            var merged = await ExistingAsync(connection, transaction, mergedId, cancellationToken);
            EntityEditRules.RequireMergeable(kept, merged);

            var edit = await InsertEditAsync(connection, transaction, EntityAction.Merge, keptId, mergedId, author, comment,
                $"{kept.Name}; {merged.Name}", $"{kept.Name} (also called {merged.Name})", cancellationToken);
            await ExecuteAsync(connection, transaction, EntitySql.InsertMerge, cancellationToken, ("$merged", mergedId), ("$kept", keptId), ("$edit", edit));
            await ExecuteAsync(connection, transaction, EntitySql.InsertAlias, cancellationToken,
                ("$entity", keptId), ("$alias", merged.Name), ("$folded", PaperWriter.Fold(merged.Name)), ("$paper", string.Empty), ("$edit", edit));
            await ExecuteAsync(connection, transaction, EntitySql.CopyAliases, cancellationToken, ("$kept", keptId), ("$merged", mergedId), ("$edit", edit));
            await EntityWriter.ApplyOverlayAsync(connection, transaction, cancellationToken);
            return edit;
        }, cancellationToken);

    public Task UnmergeAsync(string mergedId, string author, string? comment, CancellationToken cancellationToken = default) =>
        WriteAsync(async (connection, transaction) =>
        {
            var merged = await ExistingAsync(connection, transaction, mergedId, cancellationToken);
            string? keptId = null, mergeEdit = null;
            await using (var find = Command(connection, transaction, EntitySql.KeptOf, ("$id", mergedId)))
            await using (var reader = await find.ExecuteReaderAsync(cancellationToken))
            {
                if (await reader.ReadAsync(cancellationToken))
                {
                    (keptId, mergeEdit) = (reader.GetString(0), reader.GetString(1));
                }
            }

            if (keptId is null || mergeEdit is null)
            {
                throw new CurationRefusedException($"{merged.Description} is not merged into another entity");
            }

            var kept = await ExistingAsync(connection, transaction, keptId, cancellationToken);
            var edit = await InsertEditAsync(connection, transaction, EntityAction.Unmerge, keptId, mergedId, author, comment,
                $"{kept.Name} (also called {merged.Name})", $"{kept.Name}; {merged.Name}", cancellationToken);
            await ExecuteAsync(connection, transaction, EntitySql.DeleteMerge, cancellationToken, ("$merged", mergedId));
            await ExecuteAsync(connection, transaction, EntitySql.DeleteAliasesOfEdit, cancellationToken, ("$edit", mergeEdit));
            await ExecuteAsync(connection, transaction, EntitySql.RestoreExtractedSubjects, cancellationToken);
            await EntityWriter.ApplyOverlayAsync(connection, transaction, cancellationToken);
            return edit;
        }, cancellationToken);

    public Task<string> SplitAsync(string entityId, IReadOnlyList<string> measurementIds, string newName, string author, string? comment, CancellationToken cancellationToken = default) =>
        WriteAsync(async (connection, transaction) =>
        {
            EntityEditRules.RequireSplit(newName, measurementIds);

            var entity = await ExistingAsync(connection, transaction, entityId, cancellationToken);
            var ids = JsonSerializer.Serialize(measurementIds.Distinct().ToArray(), StoreJsonContext.Default.StringArray);
            var subjects = new Dictionary<string, string>(StringComparer.Ordinal);
            await using (var read = Command(connection, transaction, EntitySql.SubjectsOf, ("$ids", ids)))
            await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    subjects[reader.GetString(0)] = reader.GetString(1);
                }
            }

            EntityEditRules.RequireOwnMeasurements(measurementIds, subjects, entityId, entity.Description);

            var name = newName.Trim();
            var editId = NewEditId();
            var isMaterial = entity.Kind == SubjectKind.Material;
            var newId = StableId.For(isMaterial ? "material" : "strategy", "curated", name, editId);
            if (isMaterial)
            {
                await ExecuteAsync(connection, transaction, EntitySql.InsertMaterial, cancellationToken, ("$id", newId), ("$name", name), ("$folded", PaperWriter.Fold(name)));
            }
            else
            {
                await ExecuteAsync(connection, transaction, EntitySql.InsertStrategy, cancellationToken,
                    ("$id", newId), ("$name", name), ("$folded", PaperWriter.Fold(name)), ("$kind", entity.Kind.ToString()));
                await ExecuteAsync(connection, transaction, EntitySql.CopyStrategyMaterials, cancellationToken, ("$new", newId), ("$old", entityId));
            }

            await InsertEditAsync(connection, transaction, EntityAction.Split, entityId, newId, author, comment,
                $"{entity.Name}: {subjects.Count} of its measurements",
                string.Create(CultureInfo.InvariantCulture, $"{name}: {subjects.Count} measurement(s) moved from {entity.Name}"), cancellationToken, editId);
            foreach (var id in subjects.Keys)
            {
                await ExecuteAsync(connection, transaction, EntitySql.InsertMeasurementSubject, cancellationToken,
                    ("$measurement", id), ("$subject", newId), ("$kind", entity.Kind.ToString()), ("$edit", editId));
            }

            await EntityWriter.ApplyOverlayAsync(connection, transaction, cancellationToken);
            return newId;
        }, cancellationToken);

    public Task AddAliasAsync(string entityId, string alias, string author, string? comment, CancellationToken cancellationToken = default) =>
        WriteAsync(async (connection, transaction) =>
        {
            EntityEditRules.RequireAlias(alias);

            var entity = await ExistingAsync(connection, transaction, entityId, cancellationToken);
            var name = alias.Trim();
            var edit = await InsertEditAsync(connection, transaction, EntityAction.AddAlias, entityId, null, author, comment, entity.Name, $"{entity.Name} (also called {name})", cancellationToken);
            await ExecuteAsync(connection, transaction, EntitySql.InsertAlias, cancellationToken,
                ("$entity", entityId), ("$alias", name), ("$folded", PaperWriter.Fold(name)), ("$paper", string.Empty), ("$edit", edit));
            return edit;
        }, cancellationToken);

    public Task<string> AddMeasurementAsync(NewMeasurement measurement, string author, string? comment, CancellationToken cancellationToken = default) =>
        WriteAsync(async (connection, transaction) =>
        {
            ArgumentNullException.ThrowIfNull(measurement);
            var subject = await ExistingAsync(connection, transaction, measurement.SubjectId, cancellationToken);
            if (subject.Merged)
            {
                throw new CurationRefusedException($"{subject.Description} is merged into another entity; add the measurement to that one");
            }

            EntityEditRules.RequireEvidence(measurement);

            await using (var paper = Command(connection, transaction, EntitySql.PaperExists, ("$id", measurement.PaperId)))
            {
                if (Convert.ToInt64(await paper.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) == 0)
                {
                    throw new CurationRefusedException($"no paper with id '{measurement.PaperId}'");
                }
            }

            string? referenceId = null;
            if (measurement.ReferenceNumber is { } number)
            {
                await using var find = Command(connection, transaction, EntitySql.ReferenceNumbered, ("$paper", measurement.PaperId), ("$number", number));
                referenceId = await find.ExecuteScalarAsync(cancellationToken) as string
                    ?? throw new CurationRefusedException(string.Create(CultureInfo.InvariantCulture, $"paper '{measurement.PaperId}' lists no reference number {number}"));
            }

            var editId = NewEditId();
            var id = StableId.For("measurement", "curated", editId);
            var q = measurement.Quantity;
            var node = new MeasurementNode(id, measurement.SubjectId, subject.Kind, measurement.Property, q, measurement.Conditions, [], [], 1.0);
            await using (var insert = new PreparedStatement(connection, transaction, WriteSql.InsertMeasurement, WriteSql.MeasurementParameters))
            {
                await insert.ExecuteAsync(cancellationToken,
                    id, node.SubjectId, node.SubjectKind.ToString(), node.Property.ToString(), q.Value, q.UpperValue, q.Unit.Symbol, q.SiValue,
                    q.SiUpperValue, q.Unit.SiSymbol, q.Qualifier.ToString(), GraphJson.Conditions(node.Conditions));
            }

            var evidence = new Evidence(EvidenceKind.Sentence, measurement.Section.Trim(), measurement.Text.Trim(), -1);
            await using (var insert = new PreparedStatement(connection, transaction, WriteSql.InsertEvidence, WriteSql.EvidenceParameters))
            {
                await insert.ExecuteAsync(cancellationToken, MeasurementNode.EvidenceId(id, measurement.PaperId, evidence), id, measurement.PaperId,
                    evidence.Kind.ToString(), evidence.Section, evidence.Text, evidence.BlockIndex, null, null, null, null, 1.0);
            }

            if (referenceId is not null)
            {
                await ExecuteAsync(connection, transaction, WriteSql.InsertMeasurementReference, cancellationToken, ("$measurement", id), ("$reference", referenceId));
            }

            var at = DateTimeOffset.UtcNow;
            await ExecuteAsync(connection, transaction, CurationSql.UpsertState, cancellationToken,
                ("$measurement", id), ("$action", CurationAction.Confirm.ToString()), ("$author", author),
                ("$at", at.ToString("O", CultureInfo.InvariantCulture)), ("$subject", null));
            await InsertEditAsync(connection, transaction, EntityAction.AddMeasurement, id, measurement.SubjectId, author, comment, null,
                string.Create(CultureInfo.InvariantCulture, $"{subject.Name}: {measurement.Property} {q.Text} ({measurement.Section.Trim()}: \"{evidence.Text}\")"),
                cancellationToken, editId);
            return id;
        }, cancellationToken);

    public Task<IReadOnlyList<EntityEdit>> EntityHistoryAsync(string id, CancellationToken cancellationToken = default) =>
        ReadAsync(
            command => { command.CommandText = EntitySql.History; command.Parameters.AddWithValue("$id", id); },
            r => new EntityEdit(
                r.GetString(0), Enum.Parse<EntityAction>(r.GetString(1)), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.GetString(4),
                DateTimeOffset.Parse(r.GetString(5), CultureInfo.InvariantCulture), r.IsDBNull(6) ? null : r.GetString(6),
                r.IsDBNull(7) ? null : r.GetString(7), r.IsDBNull(8) ? null : r.GetString(8)),
            cancellationToken);


    private static string NewEditId() => "edit:" + Guid.NewGuid().ToString("N");

    private static async Task<EditedEntity> ExistingAsync(SqliteConnection connection, SqliteTransaction transaction, string id, CancellationToken cancellationToken)
    {
        await using var find = Command(connection, transaction, EntitySql.FindEntity, ("$id", id));
        await using var reader = await find.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new EditedEntity(reader.GetString(0), reader.GetString(1), Enum.Parse<SubjectKind>(reader.GetString(2)), reader.GetInt64(3) != 0)
            : throw new CurationRefusedException($"no material or strategy with id '{id}'");
    }

    /// <summary>The entity <paramref name="id"/> is finally merged into (itself when it is not merged), or null when it does not exist.</summary>
    private static async Task<EditedEntity?> KeptEntityAsync(SqliteConnection connection, SqliteTransaction transaction, string id, CancellationToken cancellationToken)
    {
        for (var hop = 0; hop < 64; hop++)
        {
            await using var find = Command(connection, transaction, EntitySql.FindEntity, ("$id", id));
            await using var reader = await find.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                return null;
            }

            var entity = new EditedEntity(reader.GetString(0), reader.GetString(1), Enum.Parse<SubjectKind>(reader.GetString(2)), reader.GetInt64(3) != 0);
            if (!entity.Merged)
            {
                return entity;
            }

            await using var kept = Command(connection, transaction, EntitySql.KeptOf, ("$id", id));
            id = (string)(await kept.ExecuteScalarAsync(cancellationToken))!;
        }

        return null;
    }

    private static async Task<string> InsertEditAsync(
        SqliteConnection connection, SqliteTransaction transaction, EntityAction action, string entityId, string? otherId, string author,
        string? comment, string? before, string? after, CancellationToken cancellationToken, string? editId = null)
    {
        var id = editId ?? NewEditId();
        await ExecuteAsync(connection, transaction, EntitySql.InsertEdit, cancellationToken,
            ("$id", id), ("$action", action.ToString()), ("$entity", entityId), ("$other", otherId), ("$author", author),
            ("$at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)), ("$comment", comment), ("$before", before), ("$after", after));
        return id;
    }

    private static async Task ExecuteAsync(
        SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Runs one curator's write in its own immediate transaction, serialised with ingestion.</summary>
    private async Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> write, CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        await writeGate.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await OpenConnectionAsync(cancellationToken);
            await using var transaction = connection.BeginTransaction(deferred: false);
            var result = await write(connection, transaction);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        finally
        {
            writeGate.Release();
        }
    }
}
