namespace LlzoGraph.Extraction.Tagging;

/// <summary>
/// Words that make a phrase a strategy: the heads of designs ("interlayer", "anode", "network"), processing steps
/// ("sintering", "polishing", "deposition") and the words that name a method ("technique", "approach"). The strategy
/// phrase rule uses the core sets; the tagger's features also see the wider ones, where a word only hints at a
/// strategy ("structure", "reduction").
/// </summary>
internal static class StrategyWords
{
    /// <summary>Processing steps that head a strategy phrase ("rapid thermal annealing", "ball milling").</summary>
    public static readonly HashSet<string> Processes = new(StringComparer.OrdinalIgnoreCase)
    {
        "sintering", "co-sintering", "calcination", "annealing", "polishing", "sanding", "grinding", "milling", "pressing",
        "hot-pressing", "densification", "quenching", "etching", "heating", "treatment", "treatments", "sputtering", "infiltration",
        "lithiation", "compaction", "scanning", "fluorination", "casting", "tape-casting", "deposition", "coating", "cleaning",
        "washing", "rinsing", "evaporation", "spin-coating", "dip-coating", "electrodeposition", "electrospinning", "doping",
        "engineering", "modification", "regulation",
        "anneal", "post-anneal", "co-firing", "pyrolysis", "co-precipitation", "etch", "ablation", "plasma", "substitution",
        "co-doping", "co-processing", "lamination", "decarbonation", "handling", "cooling", "reduction", "nitridation", "passivation",
        "polymerisation", "polymerization", "printing", "stacking", "operation", "implantation", "infusion", "phosphidation",
        "dip", "mixing", "templating", "refinement", "control",
    };

    /// <summary>Design heads that make a strategy phrase with a modifier ("gold interlayer", "stack pressure").</summary>
    public static readonly HashSet<string> Designs = new(StringComparer.OrdinalIgnoreCase)
    {
        "interlayer", "interlayers", "interphase", "interphases", "anode", "anodes", "cathode", "cathodes", "electrode", "electrodes",
        "filler", "fillers", "additive", "additives", "binder", "binders", "agent", "agents", "aid", "aids", "architecture",
        "architectures", "network", "networks", "scaffold", "scaffolds", "framework", "frameworks", "frame", "frames", "host",
        "hosts", "skeleton", "skeletons", "buffer", "buffers", "coatings", "pressure", "catholyte", "catholytes", "anolyte",
        "anolytes", "bilayer", "bilayers", "trilayer", "trilayers", "microchannels", "SEI", "mesh", "meshes", "pressures", "template", "templates", "phase", "phases", "design",
        "designs", "fixture", "fixtures", "clamp", "clamps", "spacer", "spacers", "backbone", "backbones", "array", "arrays", "channels", "structure", "structures", "electrolyte", "electrolytes",
        "configuration", "configurations", "concept", "grid", "grids",
    };

    /// <summary>
    /// Words after a head that belong to the name of a method ("annealing treatment", "sintering method"); "process",
    /// "procedure" and "approach" only say that it is one ("the calcination process" names "calcination").
    /// </summary>
    public static readonly HashSet<string> Methods = new(StringComparer.OrdinalIgnoreCase)
    {
        "technique", "techniques", "method", "methods", "technology", "technologies", "treatment",
    };

    /// <summary>Short forms of deposition and densification methods that papers use without defining them ("coated by ALD").</summary>
    public static readonly IReadOnlySet<string> MethodShortForms = new HashSet<string>(StringComparer.Ordinal)
    {
        "ALD", "PLD", "CVD", "PVD", "MLD", "SPS", "HIP",
    };

    private static readonly HashSet<string> MoreDesigns = new(StringComparer.OrdinalIgnoreCase)
    {
        "layer", "coating", "film", "shell", "skin", "interface", "sheet", "dopant", "matrix",
        "separator", "membrane", "composite", "alloy", "barrier", "wetting", "configuration", "sheets",
    };

    private static readonly HashSet<string> MoreProcesses = new(StringComparer.OrdinalIgnoreCase)
    {
        "spinning", "impregnation",
        "laminating", "melting", "plating", "irradiation", "exposure", "sulfidation", "phosphatization", "carbonization", "oxidation", "activation",
        "inversion", "stirring", "drying", "freeze-drying", "rolling", "ald", "pld", "cvd", "pvd", "mld",
    };

    /// <summary>The features a token gets from these words ("sw:design", "sw:process", "sw:method").</summary>
    public static IEnumerable<string> Of(string token)
    {
        var word = Singular(token.ToLowerInvariant());
        var last = word.Contains('-', StringComparison.Ordinal) ? word[(word.LastIndexOf('-') + 1)..] : word;
        if (Is(Designs, MoreDesigns, word) || Is(Designs, MoreDesigns, last))
        {
            yield return "sw:design";
        }

        if (Is(Processes, MoreProcesses, word) || Is(Processes, MoreProcesses, last))
        {
            yield return "sw:process";
        }

        if (Methods.Contains(word))
        {
            yield return "sw:method";
        }
    }

    private static bool Is(HashSet<string> core, HashSet<string> more, string word) => core.Contains(word) || more.Contains(word);

    /// <summary>A plural's singular, as these word lists hold it ("interlayers" → "interlayer"; "glass", "analysis" stay).</summary>
    internal static string Singular(string word) =>
        word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("sis", StringComparison.Ordinal)
            ? word[..^1]
            : word;
}
