using System.CommandLine;
using LlzoGraph.Cli.Hosting;
using LlzoGraph.Core.Ports;
using LlzoGraph.Store.Neo4j.Store;
using LlzoGraph.Store.Sqlite;

namespace LlzoGraph.Cli.Commands;

/// <summary>
/// `llzograph migrate --from &lt;sqlite path&gt; --to &lt;store&gt;`: copies every paper's graph from an embedded store
/// into another store (Neo4j in practice), one paper per transaction, idempotently; then the curated overlay,
/// replaying every curator's edit (who, when, before, after) that the target does not hold yet, and the curators' overlay
/// on entities (merges, splits, aliases, added measurements with their history).
/// </summary>
internal static class MigrateCommand
{
    public static Command Build()
    {
        var from = new Option<string>("--from") { Description = "The embedded store (SQLite file) to copy from", Required = true };
        var to = new Option<string>("--to")
        {
            Description = "The store to copy into: a Neo4j URI such as neo4j://user:pass@host:7687/db (credentials else from " +
                "NEO4J_USER/NEO4J_PASSWORD), or the path of another embedded store",
            Required = true,
        };
        var replace = new Option<bool>("--replace") { Description = "Delete everything in the target Neo4j database first" };
        var command = new Command("migrate",
            "Copy a whole store: every paper with its sections, materials, strategies, measurements (all their evidence and " +
            "references), reference list and citations, one paper per transaction; then every curator's edit, in the order made, " +
            "with its author, time, before and after, and open review conflicts. Running it again changes nothing.")
        {
            from, to, replace,
        };
        command.SetAction(async (parse, ct) =>
        {
            var source = parse.GetValue(from)!;
            if (!File.Exists(source))
            {
                Console.Error.WriteLine($"no embedded store at {source}");
                return 1;
            }

            await using var sourceStore = await SqliteGraphStore.OpenAsync(source, ct);
            await using var target = await Composition.OpenStoreAsync(parse.GetValue(to)!, ct);
            if (parse.GetValue(replace))
            {
                if (target is not Neo4jGraphStore neo4j)
                {
                    Console.Error.WriteLine("--replace clears a Neo4j database only");
                    return 1;
                }

                await neo4j.ClearAsync(ct);
            }

            var summary = await RunAsync(sourceStore, target, Console.Error, ct);
            Console.WriteLine(summary.Describe());
            return summary.Failures.Count == 0 ? 0 : 2;
        });
        return command;
    }

    /// <summary>Copies every paper, writing one progress line per paper to <paramref name="progress"/>; a failed paper is reported and the rest continue.</summary>
    public static async Task<MigrateSummary> RunAsync(SqliteGraphStore source, IGraphStore target, TextWriter? progress, CancellationToken ct)
    {
        var ids = await source.ListPaperIdsAsync(ct);
        var papers = 0;
        var measurements = 0;
        var evidence = 0;
        var failures = new List<(string Paper, string Reason)>();
        var started = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < ids.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var id = ids[i];
            string title = id;
            try
            {
                var graph = await source.ReadPaperGraphAsync(id, ct) ?? throw new InvalidOperationException("the paper disappeared from the source");
                title = graph.Paper.Title;
                await target.UpsertAsync(graph, ct);
                papers++;
                measurements += graph.Measurements.Count;
                evidence += graph.Measurements.Sum(m => m.Evidence.Count);
                progress?.WriteLine($"[{i + 1}/{ids.Count}] migrated {Shorten(title)}: {graph.Measurements.Count} measurements, {graph.References.Count} references");
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failures.Add((id, e.Message));
                progress?.WriteLine($"[{i + 1}/{ids.Count}] failed   {Shorten(title)} ({id}): {e.Message}");
            }
        }

