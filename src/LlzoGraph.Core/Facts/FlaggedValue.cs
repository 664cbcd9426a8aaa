namespace LlzoGraph.Core.Facts;

/// <summary>
/// A value that names a property but whose unit cannot be that property ("an ionic conductivity of 3 h"): kept
/// with the reason for a person to look at, never stored as a fact.
/// </summary>
public sealed record FlaggedValue(Property Property, Quantity Quantity, Evidence Evidence, string Reason);
