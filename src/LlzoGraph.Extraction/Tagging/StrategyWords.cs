namespace LlzoGraph.Extraction.Tagging;

/// <summary>
/// Words that make a phrase a strategy, for the tagger's features: the heads of designs ("interlayer", "anode",
/// "network"), processing steps ("sintering", "polishing", "deposition") and the words that name a method
/// ("technique", "approach"). Unlike the strategy finder these also mark a bare word, since a bare process
/// ("after calcination") is a strategy mention even when it names no material.
/// </summary>
internal static class StrategyWords
{
    private static readonly HashSet<string> Designs = new(StringComparer.OrdinalIgnoreCase)
    {
        "interlayer", "layer", "interphase", "coating", "film", "shell", "skin", "buffer", "interface", "anode", "cathode",
        "electrode", "frame", "framework", "host", "scaffold", "skeleton", "network", "architecture", "structure", "sheet",
        "filler", "additive", "binder", "agent", "aid", "dopant", "matrix", "separator", "membrane", "composite", "alloy",
        "sei", "barrier", "wetting", "pressure", "modification", "engineering", "design", "configuration", "bilayer", "trilayer",
    };

    private static readonly HashSet<string> Processes = new(StringComparer.OrdinalIgnoreCase)
    {
        "sintering", "co-sintering", "calcination", "annealing", "polishing", "sanding", "grinding", "milling", "pressing",
        "densification", "quenching", "etching", "washing", "rinsing", "cleaning", "heating", "treatment", "deposition",
        "sputtering", "evaporation", "casting", "spinning", "electrospinning", "electrodeposition", "infiltration",
        "impregnation", "lithiation", "doping", "substitution", "coating", "compaction", "templating", "laminating",
        "lamination", "melting", "infusion", "plating", "scanning", "irradiation", "exposure", "fluorination",
        "nitridation", "sulfidation", "phosphatization", "carbonization", "reduction", "oxidation", "passivation",
        "activation", "inversion", "mixing", "stirring", "drying", "freeze-drying", "printing", "rolling", "hot-pressing",
        "ald", "pld", "cvd", "pvd", "mld",
    };

    private static readonly HashSet<string> Methods = new(StringComparer.OrdinalIgnoreCase)
    {
        "technique", "method", "approach", "strategy", "process", "route", "procedure", "protocol", "treatment",
    };

    /// <summary>The features a token gets from these words ("sw:design", "sw:process", "sw:method").</summary>
    public static IEnumerable<string> Of(string token)
    {
        var word = Singular(token.ToLowerInvariant());
        var last = word.Contains('-', StringComparison.Ordinal) ? word[(word.LastIndexOf('-') + 1)..] : word;
        if (Designs.Contains(word) || Designs.Contains(last))
        {
            yield return "sw:design";
        }

        if (Processes.Contains(word) || Processes.Contains(last))
        {
            yield return "sw:process";
        }

        if (Methods.Contains(word))
        {
            yield return "sw:method";
        }
    }

    private static string Singular(string word) =>
        word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("sis", StringComparison.Ordinal)
            ? word[..^1]
            : word;
}
