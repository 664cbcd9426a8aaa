using LlzoGraph.Store.Contract;
namespace LlzoGraph.Store.Sqlite.Tests;

public sealed class MigrationTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void The_embedded_migrations_start_at_one_and_are_numbered_without_gaps()
    {
        var versions = Migrations.All.Select(m => m.Version).ToList();

        Assert.NotEmpty(versions);
        Assert.Equal(Enumerable.Range(1, versions.Count), versions);
        Assert.Equal("initial", Migrations.All[0].Name);
        Assert.Contains("CREATE TABLE measurement", Migrations.All[0].Sql, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("001_initial.sql", 1, "initial")]
    [InlineData("012_add_curation_overlay.sql", 12, "add_curation_overlay")]
    [InlineData("7.sql", 7, "7")]
    public void A_migration_file_name_gives_its_version_and_name(string file, int version, string name)
    {
        var migration = Migrations.Parse(file, "SELECT 1;");

        Assert.Equal((version, name), (migration.Version, migration.Name));
    }

    [Theory]
    [InlineData("initial.sql")]
    [InlineData("000_zero.sql")]
    [InlineData("v1_initial.sql")]
    [InlineData("_initial.sql")]
    public void A_migration_without_a_positive_number_is_refused(string file) =>
        Assert.Throws<InvalidOperationException>(() => Migrations.Parse(file, "SELECT 1;"));

    [Fact]
    public void Two_migrations_with_one_version_are_refused() =>
        Assert.Throws<InvalidOperationException>(() => Migrations.Order([new Migration(2, "a", ""), new Migration(1, "b", ""), new Migration(2, "c", "")]));

    [Fact]
    public async Task Opening_a_new_file_creates_its_folder_applies_every_migration_once_and_records_it()
    {
        var path = folder.File("nested", "deeper", "graph.db");

        await using (await SqliteGraphStore.OpenAsync(path))
        {
        }

        Assert.True(File.Exists(path));
        var recorded = Database.Rows(path, "SELECT version, name FROM schema_migrations ORDER BY version");
        Assert.Equal(Migrations.All.Select(m => (object)(long)m.Version), recorded.Select(r => r[0]));
        Assert.Equal(Migrations.All.Select(m => (object)m.Name), recorded.Select(r => r[1]));
        Assert.Equal("wal", Database.Scalar<string>(path, "PRAGMA journal_mode"));
        Assert.Equal(1L, Database.Scalar<long>(path, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'measurement'"));
    }

    [Fact]
    public async Task Opening_a_file_again_applies_nothing_and_keeps_its_data()
    {
        var path = folder.File("graph.db");
        await using (var store = await SqliteGraphStore.OpenAsync(path))
        {
            await store.UpsertAsync(Papers.PaperA());
        }

        var dump = Database.Dump(path);
        await using (var again = await SqliteGraphStore.OpenAsync(path))
        {
            Assert.Equal(6, (await again.GetStatisticsAsync()).Measurements);
            Assert.Equal(6, (await again.FindMeasurementsAsync(new())).Count);
        }

        // The dump holds schema_migrations too: no version applied again, no applied_at rewritten.
        Assert.Equal(dump, Database.Dump(path));
    }

    [Fact]
    public async Task Only_the_migrations_a_database_has_not_seen_are_applied_each_in_order()
    {
        var path = folder.File("graph.db");
        Migration[] first = [new(1, "one", "CREATE TABLE t (x INTEGER NOT NULL); INSERT INTO t VALUES (1);")];
        Migration[] both = [.. first, new(2, "two", "INSERT INTO t VALUES (2); ALTER TABLE t ADD COLUMN y TEXT;")];

        await using (await SqliteGraphStore.OpenAsync(path, first, CancellationToken.None))
        {
        }

        await using (await SqliteGraphStore.OpenAsync(path, both, CancellationToken.None))
        {
        }

        await using (await SqliteGraphStore.OpenAsync(path, both, CancellationToken.None))
        {
        }

        Assert.Equal([1L, 2L], Database.Rows(path, "SELECT x FROM t ORDER BY x").Select(r => r[0]));
        Assert.Equal([1L, 2L], Database.Rows(path, "SELECT version FROM schema_migrations ORDER BY version").Select(r => r[0]));
    }

    [Fact]
    public async Task A_failing_migration_is_not_recorded_and_leaves_no_part_of_itself()
    {
        var path = folder.File("graph.db");
        Migration[] migrations =
        [
            new(1, "one", "CREATE TABLE t (x INTEGER NOT NULL);"),
            new(2, "broken", "CREATE TABLE u (y INTEGER); INSERT INTO t VALUES (NULL);"),
        ];

        await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => SqliteGraphStore.OpenAsync(path, migrations, CancellationToken.None));

        Assert.Equal([1L], Database.Rows(path, "SELECT version FROM schema_migrations").Select(r => r[0]));
        Assert.Equal(0L, Database.Scalar<long>(path, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'u'"));
    }

    [Fact]
    public async Task A_database_written_by_a_newer_version_is_refused_with_a_clear_error()
    {
        var path = folder.File("graph.db");
        await using (await SqliteGraphStore.OpenAsync(path))
        {
        }

        Database.Execute(path, "INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'from_the_future', '2030-01-01')");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => SqliteGraphStore.OpenAsync(path));
        Assert.Contains("999", error.Message, StringComparison.Ordinal);
        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_store_written_before_measurements_had_their_own_evidence_keeps_its_rows_through_migration_two()
    {
        var path = folder.File("v1.db");
        await using (await SqliteGraphStore.OpenAsync(path, [Migrations.All[0]], CancellationToken.None))
        {
        }

        Database.Execute(path, """
            INSERT INTO paper (id, title, source) VALUES ('paper:1', 'Old paper', 'old.txt');
            INSERT INTO strategy (id, name, name_folded, kind) VALUES ('strategy:1', 'AlN interlayer', 'aln interlayer', 'Interlayer');
            INSERT INTO reference (id, raw) VALUES ('reference:1', '[1] A. Author, J. Test, 2020, 1, 1.');
            INSERT INTO paper_reference (paper_id, number, reference_id) VALUES ('paper:1', 1, 'reference:1');
            INSERT INTO measurement (id, paper_id, subject_id, subject_kind, property, value, unit, si_value, si_unit, qualifier,
                evidence_kind, evidence_section, evidence_text, evidence_block, confidence)
            VALUES ('measurement:1', 'paper:1', 'strategy:1', 'Interlayer', 'CriticalCurrentDensity', 2.6, 'mA/cm2', 26, 'A/m2',
                'Exact', 'Sentence', '2 Results', 'A CCD of 2.6 mA cm-2.', 4, 0.8);
            INSERT INTO measurement_reference (measurement_id, reference_id) VALUES ('measurement:1', 'reference:1');
            """);

        await using var store = await SqliteGraphStore.OpenAsync(path);
        var view = Assert.Single(await store.FindMeasurementsAsync(new Core.Queries.MeasurementQuery()));

        Assert.Equal(("measurement:1", "AlN interlayer", 2.6, 0.8), (view.Id, view.SubjectName, view.Value, view.Confidence));
        Assert.Equal(("Old paper", "A CCD of 2.6 mA cm-2."), (view.Evidence.Paper.Title, view.Evidence.Text));
        Assert.Equal(view.Evidence, Assert.Single(view.ReportedIn));
        Assert.Equal(1, Assert.Single(view.References).Number);
        Assert.Empty(Database.Rows(path, "SELECT name FROM sqlite_master WHERE name LIKE '%_001'"));
    }
}
