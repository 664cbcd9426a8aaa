using LlzoGraph.Core.Facts;

namespace LlzoGraph.Core.Curation;

/// <summary>
/// A measurement a curator adds because extraction missed it: a subject's property with a quantity, and where a paper
/// reports it (a section and the sentence), optionally with the number of the reference the paper cites for it.
/// </summary>
public sealed record NewMeasurement(
    string SubjectId,
    Property Property,
    Quantity Quantity,
    string PaperId,
    string Section,
    string Text,
    int? ReferenceNumber,
    IReadOnlyList<Condition> Conditions);
