using Microsoft.Data.Sqlite;

namespace LlzoGraph.Store.Sqlite;

/// <summary>
/// One parameterised statement compiled once and executed many times inside a transaction; values are bound
/// by position in the order the parameter names were given.
/// </summary>
internal sealed class PreparedStatement : IAsyncDisposable
{
    private readonly SqliteCommand command;

    public PreparedStatement(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameterNames)
    {
        command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameterNames)
        {
            command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
        }

        command.Prepare();
    }

    public Task<int> ExecuteAsync(CancellationToken cancellationToken, params object?[] values)
    {
        Bind(values);
        return command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<List<T>> QueryAsync<T>(Func<SqliteDataReader, T> read, CancellationToken cancellationToken, params object?[] values)
    {
        Bind(values);
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    public ValueTask DisposeAsync() => command.DisposeAsync();

    private void Bind(object?[] values)
    {
        if (values.Length != command.Parameters.Count)
        {
            throw new ArgumentException(
                $"the statement takes {command.Parameters.Count} values, {values.Length} were given", nameof(values));
        }

        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}
