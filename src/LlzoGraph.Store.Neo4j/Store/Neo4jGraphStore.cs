using System.Reflection;
using LlzoGraph.Core.Graph;
using LlzoGraph.Core.Ports;
using LlzoGraph.Core.Queries;
using LlzoGraph.Store.Neo4j.Bolt;
using LlzoGraph.Store.Neo4j.Bolt.Driver;
using LlzoGraph.Store.Neo4j.Bolt.Protocol;

namespace LlzoGraph.Store.Neo4j.Store;

/// <summary>
/// An <see cref="IGraphStore"/> in Neo4j, through our own Bolt client. Opening it runs the schema statements for
/// the server's version (schema/neo4j/3.x.cypher or 4.4+.cypher), each in its own auto-commit transaction; every
/// <see cref="UpsertAsync"/> is one managed transaction (retried on transient failures; the writes are
/// idempotent), so a paper is either wholly written or not at all. Answers are the SQLite store's, query for query.
/// </summary>
public sealed partial class Neo4jGraphStore : IGraphStore
{
    private readonly SemaphoreSlim writeGate = new(1, 1);
    private readonly bool ownsDriver;
    private int disposed;

    private Neo4jGraphStore(Neo4jDriver driver, ServerInfo server, bool ownsDriver)
    {
        Driver = driver;
        Server = server;
        this.ownsDriver = ownsDriver;
    }

    public Neo4jDriver Driver { get; }

    /// <summary>The server the store opened against (address, agent, Bolt version).</summary>
    public ServerInfo Server { get; }

    /// <summary>Filter trees (<see cref="MeasurementQuery.Where"/>) become Cypher conditions (<see cref="MeasurementFilterCypher"/>).</summary>
    public bool SupportsFilterTrees => true;

    /// <summary>Connects (a wrong password or an unreachable server throws a <see cref="Neo4jException"/> here) and applies the schema.</summary>
    public static Task<Neo4jGraphStore> OpenAsync(Neo4jSettings settings, CancellationToken cancellationToken = default) =>
        OpenAsync(Neo4jDriver.Create(settings), ownsDriver: true, cancellationToken);

    public static async Task<Neo4jGraphStore> OpenAsync(Neo4jDriver driver, bool ownsDriver, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(driver);
        try
        {
            var server = await driver.VerifyConnectivityAsync(cancellationToken);
            foreach (var statement in SchemaStatements(server))
            {
                await driver.RunAsync(statement, cancellationToken: cancellationToken);
            }

            return new Neo4jGraphStore(driver, server, ownsDriver);
        }
        catch
        {
            if (ownsDriver)
            {
                await driver.DisposeAsync();
            }

            throw;
        }
    }

    /// <summary>The schema file for the server: 3.x syntax before Neo4j 4, the 4.4+ syntax from then on.</summary>
    internal static IReadOnlyList<string> SchemaStatements(ServerInfo server)
    {
        var legacy = server.ProductVersion is { Major: < 4 } || (server.ProductVersion is null && server.Protocol.Major < 4);
        var resource = legacy ? "schema/3.x.cypher" : "schema/4.4+.cypher";
        using var stream = typeof(Neo4jGraphStore).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"the schema resource '{resource}' is missing from {Assembly.GetExecutingAssembly().GetName().Name}");
        using var reader = new StreamReader(stream);
        return ParseStatements(reader.ReadToEnd());
    }

    /// <summary>Statements separated by ';' at line ends; // comment lines are dropped.</summary>
    internal static IReadOnlyList<string> ParseStatements(string script)
    {
        var lines = script.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal));
        return string.Join('\n', lines)
            .Split(";\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => s.TrimEnd(';').Trim())
            .Where(s => s.Length > 0)
            .ToList();
    }

    public async Task UpsertAsync(PaperGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ThrowIfDisposed();
        await writeGate.WaitAsync(cancellationToken);
        try
        {
            await Driver.ExecuteWriteAsync(async (tx, ct) =>
            {
                await PaperWriter.WriteAsync(tx, graph, ct);
                return true;
            }, cancellationToken);
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
        var (cypher, parameters) = MeasurementCypher.Build(query);

        // One read transaction: the page, its references and its evidence come from the same snapshot.
        return await Driver.ExecuteReadAsync(async (tx, ct) =>
        {
            var rows = await tx.RunAsync(cypher, parameters, ct);
            var papers = new Dictionary<string, PaperView>(StringComparer.Ordinal);
            var page = new List<MeasurementView>(rows.Records.Count);
            foreach (var record in rows.Records)
            {
                var paperId = Rows.Text(record[Rows.MeasurementPaperColumn]);
                if (!papers.TryGetValue(paperId, out var paper))
                {
                    paper = Rows.Paper(record, Rows.MeasurementPaperColumn);
                    papers.Add(paperId, paper);
                }

                page.Add(Rows.Measurement(record, paper));
            }

            if (page.Count == 0)
            {
                return (IReadOnlyList<MeasurementView>)page;
            }

            var pairs = page.Select(m => (object?)new List<object?> { m.Id, m.Evidence.Paper.Id }).ToList();
            var references = Group(await tx.RunAsync(Cypher.ReferencesOfMeasurements, new Dictionary<string, object?> { ["pairs"] = pairs }, ct), Rows.Reference);
            var ids = page.Select(m => (object?)m.Id).ToList();
            var evidence = Group(await tx.RunAsync(Cypher.EvidenceOfMeasurements, new Dictionary<string, object?> { ["ids"] = ids }, ct), Rows.Evidence);
            return page.Select(m => m with
            {
                References = references.TryGetValue(m.Id, out var list) ? list : [],
                ReportedIn = evidence.TryGetValue(m.Id, out var reported) ? reported : [m.Evidence],
            }).ToList();
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<PaperView>> ListPapersAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        var result = await Driver.RunAsync(Cypher.ListPapers, mode: AccessMode.Read, cancellationToken: cancellationToken);
        return result.Records.Select(r => Rows.Paper(r)).ToList();
    }

    public async Task<StoreStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        var result = await Driver.RunAsync(Cypher.Statistics, mode: AccessMode.Read, cancellationToken: cancellationToken);
        return Rows.Statistics(result.Records.Single());
    }

    /// <summary>Deletes every node and relationship of the database (tests; `migrate --replace`).</summary>
    public async Task ClearAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        while (Rows.Int((await Driver.RunAsync(Cypher.DeleteBatch, cancellationToken: cancellationToken)).Records.Single()[0]) > 0)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0 && ownsDriver)
        {
            await Driver.DisposeAsync();
        }
    }

    private static Dictionary<string, List<T>> Group<T>(QueryResult result, Func<Record, T> read)
    {
        var groups = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        foreach (var record in result.Records)
        {
            var id = Rows.Text(record[0]);
            if (!groups.TryGetValue(id, out var list))
            {
                list = [];
                groups.Add(id, list);
            }

            list.Add(read(record));
        }

        return groups;
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);
}
