using LlzoGraph.Core.Facts;

namespace LlzoGraph.Core.Queries;

/// <summary>
/// One measurement as a comparison table sees it: the row it falls in (its subject, or the paper whose evidence is
/// shown, when rows are papers) and its SI value. The rest of a <see cref="MeasurementView"/> is not needed.
/// </summary>
/// <remarks><see cref="PaperId"/> and <see cref="PaperTitle"/> may be null when the table's rows are strategies.</remarks>
public sealed record ComparisonValue(
    string MeasurementId, string SubjectId, string SubjectName, SubjectKind SubjectKind, Property Property, double SiValue, string SiUnit,
    string? PaperId, string? PaperTitle)
{
    public static ComparisonValue Of(MeasurementView m) =>
        new(m.Id, m.SubjectId, m.SubjectName, m.SubjectKind, m.Property, m.SiValue, m.SiUnit, m.Evidence.Paper.Id, m.Evidence.Paper.Title);
}
