using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Graph;
using Microsoft.Data.Sqlite;
using static LlzoGraph.Store.Contract.Papers;

namespace LlzoGraph.Store.Sqlite.Tests;

/// <summary>What an upsert writes into the file, row by row, and that a failed one writes nothing.</summary>
public sealed class UpsertTests : IAsyncLifetime, IDisposable
{
    private readonly TempFolder folder = new();
    private SqliteGraphStore store = null!;

    private string Path => store.DatabasePath;

    public async Task InitializeAsync() => store = await SqliteGraphStore.OpenAsync(folder.File("graph.db"));

    public async Task DisposeAsync() => await store.DisposeAsync();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Upserting_the_same_papers_again_leaves_identical_rows()
    {
        await store.UpsertAsync(PaperA());
        await store.UpsertAsync(PaperB());
        var once = Database.Dump(Path);

        await store.UpsertAsync(PaperB());
        await store.UpsertAsync(PaperA());

        Assert.Equal(once, Database.Dump(Path));
    }

    [Fact]
    public async Task Enum_columns_hold_the_enum_names_and_conditions_are_a_json_array()
    {
        await store.UpsertAsync(PaperA());

        var row = Database.Rows(Path,
            "SELECT m.subject_kind, m.property, m.qualifier, e.kind, m.conditions, e.box, m.si_unit FROM measurement m JOIN evidence e ON e.measurement_id = m.id WHERE e.kind = 'TableRow'").Single();

        Assert.Equal(new object?[] { "Interlayer", "CriticalCurrentDensity", "Exact", "TableRow" }, row[..4]);
        Assert.Equal(
            """[{"name":"temperature","value":298,"unit":"K","siValue":298,"siUnit":"K"},{"name":"current density","value":0.1,"unit":"mA/cm2","siValue":""" +
            Q(0.1, "mA/cm2").SiValue.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + ""","siUnit":"A/m2"}]""",
            row[4]);
        Assert.Equal("""{"left":10,"bottom":20,"right":300,"top":40}""", row[5]);
        Assert.Equal("A/m2", row[6]);
        Assert.Equal(["Coating", "Interlayer", "Treatment"], Database.Rows(Path, "SELECT DISTINCT kind FROM strategy ORDER BY kind").Select(r => r[0]));
    }

    [Fact]
    public async Task A_reference_two_papers_cite_by_the_same_doi_is_one_row_with_one_edge_per_paper_and_number()
    {
        await store.UpsertAsync(PaperA());
        await store.UpsertAsync(PaperB());

        var shared = Database.Rows(Path, $"SELECT id FROM reference WHERE doi = '{SharedDoi}'");
        var edges = Database.Rows(Path,
            $"SELECT p.title, pr.number FROM paper_reference pr JOIN paper p ON p.id = pr.paper_id WHERE pr.reference_id = '{shared.Single()[0]}' ORDER BY pr.number");

        Assert.Equal(["Interfaces of garnet electrolytes #1", "Lithium wetting of garnet #7"], edges.Select(e => $"{e[0]} #{e[1]}"));
        Assert.Equal(4L, Database.Scalar<long>(Path, "SELECT COUNT(*) FROM reference"));
        Assert.Equal(5L, Database.Scalar<long>(Path, "SELECT COUNT(*) FROM paper_reference"));
    }

