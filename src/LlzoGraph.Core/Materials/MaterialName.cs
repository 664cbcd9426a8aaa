using System.Text.RegularExpressions;

namespace LlzoGraph.Core.Materials;

/// <summary>
/// What a material's name says about it: the host it is based on and the elements it is doped with
/// ("Ta-doped LLZO" → host LLZO, dopant Ta; "Al-LLZO" → host LLZO, dopant Al; "Ga/Nb co-doped LLZO" → Ga, Nb),
/// and, for a formula, its stoichiometry.
/// </summary>
public sealed partial record MaterialName(string Name, string Host, IReadOnlyList<string> Dopants, Stoichiometry? Stoichiometry)
{
    public static MaterialName Describe(string name)
    {
        var normal = FormulaText.Normalise(name);
        var stoichiometry = FormulaText.IsFormula(normal) && Stoichiometry.Parse(normal) is { Ok: true } c ? c.Value : null;
        var doped = Doped().Match(normal);
        if (doped.Success)
        {
            var dopants = doped.Groups["d"].Captures.Select(x => x.Value).Where(Elements.IsSymbol).ToList();
            if (dopants.Count > 0)
            {
                return new MaterialName(normal, doped.Groups["host"].Value, dopants, stoichiometry);
            }
        }

        var prefixed = Prefixed().Match(normal);
        if (prefixed.Success && Elements.IsSymbol(prefixed.Groups["d"].Value))
        {
            return new MaterialName(normal, prefixed.Groups["host"].Value, [prefixed.Groups["d"].Value], stoichiometry);
        }

        return new MaterialName(normal, normal, [], stoichiometry);
    }

    [GeneratedRegex(@"^(?<d>[A-Z][a-z]?)(?:\s*[/,&-]\s*(?<d>[A-Z][a-z]?)|\s*,?\s*and\s+(?<d>[A-Z][a-z]?))*[\s-]+(?:co-?)?doped\s+(?<host>\S.*)$")]
    private static partial Regex Doped();

    [GeneratedRegex(@"^(?<d>[A-Z][a-z]?)-(?<host>[A-Z][A-Za-z0-9₀-₉]{2,})$")]
    private static partial Regex Prefixed();
}
