using System.Text.RegularExpressions;
using LlzoGraph.Core.Materials;
using LlzoGraph.Extraction.Quantities;
using LlzoGraph.Extraction.Vocabulary;

namespace LlzoGraph.Extraction.Tagging;

/// <summary>
/// A rule for the tagger that finds strategy noun phrases the strategy finder leaves out because they name no
/// material: a processing step with the words that qualify it ("rapid thermal annealing", "ball milling",
/// "acid treatment", "Joule heating technique") and a design head with a modifier ("gold interlayer", "alloy
/// anode", "stack pressure"). A bare design head ("the anode") is not a strategy; a bare process ("after
/// calcination") is.
/// </summary>
internal static partial class StrategyPhrases
{
    private const int MaxModifiers = 3;

    /// <summary>Processes too general to name a strategy alone ("the treatment", "heating", "lithium deposition").</summary>
    private static readonly HashSet<string> NeedModifier = new(StringComparer.OrdinalIgnoreCase)
    {
        "heating", "treatment", "treatments", "scanning", "deposition", "coating", "casting", "evaporation", "doping", "engineering", "modification",
        "regulation", "pyrolysis", "etch", "ablation", "plasma", "substitution", "handling", "cooling", "reduction", "passivation",
        "polymerisation", "polymerization", "printing", "stacking", "operation", "implantation", "infusion", "dip", "mixing",
        "refinement", "control",
    };

    /// <summary>Designs that name their structure alone ("the trilayer delivered …", "most bilayers").</summary>
    private static readonly HashSet<string> Stacked = new(StringComparer.OrdinalIgnoreCase) { "bilayer", "bilayers", "trilayer", "trilayers" };

    /// <summary>A phase is a strategy only as one placed at the grain boundaries ("LiAlO₂ grain-boundary phase").</summary>
    private static readonly HashSet<string> GrainBoundary = new(StringComparer.OrdinalIgnoreCase) { "grain-boundary", "intergranular" };

    /// <summary>A design is a strategy only as a named structure ("bilayer design", "interlayer designs", "gradient designs").</summary>
    private static readonly HashSet<string> Structures = new(StringComparer.OrdinalIgnoreCase)
    {
        "bilayer", "trilayer", "multilayer", "gradient", "interlayer", "sandwich", "sandwich-type", "3D", "core–shell", "core-shell",
        "layered", "hierarchical", "anode-free",
    };

    /// <summary>
    /// What makes a general word a strategy's head: a reduction only by carbon or heat ("carbothermal reduction", not
    /// "a reduction in resistance"), a plasma only of a gas ("Ar plasma").
    /// </summary>
    private static readonly Dictionary<string, HashSet<string>> OnlyAfter = new(StringComparer.OrdinalIgnoreCase)
    {
        ["reduction"] = new(StringComparer.OrdinalIgnoreCase) { "carbothermal", "carbon", "thermal", "hydrogen" },
        ["operation"] = new(StringComparer.OrdinalIgnoreCase) { "elevated-temperature", "high-temperature", "low-temperature", "warm", "anode-free" },
        ["refinement"] = new(StringComparer.OrdinalIgnoreCase) { "grain" },
        ["mixing"] = new(StringComparer.OrdinalIgnoreCase) { "mechanical", "ball", "dry", "wet", "high-energy", "planetary", "shear" },
        ["control"] = new(StringComparer.OrdinalIgnoreCase) { "grain-size", "microstructure", "microstructural" },
        ["phase"] = GrainBoundary,
        ["phases"] = GrainBoundary,
        ["design"] = Structures,
        ["designs"] = Structures,
        ["structure"] = Structures,
        ["structures"] = Structures,
        ["configuration"] = Structures,
        ["configurations"] = Structures,
        ["concept"] = Structures,
        ["channels"] = new(StringComparer.OrdinalIgnoreCase) { "aligned", "vertical", "straight", "oriented", "low-tortuosity" },
        ["plasma"] = new(StringComparer.OrdinalIgnoreCase) { "Ar", "argon", "N₂", "N2", "nitrogen", "O₂", "O2", "oxygen", "H₂", "H2", "hydrogen", "NH₃", "NH3", "ammonia", "CF₄", "CF4" },
    };

