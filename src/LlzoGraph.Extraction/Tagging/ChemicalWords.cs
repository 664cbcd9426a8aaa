namespace LlzoGraph.Extraction.Tagging;

/// <summary>
/// Words that name a substance in plain English: the elements ("lanthanum", "nickel"), classes of compounds ("oxide",
/// "titanate", "ceria") and of materials ("perovskite", "steel", "cermet"), and common gases and fuels. A token made
/// of them, whole or in a hyphenated part ("samarium-doped", "nickel-based"), gets a feature the tagger can weigh.
/// </summary>
internal static class ChemicalWords
{
    private static readonly HashSet<string> Elements = new(StringComparer.OrdinalIgnoreCase)
    {
        "hydrogen", "helium", "lithium", "beryllium", "boron", "carbon", "nitrogen", "oxygen", "fluorine", "neon", "sodium",
        "magnesium", "aluminium", "aluminum", "silicon", "phosphorus", "sulfur", "sulphur", "chlorine", "argon", "potassium",
        "calcium", "scandium", "titanium", "vanadium", "chromium", "manganese", "iron", "cobalt", "nickel", "copper", "zinc",
        "gallium", "germanium", "arsenic", "selenium", "bromine", "krypton", "rubidium", "strontium", "yttrium", "zirconium",
        "niobium", "molybdenum", "ruthenium", "rhodium", "palladium", "silver", "cadmium", "indium", "tin", "antimony",
        "tellurium", "iodine", "xenon", "caesium", "cesium", "barium", "lanthanum", "cerium", "praseodymium", "neodymium",
        "samarium", "europium", "gadolinium", "terbium", "dysprosium", "holmium", "erbium", "thulium", "ytterbium", "lutetium",
        "hafnium", "tantalum", "tungsten", "rhenium", "osmium", "iridium", "platinum", "gold", "mercury", "thallium", "lead",
        "bismuth",
    };

    private static readonly HashSet<string> Compounds = new(StringComparer.OrdinalIgnoreCase)
    {
        "oxide", "dioxide", "trioxide", "hydroxide", "peroxide", "carbonate", "nitrate", "phosphate", "sulfate", "silicate",
        "titanate", "zirconate", "cerate", "niobate", "tantalate", "aluminate", "gallate", "ferrite", "cobaltite",
        "manganite", "nickelate", "chromite", "cuprate", "vanadate", "tungstate", "molybdate", "borate", "nitride", "carbide",
        "sulfide", "fluoride", "chloride", "bromide", "iodide", "hydride", "selenide", "phosphide", "oxynitride", "ceria",
        "zirconia", "yttria", "alumina", "silica", "titania", "magnesia", "hafnia", "scandia", "gadolinia", "samaria",
        "perovskite", "spinel", "garnet", "fluorite", "pyrochlore", "olivine", "nasicon", "steel", "alloy", "glass", "cermet",
        "polymer", "copolymer", "graphite", "graphene", "nanotube", "salt", "methane", "ethane", "propane",
        "butane", "ethanol", "methanol", "ammonia", "syngas", "biogas", "air", "water", "steam",
    };

    /// <summary>The features a token gets ("cw:element", "cw:compound"), from the word or a hyphenated part of it.</summary>
    public static IEnumerable<string> Of(string token)
    {
        var parts = token.ToLowerInvariant().Split('-', '‐', '–');
        if (parts.Any(p => Elements.Contains(StrategyWords.Singular(p))))
        {
            yield return "cw:element";
        }

        if (parts.Any(p => Compounds.Contains(StrategyWords.Singular(p))))
        {
            yield return "cw:compound";
        }
    }

    /// <summary>Whether a word is an element's English name ("lithium", "Gold").</summary>
    public static bool IsElementName(string word) => Elements.Contains(word);

    /// <summary>Whether a word names a class of compounds or materials ("oxide", "carbonate", "alloy"), singular or plural.</summary>
    public static bool IsCompoundName(string word) => Compounds.Contains(StrategyWords.Singular(word.ToLowerInvariant()));

    /// <summary>Whether a phrase names a substance: a word of it is an element or compound word.</summary>
    public static bool InPhrase(string phrase) => SubstanceWords(phrase).Any(w => w);

    /// <summary>
    /// Whether a phrase is the name of a substance: its last word is an element or compound word ("samarium-doped
    /// ceria", not "solid oxide fuel cell").
    /// </summary>
    public static bool NamesSubstance(string phrase) => SubstanceWords(phrase).LastOrDefault();

    /// <summary>For each word of a phrase (brackets and commas trimmed), whether it is an element or compound word.</summary>
    private static IEnumerable<bool> SubstanceWords(string phrase) =>
        phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => Of(w.Trim(',', '(', ')')).Any());
}
