using LlzoGraph.Core.Graph;

namespace LlzoGraph.Core.Materials;

/// <summary>
/// The names a paper gives one material: a name and the abbreviations it defines for it ("Ta-doped LLZO (LLZTO)",
/// "poly(ethylene oxide) (PEO)"), compared by their canonical formula spelling without case or spaces.
/// </summary>
public sealed class MaterialAliases
{
    private readonly Dictionary<string, string> canonicalByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> aliasesByKey = new(StringComparer.Ordinal);

    public static readonly MaterialAliases None = new([]);

    /// <param name="definitions">Each name with the abbreviation defined for it; the first definition of an abbreviation wins.</param>
    public MaterialAliases(IEnumerable<(string Name, string Abbreviation)> definitions)
    {
        var kept = new List<(string, string)>();
        foreach (var (name, abbreviation) in definitions)
        {
            var canonical = CanonicalOf(name);
            var abbreviationKey = Key(abbreviation);
            if (abbreviationKey.Length == 0 || Key(canonical) == abbreviationKey || canonicalByKey.ContainsKey(abbreviationKey))
            {
                continue;
            }

            canonicalByKey[abbreviationKey] = canonical;
            kept.Add((name, abbreviation));
            var list = aliasesByKey.TryGetValue(Key(canonical), out var l) ? l : aliasesByKey[Key(canonical)] = [];
            list.Add(FormulaText.Normalise(abbreviation));
        }

        Definitions = kept;
    }

    /// <summary>The definitions kept, in order: each name with its abbreviation.</summary>
    public IReadOnlyList<(string Name, string Abbreviation)> Definitions { get; }

    public int Count => canonicalByKey.Count;

    /// <summary>The name a material is known by: the long name for a defined abbreviation, the canonical formula spelling otherwise.</summary>
    public string CanonicalOf(string name) =>
        canonicalByKey.TryGetValue(Key(name), out var canonical) ? canonical : FormulaText.Normalise(name);

    /// <summary>The abbreviations defined for <paramref name="name"/> (or for the name it abbreviates).</summary>
    public IReadOnlyList<string> AliasesOf(string name) =>
        aliasesByKey.TryGetValue(Key(CanonicalOf(name)), out var list) ? list : [];

    /// <summary>Whether two names stand for the same material in this paper.</summary>
    public bool Same(string a, string b) => Key(CanonicalOf(a)) == Key(CanonicalOf(b));

    /// <summary>The identity of a name: its canonical formula spelling without case, spaces or script.</summary>
    public static string Key(string name) => StableId.NameKey(FormulaText.Normalise(name));
}