        var entityEdits = await CopyEntityOverlayAsync(source, target, progress, failures, ct);
        var edits = await CopyCurationAsync(source, target, progress, failures, ct);
        return new MigrateSummary(ids.Count, papers, measurements, evidence, failures, started.Elapsed) { Edits = edits, EntityEdits = entityEdits };
    }

    /// <summary>
    /// Copies the curators' overlay on entities (merges, splits, aliases, added measurements, with every entity edit's
    /// author, time, before and after) in one transaction, before the measurement edits (which may concern an added
    /// measurement); returns how many entity edits it copied.
    /// </summary>
    private static async Task<int> CopyEntityOverlayAsync(
        SqliteGraphStore source, IGraphStore target, TextWriter? progress, List<(string Paper, string Reason)> failures, CancellationToken ct)
    {
        var overlay = await source.ReadEntityOverlayAsync(ct);
        if (overlay.Edits.Count == 0)
        {
            return 0;
        }

        try
        {
            int? copied = target switch
            {
                Neo4jGraphStore neo4j => await neo4j.RestoreEntityOverlayAsync(
                    overlay.Edits, overlay.Materials, overlay.Strategies, overlay.Merges, overlay.Moves, overlay.Aliases, overlay.Added, ct),
                SqliteGraphStore sqlite => await sqlite.RestoreEntityOverlayAsync(overlay, ct),
                _ => null,
            };
            if (copied is null)
            {
                failures.Add(("entities", $"the target keeps no curation of entities: {overlay.Edits.Count} entity edits not copied"));
                return 0;
            }

            progress?.WriteLine($"copied {copied} entity edits of {overlay.Edits.Count}");
            return copied.Value;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            failures.Add(("entities", "entity curation not copied: " + e.Message));
            return 0;
        }
    }

    /// <summary>
    /// Replays the source's curation edits, oldest first, through the target's <see cref="ICurationStore"/>, skipping
    /// those it already holds (by edit id), and carries open conflicts into a Neo4j or SQLite target; returns how many edits it copied.
    /// </summary>
    private static async Task<int> CopyCurationAsync(
        SqliteGraphStore source, IGraphStore target, TextWriter? progress, List<(string Paper, string Reason)> failures, CancellationToken ct)
    {
        var overlay = await source.ReadCurationAsync(ct);
        if (overlay.Edits.Count == 0)
        {
            return 0;
        }

        if (target is not ICurationStore curation)
        {
            failures.Add(("curation", $"the target keeps no curation: {overlay.Edits.Count} edits not copied"));
            return 0;
        }

        var copied = 0;
        foreach (var edits in overlay.Edits.GroupBy(e => e.MeasurementId, StringComparer.Ordinal))
        {
            try
            {
                var held = (await curation.HistoryAsync(edits.Key, ct)).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
                foreach (var edit in edits.Where(e => !held.Contains(e.Id)))
                {
                    await curation.RecordAsync(edit, ct);
                    copied++;
                }

                if (overlay.Conflicts.TryGetValue(edits.Key, out var conflict))
                {
                    _ = target switch
                    {
                        Neo4jGraphStore neo4j => await neo4j.RestoreConflictAsync(edits.Key, conflict, ct),
                        SqliteGraphStore sqlite => await sqlite.RestoreConflictAsync(edits.Key, conflict, ct),
                        _ => false,
                    };
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failures.Add((edits.Key, "curation not copied: " + e.Message));
            }
        }

        progress?.WriteLine($"copied {copied} curation edits of {overlay.Edits.Count}");
        return copied;
    }

    private static string Shorten(string title) => title.Length <= 70 ? title : string.Concat(title.AsSpan(0, 67), "…");
}

/// <summary>What a migration copied: papers, their measurements (a measurement two papers report counts for each) and evidence; failures by paper.</summary>
internal sealed record MigrateSummary(int PapersInSource, int Papers, int Measurements, int Evidence, IReadOnlyList<(string Paper, string Reason)> Failures, TimeSpan Elapsed)
{
    /// <summary>How many curation edits were copied (those the target already held are not counted).</summary>
    public int Edits { get; init; }

    /// <summary>How many entity edits (merges, splits, aliases, added measurements) were copied.</summary>
    public int EntityEdits { get; init; }

    public string Describe()
    {
        var lines = new List<string>
        {
            $"migrated {Papers} of {PapersInSource} papers ({Measurements} measurements, {Evidence} pieces of evidence), {Edits} curation edits and {EntityEdits} entity edits in {Elapsed.TotalSeconds:F1} s; {Failures.Count} failed",
        };
        lines.AddRange(Failures.Select(f => $"failed {f.Paper}: {f.Reason}"));
        return string.Join(Environment.NewLine, lines);
    }
}
