using System.Text.RegularExpressions;

namespace LlzoGraph.Extraction.Vocabulary;

/// <summary>
/// Finds materials: chemical formulas (Li₇La₃Zr₂O₁₂, Li₂CO₃, AlN, LiF-Li₂PO₃F) and the field's common names
/// and abbreviations from a gazetteer (LLZO, LLZTO, PEO, lithium metal).
/// </summary>
public static partial class MaterialFinder
{
    private static readonly string[] Gazetteer =
    [
        "LLZO", "LLZTO", "LLZNO", "LLZGO", "LLZAO", "Ta-LLZO", "Al-LLZO", "Ga-LLZO", "LLZO-Ga", "c-LLZO", "t-LLZO", "garnet", "garnets",
        "PEO", "PVDF", "PAN", "PMMA", "PPA", "PAA", "SN", "LiTFSI", "LiFSI", "LiClO₄", "LiPF₆", "NCM811", "NCM523", "NCM111", "NCM622", "NCM532", "NMC811", "NMC622", "NMC532", "NMC111", "NCA",
        "NMC", "LCO", "LFP", "LMNO", "LNMO", "LPO", "LiPON", "CNTs", "CNT", "lithium metal", "Li metal", "graphite", "carbon nanotubes",
        "carbon black", "acetylene black", "Ketjen black", "Super P", "reduced graphene oxide", "rGO", "graphene oxide", "graphitic carbon nitride", "carbon nanotube", "carbon fibers", "carbon fiber", "graphene", "PTFE", "PVP", "PEG",
        "polyethylene oxide", "polyethylene glycol", "NMP", "N-methyl pyrrolidone", "N-methyl-2-pyrrolidone", "PVDF-HFP",
        "ethanol", "methanol", "isopropanol", "acetone", "acetonitrile", "DMF", "DMSO", "THF", "DMC", "DOL", "DME", "NCM", "succinonitrile",
        "water", "citric acid", "benzoic acid", "oxalic acid", "acetic acid", "phosphoric acid", "hydrochloric acid",
        "hydrofluoric acid", "sulfuric acid", "nitric acid", "boric acid", "protons", "proton",
    ];

    /// <summary>Abbreviations match as written; names in lower case also with a capital, as at the start of a sentence ("Lithium metal").</summary>
    private static readonly Regex GazetteerPattern = new(
        @"(?<![\p{L}\p{N}-])(?:" + string.Join('|', Gazetteer.OrderByDescending(g => g.Length).Select(Entry)) + @")(?![\p{L}\p{N}])",
        RegexOptions.CultureInvariant);

    private static string Entry(string name) =>
        name.Length > 0 && char.IsLower(name[0]) ? $"[{char.ToUpperInvariant(name[0])}{name[0]}]{Regex.Escape(name[1..])}" : Regex.Escape(name);

    public static IReadOnlyList<Mention<string>> Find(string text)
    {
        var found = new List<Mention<string>>();
        foreach (Match m in Named().Matches(text))
        {
            found.Add(new Mention<string>(m.Index, m.Index + m.Length, m.Value, m.Value));
        }

        foreach (Match m in Formula().Matches(text))
        {
            var value = Balanced(m.Value.TrimEnd('.', ',')).TrimEnd('-', '–'); // "LiF- and Li₃N-rich": the name before a shared suffix
            if (IsFormula(value) && !found.Any(f => f.Start < m.Index + value.Length && m.Index < f.End))
            {
                found.Add(new Mention<string>(m.Index, m.Index + value.Length, value, value));
            }
        }

        foreach (Match m in GazetteerPattern.Matches(text))
        {
            if (!found.Any(f => f.Start < m.Index + m.Length && m.Index < f.End))
            {
                found.Add(new Mention<string>(m.Index, m.Index + m.Length, m.Value, m.Value));
            }
        }

        return found.OrderBy(f => f.Start).ToList();
    }

