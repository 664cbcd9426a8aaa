namespace LlzoGraph.Core.Facts;

/// <summary>
/// One reported value: what it is about, which property, the quantity, the conditions it was measured under,
/// the evidence it was read from, and the numbers of the references the paper cites for it.
/// </summary>
public sealed record Measurement(
    Subject Subject,
    Property Property,
    Quantity Quantity,
    IReadOnlyList<Condition> Conditions,
    Evidence Evidence,
    IReadOnlyList<int> ReferenceNumbers,
    double Confidence)
{
    /// <summary>
    /// For the "after" value of a before/after pair ("decreased from 950 to 60 Ω cm²"), the "before" measurement
    /// it changed from (also among the extracted measurements); null otherwise.
    /// </summary>
    public Measurement? ChangedFrom { get; init; }
}
