using System.Globalization;
using System.Text.Json;
using LlzoGraph.Core.Graph;
using LlzoGraph.Core.Ports;
using LlzoGraph.Core.Queries;
using Microsoft.Data.Sqlite;

namespace LlzoGraph.Store.Sqlite;

/// <summary>
/// The embedded default <see cref="IGraphStore"/>: one SQLite file in WAL mode with foreign keys on, brought to
/// the current schema by the numbered migrations in <c>schema/sqlite/</c> when opened. Each operation uses its
/// own pooled connection, so the store may be shared by concurrent callers; writes in this process are
/// serialised, and every <see cref="UpsertAsync"/> is one transaction that is either wholly applied or not at all.
/// </summary>
public sealed partial class SqliteGraphStore : IGraphStore, ICitationGraph
{
    /// <summary>How long a statement waits for another writer (another process, say) to release the file.</summary>
    private static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The page cache of each pooled connection: 32 MiB (SQLite's default is 2 MiB).</summary>
    private const int PageCacheKibibytes = 32 * 1024;

    private readonly string connectionString;
    private readonly SemaphoreSlim writeGate = new(1, 1);
    private int disposed;

    private SqliteGraphStore(string databasePath)
    {
        DatabasePath = databasePath;
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            Pooling = true,
            DefaultTimeout = (int)BusyTimeout.TotalSeconds,
        }.ToString();
    }

    /// <summary>The full path of the database file.</summary>
    public string DatabasePath { get; }

    /// <summary>Test seam: called inside the upsert transaction after each measurement is written, with the count so far.</summary>
    internal Action<int>? MeasurementWritten { get; set; }

    /// <summary>
    /// Opens (creating if needed, with its folder) the database at <paramref name="path"/> and applies the
    /// migrations it has not seen. Throws <see cref="InvalidOperationException"/> when the file records a schema
    /// version this build does not know (it was written by a newer LlzoGraph).
    /// </summary>
    public static Task<SqliteGraphStore> OpenAsync(string path, CancellationToken cancellationToken = default) =>
        OpenAsync(path, Migrations.All, cancellationToken);

    internal static async Task<SqliteGraphStore> OpenAsync(string path, IReadOnlyList<Migration> migrations, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = Path.GetFullPath(path);
        if (Path.GetDirectoryName(fullPath) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        var store = new SqliteGraphStore(fullPath);
        try
        {
            await using var connection = await store.OpenConnectionAsync(cancellationToken);
            await using (var wal = connection.CreateCommand())
            {
                // Persistent in the file: readers then never block the writer, nor the writer readers.
                wal.CommandText = "PRAGMA journal_mode = WAL";
                await wal.ExecuteScalarAsync(cancellationToken);
            }

            await Migrations.ApplyAsync(connection, migrations, cancellationToken);
            return store;
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }

    public Task UpsertAsync(PaperGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return UpsertBatchAsync([graph], cancellationToken);
    }

    /// <summary>
    /// Writes several papers' graphs exactly as <see cref="UpsertAsync"/> writes each, in order, but in one
    /// transaction: all of them are applied or none. For bulk loads (synthetic benchmark graphs), where a commit
    /// per paper costs more than the writing.
    /// </summary>
    public async Task UpsertBatchAsync(IReadOnlyList<PaperGraph> graphs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graphs);
        ThrowIfDisposed();
        await writeGate.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await OpenConnectionAsync(cancellationToken);

            // BEGIN IMMEDIATE: take the write lock up front rather than fail to upgrade a read lock half-way.
            await using var transaction = connection.BeginTransaction(deferred: false);
            try
            {
                foreach (var graph in graphs)
                {
                    await PaperWriter.WriteAsync(connection, transaction, graph, MeasurementWritten, cancellationToken);
                    cancellationToken.ThrowIfCancellationRequested();
                }

                await transaction.CommitAsync(CancellationToken.None);
            }
            catch
            {
                await transaction.RollbackAsync(CancellationToken.None);
                throw;
            }
        }
        finally
        {
            writeGate.Release();
        }
    }

