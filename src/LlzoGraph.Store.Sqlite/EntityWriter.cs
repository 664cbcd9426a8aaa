using LlzoGraph.Core.Graph;
using Microsoft.Data.Sqlite;

namespace LlzoGraph.Store.Sqlite;

/// <summary>
/// What a paper graph says about entities beyond their rows (materials' aliases, before/after links between its
/// measurements), and the curators' overlay applied again over what ingestion just wrote, so that a re-ingest never
/// undoes a merge, a split, an alias or an added measurement. Runs inside the caller's transaction.
/// </summary>
internal static class EntityWriter
{
    public static async Task WriteAsync(SqliteConnection connection, SqliteTransaction transaction, PaperGraph graph, CancellationToken cancellationToken)
    {
        var paperId = graph.Paper.Id;
        await using (var delete = new PreparedStatement(connection, transaction, EntitySql.DeletePaperAliases, "$paper"))
        {
            await delete.ExecuteAsync(cancellationToken, paperId);
        }

        await using (var insert = new PreparedStatement(connection, transaction, EntitySql.InsertAlias, "$entity", "$alias", "$folded", "$paper", "$edit"))
        {
            foreach (var material in graph.Materials)
            {
                foreach (var alias in material.Aliases.Where(a => !string.IsNullOrWhiteSpace(a)))
                {
                    await insert.ExecuteAsync(cancellationToken, material.Id, alias.Trim(), PaperWriter.Fold(alias.Trim()), paperId, null);
                }
            }
        }

        await using (var link = new PreparedStatement(connection, transaction, EntitySql.SetChangedFrom, "$from", "$id"))
        {
            foreach (var m in graph.Measurements.Where(m => m.ChangedFromId is not null))
            {
                await link.ExecuteAsync(cancellationToken, m.ChangedFromId, m.Id);
            }
        }

        await ApplyOverlayAsync(connection, transaction, cancellationToken);
    }

    public static async Task ApplyOverlayAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await using var apply = connection.CreateCommand();
        apply.Transaction = transaction;
        apply.CommandText = EntitySql.ApplyOverlay;
        await apply.ExecuteNonQueryAsync(cancellationToken);
    }
}
