using System.Text.Json;
using LlzoGraph.Core.Graph;
using Microsoft.Data.Sqlite;

namespace LlzoGraph.Store.Sqlite;

/// <summary>
/// Writes one <see cref="PaperGraph"/> inside a transaction the caller owns: replaces what the paper owned
/// (sections, its evidence, the measurements only it reports with their reference edges, its reference edges), upserts the shared nodes it
/// points at (materials, strategies with their materials, references), then deletes shared nodes its previous
/// version pointed at that nothing points at any more. Throws on any failure; the caller rolls back.
/// <para>
/// A shared node keeps its description (name, a strategy's materials, a reference's fields) while anything
/// outside this paper uses it; a paper that is its only user (re)describes it. So re-ingesting an unchanged
/// paper changes no row, whatever was ingested in between, and a corrected re-ingest corrects what only it uses.
/// </para>
/// </summary>
internal static class PaperWriter
{
    public static async Task WriteAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        PaperGraph graph,
        Action<int>? measurementWritten,
        CancellationToken cancellationToken)
    {
        var paper = graph.Paper;
        var paperId = paper.Id;

        await using (var upsertPaper = new PreparedStatement(connection, transaction, WriteSql.UpsertPaper,
            "$id", "$title", "$authors", "$abstract", "$doi", "$year", "$source"))
        {
            await upsertPaper.ExecuteAsync(cancellationToken,
                paperId, paper.Title, StoreJson.Authors(paper.Authors), paper.Abstract, paper.Doi, paper.Year, paper.Source);
        }

        var candidates = await OrphanCandidatesAsync(connection, transaction, graph, cancellationToken);

        await using (var deleteOwned = new PreparedStatement(connection, transaction, WriteSql.DeleteOwned, "$paper"))
        {
            await deleteOwned.ExecuteAsync(cancellationToken, paperId);
        }

        await using (var insertSection = new PreparedStatement(connection, transaction, WriteSql.InsertSection,
            "$paper", "$ordinal", "$number", "$title"))
        {
            foreach (var section in graph.Sections)
            {
                await insertSection.ExecuteAsync(cancellationToken, paperId, section.Ordinal, section.Number, section.Title);
            }
        }

        // Strategies only this paper's old version used go first, with their material edges, so the material
        // upserts below see exactly the edges of strategies that something else uses.
        await DeleteEachAsync(connection, transaction, WriteSql.DeleteOrphanStrategy, candidates.Strategies, cancellationToken);

        var redescribed = new List<StrategyNode>();
        await using (var upsertStrategy = new PreparedStatement(connection, transaction, WriteSql.UpsertStrategy, "$id", "$name", "$folded", "$kind"))
        await using (var deleteEdges = new PreparedStatement(connection, transaction, WriteSql.DeleteStrategyMaterials, "$strategy"))
        {
            foreach (var strategy in graph.Strategies)
            {
                if (await upsertStrategy.ExecuteAsync(cancellationToken, strategy.Id, strategy.Name, Fold(strategy.Name), strategy.Kind.ToString()) > 0)
                {
                    await deleteEdges.ExecuteAsync(cancellationToken, strategy.Id);
                    redescribed.Add(strategy);
                }
            }
        }

        await using (var upsertMaterial = new PreparedStatement(connection, transaction, WriteSql.UpsertMaterial, "$id", "$name", "$folded"))
        {
            foreach (var material in graph.Materials)
            {
                await upsertMaterial.ExecuteAsync(cancellationToken, material.Id, material.Name, Fold(material.Name));
            }
        }

        await using (var insertEdge = new PreparedStatement(connection, transaction, WriteSql.InsertStrategyMaterial, "$strategy", "$material"))
        {
            foreach (var strategy in redescribed)
            {
                foreach (var materialId in strategy.MaterialIds)
                {
                    await insertEdge.ExecuteAsync(cancellationToken, strategy.Id, materialId);
                }
            }
        }

        // All reference nodes before any edge: a node is re-described only while no paper lists it.
        await using (var upsertReference = new PreparedStatement(connection, transaction, WriteSql.UpsertReference,
            "$id", "$authors", "$title", "$journal", "$year", "$volume", "$pages", "$doi", "$raw"))
        {
            foreach (var reference in graph.References)
            {
                var e = reference.Entry;
                await upsertReference.ExecuteAsync(cancellationToken,
                    reference.Id, StoreJson.Authors(e.Authors), e.Title, e.Journal, e.Year, e.Volume, e.Pages, e.Doi, e.Raw);
            }
        }

        await using (var insertPaperReference = new PreparedStatement(connection, transaction, WriteSql.InsertPaperReference,
            "$paper", "$number", "$reference"))
        {
            foreach (var reference in graph.References)
            {
                await insertPaperReference.ExecuteAsync(cancellationToken, paperId, reference.Number, reference.Id);
            }
        }

        await using (var insertCitation = new PreparedStatement(connection, transaction, WriteSql.InsertCitation,
            "$paper", "$ordinal", "$reference", "$number", "$form", "$section", "$block", "$text"))
        {
            var ordinal = 0;
            foreach (var c in graph.Citations)
            {
                await insertCitation.ExecuteAsync(cancellationToken, paperId, ordinal++, c.ReferenceId, c.Number, c.Form.ToString(), c.Section, c.BlockIndex, c.Text);
            }
        }

        await using (var insertMeasurement = new PreparedStatement(connection, transaction, WriteSql.InsertMeasurement, WriteSql.MeasurementParameters))
        await using (var insertEvidence = new PreparedStatement(connection, transaction, WriteSql.InsertEvidence, WriteSql.EvidenceParameters))
        await using (var insertCites = new PreparedStatement(connection, transaction, WriteSql.InsertMeasurementReference, "$measurement", "$reference"))
        {
            var written = 0;
            foreach (var m in graph.Measurements)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await insertMeasurement.ExecuteAsync(cancellationToken, MeasurementValues(m));
                foreach (var e in m.Evidence)
                {
                    await insertEvidence.ExecuteAsync(cancellationToken,
                        MeasurementNode.EvidenceId(m.Id, paperId, e), m.Id, paperId, e.Kind.ToString(), e.Section, e.Text,
                        e.BlockIndex, e.Table, e.Row, e.Page, GraphJson.Box(e.Box), m.Confidence);
                }

                foreach (var referenceId in m.ReferenceIds)
                {
                    await insertCites.ExecuteAsync(cancellationToken, m.Id, referenceId);
                }

                measurementWritten?.Invoke(++written);
            }
        }

        await using (var flag = new PreparedStatement(connection, transaction, WriteSql.FlagCurationConflicts, "$extracted", "$reason", "$paper"))
        {
            var extracted = JsonSerializer.Serialize(graph.Measurements.Select(m => m.Id).ToArray(), StoreJsonContext.Default.StringArray);
            await flag.ExecuteAsync(cancellationToken, extracted, $"the latest ingest of \"{paper.Title}\" no longer extracts this measurement", paperId);
        }

        await EntityWriter.WriteAsync(connection, transaction, graph, cancellationToken);
        await DeleteOrphansAsync(connection, transaction, candidates, cancellationToken);
    }

    private static object?[] MeasurementValues(MeasurementNode m)
    {
        var q = m.Quantity;
        return
        [
            m.Id, m.SubjectId, m.SubjectKind.ToString(), m.Property.ToString(),
            q.Value, q.UpperValue, q.Unit.Symbol, q.SiValue, q.SiUpperValue, q.Unit.SiSymbol, q.Qualifier.ToString(),
            GraphJson.Conditions(m.Conditions),
        ];
    }

    /// <summary>The lower-invariant form searched by <c>SubjectNameContains</c>.</summary>
    internal static string Fold(string name) => name.ToLowerInvariant();

    private sealed record Candidates(HashSet<string> Strategies, HashSet<string> Materials, HashSet<string> References);

    private static async Task<Candidates> OrphanCandidatesAsync(
        SqliteConnection connection, SqliteTransaction transaction, PaperGraph graph, CancellationToken cancellationToken)
    {
        var candidates = new Candidates([], [], []);
        var strategyIds = JsonSerializer.Serialize(graph.Strategies.Select(s => s.Id).ToArray(), StoreJsonContext.Default.StringArray);
        await using var query = new PreparedStatement(connection, transaction, WriteSql.OrphanCandidates, "$paper", "$strategies");
        var rows = await query.QueryAsync(r => (Table: r.GetString(0), Id: r.GetString(1)), cancellationToken, graph.Paper.Id, strategyIds);
        foreach (var (table, id) in rows)
        {
            var set = table switch
            {
                "strategy" => candidates.Strategies,
                "material" => candidates.Materials,
                _ => candidates.References,
            };
            set.Add(id);
        }

        // Nodes the new graph holds or points at stay, referenced or not, so that writing the same graph twice
        // gives the same rows.
        candidates.Strategies.ExceptWith(graph.HeldStrategyIds);
        candidates.Materials.ExceptWith(graph.HeldMaterialIds);
        candidates.References.ExceptWith(graph.HeldReferenceIds);
        return candidates;
    }

    private static async Task DeleteOrphansAsync(
        SqliteConnection connection, SqliteTransaction transaction, Candidates candidates, CancellationToken cancellationToken)
    {
        await DeleteEachAsync(connection, transaction, WriteSql.DeleteOrphanMaterial, candidates.Materials, cancellationToken);
        await DeleteEachAsync(connection, transaction, WriteSql.DeleteOrphanReference, candidates.References, cancellationToken);
    }

    private static async Task DeleteEachAsync(
        SqliteConnection connection, SqliteTransaction transaction, string sql, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        await using var delete = new PreparedStatement(connection, transaction, sql, "$id");
        foreach (var id in ids.Order(StringComparer.Ordinal))
        {
            await delete.ExecuteAsync(cancellationToken, id);
        }
    }
}
