using LlzoGraph.Core.Documents;
using LlzoGraph.Core.Facts;

namespace LlzoGraph.Core.Ports;

/// <summary>Finds the measurements a document reports, in its text and its tables.</summary>
public interface IFactExtractor
{
    IReadOnlyList<Measurement> Extract(Document document);

    /// <summary>The measurements and the values flagged because their unit contradicts their property.</summary>
    FactExtraction ExtractWithFlags(Document document) => new(Extract(document), []);
}
