using LlzoGraph.Core.Ports;
using LlzoGraph.Extraction.Pipeline;

namespace LlzoGraph.Cli.Ingest;

/// <summary>
/// Runs the pipeline over files and writes each paper in its own transaction. A file that cannot be read or
/// stored is reported with its reason and the batch goes on.
/// </summary>
internal sealed class Ingestor(PaperPipeline pipeline, IGraphStore store)
{
    public async Task<IngestSummary> RunAsync(IReadOnlyList<string> files, Action<string, PaperResult?>? progress, CancellationToken cancellationToken)
    {
        int papers = 0, measurements = 0, references = 0;
        var failures = new List<(string, string)>();
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Invoke(file, null);
            var result = await pipeline.ProcessAsync(file, cancellationToken).ConfigureAwait(false);
            if (!result.Ok || result.Graph is null)
            {
                failures.Add((file, result.Error ?? "nothing extracted"));
                progress?.Invoke(file, result);
                continue;
            }

            try
            {
                await store.UpsertAsync(result.Graph, cancellationToken).ConfigureAwait(false);
                papers++;
                measurements += result.Graph.Measurements.Count;
                references += result.Graph.References.Count;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failures.Add((file, $"could not be stored: {e.Message}"));
            }

            progress?.Invoke(file, result);
        }

        return new IngestSummary(papers, measurements, references, failures);
    }
}
