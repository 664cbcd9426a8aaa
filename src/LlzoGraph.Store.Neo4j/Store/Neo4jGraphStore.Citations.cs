using System.Globalization;
using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Ports;
using LlzoGraph.Core.Queries;
using LlzoGraph.Store.Neo4j.Bolt.Driver;
using LlzoGraph.Store.Neo4j.Bolt.Protocol;

namespace LlzoGraph.Store.Neo4j.Store;

/// <summary>The citation graph and relatedness queries of the Neo4j store (Cypher in <see cref="CitationCypher"/>).</summary>
public sealed partial class Neo4jGraphStore : ICitationGraph
{
    public async Task<IReadOnlyList<ReferenceView>> FindReferencesAsync(ReferenceQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (cypher, parameters) = CitationCypher.BuildReferences(query);
        return (await ReadAsync(cypher, parameters, cancellationToken)).Select(Rows.LinkedReference).ToList();
    }

    public async Task<IReadOnlyList<PaperView>> FindCitingPapersAsync(string referenceId, CancellationToken cancellationToken = default) =>
        (await ReadAsync(CitationCypher.CitingPapers, new() { ["reference"] = referenceId }, cancellationToken)).Select(r => Rows.Paper(r)).ToList();

    public async Task<IReadOnlyList<PaperView>> FindCitedByAsync(string paperId, CancellationToken cancellationToken = default) =>
        (await ReadAsync(CitationCypher.CitedBy, new() { ["paper"] = paperId }, cancellationToken)).Select(r => Rows.Paper(r)).ToList();

    public async Task<IReadOnlyList<CitationView>> FindCitationsAsync(string paperId, string? section = null, CancellationToken cancellationToken = default) =>
        (await ReadAsync(CitationCypher.Citations, CitationCypher.CitationParameters(paperId, section), cancellationToken))
            .Select(r => new CitationView(Rows.LinkedReference(r), Enum.Parse<CitationForm>(Rows.Text(r[12])), Rows.Text(r[13]), Rows.Text(r[14])))
            .ToList();

    /// <summary>Bibliographic coupling and shared subjects, read in one transaction and added up per paper.</summary>
    public async Task<IReadOnlyList<Related<PaperView>>> FindRelatedPapersAsync(string paperId, int limit, CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        var parameters = new Dictionary<string, object?> { ["paper"] = paperId };
        var (works, subjects) = await Driver.ExecuteReadAsync(async (tx, ct) =>
            (await tx.RunAsync(CitationCypher.PapersSharingWorks, parameters, ct), await tx.RunAsync(CitationCypher.PapersSharingSubjects, parameters, ct)),
            cancellationToken);
        var scores = new Dictionary<string, (PaperView Paper, int Works, int Subjects)>(StringComparer.Ordinal);
        foreach (var r in works.Records)
        {
            var paper = Rows.Paper(r);
            scores[paper.Id] = (paper, Rows.Int(r[6]), 0);
        }

        foreach (var r in subjects.Records)
        {
            var paper = Rows.Paper(r);
            scores[paper.Id] = scores.TryGetValue(paper.Id, out var s) ? s with { Subjects = Rows.Int(r[6]) } : (paper, 0, Rows.Int(r[6]));
        }

        return scores.Values
            .OrderByDescending(s => s.Works + s.Subjects)
            .ThenBy(s => s.Paper.Title, StringComparer.Ordinal)
            .ThenBy(s => s.Paper.Id, StringComparer.Ordinal)
            .Take(limit < 0 ? int.MaxValue : limit) // a negative limit is none, as in SQLite
            .Select(s => new Related<PaperView>(s.Paper, s.Works + s.Subjects,
                string.Create(CultureInfo.InvariantCulture, $"cites {s.Works} of the same works and reports on {s.Subjects} of the same subjects")))
            .ToList();
    }

    public async Task<IReadOnlyList<Related<SubjectView>>> FindSimilarStrategiesAsync(string strategyId, int limit, CancellationToken cancellationToken = default) =>
        (await ReadAsync(CitationCypher.SimilarStrategies, new() { ["strategy"] = strategyId, ["limit"] = limit < 0 ? long.MaxValue : limit }, cancellationToken))
            .Select(r =>
            {
                var (materials, properties) = (Rows.Int(r[3]), Rows.Int(r[4]));
                return new Related<SubjectView>(new SubjectView(Rows.Text(r[0]), Rows.Text(r[1]), Enum.Parse<SubjectKind>(Rows.Text(r[2]))),
                    (2 * materials) + properties,
                    string.Create(CultureInfo.InvariantCulture, $"shares {materials} material(s); of the same kind, measured for {properties} of the same properties"));
            })
            .ToList();

    /// <summary>Runs one read query (auto-commit, routed to a reader) and returns its records.</summary>
    private async Task<IReadOnlyList<Record>> ReadAsync(string cypher, Dictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        return (await Driver.RunAsync(cypher, parameters, AccessMode.Read, cancellationToken)).Records;
    }
}
