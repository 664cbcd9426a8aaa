using LlzoGraph.Core.Graph;
using LlzoGraph.Core.Ports;
using LlzoGraph.Extraction.Citations;
using LlzoGraph.Extraction.References;
using LlzoGraph.Extraction.Vocabulary;

namespace LlzoGraph.Extraction.Pipeline;

/// <summary>
/// Read → parse references → extract facts → build the paper's graph. Each file succeeds or fails on its
/// own, with the reason; nothing here throws for a bad file.
/// </summary>
public sealed class PaperPipeline(IEnumerable<IDocumentReader> readers, IFactExtractor extractor)
{
    private readonly IReadOnlyList<IDocumentReader> readers = readers.ToList();

    public bool CanRead(string path) => readers.Any(r => r.CanRead(path));

    /// <summary>
    /// The readable files under each path (a file, or a folder searched recursively), in a stable order. In a
    /// folder, a corpus's own documentation (README, PROVENANCE, LICENSE, …) is not taken for a paper.
    /// </summary>
    public IReadOnlyList<string> Expand(IEnumerable<string> paths) => paths
        .SelectMany<string, string>(p => Directory.Exists(p)
            ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories)
                .Where(f => CanRead(f) && !IsCorpusDocumentation(f) && !IsExternalData(p, f)).Order(StringComparer.Ordinal)
            : [p])
        .ToList();

    private static readonly string[] DocumentationNames = ["README", "PROVENANCE", "LICENSE", "LICENCE", "CHANGELOG", "GUIDELINES", "SOURCE", "NOTICE"];

    /// <summary>
    /// Whether a file lies in an `external` or `annotations` folder below the expanded one: third-party data sets kept
    /// with the corpus (such as SOFC-Exp, training data for the entity tagger) and gold data with the invented papers it
    /// annotates are not papers to ingest.
    /// </summary>
    private static bool IsExternalData(string root, string path) =>
        Path.GetRelativePath(root, path).Split(Path.DirectorySeparatorChar).SkipLast(1).Any(DataFolders.Contains);

    private static readonly HashSet<string> DataFolders = new(StringComparer.Ordinal) { "external", "annotations" };

    private static bool IsCorpusDocumentation(string path) =>
        DocumentationNames.Contains(Path.GetFileNameWithoutExtension(path).ToUpperInvariant());

    public async Task<PaperResult> ProcessAsync(string path, CancellationToken cancellationToken = default)
    {
        var reader = readers.FirstOrDefault(r => r.CanRead(path));
        if (reader is null)
        {
            return new PaperResult(path, null, [], null, $"unsupported file type '{Path.GetExtension(path)}'");
        }

        var read = await reader.ReadAsync(path, cancellationToken).ConfigureAwait(false);
        if (!read.Ok)
        {
            return new PaperResult(path, null, [], null, read.Error);
        }

        try
        {
            var document = read.Value! with { References = read.Value!.References.Select(ReferenceParser.Parse).ToList() };
            var facts = extractor.ExtractWithFlags(document);
            var citations = CitationExtractor.Extract(document);
            var aliases = AbbreviationFinder.FromDocument(document);
            return new PaperResult(path, document, facts.Measurements, PaperGraphBuilder.Build(document, facts.Measurements, citations, aliases), null)
            {
                Citations = citations,
                Flagged = facts.Flagged,
            };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new PaperResult(path, null, [], null, $"extraction failed: {e.GetType().Name}: {e.Message}");
        }
    }
}
