using LlzoGraph.Core.Units;

namespace LlzoGraph.Core.Facts;

/// <summary>
/// A property with its display name, the unit it is usually reported in (which also fixes its dimension),
/// and the phrases papers use for it. Matching is by these synonyms, longest first.
/// </summary>
public sealed record PropertyDefinition(Property Key, string Name, string PreferredUnit, IReadOnlyList<string> Synonyms)
{
    public Unit Unit { get; } = Unit.Parse(PreferredUnit).GetValueOrThrow();

    /// <summary>Whether a value in <paramref name="unit"/> can be this property.</summary>
    public bool Accepts(Unit unit) => !unit.IsComposition && unit.Dimension == Unit.Dimension && unit.IsEnergyPerVolume == Unit.IsEnergyPerVolume
        || (Key == Property.CycleLife && unit.Dimension == Dimension.Items);
}
