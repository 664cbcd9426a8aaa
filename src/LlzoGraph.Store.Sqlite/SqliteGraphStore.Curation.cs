using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LlzoGraph.Core.Curation;
using LlzoGraph.Core.Ports;
using LlzoGraph.Core.Queries;
using Microsoft.Data.Sqlite;

namespace LlzoGraph.Store.Sqlite;

/// <summary>The curators' overlay and API keys of the embedded store.</summary>
public sealed partial class SqliteGraphStore : ICurationStore, IApiKeyStore
{
    public async Task RecordAsync(CurationEdit edit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        ThrowIfDisposed();
        await writeGate.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await OpenConnectionAsync(cancellationToken);
            await using var transaction = connection.BeginTransaction(deferred: false);
            await using (var exists = Command(connection, transaction, CurationSql.MeasurementExists, ("$id", edit.MeasurementId)))
            {
                if (Convert.ToInt64(await exists.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) == 0)
                {
                    throw new KeyNotFoundException($"no measurement with id '{edit.MeasurementId}'");
                }
            }

            var at = edit.At.ToString("O", CultureInfo.InvariantCulture);
            await using (var insert = Command(connection, transaction, CurationSql.InsertEdit,
                ("$id", edit.Id), ("$measurement", edit.MeasurementId), ("$action", edit.Action.ToString()), ("$author", edit.Author),
                ("$at", at), ("$comment", edit.Comment), ("$before", Json(edit.Before)), ("$after", Json(edit.After))))
            {
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }

            await using (var state = Command(connection, transaction, CurationSql.UpsertState,
                ("$measurement", edit.MeasurementId), ("$action", edit.Action.ToString()), ("$author", edit.Author), ("$at", at),
                ("$subject", edit.Action == CurationAction.Correct ? edit.After?.SubjectName : null)))
            {
                await state.ExecuteNonQueryAsync(cancellationToken);
            }

            if (edit is { Action: CurationAction.Correct, After: { } after })
            {
                await using var apply = Command(connection, transaction, CurationSql.ApplyCorrection,
                    ("$id", edit.MeasurementId), ("$value", after.Value), ("$unit", after.Unit), ("$siValue", after.SiValue), ("$siUnit", after.SiUnit));
                await apply.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            writeGate.Release();
        }
    }

    public Task<IReadOnlyList<CurationEdit>> HistoryAsync(string measurementId, CancellationToken cancellationToken = default) =>
        ReadAsync(
            command => { command.CommandText = CurationSql.History; command.Parameters.AddWithValue("$id", measurementId); },
            r => new CurationEdit(
                r.GetString(0), r.GetString(1), Enum.Parse<CurationAction>(r.GetString(2)), r.GetString(3),
                DateTimeOffset.Parse(r.GetString(4), CultureInfo.InvariantCulture), r.IsDBNull(5) ? null : r.GetString(5),
                Fields(r, 6), Fields(r, 7)),
            cancellationToken);

    public async Task<IReadOnlyList<ReviewItem>> ReviewQueueAsync(int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var queue = await ReadAsync(
            command => { command.CommandText = CurationSql.ReviewQueue; command.Parameters.AddWithValue("$limit", limit); },
            r => (Id: r.GetString(0), Conflict: r.IsDBNull(1) ? null : r.GetString(1)),
            cancellationToken);
        var views = (await FindMeasurementsAsync(new MeasurementQuery { Ids = queue.Select(q => q.Id).ToList(), IncludeRejected = true, Limit = limit }, cancellationToken))
            .ToDictionary(m => m.Id);
        return queue.Where(q => views.ContainsKey(q.Id))
            .Select(q => new ReviewItem(views[q.Id], q.Conflict ?? $"extracted with confidence {views[q.Id].Confidence:0.00} and not yet curated", q.Conflict is not null))
            .ToList();
    }

    public async Task<string> CreateKeyAsync(string owner, ApiRole role, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        ThrowIfDisposed();
        var key = "llzo_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var insert = Command(connection, null, CurationSql.InsertKey,
            ("$id", "key:" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))), ("$owner", owner.Trim()), ("$role", role.ToString()),
            ("$hash", Hash(key)), ("$at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)));
        await insert.ExecuteNonQueryAsync(cancellationToken);
        return key;
    }

    public async Task<ApiKeyOwner?> FindKeyAsync(string key, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return null;
        }

        var found = await ReadAsync(
            command => { command.CommandText = CurationSql.FindKey; command.Parameters.AddWithValue("$hash", Hash(key.Trim())); },
            r => new ApiKeyOwner(r.GetString(0), r.GetString(1), Enum.Parse<ApiRole>(r.GetString(2))),
            cancellationToken);
        return found.Count > 0 ? found[0] : null;
    }

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static string? Json(CuratedFields? fields) =>
        fields is null ? null : JsonSerializer.Serialize(fields, StoreJsonContext.Default.CuratedFields);

    private static CuratedFields? Fields(SqliteDataReader r, int i) =>
        r.IsDBNull(i) ? null : JsonSerializer.Deserialize(r.GetString(i), StoreJsonContext.Default.CuratedFields);

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }
}
