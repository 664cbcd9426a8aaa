using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Graph;
using LlzoGraph.Store.Neo4j.Bolt.Driver;

namespace LlzoGraph.Store.Neo4j.Store;

/// <summary>
/// Writes one <see cref="PaperGraph"/> inside a transaction the caller owns, with the SQLite store's rules:
/// replaces what the paper owned (sections, its evidence, the measurements only it reports, its reference
/// listings), upserts the shared nodes it points at (a shared node keeps its description while anything outside
/// this paper uses it), then deletes shared nodes its previous version pointed at that nothing uses any more.
/// Nodes before relationships, endpoints MATCHed, rows sent as UNWIND batches. Throws on any failure (the caller's
/// transaction then rolls back).
/// </summary>
internal static class PaperWriter
{
    /// <summary>The lower-invariant form searched by <c>SubjectNameContains</c> (as the SQLite store folds it).</summary>
    internal static string Fold(string name) => name.ToLowerInvariant();

    public static async Task WriteAsync(Transaction tx, PaperGraph graph, CancellationToken cancellationToken)
    {
        var paper = graph.Paper;
        var paperId = paper.Id;
        var byPaper = new Dictionary<string, object?> { ["paper"] = paperId };

        await tx.RunAsync(Cypher.UpsertPaper, new Dictionary<string, object?>
        {
            ["id"] = paperId,
            ["props"] = new Dictionary<string, object?>
            {
                ["id"] = paperId, ["title"] = paper.Title, ["authors"] = paper.Authors.ToList(), ["abstract"] = paper.Abstract,
                ["doi"] = paper.Doi, ["year"] = paper.Year, ["source"] = paper.Source,
            },
        }, cancellationToken);

        var candidates = await OrphanCandidatesAsync(tx, graph, cancellationToken);

        await tx.RunAsync(Cypher.DeleteOwnMeasurements, byPaper, cancellationToken);
        await tx.RunAsync(Cypher.DeleteEvidence, byPaper, cancellationToken);
        await tx.RunAsync(Cypher.DeleteSections, byPaper, cancellationToken);
        await tx.RunAsync(Cypher.DeleteListings, byPaper, cancellationToken);
        await tx.RunAsync(Cypher.DeleteCitations, byPaper, cancellationToken);

        await RunRowsAsync(tx, Cypher.InsertSections, paperId, graph.Sections.Select(s => Row(
            ("ordinal", s.Ordinal), ("number", s.Number), ("title", s.Title))), cancellationToken);

        // Strategies only this paper's old version used go first, with their material edges, so the material
        // upserts below see exactly the edges of strategies that something else uses.
        await RunIdsAsync(tx, Cypher.DeleteOrphanStrategies, candidates.Strategies, cancellationToken);

        var redescribed = new HashSet<string>(StringComparer.Ordinal);
        if (graph.Strategies.Count > 0)
        {
            var result = await tx.RunAsync(Cypher.UpsertStrategies, Batch(graph.Strategies.Select(s => Row(
                ("id", s.Id), ("name", s.Name), ("nameFolded", Fold(s.Name)), ("kind", s.Kind.ToString())))), cancellationToken);
            redescribed.UnionWith(result.Records.Select(r => Rows.Text(r[0])));
        }

        if (graph.Materials.Count > 0)
        {
            await tx.RunAsync(Cypher.UpsertMaterials, Batch(graph.Materials.Select(m => Row(
                ("id", m.Id), ("name", m.Name), ("nameFolded", Fold(m.Name)), ("aliases", m.Aliases.ToList())))), cancellationToken);
        }

        var edges = graph.Strategies.Where(s => redescribed.Contains(s.Id))
            .SelectMany(s => s.MaterialIds.Distinct().Select(m => Row(("strategy", s.Id), ("material", m))))
            .ToList();
        if (edges.Count > 0)
        {
            var linked = await tx.RunAsync(Cypher.InsertMadeOf, Batch(edges), cancellationToken);
            Expect(linked, edges.Count, "a strategy is made of a material that does not exist");
        }

        // All reference nodes before any listing: a node is re-described only while no paper lists it.
        if (graph.References.Count > 0)
        {
            await tx.RunAsync(Cypher.UpsertReferences, Batch(graph.References.Select(r => Row(
                ("id", r.Id),
                ("props", new Dictionary<string, object?>
                {
                    ["id"] = r.Id, ["authors"] = r.Entry.Authors.ToList(), ["title"] = r.Entry.Title, ["journal"] = r.Entry.Journal,
                    ["year"] = r.Entry.Year, ["volume"] = r.Entry.Volume, ["pages"] = r.Entry.Pages, ["doi"] = r.Entry.Doi,
                    ["raw"] = r.Entry.Raw,
                })))), cancellationToken);
            await RunRowsAsync(tx, Cypher.InsertListings, paperId, graph.References.Select(r => Row(("id", r.Id), ("number", r.Number))), cancellationToken);
        }

        if (graph.Citations.Count > 0)
        {
            var ordinal = 0;
            var written = await RunRowsAsync(tx, Cypher.InsertInTextCitations, paperId, graph.Citations.Select(c => Row(
                ("ordinal", ordinal++), ("reference", c.ReferenceId), ("number", c.Number), ("form", c.Form.ToString()),
                ("section", c.Section), ("block", c.BlockIndex), ("text", c.Text))), cancellationToken);
            Expect(written, graph.Citations.Count, "an in-text citation points at a reference that was not written");
        }

        if (graph.Measurements.Count > 0)
        {
            var written = await tx.RunAsync(Cypher.InsertMeasurements, Batch(graph.Measurements.Select(MeasurementRow)), cancellationToken);
            Expect(written, graph.Measurements.Count, "measurement subject does not exist: no material or strategy of that kind has this id");

            var evidence = graph.Measurements.SelectMany(m => m.Evidence.Select(e => EvidenceRow(m, paperId, e))).ToList();
            var reported = await RunRowsAsync(tx, Cypher.InsertEvidence, paperId, evidence, cancellationToken);
            Expect(reported, evidence.Count, "evidence of a measurement that was not written");

            var citations = graph.Measurements
                .SelectMany(m => m.ReferenceIds.Distinct().Select(r => Row(("measurement", m.Id), ("reference", r))))
                .ToList();
            if (citations.Count > 0)
            {
                var cited = await tx.RunAsync(Cypher.InsertCitations, Batch(citations), cancellationToken);
                Expect(cited, citations.Count, "measurement cites a reference no paper reporting it lists");
            }
        }

        await tx.RunAsync(Cypher.FlagCurationConflicts, new Dictionary<string, object?>
        {
            ["paper"] = paperId,
            ["extracted"] = graph.Measurements.Select(m => (object?)m.Id).ToList(),
            ["reason"] = $"the latest ingest of \"{paper.Title}\" no longer extracts this measurement",
        }, cancellationToken);

        await RunIdsAsync(tx, Cypher.DeleteOrphanMaterials, candidates.Materials, cancellationToken);
        await RunIdsAsync(tx, Cypher.DeleteOrphanReferences, candidates.References, cancellationToken);

        // The paper's aliases replace those its previous version gave; then the curators' overlay applies again.
        await tx.RunAsync(EntityCypher.DeletePaperAliases, byPaper, cancellationToken);
        var aliases = graph.Materials
            .SelectMany(m => m.Aliases.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => Row(("entity", m.Id), ("alias", a.Trim()), ("folded", Fold(a.Trim())))))
            .ToList();
        await RunRowsAsync(tx, EntityCypher.InsertPaperAliases, paperId, aliases, cancellationToken);
        await EntityOverlay.ApplyAsync(tx, cancellationToken);
    }

    /// <summary>A row of <see cref="Cypher.InsertEvidence"/>.</summary>
    internal static Dictionary<string, object?> EvidenceRow(MeasurementNode m, string paperId, Evidence e) => Row(
        ("measurementId", m.Id),
        ("id", MeasurementNode.EvidenceId(m.Id, paperId, e)),
        ("props", new Dictionary<string, object?>
        {
            ["id"] = MeasurementNode.EvidenceId(m.Id, paperId, e), ["measurementId"] = m.Id, ["paperId"] = paperId,
            ["kind"] = e.Kind.ToString(), ["section"] = e.Section, ["text"] = e.Text, ["block"] = e.BlockIndex,
            ["table"] = e.Table, ["row"] = e.Row, ["page"] = e.Page, ["box"] = GraphJson.Box(e.Box), ["confidence"] = m.Confidence,
        }));

    /// <summary>A row of <see cref="Cypher.InsertMeasurements"/>.</summary>
    internal static Dictionary<string, object?> MeasurementRow(MeasurementNode m)
    {
        var q = m.Quantity;
        return Row(
            ("id", m.Id),
            ("subjectId", m.SubjectId),
            ("subjectKind", m.SubjectKind.ToString()),
            ("props", new Dictionary<string, object?>
            {
                ["id"] = m.Id, ["subjectId"] = m.SubjectId, ["subjectKind"] = m.SubjectKind.ToString(), ["property"] = m.Property.ToString(),
                ["value"] = q.Value, ["upperValue"] = q.UpperValue, ["unit"] = q.Unit.Symbol, ["siValue"] = q.SiValue,
                ["siUpperValue"] = q.SiUpperValue, ["siUnit"] = q.Unit.SiSymbol, ["qualifier"] = q.Qualifier.ToString(),
                ["conditions"] = GraphJson.Conditions(m.Conditions),
                ["conditionNames"] = m.Conditions.Select(c => (object?)c.Name).ToList(),
                ["conditionSiValues"] = m.Conditions.Select(c => (object?)c.Quantity.SiValue).ToList(),
                ["changedFromId"] = m.ChangedFromId,
            }));
    }

    private sealed record Candidates(HashSet<string> Strategies, HashSet<string> Materials, HashSet<string> References);

    /// <summary>Shared nodes the paper's previous version pointed at, less those the new graph holds or points at.</summary>
    private static async Task<Candidates> OrphanCandidatesAsync(Transaction tx, PaperGraph graph, CancellationToken cancellationToken)
    {
        var byPaper = new Dictionary<string, object?> { ["paper"] = graph.Paper.Id };
        var candidates = new Candidates(new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal));
        foreach (var record in (await tx.RunAsync(Cypher.ReportedSubjects, byPaper, cancellationToken)).Records)
        {
            (record[1] is true ? candidates.Materials : candidates.Strategies).Add(Rows.Text(record[0]));
        }

        var strategies = candidates.Strategies.Concat(graph.Strategies.Select(s => s.Id)).Distinct().ToList();
        if (strategies.Count > 0)
        {
            var materials = await tx.RunAsync(Cypher.MaterialsOfStrategies, new Dictionary<string, object?> { ["ids"] = strategies }, cancellationToken);
            candidates.Materials.UnionWith(materials.Records.Select(r => Rows.Text(r[0])));
        }

        candidates.References.UnionWith((await tx.RunAsync(Cypher.ReferencesOfPaper, byPaper, cancellationToken)).Records.Select(r => Rows.Text(r[0])));

        // Nodes the new graph holds or points at stay, so writing the same graph twice gives the same graph.
        candidates.Strategies.ExceptWith(graph.HeldStrategyIds);
        candidates.Materials.ExceptWith(graph.HeldMaterialIds);
        candidates.References.ExceptWith(graph.HeldReferenceIds);
        return candidates;
    }

    private static async Task RunIdsAsync(Transaction tx, string query, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var list = ids.Order(StringComparer.Ordinal).ToList();
        if (list.Count > 0)
        {
            await tx.RunAsync(query, new Dictionary<string, object?> { ["ids"] = list }, cancellationToken);
        }
    }

    private static async Task<QueryResult?> RunRowsAsync(
        Transaction tx, string query, string paperId, IEnumerable<Dictionary<string, object?>> rows, CancellationToken cancellationToken)
    {
        var list = rows.ToList();
        return list.Count == 0
            ? null
            : await tx.RunAsync(query, new Dictionary<string, object?> { ["paper"] = paperId, ["rows"] = list }, cancellationToken);
    }

    private static Dictionary<string, object?> Batch(IEnumerable<Dictionary<string, object?>> rows) => new() { ["rows"] = rows.ToList() };

    private static Dictionary<string, object?> Row(params (string Key, object? Value)[] fields)
    {
        var row = new Dictionary<string, object?>(fields.Length, StringComparer.Ordinal);
        foreach (var (key, value) in fields)
        {
            row[key] = value;
        }

        return row;
    }

    /// <summary>Fails the transaction when a statement that returns count(*) touched fewer rows than it was sent.</summary>
    private static void Expect(QueryResult? result, int expected, string problem)
    {
        var count = result is null ? 0 : Rows.Int(result.Records[0][0]);
        if (count != expected)
        {
            throw new InvalidOperationException($"{problem} ({count} of {expected} rows written)");
        }
    }
}