    /// <summary>
    /// Synthesis routes named by their chemistry ("sol–gel route", "Pechini method", "solid-state reaction"): these
    /// heads are strategies only after such a name.
    /// </summary>
    private static readonly HashSet<string> RouteHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "route", "routes", "synthesis", "method", "methods", "reaction",
    };

    private static readonly HashSet<string> RouteNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "sol–gel", "sol-gel", "Pechini", "solid-state", "hydrothermal", "solvothermal", "combustion", "co-precipitation",
        "molten-salt", "flux", "spray-pyrolysis", "glycine-nitrate",
    };

    /// <summary>Participles of a deposition that make a film a strategy ("sputtered ZnO film"); a film alone is the sample.</summary>
    private static readonly HashSet<string> Deposited = new(StringComparer.OrdinalIgnoreCase)
    {
        "sputtered", "magnetron-sputtered", "evaporated", "thermally-evaporated", "electrodeposited", "spin-coated", "dip-coated",
        "ALD-grown", "ALD-deposited", "PLD-grown", "CVD-grown", "drop-cast", "polymerised", "polymerized", "deposited", "grafted",
    };

    /// <summary>Electrode heads name a design only with a design word ("alloy anode", "composite cathode", "Li-C anode").</summary>
    private static readonly HashSet<string> Electrodes = new(StringComparer.OrdinalIgnoreCase)
    {
        "anode", "anodes", "cathode", "cathodes", "electrode", "electrodes",
    };

    private static readonly HashSet<string> DesignWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "alloy", "composite", "3D", "porous", "free-standing", "hybrid", "protected", "modified", "coated", "gradient",
        "thin-film", "film", "supported", "interwoven", "framework", "textured", "patterned", "artificial", "structured",
    };

    /// <summary>Depositions of the metal itself are plating, not a strategy ("lithium deposition"), and its evaporation a loss ("lithium evaporation").</summary>
    private static readonly HashSet<string> Plated = new(StringComparer.OrdinalIgnoreCase)
    {
        "li", "lithium", "metal", "na", "sodium", "dendrite", "nonuniform", "uneven", "uniform", "homogenous", "homogeneous",
    };

    /// <summary>The strategy finder's stop words, and verbs, pronouns and list markers that cannot qualify a strategy.</summary>
    private static readonly HashSet<string> Stop = new(StrategyFinder.Stop.Concat(
    [
        "during", "include", "includes", "including", "has", "have", "had", "can", "could", "may", "might", "will",
        "would", "should", "without", "under", "over", "further", "prior", "subsequent", "subsequently", "followed", "we",
        "they", "it", "our", "them", "similar", "most", "more", "less", "many", "some", "all", "another", "cause",
        "causes", "form", "forms", "any", "no", "each", "every", "since", "required", "requiring", "help", "helps", "helped", "use", "uses", "discussed", "proposed", "reported", "used", "introduced", "developed",
        "designed", "prepared", "formed", "achieved", "applied", "employed", "adopted", "obtained", "shown", "studied",
        "investigated", "compared", "(i)", "(ii)", "(iii)", "(iv)", "(v)", "(vi)", "i.e.", "e.g.", "etc.", "involve",
        "involves", "require", "requires", "enable", "enables", "allow", "allows", "provide", "provides", "lead", "leads",
        "result", "results", "show", "shows", "exhibit", "exhibits", "make", "makes", "give", "gives", "yield", "yields",
        "made", "example", "instance", "why", "how", "what", "follow", "follows", "one", "two", "three", "four", "five", "six",
        "first", "second", "third", "among", "amongst", "couple", "couples", "coupled", "called", "termed", "named", "later",
        "earlier", "whether", "nor", "neither", "either", "outperformed", "outperforms", "outperform", "engineering",
        "avoid", "avoids", "replace", "replaces", "survive", "survives", "decouple", "decouples", "improve", "improves",
        "enhance", "enhances", "suppress", "suppresses", "prevent", "prevents", "combine", "combines", "produce", "produces", "stated", "whose",
        "towards", "toward", "beyond", "few", "main", "so", "now", "still", "replaced", "target", "targets", "preferred",
        "co-workers", "coworkers", "colleagues",
    ]), StringComparer.OrdinalIgnoreCase);

    /// <summary>Qualities that are not part of a strategy's name ("a thin gold interlayer" → "gold interlayer").</summary>
    private static readonly HashSet<string> Generic = new(StringComparer.OrdinalIgnoreCase)
    {
        "thin", "thick", "dense", "uniform", "novel", "new", "robust", "stable", "simple", "effective", "efficient", "good",
        "typical", "common", "various", "different", "several", "whole", "suitable", "conventional", "traditional", "same",
        "proper", "further", "additional", "subsequent", "resulting", "corresponding", "above", "following", "previous",
        "pure", "simultaneous", "green", "ideal", "quick", "excellent", "promising", "facile", "unique", "optimal",
        "appropriate", "particular", "specific", "certain", "protective", "innovative", "combined", "direct", "cathode-side", "anode-side", "ultrathin", "ultra-thin",
        "brief", "short", "final", "single", "standardized", "standardised", "continuous", "low", "moderate", "heavy",
        "enough", "sufficient", "modest", "considerable", "conformal", "careful", "sequential", "rigid", "limited", "thicker",
        "thinner", "denser", "excessive", "so-called", "energy-intensive", "costly", "expensive", "cheap", "inexpensive",
        "nominal", "required", "simplest", "optimum", "better", "best", "bare", "resulted", "popular", "compatible", "apparent", "intended",
        "symmetric", "outer", "long", "longer", "cubic", "tetragonal", "mature",
    };

    /// <summary>A quality word (<see cref="IsGeneric"/>) where it stands; "thin" in "thin film cathode" names the kind of cathode, not a quality.</summary>
    private static bool IsQualityAt(List<Match> words, int at) =>
        IsGeneric(words[at].Value)
        && !(words[at].Value.Equals("thin", StringComparison.OrdinalIgnoreCase) && at + 1 < words.Count && words[at + 1].Value.ToLowerInvariant() is "film" or "films");

    /// <summary>"high" as a quality ("a high stack pressure"), not as part of a process's name ("high temperature co-sintering", "high-energy milling").</summary>
    private static bool IsHighBeforeDesign(List<Match> words, int first) =>
        words[first].Value.Equals("high", StringComparison.OrdinalIgnoreCase) && first + 1 < words.Count
        && !words[first + 1].Value.StartsWith("temperature", StringComparison.OrdinalIgnoreCase) && !words[first + 1].Value.StartsWith("energy", StringComparison.OrdinalIgnoreCase);

    /// <summary>A state word before the named material a design is made of: "a soft poly(vinylidene fluoride) interlayer" is a PVDF interlayer.</summary>
    private static bool IsStateBeforeName(List<Match> words, int first, int head) =>
        words[first].Value.ToLowerInvariant() is "soft" or "solid" or "hard" or "flexible" && first + 1 < head
        && MaterialFinder.IsMaterial(words[first + 1].Value.Split('-')[0]);

    /// <summary>A quality ("well-dispersed"), or what a strategy suits ("dry-room-compatible", "cost-friendly"): no part of its name.</summary>
    private static bool IsGeneric(string word) =>
        Generic.Contains(word) || word.StartsWith("well-", StringComparison.OrdinalIgnoreCase) || word.EndsWith("-compatible", StringComparison.OrdinalIgnoreCase) || word.EndsWith("-friendly", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// What a layer must be to name a strategy: its function or make ("ion conductive layers", "buffer layer",
    /// "gradient layer") or its substance ("zinc layer"); "the surface layer", "a protective layer" or "a thin layer"
    /// name none.
    /// </summary>
    private static readonly HashSet<string> LayerKinds = new(StringComparer.OrdinalIgnoreCase)
    {
        "conductive", "conducting", "buffer", "buffering", "coating", "transition", "gradient", "organic", "inorganic",
        "passivation", "artificial", "wetting", "lithiophilic", "alloy", "composite", "hybrid", "polymer", "polymeric", "soft",
        "mixed", "blocking", "fluorinated", "coupling", "conversion", "alloying", "seed", "seeding",
    };

    private static readonly HashSet<string> Layers = new(StringComparer.OrdinalIgnoreCase)
    {
        "layer", "layers", "overlayer", "overlayers", "skin", "skins",
    };

    public static IEnumerable<(int Start, int End)> Find(string sentence)
    {
        var words = Word().Matches(sentence).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            var head = words[i].Value;
            var process = StrategyWords.Processes.Contains(head) || IsHyphenatedProcess(head);
            var layer = Layers.Contains(head);
            var route = RouteHeads.Contains(head) && i > 0 && RouteNames.Contains(words[i - 1].Value) && Adjacent(sentence, words[i - 1], words[i]);
            var film = head.ToLowerInvariant() is "film" or "films";
            if (!process && !layer && !route && !film && !StrategyWords.Designs.Contains(head)
                || OnlyAfter.TryGetValue(head, out var after) && (i == 0 || !after.Contains(words[i - 1].Value) || !Adjacent(sentence, words[i - 1], words[i]))
                || head.Equals("plasma", StringComparison.OrdinalIgnoreCase) && i + 1 < words.Count && IsHeadWord(words[i + 1].Value)
                || !layer && i + 1 < words.Count && Layers.Contains(words[i + 1].Value) && Adjacent(sentence, words[i], words[i + 1]))
            {
                continue; // "spark plasma sintering" is headed by "sintering", "a Li₂CO₃ passivation layer" by "layer"
            }

            var last = i;
            while (last + 1 < words.Count && StrategyWords.Methods.Contains(words[last + 1].Value) && Adjacent(sentence, words[last], words[last + 1]))
            {
                last++;
            }

            var first = i;
            while (first > 0 && i - first < MaxModifiers && Adjacent(sentence, words[first - 1], words[first]) && IsModifier(words[first - 1].Value) && !IsUnit(sentence, words, first - 1)
                && !(Layers.Contains(words[first - 1].Value) && !process)) // "the porous layer hosts lithium": a layer qualifies no design after it ("atomic layer deposition" is a process)
            {
                first--;
            }

            if (first > 0 && first < i && StructureAdverbs.Contains(words[first - 1].Value) && Adjacent(sentence, words[first - 1], words[first]))
            {
                first--; // "vertically aligned LLZO nanowire arrays": the adverb says how the design is built
            }

            while (first < i && (IsQualityAt(words, first) || IsStateBeforeName(words, first, i) || IsHighBeforeDesign(words, first)))
            {
                first++;
            }

            first = WithSitu(sentence, words, first);
            var modifiers = words.Skip(first).Take(i - first).Select(w => w.Value).ToList();
            if (modifiers.Count == 0 && (!process || NeedModifier.Contains(head)) && !Stacked.Contains(head)
                || Electrodes.Contains(head) && !modifiers.Any(m => DesignWords.Contains(m) || IsCompound(m))
                || layer && !modifiers.Any(m => m.Split('/', '-').Any(p => LayerKinds.Contains(p) || ChemicalElements.IsSymbol(p) || MaterialFinder.IsMaterial(p))
                    || ChemicalWords.Of(m).Any() || MaterialFinder.IsMaterial(m) || Deposited.Contains(m))
                || film && (!modifiers.Any(m => Deposited.Contains(m) || LayerKinds.Contains(m)) || modifiers.Any(IsGarnet))
                || IsPlating(head, modifiers)
                || head.StartsWith("phase", StringComparison.OrdinalIgnoreCase) && (modifiers.Count < 2 || modifiers.Any(m => m.EndsWith("-rich", StringComparison.OrdinalIgnoreCase)))
                || head.ToLowerInvariant() is "aid" or "aids" && (modifiers.Count == 0 || !StrategyWords.Processes.Contains(modifiers[^1]))
                || head.StartsWith("electrolyte", StringComparison.OrdinalIgnoreCase) && !modifiers.Any(Structures.Contains)) // "a sandwich-type composite electrolyte" is a design, "the composite electrolyte" none
            {
                continue; // "the anode", "the treatment", "lithium metal anode", "the surface layer", "Li deposition", "the process aids" name no strategy
            }

            yield return (words[first].Index, words[last].Index + words[last].Length);
            i = last;
        }
    }

    /// <summary>
    /// Whether a span found by another rule names no strategy: a general process alone ("the treatment"), plating of
    /// the metal ("Li deposition"), a layer of a surface contaminant ("the passivated Li₂CO₃ layer" is the problem
    /// strategies remove), or a process word that only modifies the noun after it ("the sintering temperature",
    /// "controlling the sintering atmosphere").
    /// </summary>
    public static bool NamesNoStrategy(string sentence, int start, int end)
    {
        var words = Word().Matches(sentence[start..end]).Select(w => w.Value).ToList();
        if (words.Count == 0)
        {
            return false;
        }

        if (words.Count == 1 && (NeedModifier.Contains(words[0]) || IsGeneric(words[0]) || StrategyWords.Designs.Contains(words[0]) && words[0].All(char.IsLower) && !Stacked.Contains(words[0])))
        {
            return true; // "after the final treatment", "the interlayers", "Cubic": a process too general, a design word or a quality, alone
        }

        var layer = Layers.Contains(StrategyWords.Singular(words[^1].ToLowerInvariant()));
        if (words.Count > 1 && (IsPlating(words[^1], words[..^1]) || layer && sentence[start..end].Split(' ', '/').Any(IsContaminant)))
        {
            return true;
        }

        if (layer && MadeOf().Match(sentence, end) is { Success: true } of && IsContaminant(of.Groups["what"].Value))
        {
            return true; // "a passivation layer composed of LiOH and Li₂CO₃" is the problem, not a remedy
        }

        var next = Word().Match(sentence, end);
        var modifiesNext = next.Success && sentence.AsSpan(end, next.Index - end).IsWhiteSpace();
        return modifiesNext && (StrategyWords.Processes.Contains(words[^1]) && Attributes.Contains(next.Value)
            || words[^1].EndsWith("film", StringComparison.OrdinalIgnoreCase) && Devices.Contains(next.Value)); // "thin-film batteries" are cells
    }

    /// <summary>The electrolyte itself: a film of it is the sample studied ("PLD-grown LLZO films"), not a layer added to it.</summary>
    private static bool IsGarnet(string word) =>
        word.StartsWith("LLZ", StringComparison.OrdinalIgnoreCase) || word.Contains("-LLZ", StringComparison.OrdinalIgnoreCase)
        || word.StartsWith("garnet", StringComparison.OrdinalIgnoreCase) || FormulaText.Normalise(word).Contains("La₃Zr", StringComparison.Ordinal); // the normal form writes subscripts

    private static bool IsHeadWord(string word) =>
        StrategyWords.Processes.Contains(word) || StrategyWords.Designs.Contains(word) || StrategyWords.Methods.Contains(word) || Layers.Contains(word);

    [GeneratedRegex(@"\G\s+(?:(?:composed|consisting|made|formed)\s+)?of\s+(?:the\s+)?(?<what>[^\s,;.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MadeOf();

    /// <summary>Devices a film names the kind of ("thin-film batteries"), not a layer added to them.</summary>
    private static readonly HashSet<string> Devices = new(StringComparer.OrdinalIgnoreCase)
    {
        "battery", "batteries", "cell", "cells", "microbattery", "microbatteries", "device", "devices",
    };

    /// <summary>Nouns a process word can modify without naming a strategy ("sintering temperature").</summary>
    private static readonly HashSet<string> Attributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "atmosphere", "temperature", "temperatures", "time", "times", "duration", "conditions", "condition", "parameters",
        "environment", "behavior", "behaviour", "kinetics", "mechanism", "profile", "atmospheres", "electron", "microscopy",
        "spectroscopy", "tomography",
    };

    /// <summary>Substances that grow on garnet surfaces in air and hinder the interface (lithium carbonate and hydroxide).</summary>
    private static readonly HashSet<string> Contaminants = new(StringComparer.Ordinal) { "Li₂CO₃", "LiOH", "LiOH·H₂O" };

    private static bool IsContaminant(string word) =>
        Contaminants.Contains(FormulaText.Normalise(word)) || word.Equals("carbonate", StringComparison.OrdinalIgnoreCase) || word.Equals("hydroxide", StringComparison.OrdinalIgnoreCase);

    private static bool IsPlating(string head, IReadOnlyList<string> modifiers) =>
        head.ToLowerInvariant() is "deposition" or "evaporation" && modifiers.Any(Plated.Contains);

    /// <summary>Where a strategy span found by another rule should end: after the words that name it a method ("tape-casting method").</summary>
    public static int ExtendedEnd(string sentence, int end)
    {
        var after = Word().Match(sentence, end);
        while (after.Success && StrategyWords.Methods.Contains(after.Value) && sentence.AsSpan(end, after.Index - end).IsWhiteSpace() && after.Index > end)
        {
            end = after.Index + after.Length;
            after = Word().Match(sentence, end);
        }

        return end;
    }

    /// <summary>
    /// Where a strategy span found by another rule should start: after the last word in it that cannot qualify a
    /// strategy ("solving contact issues include co-sintering" → "co-sintering", "(ii) Ionic conductive layers" →
    /// "Ionic conductive layers"), and after generic qualities ("pure ionic conductive interphase").
    /// </summary>
    public static int TrimmedStart(string sentence, int start, int end)
    {
        var words = Word().Matches(sentence[start..end]).ToList();
        var first = words.FindLastIndex(w => !IsModifier(w.Value)) + 1;
        while (first < words.Count - 1 && IsQualityAt(words, first))
        {
            first++;
        }

        first = first < words.Count ? WithSitu(sentence[start..end], words, first) : first;

        return first == 0 || first >= words.Count ? start : start + words[first].Index;
    }

    /// <summary>
    /// A phrase that starts at "situ" starts at the "in" or "ex" before it ("in situ lithiated layer"), and one that
    /// "in situ" qualifies through a participle takes both in ("in-situ formed LiF layer").
    /// </summary>
    private static int WithSitu(string sentence, List<Match> words, int first)
    {
        if (first > 1 && Formed.Contains(words[first - 1].Value) && Adjacent(sentence, words[first - 1], words[first])
            && Adjacent(sentence, words[first - 2], words[first - 1]) && words[first - 2].Value.ToLowerInvariant() is "in-situ" or "ex-situ" or "situ")
        {
            first -= 2;
        }

        return first > 0 && words[first].Value.Equals("situ", StringComparison.OrdinalIgnoreCase)
            && words[first - 1].Value.ToLowerInvariant() is "in" or "ex" && Adjacent(sentence, words[first - 1], words[first])
                ? first - 1
                : first;
    }

    /// <summary>Participles that say only that a layer came about, named by how: "in situ formed", "in-situ grown".</summary>
    private static readonly HashSet<string> Formed = new(StringComparer.OrdinalIgnoreCase) { "formed", "grown", "generated", "derived", "constructed" };

    /// <summary>Whether the word is the unit of the number before it ("a 20 nm thick layer").</summary>
    private static bool IsUnit(string sentence, List<Match> words, int index) =>
        index > 0 && char.IsDigit(words[index - 1].Value[0]) && QuantityFinder.WithinQuantity(sentence, words[index].Index);

    private static bool Adjacent(string sentence, Match left, Match right) =>
        sentence.AsSpan(left.Index + left.Length, right.Index - left.Index - left.Length).IsWhiteSpace();

    // a property head does not qualify a strategy: "mechanical strength PIC interlayer" names "PIC interlayer"
    private static bool IsModifier(string word) =>
        !Stop.Contains(word) && !PanelLetter().IsMatch(word) && !CoatedWith().IsMatch(word) && !PropertyWords.Heads.Contains(word) && (!word.EndsWith("ly", StringComparison.Ordinal) || StructureAdverbs.Contains(word)) && (!char.IsDigit(word[0]) || IsDimension(word)) && !word.Contains('%', StringComparison.Ordinal)
        && !(word.EndsWith("ing", StringComparison.Ordinal) && !StrategyWords.Processes.Contains(word) && !LayerKinds.Contains(word.Split('-')[^1])
            && !word.Contains('-', StringComparison.Ordinal)) // "adding interlayers", "suppressing … deposition"; not "mixed conducting layer", "alloy-forming interlayers", "pressure-holding fixtures"
        && !(word.EndsWith("est", StringComparison.Ordinal) && word.Length > 4) // "lowest", "highest"
        && !word.EndsWith("'s", StringComparison.Ordinal) && !word.EndsWith("’s", StringComparison.Ordinal);

    /// <summary>
    /// A named substance put on or into what follows ("ZnO-coated garnet scaffold", "Li-infiltrated garnet framework"):
    /// the substance is a material of its own and the design starts after it; a class word stays ("polymer-infiltrated
    /// composite cathode").
    /// </summary>
    [GeneratedRegex(@"^[A-Z][\p{L}\p{N}₀-₉–/]*-(?:coated|infiltrated|modified|protected|decorated)$")]
    private static partial Regex CoatedWith();

    /// <summary>A caption's panel letter ("(a) dry polishing", "(c,d)").</summary>
    [GeneratedRegex(@"^\([a-h](?:[,–-][a-h])?\)$")]
    private static partial Regex PanelLetter();

    /// <summary>Adverbs that say which structure or conduction a design has ("vertically aligned channels", "ionically conducting buffer").</summary>
    private static readonly HashSet<string> StructureAdverbs = new(StringComparer.OrdinalIgnoreCase) { "vertically", "horizontally", "ionically", "electronically" };

    /// <summary>
    /// A process written with what it is done with or to, as one word ("ice-templating", "freeze-casting"); not a general
    /// one ("interface-engineering strategies", "surface-modification methods" name a class).
    /// </summary>
    private static bool IsHyphenatedProcess(string word) =>
        word.LastIndexOf('-') is var hyphen and > 1 && word[(hyphen + 1)..] is var process && StrategyWords.Processes.Contains(process)
        && !ClassProcesses.Contains(process) && word[..hyphen].All(char.IsLetter);

    /// <summary>Processes so general that a word joined before them names a class of strategies ("surface-modification methods").</summary>
    private static readonly HashSet<string> ClassProcesses = new(StringComparer.OrdinalIgnoreCase)
    {
        "engineering", "modification", "treatment", "treatments", "regulation", "control", "operation", "handling",
    };

    /// <summary>A dimensionality that names a design ("3D interlayer", "2D interlayers", "3D-printed scaffold").</summary>
    private static bool IsDimension(string word) => word.Length >= 2 && word[0] is >= '0' and <= '3' && word[1] == 'D' && (word.Length == 2 || word[2] == '-');

    /// <summary>Two materials joined by a hyphen or en dash ("Li-C", "Li–Mg"): a composite or alloy by its name.</summary>
    private static bool IsCompound(string word) => word.IndexOfAny(['-', '–']) > 0 && word.Split('-', '–').All(p => p.Length > 0 && char.IsUpper(p[0]));

    /// <summary>Words, formulas, hyphenated compounds, polymers named with a bracket ("poly(DOL)") and bracketed short forms ("(3D)").</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])\p{L}+\((?:[^()]|\([^()]*\)){1,40}\)|\([^()\s]{1,12}\)|[\p{L}\p{N}₀-₉⁰-⁹⁺⁻₊₋ₓᵧ][\p{L}\p{N}₀-₉⁰-⁹⁺⁻₊₋ₓᵧ\-–/@|.,'’]*(?<![.,])")]
    private static partial Regex Word();
}