    [Fact]
    public async Task A_shared_node_keeps_its_description_while_another_paper_uses_it_and_its_only_user_re_describes_it()
    {
        await store.UpsertAsync(PaperA());
        await store.UpsertAsync(PaperB());

        // A again, with every reference re-titled and the AlN interlayer renamed (same identity, other casing).
        var graph = PaperA();
        var retitled = graph with
        {
            References = [.. graph.References.Select(r => r with { Entry = r.Entry with { Title = "Corrected " + r.Number } })],
            Strategies = [.. graph.Strategies.Select(s => s.Name == "AlN interlayer" ? s with { Name = "AlN Interlayer" } : s)],
        };
        await store.UpsertAsync(retitled);

        var titles = Database.Rows(Path, "SELECT doi, title FROM reference ORDER BY doi").Select(r => $"{r[0]}: {r[1]}");
        Assert.Equal(
            [": Corrected 3", "10.1000/only-a: Corrected 2", "10.1000/only-b: Work number 8", $"{SharedDoi}: Work number 1"],
            titles);
        Assert.Equal("AlN interlayer", Database.Scalar<string>(Path, "SELECT name FROM strategy WHERE name_folded = 'aln interlayer'"));

        // Once B no longer uses them, A describes them.
        await store.UpsertAsync(Graph("Lithium wetting of garnet", "10.1000/paper-b", []));
        await store.UpsertAsync(retitled);
        Assert.Equal("Corrected 1", Database.Scalar<string>(Path, $"SELECT title FROM reference WHERE doi = '{SharedDoi}'"));
        Assert.Equal("AlN Interlayer", Database.Scalar<string>(Path, "SELECT name FROM strategy WHERE name_folded = 'aln interlayer'"));
    }

    [Fact]
    public async Task Strategies_are_linked_to_their_materials()
    {
        await store.UpsertAsync(PaperA());

        var links = Database.Rows(Path,
            "SELECT s.name, m.name FROM strategy_material sm JOIN strategy s ON s.id = sm.strategy_id JOIN material m ON m.id = sm.material_id ORDER BY s.name");

        Assert.Equal(
            ["Ag coating→Ag", "AlN interlayer→AlN", "HF treatment→HF", "Li3N coating→Li₃N"], // a material node takes the canonical spelling of its formula
            links.Select(l => $"{l[0]}→{l[1]}"));
    }

    [Fact]
    public async Task A_cancelled_upsert_half_way_through_a_changed_paper_leaves_the_store_as_it_was()
    {
        await store.UpsertAsync(PaperA());
        await store.UpsertAsync(PaperB());
        var before = Database.Dump(Path);

        // A new version of A, cancelled after its old rows were deleted and two new measurements written.
        var changed = Graph("Interfaces of garnet electrolytes", "10.1000/paper-a", [Reference(4, "10.1000/new")],
            M("ZnO coating", SubjectKind.Coating, Property.CriticalCurrentDensity, Q(0.7, "mA/cm2"), 1, [4]),
            M("ZnO coating", SubjectKind.Coating, Property.CriticalCurrentDensity, Q(0.8, "mA/cm2"), 2),
            M("ZnO coating", SubjectKind.Coating, Property.CriticalCurrentDensity, Q(0.9, "mA/cm2"), 3));
        using var cancellation = new CancellationTokenSource();
        var written = 0;
        store.MeasurementWritten = n =>
        {
            written = n;
            if (n == 2)
            {
                cancellation.Cancel();
            }
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.UpsertAsync(changed, cancellation.Token));

        Assert.Equal(2, written);
        Assert.Equal(before, Database.Dump(Path));
        store.MeasurementWritten = null;
        await store.UpsertAsync(changed);
        Assert.Equal(3, (await store.FindMeasurementsAsync(new() { SubjectNameContains = "ZnO" })).Count);
    }

    [Fact]
    public async Task An_upsert_with_an_already_cancelled_token_writes_nothing()
    {
        await store.UpsertAsync(PaperA());
        var before = Database.Dump(Path);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.UpsertAsync(PaperB(), new CancellationToken(canceled: true)));

