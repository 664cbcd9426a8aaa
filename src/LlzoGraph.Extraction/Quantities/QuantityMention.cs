using LlzoGraph.Core.Facts;

namespace LlzoGraph.Extraction.Quantities;

/// <summary>
/// A quantity found in text, with where it is and how it is introduced: <see cref="Lead"/> holds the
/// preposition before it ("at", "under", "of", "to"), which tells a condition from a result.
/// </summary>
public sealed record QuantityMention(int Start, int End, Quantity Quantity, string Lead, double? Before = null);