    public async Task<IReadOnlyList<MeasurementView>> FindMeasurementsAsync(MeasurementQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ThrowIfDisposed();
        await using var connection = await OpenConnectionAsync(cancellationToken);

        // One read transaction: the page and its references come from the same snapshot.
        await using var transaction = connection.BeginTransaction(deferred: true);
        var page = new List<MeasurementView>();
        var papers = new Dictionary<string, PaperView>(StringComparer.Ordinal);
        await using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            MeasurementSql.Build(command, query);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var paperId = reader.GetString(Rows.MeasurementPaperColumn);
                if (!papers.TryGetValue(paperId, out var paper))
                {
                    paper = Rows.Paper(reader, Rows.MeasurementPaperColumn);
                    papers.Add(paperId, paper);
                }

                page.Add(Rows.Measurement(reader, paper));
            }
        }

        if (page.Count == 0)
        {
            return page;
        }

        // The lists the caller asked for, each one query for the whole page.
        var details = query.Details;
        var references = details.HasFlag(MeasurementDetails.References)
            ? await GroupedAsync(connection, transaction, MeasurementSql.ReferencesOfMeasurements, "$pairs",
                JsonSerializer.Serialize(page.Select(m => new[] { m.Id, m.Evidence.Paper.Id }).ToArray(), StoreJsonContext.Default.StringArrayArray),
                Rows.Reference, cancellationToken)
            : [];
        var ids = JsonSerializer.Serialize(page.Select(m => m.Id).ToArray(), StoreJsonContext.Default.StringArray);
        var evidence = details.HasFlag(MeasurementDetails.ReportedIn)
            ? await GroupedAsync(connection, transaction, MeasurementSql.EvidenceOfMeasurements, "$ids", ids, Rows.Evidence, cancellationToken)
            : [];
        var changedFrom = details.HasFlag(MeasurementDetails.ChangedFrom)
            ? await GroupedAsync(connection, transaction, EntitySql.ChangedFromOf, "$ids", ids, r => r.GetString(1), cancellationToken)
            : [];

        await transaction.CommitAsync(cancellationToken);
        return page.Select(m => m with
        {
            References = references.TryGetValue(m.Id, out var list) ? list : [],
            ReportedIn = evidence.TryGetValue(m.Id, out var reported) ? reported : [m.Evidence],
            ChangedFromId = changedFrom.TryGetValue(m.Id, out var from) ? from[0] : null,
        }).ToList();
    }

    /// <summary>Runs a query whose first column is a measurement id and groups the rows read by <paramref name="read"/> by it.</summary>
    private static async Task<Dictionary<string, List<T>>> GroupedAsync<T>(
        SqliteConnection connection, SqliteTransaction transaction, string sql, string parameter, string json,
        Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        var groups = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.Parameters.AddWithValue(parameter, json);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetString(0);
            if (!groups.TryGetValue(id, out var list))
            {
                list = [];
                groups.Add(id, list);
            }

            list.Add(read(reader));
        }

        return groups;
    }

    /// <summary>This store evaluates <see cref="MeasurementQuery.Where"/> trees in SQL.</summary>
    public bool SupportsFilterTrees => true;

    public async Task<int> CountMeasurementsAsync(MeasurementQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var counts = await ReadAsync(command => MeasurementSql.BuildCount(command, query), r => r.GetInt32(0), cancellationToken);
        return counts[0];
    }

    public Task<IReadOnlyList<Related<PaperView>>> FindRelatedPapersAsync(string paperId, int limit, CancellationToken cancellationToken = default) =>
        ReadAsync(
            command =>
            {
                command.CommandText = RelatedSql.RelatedPapers;
                command.Parameters.AddWithValue("$paper", paperId);
                command.Parameters.AddWithValue("$limit", limit);
            },
            r =>
            {
                var (works, subjects) = (r.GetInt32(6), r.GetInt32(7));
                return new Related<PaperView>(Rows.Paper(r), works + subjects,
                    string.Create(CultureInfo.InvariantCulture, $"cites {works} of the same works and reports on {subjects} of the same subjects"));
            },
            cancellationToken);

    public Task<IReadOnlyList<Related<SubjectView>>> FindSimilarStrategiesAsync(string strategyId, int limit, CancellationToken cancellationToken = default) =>
        ReadAsync(
            command =>
            {
                command.CommandText = RelatedSql.SimilarStrategies;
                command.Parameters.AddWithValue("$strategy", strategyId);
                command.Parameters.AddWithValue("$limit", limit);
            },
            r =>
            {
                var (materials, properties) = (r.GetInt32(3), r.GetInt32(4));
                return new Related<SubjectView>(new SubjectView(r.GetString(0), r.GetString(1), Enum.Parse<Core.Facts.SubjectKind>(r.GetString(2))),
                    (2 * materials) + properties,
                    string.Create(CultureInfo.InvariantCulture, $"shares {materials} material(s); of the same kind, measured for {properties} of the same properties"));
            },
            cancellationToken);

    public Task<IReadOnlyList<ReferenceView>> FindReferencesAsync(ReferenceQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return ReadAsync(command => CitationSql.BuildReferences(command, query), Rows.LinkedReference, cancellationToken);
    }

    public Task<IReadOnlyList<PaperView>> FindCitingPapersAsync(string referenceId, CancellationToken cancellationToken = default) =>
        ReadAsync(command => { command.CommandText = CitationSql.CitingPapers; command.Parameters.AddWithValue("$reference", referenceId); }, r => Rows.Paper(r), cancellationToken);

    public Task<IReadOnlyList<PaperView>> FindCitedByAsync(string paperId, CancellationToken cancellationToken = default) =>
        ReadAsync(command => { command.CommandText = CitationSql.CitedBy; command.Parameters.AddWithValue("$paper", paperId); }, r => Rows.Paper(r), cancellationToken);

    public Task<IReadOnlyList<CitationView>> FindCitationsAsync(string paperId, string? section = null, CancellationToken cancellationToken = default) =>
        ReadAsync(
            command => CitationSql.BuildCitations(command, paperId, section),
            r => new CitationView(Rows.LinkedReference(r), Enum.Parse<Core.Facts.CitationForm>(r.GetString(12)), r.GetString(13), r.GetString(14)),
            cancellationToken);

    /// <summary>Runs one read query and maps every row.</summary>
    private async Task<IReadOnlyList<T>> ReadAsync<T>(Action<SqliteCommand> build, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        build(command);
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    public async Task<IReadOnlyList<PaperView>> ListPapersAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = Rows.SelectPapers;
        var papers = new List<PaperView>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            papers.Add(Rows.Paper(reader));
        }

        return papers;
    }

    public async Task<StoreStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = Rows.SelectStatistics;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            throw new InvalidOperationException("the statistics query returned no row");
        }

        return Rows.Statistics(reader);
    }

    /// <summary>Releases the pooled connections to the file; later calls throw <see cref="ObjectDisposedException"/>.</summary>
    public ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            CloseVersionConnection();
            using var connection = new SqliteConnection(connectionString);
            SqliteConnection.ClearPool(connection);
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>A pooled connection with foreign keys on (from the connection string) and a busy timeout.</summary>
    internal async Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var pragmas = connection.CreateCommand();

            // synchronous = NORMAL is durable enough in WAL mode (a power cut may lose the last commits, never
            // half of one) and much faster for ingestion. A pooled connection keeps its page cache between uses
            // while the file is unchanged; the default 2 MiB holds less than one page of measurements with their
            // evidence, papers and subjects touches, so every query re-read its pages from the OS.
            pragmas.CommandText = string.Create(CultureInfo.InvariantCulture,
                $"PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds}; PRAGMA synchronous = NORMAL; PRAGMA cache_size = {-PageCacheKibibytes};");
            await pragmas.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);
}