    /// <summary>
    /// Names built by a pattern rather than listed: a polymer named with a bracket ("poly(ethylene oxide)",
    /// "poly(ethylene glycol) diacrylate") and an ionic liquid of a known cation and anion ("Pyr₁₃TFSI", "EMIM-FSI").
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:[Pp]oly\s?\((?:[^()]|\([^()]*\))+\)(?:\s+(?:di)?(?:meth)?acrylate)?|(?:Pyr|PYR|PP|EMIM|EMI|BMIM|BMP|DEME)[\d₀-₉]{0,4}-?(?:TFSI|FSI|BF₄|BF4|PF₆|PF6|OTf))(?![\p{L}\p{N}])")]
    private static partial Regex Named();

    /// <summary>Drops a closing bracket the token does not open ("Ce₀.₉Gd₀.₁O₁.₉₅)" of a parenthesis around it).</summary>
    private static string Balanced(string token)
    {
        while (token.EndsWith(')') && token.Count(c => c == ')') > token.Count(c => c == '('))
        {
            token = token[..^1];
        }

        return token;
    }

    /// <summary>Whether a whole token names one material: a formula, or a name of the gazetteer.</summary>
    public static bool IsMaterial(string token) =>
        IsFormula(token) || Find(token).Any(f => f.Start == 0 && f.End == token.Length);

    /// <summary>Whether a token is a formula: element symbols only, and either a subscript or two or more elements.</summary>
    public static bool IsFormula(string token)
    {
        var core = token.Trim('(', ')', ',', '.', ';');
        if (core.Length < 2)
        {
            return false;
        }

        // a hydrate's water may be counted ("LiOH·H₂O", "Al(NO₃)₃·9H₂O")
        var parts = core.Split(['-', '/', '@', '·'], StringSplitOptions.RemoveEmptyEntries).Select(p => p.TrimStart("0123456789".ToCharArray())).ToArray();
        return parts.Length > 0 && parts.All(p => ElementsOnly().IsMatch(p) && ElementCount(p) > 0
            && (p.Any(c => c is >= '₀' and <= '₉' or 'ₓ') || (ElementCount(p) >= 2 && (p.Any(char.IsDigit) || p.Any(char.IsLower) || p.Length == 2))));
    }

    private static int ElementCount(string p)
    {
        var symbols = Element().Matches(p).Select(m => m.Value).ToList();
        return symbols.All(Elements.Contains) ? symbols.Count : 0;
    }

    private static readonly HashSet<string> Elements = new(StringComparer.Ordinal)
    {
        "H", "Li", "B", "C", "N", "O", "F", "Na", "Mg", "Al", "Si", "P", "S", "Cl", "K", "Ca", "Ti", "V", "Cr", "Mn", "Fe",
        "Co", "Ni", "Cu", "Zn", "Ga", "Ge", "Se", "Br", "Sr", "Y", "Zr", "Nb", "Mo", "Ag", "In", "Sn", "Sb", "Te", "I", "Ba",
        "La", "Ce", "W", "Ta", "Au", "Bi", "Pt", "Pb", "Rb", "Cs", "Sc", "Hf", "Gd", "Nd",
    };

    [GeneratedRegex(@"(?<![\p{L}\p{N}])[A-Z][A-Za-z0-9₀-₉ₓᵧ₋₊.()\-/@]*(?:·[0-9]*[A-Z][A-Za-z0-9₀-₉ₓᵧ₋₊.()\-/@]*)?(?![\p{L}])")]
    private static partial Regex Formula();

    [GeneratedRegex(@"^(?:(?:[A-Z][a-z]?)[₀-₉ₓᵧ₋₊.\d]*|\((?:[A-Z][a-z]?[₀-₉\d]*)+\)[₀-₉\d]*)+$")]
    private static partial Regex ElementsOnly();

    [GeneratedRegex(@"[A-Z][a-z]?")]
    private static partial Regex Element();
}
