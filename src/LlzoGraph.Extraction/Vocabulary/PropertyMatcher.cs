using System.Text.RegularExpressions;
using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Units;

namespace LlzoGraph.Extraction.Vocabulary;

/// <summary>
/// Finds property mentions by the vocabulary's synonyms, longest first, without overlaps. All-capital
/// abbreviations (CCD, ASR) match case-sensitively; phrases match in any case.
/// </summary>
public static class PropertyMatcher
{
    private static readonly (Regex Pattern, Property Property)[] Patterns = PropertyVocabulary.All
        .SelectMany(p => p.Synonyms.Select(s => (Synonym: s, p.Key)))
        .OrderByDescending(x => x.Synonym.Length)
        .Select(x => (new Regex(
            @"(?<![\p{L}\p{N}-])" + WithPlural(x.Synonym) + @"(?![\p{L}\p{N}])",
            IsAbbreviation(x.Synonym) ? RegexOptions.CultureInvariant : RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
            x.Key))
        .ToArray();

    /// <summary>The property a unit names by itself (<see cref="UnitImplies"/>), if any.</summary>
    public static Property? ImpliedBy(Unit unit) =>
        UnitImplies.Cast<Property?>().FirstOrDefault(p => PropertyVocabulary.Get(p!.Value).Accepts(unit));

    /// <summary>
    /// The property a unit names in <paramref name="sentence"/>: as <see cref="ImpliedBy(Unit)"/>, and a conductivity
    /// no property names is the ionic one an electrolyte is measured for ("reported 0.82 mS cm⁻¹ at 25 °C"), unless the
    /// sentence speaks of electrons ("electronic leakage of 10⁻⁸ S cm⁻¹").
    /// </summary>
    public static Property? ImpliedBy(Unit unit, string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return ImpliedBy(unit)
            ?? (PropertyVocabulary.Get(Property.IonicConductivity).Accepts(unit) && !ElectronicPattern.IsMatch(sentence) ? Property.IonicConductivity : null);
    }

    private static readonly Regex ElectronicPattern = new(@"\belectr(?:ons?|onic|onically|ical|ically)\b|\be⁻", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>
    /// The properties whose unit no other property or test condition shares: "18 Ω cm²" is an area-specific resistance,
    /// "delivered 148 mAh g⁻¹" a specific capacity. Not an areal capacity (mAh cm⁻² is also what a stripping test
    /// passes per cycle), a current density or a conductivity (ionic or electronic; see the overload that reads the sentence).
    /// </summary>
    private static readonly Property[] UnitImplies = [Property.InterfacialResistance, Property.SpecificCapacity, Property.PowerDensity, Property.EnergyDensity, Property.VolumetricEnergyDensity];

    /// <summary>A synonym's pattern that also matches its plural ("overpotentials", "conductivities", "CCDs").</summary>
    private static string WithPlural(string synonym)
    {
        var last = synonym[^1];
        return last == 'y' && synonym.Length > 2 && !"aeiou".Contains(synonym[^2], StringComparison.Ordinal)
            ? Regex.Escape(synonym[..^1]) + "(?:y|ies)"
            : Regex.Escape(synonym) + (char.IsLetter(last) ? "s?" : string.Empty);
    }

    public static IReadOnlyList<Mention<Property>> Find(string text)
    {
        var taken = new bool[text.Length];
        var found = new List<Mention<Property>>();
        foreach (var (pattern, property) in Patterns)
        {
            foreach (Match m in pattern.Matches(text))
            {
                if (Enumerable.Range(m.Index, m.Length).Any(i => taken[i]))
                {
                    continue;
                }

                for (var i = m.Index; i < m.Index + m.Length; i++)
                {
                    taken[i] = true;
                }

                found.Add(new Mention<Property>(m.Index, m.Index + m.Length, m.Value, property));
            }
        }

        return found.OrderBy(f => f.Start).ToList();
    }

    private static bool IsAbbreviation(string s) => s.Length <= 5 && s.TrimEnd('s').All(c => char.IsUpper(c) || char.IsDigit(c));
}