        Assert.Equal(before, Database.Dump(Path));
    }

    [Fact]
    public async Task A_measurement_citing_a_reference_its_paper_does_not_list_fails_and_rolls_back_everything()
    {
        await store.UpsertAsync(PaperA());
        await store.UpsertAsync(PaperB());
        var before = Database.Dump(Path);

        var graph = PaperA();
        var last = graph.Measurements[^1];
        var broken = graph with
        {
            Measurements = [.. graph.Measurements.SkipLast(1), last with { ReferenceIds = ["reference:not-in-this-graph"] }],
        };

        await Assert.ThrowsAsync<SqliteException>(() => store.UpsertAsync(broken));

        Assert.Equal(before, Database.Dump(Path));
    }

    [Fact]
    public async Task A_measurement_citing_a_reference_only_another_paper_lists_is_refused()
    {
        await store.UpsertAsync(PaperB());
        var onlyB = PaperB().References.Single(r => r.Entry.Doi == "10.1000/only-b").Id;
        var before = Database.Dump(Path);

        var graph = PaperA();
        var broken = graph with { Measurements = [graph.Measurements[0] with { ReferenceIds = [onlyB] }] };

        var error = await Assert.ThrowsAsync<SqliteException>(() => store.UpsertAsync(broken));
        Assert.Contains("no paper reporting it lists", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Database.Dump(Path));
    }

    [Fact]
    public async Task A_measurement_whose_subject_is_missing_fails_and_rolls_back_everything()
    {
        await store.UpsertAsync(PaperA());
        var before = Database.Dump(Path);

        var graph = PaperA();
        var noSuchMaterial = graph with
        {
            Paper = graph.Paper with { Title = "changed" },
            Measurements = [.. graph.Measurements.Skip(1), graph.Measurements[0] with { SubjectId = "material:missing", SubjectKind = SubjectKind.Material }],
        };
        var wrongKind = graph with { Measurements = [graph.Measurements[0] with { SubjectKind = SubjectKind.Coating }] };

        var missing = await Assert.ThrowsAsync<SqliteException>(() => store.UpsertAsync(noSuchMaterial));
        await Assert.ThrowsAsync<SqliteException>(() => store.UpsertAsync(wrongKind));

        Assert.Contains("subject", missing.Message, StringComparison.Ordinal);
        Assert.Equal(before, Database.Dump(Path));
    }

    [Fact]
    public async Task A_strategy_made_of_an_unknown_material_fails_and_rolls_back_everything()
    {
        var before = Database.Dump(Path);
        var graph = PaperA();
        var broken = graph with
        {
            Strategies = [.. graph.Strategies.Select((s, i) => i == 0 ? s with { MaterialIds = [.. s.MaterialIds, "material:unknown"] } : s)],
        };

        await Assert.ThrowsAsync<SqliteException>(() => store.UpsertAsync(broken));

        Assert.Equal(before, Database.Dump(Path));
        Assert.Equal(0, (await store.GetStatisticsAsync()).Papers);
    }

    [Fact]
    public async Task A_measurement_listed_twice_in_a_graph_is_written_once()
    {
        var graph = PaperA();
        await store.UpsertAsync(graph);
        var once = Database.Dump(Path);

        await store.UpsertAsync(graph with { Measurements = [.. graph.Measurements, graph.Measurements[0]] });

        Assert.Equal(once, Database.Dump(Path));
    }

    [Fact]
    public async Task A_store_can_be_used_from_several_tasks_at_once()
    {
        var graphs = Enumerable.Range(0, 8)
            .Select(i => Graph($"Paper {i}", null, [Reference(1, SharedDoi)],
                M("LLZTO", SubjectKind.Material, Property.IonicConductivity, Q(0.1 * (i + 1), "mS/cm"), 1, [1])))
            .ToList();

        await Task.WhenAll(graphs.Select(g => Task.Run(async () =>
        {
            await store.UpsertAsync(g);
            await store.FindMeasurementsAsync(new());
        })));

        Assert.Equal(new Core.Queries.StoreStatistics(8, 24, 1, 0, 8, 1), await store.GetStatisticsAsync());
        Assert.Equal(8L, Database.Scalar<long>(Path, "SELECT COUNT(*) FROM paper_reference"));
    }

    [Fact]
    public async Task A_disposed_store_refuses_further_calls()
    {
        await store.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.GetStatisticsAsync());
        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.UpsertAsync(PaperA()));
    }

    [Fact]
    public void Graph_ids_are_deterministic_so_a_re_read_paper_is_the_same_graph()
    {
        // The premise of the idempotence tests above.
        Assert.Equal(PaperA().Measurements.Select(m => m.Id), PaperA().Measurements.Select(m => m.Id));
        Assert.Equal(PaperA().Paper.Id, StableId.For("paper", "doi", "10.1000/paper-a"));
    }
}
