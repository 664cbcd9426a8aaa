using System.Globalization;
using Microsoft.Data.Sqlite;

namespace LlzoGraph.Store.Sqlite.Tests;

/// <summary>Looks at a store's file directly, with an unpooled connection of its own.</summary>
internal static class Database
{
    public static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    public static List<object?[]> Rows(string path, string sql)
    {
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    public static T Scalar<T>(string path, string sql) => (T)Convert.ChangeType(Rows(path, sql).Single()[0]!, typeof(T), CultureInfo.InvariantCulture);

    public static void Execute(string path, string sql)
    {
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Every row of every table, sorted, as text: two equal dumps mean two identical databases.</summary>
    public static string Dump(string path)
    {
        var tables = Rows(path, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            .Select(r => (string)r[0]!)
            .ToList();
        var lines = new List<string>();
        foreach (var table in tables)
        {
            var rows = Rows(path, $"SELECT * FROM \"{table}\"")
                .Select(r => table + ": " + string.Join(" | ", r.Select(Format)))
                .Order(StringComparer.Ordinal);
            lines.Add($"{table} ({Rows(path, $"SELECT COUNT(*) FROM \"{table}\"").Single()[0]})");
            lines.AddRange(rows);
        }

        return string.Join('\n', lines);
    }

    private static string Format(object? value) => value switch
    {
        null => "NULL",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
