using LlzoGraph.Core.Documents;

namespace LlzoGraph.Core.Ports;

/// <summary>Reads one file into a <see cref="Document"/>. A file it cannot read is a failure value with a reason.</summary>
public interface IDocumentReader
{
    bool CanRead(string path);

    Task<Parsed<Document>> ReadAsync(string path, CancellationToken cancellationToken = default);
}
