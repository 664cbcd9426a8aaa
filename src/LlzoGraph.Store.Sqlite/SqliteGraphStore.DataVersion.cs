using Microsoft.Data.Sqlite;

namespace LlzoGraph.Store.Sqlite;

/// <summary>
/// The store's data version: SQLite's <c>PRAGMA data_version</c> read on one connection kept for it, which changes
/// whenever any other connection — the pool's writers or another process — commits to the file.
/// </summary>
public sealed partial class SqliteGraphStore
{
    private readonly Lock versionGate = new();
    private SqliteConnection? versionConnection;
    private SqliteCommand? versionCommand;

    public ValueTask<long?> GetDataVersionAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        lock (versionGate)
        {
            if (versionCommand is null)
            {
                versionConnection = new SqliteConnection(connectionString);
                versionConnection.Open();
                versionCommand = versionConnection.CreateCommand();
                versionCommand.CommandText = "PRAGMA data_version";
                versionCommand.Prepare();
            }

            return ValueTask.FromResult<long?>((long)versionCommand.ExecuteScalar()!);
        }
    }

    private void CloseVersionConnection()
    {
        lock (versionGate)
        {
            versionCommand?.Dispose();
            versionConnection?.Dispose();
            versionCommand = null;
            versionConnection = null;
        }
    }
}
