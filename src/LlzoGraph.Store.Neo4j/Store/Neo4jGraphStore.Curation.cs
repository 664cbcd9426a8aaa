using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using LlzoGraph.Core.Curation;
using LlzoGraph.Core.Ports;
using LlzoGraph.Core.Queries;
using LlzoGraph.Store.Neo4j.Bolt.Driver;

namespace LlzoGraph.Store.Neo4j.Store;

/// <summary>
/// The curators' overlay and API keys of the Neo4j store, with the SQLite store's semantics (Cypher in
/// <see cref="CurationCypher"/>): an edit and the state it leads to are one transaction; re-ingestion never
/// overwrites them; keys are kept only as SHA-256 hashes.
/// </summary>
public sealed partial class Neo4jGraphStore : ICurationStore, IApiKeyStore
{
    public async Task RecordAsync(CurationEdit edit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        ThrowIfDisposed();
        await writeGate.WaitAsync(cancellationToken);
        try
        {
            await Driver.ExecuteWriteAsync(async (tx, ct) =>
            {
                var found = await tx.RunAsync(CurationCypher.MeasurementExists, new Dictionary<string, object?> { ["id"] = edit.MeasurementId }, ct);
                if (Rows.Int(found.Records[0][0]) == 0)
                {
                    throw new KeyNotFoundException($"no measurement with id '{edit.MeasurementId}'");
                }

                var at = edit.At.ToString("O", CultureInfo.InvariantCulture);
                await tx.RunAsync(CurationCypher.InsertEdit, new Dictionary<string, object?>
                {
                    ["id"] = edit.Id, ["measurement"] = edit.MeasurementId, ["action"] = edit.Action.ToString(), ["author"] = edit.Author,
                    ["at"] = at, ["comment"] = edit.Comment, ["before"] = Json(edit.Before), ["after"] = Json(edit.After),
                }, ct);
                await tx.RunAsync(CurationCypher.UpsertState, new Dictionary<string, object?>
                {
                    ["measurement"] = edit.MeasurementId, ["action"] = edit.Action.ToString(), ["author"] = edit.Author, ["at"] = at,
                    ["subject"] = edit.Action == CurationAction.Correct ? edit.After?.SubjectName : null,
                }, ct);
                if (edit is { Action: CurationAction.Correct, After: { } after })
                {
                    await tx.RunAsync(CurationCypher.ApplyCorrection, new Dictionary<string, object?>
                    {
                        ["id"] = edit.MeasurementId, ["value"] = after.Value, ["unit"] = after.Unit, ["siValue"] = after.SiValue, ["siUnit"] = after.SiUnit,
                    }, ct);
                }

                return true;
            }, cancellationToken);
        }
        finally
        {
            writeGate.Release();
        }
    }

    public async Task<IReadOnlyList<CurationEdit>> HistoryAsync(string measurementId, CancellationToken cancellationToken = default) =>
        (await ReadAsync(CurationCypher.History, new() { ["id"] = measurementId }, cancellationToken))
            .Select(r => new CurationEdit(
                Rows.Text(r[0]), Rows.Text(r[1]), Enum.Parse<CurationAction>(Rows.Text(r[2])), Rows.Text(r[3]),
                DateTimeOffset.Parse(Rows.Text(r[4]), CultureInfo.InvariantCulture), Rows.NullableText(r[5]),
                Fields(Rows.NullableText(r[6])), Fields(Rows.NullableText(r[7]))))
            .ToList();

    public async Task<IReadOnlyList<ReviewItem>> ReviewQueueAsync(int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var queue = (await ReadAsync(CurationCypher.ReviewQueue, new() { ["limit"] = (long)limit }, cancellationToken))
            .Select(r => (Id: Rows.Text(r[0]), Conflict: Rows.NullableText(r[1])))
            .ToList();
        var views = (await FindMeasurementsAsync(new MeasurementQuery { Ids = queue.Select(q => q.Id).ToList(), IncludeRejected = true, Limit = limit }, cancellationToken))
            .ToDictionary(m => m.Id);
        return queue.Where(q => views.ContainsKey(q.Id))
            .Select(q => new ReviewItem(views[q.Id], q.Conflict ?? $"extracted with confidence {views[q.Id].Confidence:0.00} and not yet curated", q.Conflict is not null))
            .ToList();
    }

    /// <summary>
    /// Marks a curated measurement with the conflict a later ingest raised in the store it is migrated from (the
    /// next ingest of its paper here decides afresh); false when the measurement has no curated state here.
    /// </summary>
    public async Task<bool> RestoreConflictAsync(string measurementId, string conflict, CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        var result = await Driver.RunAsync(CurationCypher.RestoreConflict,
            new Dictionary<string, object?> { ["measurement"] = measurementId, ["conflict"] = conflict }, cancellationToken: cancellationToken);
        return Rows.Int(result.Records[0][0]) > 0;
    }

    public async Task<string> CreateKeyAsync(string owner, ApiRole role, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        ThrowIfDisposed();
        var key = "llzo_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        await Driver.RunAsync(CurationCypher.InsertKey, new Dictionary<string, object?>
        {
            ["id"] = "key:" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)), ["owner"] = owner.Trim(), ["role"] = role.ToString(),
            ["hash"] = Hash(key), ["at"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
        }, cancellationToken: cancellationToken);
        return key;
    }

    public async Task<ApiKeyOwner?> FindKeyAsync(string key, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return null;
        }

        var found = await ReadAsync(CurationCypher.FindKey, new() { ["hash"] = Hash(key.Trim()) }, cancellationToken);
        return found.Count == 0 ? null : new ApiKeyOwner(Rows.Text(found[0][0]), Rows.Text(found[0][1]), Enum.Parse<ApiRole>(Rows.Text(found[0][2])));
    }

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static string? Json(CuratedFields? fields) =>
        fields is null ? null : JsonSerializer.Serialize(fields, CurationJsonContext.Default.CuratedFields);

    private static CuratedFields? Fields(string? json) =>
        json is null ? null : JsonSerializer.Deserialize(json, CurationJsonContext.Default.CuratedFields);
}

/// <summary>A curation edit's before and after fields, kept as JSON strings (Neo4j properties cannot hold maps), as the SQLite store keeps them.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(CuratedFields))]
internal sealed partial class CurationJsonContext : JsonSerializerContext;
