using System.Globalization;
using System.Reflection;
using Microsoft.Data.Sqlite;

namespace LlzoGraph.Store.Sqlite;

/// <summary>One numbered schema change: <c>schema/sqlite/NNN_name.sql</c>, embedded as <c>migrations/NNN_name.sql</c>.</summary>
internal sealed record Migration(int Version, string Name, string Sql);

/// <summary>
/// Brings a database to the schema this build knows: applies the embedded migrations it has not seen, in
/// version order, each in its own transaction together with its row in <c>schema_migrations</c>. Applying
/// twice is a no-op; a database that records a version this build does not know is refused.
/// </summary>
internal static class Migrations
{
    private const string ResourcePrefix = "migrations/";

    private const string CreateLedger = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version    INTEGER NOT NULL PRIMARY KEY,
            name       TEXT    NOT NULL,
            applied_at TEXT    NOT NULL
        ) STRICT;
        """;

    private static readonly Lazy<IReadOnlyList<Migration>> Embedded = new(() => Load(typeof(Migrations).Assembly));

    /// <summary>The migrations shipped in this assembly, by version.</summary>
    public static IReadOnlyList<Migration> All => Embedded.Value;

    public static IReadOnlyList<Migration> Load(Assembly assembly)
    {
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(ResourcePrefix, StringComparison.Ordinal) || !resource.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"migration resource '{resource}' cannot be read");
            using var reader = new StreamReader(stream);
            migrations.Add(Parse(resource[ResourcePrefix.Length..], reader.ReadToEnd()));
        }

        return Order(migrations);
    }

    /// <summary>Reads "007_add_curation.sql" as version 7, name "add_curation".</summary>
    public static Migration Parse(string fileName, string sql)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName);
        var underscore = stem.IndexOf('_', StringComparison.Ordinal);
        var digits = underscore < 0 ? stem : stem[..underscore];
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit)
            || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var version) || version <= 0)
        {
            throw new InvalidOperationException($"migration '{fileName}' is not named NNN_name.sql with a positive number");
        }

        return new Migration(version, underscore < 0 ? stem : stem[(underscore + 1)..], sql);
    }

    public static IReadOnlyList<Migration> Order(IEnumerable<Migration> migrations)
    {
        var ordered = migrations.OrderBy(m => m.Version).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            if (ordered[i].Version == ordered[i - 1].Version)
            {
                throw new InvalidOperationException(
                    $"two migrations share version {ordered[i].Version}: '{ordered[i - 1].Name}' and '{ordered[i].Name}'");
            }
        }

        return ordered;
    }

    /// <summary>Applies every migration of <paramref name="migrations"/> the database has not recorded; returns the versions applied now.</summary>
    public static async Task<IReadOnlyList<int>> ApplyAsync(
        SqliteConnection connection, IReadOnlyList<Migration> migrations, CancellationToken cancellationToken)
    {
        await using (var create = connection.CreateCommand())
        {
            create.CommandText = CreateLedger;
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        var known = migrations.Select(m => m.Version).ToHashSet();
        var applied = await AppliedVersionsAsync(connection, transaction: null, cancellationToken);
        var unknown = applied.Where(v => !known.Contains(v)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException(
                $"the database '{connection.DataSource}' has schema version(s) {string.Join(", ", unknown.Select(v => v.ToString(CultureInfo.InvariantCulture)))} " +
                $"applied, which this build does not know (it knows up to {(known.Count == 0 ? 0 : known.Max()).ToString(CultureInfo.InvariantCulture)}); " +
                "the database was written by a newer version of LlzoGraph — upgrade it, or open a different file");
        }

        var appliedNow = new List<int>();
        foreach (var migration in migrations)
        {
            if (applied.Contains(migration.Version))
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();

            // BEGIN IMMEDIATE takes the write lock, so a second process opening the same file waits here and
            // then sees the version as applied instead of applying it twice.
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            var nowApplied = await AppliedVersionsAsync(connection, transaction, cancellationToken);
            if (nowApplied.Contains(migration.Version))
            {
                continue;
            }

            await using (var script = connection.CreateCommand())
            {
                script.Transaction = transaction;
                script.CommandText = migration.Sql;
                await script.ExecuteNonQueryAsync(cancellationToken);
            }

            await using (var record = connection.CreateCommand())
            {
                record.Transaction = transaction;
                record.CommandText = "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($version, $name, $appliedAt)";
                record.Parameters.AddWithValue("$version", migration.Version);
                record.Parameters.AddWithValue("$name", migration.Name);
                record.Parameters.AddWithValue("$appliedAt", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
                await record.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            appliedNow.Add(migration.Version);
        }

        return appliedNow;
    }

    private static async Task<HashSet<int>> AppliedVersionsAsync(
        SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var query = connection.CreateCommand();
        query.Transaction = transaction;
        query.CommandText = "SELECT version FROM schema_migrations";
        var versions = new HashSet<int>();
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            versions.Add(reader.GetInt32(0));
        }

        return versions;
    }
}
