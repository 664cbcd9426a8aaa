namespace LlzoGraph.Extraction.Tagging;

/// <summary>
/// Words that make a phrase a property, for the tagger's features: the head nouns of measurable quantities
/// ("strength", "angle", "conductivity", "gap") and words that only qualify one ("ionic", "interfacial", "specific").
/// The property vocabulary the facts use knows the properties it can normalise; these words let the tagger also
/// see the ones it cannot ("contact angle", "band gap", "Gibbs free energy").
/// </summary>
internal static class PropertyWords
{
    internal static readonly HashSet<string> Heads = new(StringComparer.OrdinalIgnoreCase)
    {
        "conductivity", "conductance", "diffusivity", "resistance", "resistivity", "impedance", "capacity", "capacitance",
        "density", "energy", "potential", "voltage", "window", "angle", "strength", "modulus", "hardness", "toughness",
        "elasticity", "plasticity", "stiffness", "area", "size", "thickness", "porosity", "crystallinity", "concentration",
        "gap", "efficiency", "retention", "rate", "coefficient", "number", "temperature", "overpotential",
        "polarization", "polarisation", "barrier", "lifespan", "life", "distribution", "roughness", "wettability", "tension",
        "permeability", "uptake", "loading", "gain", "yield", "mobility", "diffusion", "expansion", "current",
        "enthalpy", "entropy", "lattice", "parameter", "constant", "value", "ratio", "fraction", "weight", "mass", "volume",
        "moduli", "capability", "stress", "force", "diameter", "exponent", "length", "utilization", "utilisation", "point", "viscosity", "tortuosity",
    };

    internal static readonly HashSet<string> Qualifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "ionic", "ion", "electronic", "electrical", "interfacial", "interface", "specific", "areal", "critical", "total",
        "bulk", "grain", "boundary", "surface", "contact", "mechanical", "thermal", "electrochemical", "coulombic",
        "young's", "shear", "band", "activation", "formation", "decomposition", "binding", "adhesion",
        "discharge", "charge", "reversible", "transference", "transfer", "free",
        "gibbs", "fracture", "tensile", "compressive", "oxidation", "reduction", "particle", "pore", "carrier", "vacancy",
        "phase", "li", "lithium", "lithium-ion", "li-ion", "lithiumion", "na", "sodium", "electrode", "li⁺", "li+", "na⁺", "na+",
        "vickers", "knoop", "grain-boundary", "charge-transfer", "wetting", "void", "wall", "volumetric", "gravimetric",
        "flexural", "open", "closed", "cumulative", "rate", "cell", "flaw", "migration", "elastic",
        "yield", "bending", "clamping", "pulling", "calendar", "homologous", "diffusion", "filler", "gb", "reaction", "lattice", "melting", "boiling", "nucleation",
    };

    /// <summary>Qualifiers that name the substance a property is of ("Li⁺ conductivity", "lithium diffusivity").</summary>
    private static readonly HashSet<string> Substances = new(StringComparer.OrdinalIgnoreCase)
    {
        "li", "lithium", "lithium-ion", "li-ion", "lithiumion", "na", "sodium", "li⁺", "li+", "na⁺", "na+",
    };

    /// <summary>Heads of a size or amount, which a substance before them does not qualify: "the lithium thickness" is lithium's thickness.</summary>
    private static readonly HashSet<string> Sizes = new(StringComparer.OrdinalIgnoreCase)
    {
        "thickness", "diameter", "size", "area", "volume", "mass", "weight", "length",
    };

    /// <summary>
    /// Whether <paramref name="word"/> qualifies the property whose head is <paramref name="head"/>: a qualifier, or a
    /// level it is counted at ("pack-level energy density"); a substance only where the head is no size.
    /// </summary>
    internal static bool Qualifies(string word, string head) =>
        (Qualifiers.Contains(word) || word.EndsWith("-level", StringComparison.OrdinalIgnoreCase))
        && !(Substances.Contains(word) && Sizes.Contains(Singular(head)));

    /// <summary>Heads specific enough to name a property alone ("the impedance", "its porosity").</summary>
    internal static readonly HashSet<string> Standalone = new(StringComparer.OrdinalIgnoreCase)
    {
        "conductivity", "diffusivity", "impedance", "resistance", "resistivity", "capacity", "capacitance", "porosity",
        "crystallinity", "elasticity", "hardness", "toughness", "modulus", "moduli", "wettability", "overpotential", "roughness",
        "stress", "stresses", "viscosity", "tortuosity", "stiffness",
    };

    /// <summary>
    /// Heads that name a property alone where they stand as a noun, before "of", "than", a comma or the end ("the density
    /// of LLZO", "a higher potential than LLZO"), but not as a modifier ("potential applications", "density functional").
    /// </summary>
    internal static readonly HashSet<string> StandaloneAsNoun = new(StringComparer.OrdinalIgnoreCase) { "density", "strength", "potential", "diameter" };

    /// <summary>The features a token gets from these words ("pw:head", "pw:qual").</summary>
    public static IEnumerable<string> Of(string token)
    {
        if (IsHead(token))
        {
            yield return "pw:head";
        }

        if (Qualifiers.Contains(token))
        {
            yield return "pw:qual";
        }
    }

    /// <summary>Whether the word, singular or plural, is a property head ("energies" → "energy").</summary>
    internal static bool IsHead(string token) => Heads.Contains(Singular(token));

    /// <summary>A head's singular, in lower case ("energies" → "energy", "strengths" → "strength"); other words as they are.</summary>
    internal static string Singular(string token)
    {
        var word = token.ToLowerInvariant();
        return Heads.Contains(word) ? word
            : word.EndsWith("ies", StringComparison.Ordinal) && Heads.Contains(word[..^3] + "y") ? word[..^3] + "y"
            : word.Length > 3 && word.EndsWith('s') && Heads.Contains(word[..^1]) ? word[..^1]
            : word.EndsWith("sses", StringComparison.Ordinal) && Heads.Contains(word[..^2]) ? word[..^2] // "stresses"
            : word;
    }
}
