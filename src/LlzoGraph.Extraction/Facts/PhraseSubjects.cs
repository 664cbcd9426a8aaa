using System.Text.RegularExpressions;
using LlzoGraph.Core.Facts;
using LlzoGraph.Extraction.Vocabulary;

namespace LlzoGraph.Extraction.Facts;

/// <summary>
/// What a subject phrase (<see cref="SubjectPhrases"/>) or the X of "the PROPERTY of X" names. Two strengths: a
/// strategy or design the phrase names, or refers back to by its head word ("this interlayer", "MCL-protected
/// LLZTO"), is the value's subject before anything else in the sentence; a material the phrase names ("LLZO has …",
/// "the ionic conductivity of LLZO …", "cells with LLZO …") wins over the passage's strategy but not over a strategy
/// named in the same clause. Generic cell words ("the cell", "symmetric cells", "the SSLMB") name nothing themselves:
/// only what they are made "with" counts; stacks and interfaces ("Li/LLZO", "cathode/LLZO") are where a value is
/// measured, not what it belongs to.
/// </summary>
internal static partial class PhraseSubjects
{
    /// <summary>The strategy the phrase names (its mention, so that a control "without" it can be told apart) or refers back to.</summary>
    public static (Mention<Subject>? Named, Subject? Earlier) Strategy(
        string text, SubjectPhrases.Phrase phrase, IReadOnlyList<Mention<Subject>> strategies, IReadOnlyList<Subject> earlier)
    {
        if (Control(phrase.Text) is { } control)
        {
            return (null, control);
        }

        var inside = strategies.Where(s => s.Start >= phrase.Start && s.End <= phrase.End).ToList();
        var named = inside.FirstOrDefault(s => s.Value.Kind is not SubjectKind.Process);
        if (named is not null)
        {
            // "this composite anode": a bare design term after a determiner is the one named before
            if (named.Value.Materials.Count == 0 && !named.Text.Any(char.IsUpper) && Definite().IsMatch(text[phrase.Start..named.Start])
                && earlier.FirstOrDefault(e => !string.Equals(e.Name, named.Value.Name, StringComparison.OrdinalIgnoreCase)
                    && string.Equals(HeadOf(e.Name), HeadOf(named.Value.Name), StringComparison.OrdinalIgnoreCase)) is { } antecedent)
            {
                return (null, antecedent);
            }

            // "the Li₃PO₄-coated pellet" after "a Li₃PO₄ layer": a name made from a verb defers to the one printed before
            if (!named.Text.Contains(named.Value.Name, StringComparison.OrdinalIgnoreCase) && named.Value.Materials.Count > 0
                && earlier.FirstOrDefault(e => e.Materials.Count > 0 && e.Materials.SequenceEqual(named.Value.Materials)) is { } printed)
            {
                return (null, printed);
            }

            return (named, null);
        }

        if (inside.Count > 0)
        {
            return (null, null); // a process named as the subject ("ALD was used to grow …"): what it makes is named later
        }

        if (GenericStrategy().IsMatch(phrase.Text) && earlier.Count > 0)
        {
            return (null, earlier[0]); // "this strategy", "the approach": the strategy named last
        }

        var words = Words(phrase.Text);
        var tokens = phrase.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var e in earlier)
        {
            var parts = e.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Contains(HeadOf(e.Name)))
            {
                return (null, e); // "the interlayer", "this MCL", "interphase-engineered"
            }

            // "Li-C/LLZO", "MCL-protected LLZTO": a specific part of the name inside a longer word of the phrase
            if (parts[..^1].Any(p => p.Length > 1 && p.Any(char.IsUpper) && !Dimension().IsMatch(p)
                && tokens.Any(t => t.Length > p.Length && Words(t).Contains(p))))
            {
                return (null, e);
            }
        }

        return (null, Process(phrase.Text) ?? Design(phrase.Text));
    }

    /// <summary>
    /// A control the phrase names, its own subject: by what it has not had ("the bare cell", "pristine LLZO", "the
    /// uncoated NCM811") or by what it is made without or with unmodified ("the interface without Li₃BO₃", "the
    /// cathode with uncoated LLZO").
    /// </summary>
    public static Subject? Control(string phrase)
    {
        var control = ControlAdjective().Match(phrase);
        control = control.Success ? control : ControlMadeWith().Match(phrase);
        return control.Success ? new Subject(control.Groups["c"].Value, SubjectKind.Other, []) : null;
    }

    /// <summary>
    /// "The composite cathode with 5 wt% LLZO …": a design term of several words heading the phrase names the design
    /// even without a modifier, when nothing earlier in the passage has that head.
    /// </summary>
    private static Subject? Design(string phrase)
    {
        var with = WithPhrase().Match(phrase);
        var head = (with.Success ? phrase[..with.Index] : phrase).Trim();
        var design = StrategyKinds.Heads.Where(h => h.Head.Contains(' ') && h.Kind is not (SubjectKind.Process or SubjectKind.Material))
            .Where(h => head.EndsWith(" " + h.Head, StringComparison.OrdinalIgnoreCase) || head.Equals(h.Head, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(h => h.Head.Length)
            .ToList();
        return design.Count == 0 ? null : new Subject(head[^design[0].Head.Length..], design[0].Kind, []);
    }

    /// <summary>
    /// "heating LLZO at 500 °C under argon" → "heating under argon", "LLZO polished in a glovebox" → "polishing": a
    /// treatment the phrase names by its verb, with the atmosphere it names right after the object.
    /// </summary>
    private static Subject? Process(string phrase)
    {
        var m = TreatmentVerb().Match(phrase);
        if (!m.Success)
        {
            return null;
        }

        var verb = m.Groups["v"].Value.ToLowerInvariant();
        var noun = verb.EndsWith("ing", StringComparison.Ordinal) ? verb
            : verb == "calcined" ? "calcination"
            : verb[..^2] + "ing";
        var atmosphere = Atmosphere().Match(phrase, m.Index + m.Length);
        return new Subject(atmosphere.Success ? $"{noun} {atmosphere.Groups["a"].Value}" : noun, SubjectKind.Treatment, []);
    }

    /// <summary>The material the phrase names, or the battery type it is ("Sodium-ion batteries with …"); null for generic cells.</summary>
    public static Subject? Material(string text, SubjectPhrases.Phrase phrase, IReadOnlyList<Mention<string>> materials)
    {
        var inPhrase = materials.Where(m => m.Start >= phrase.Start && m.End <= phrase.End && !InStack(text, m)
            && !ClassAdjective().IsMatch(text[m.End..]) && !AdjectiveForm().IsMatch(m.Value)).ToList();
        var with = WithPhrase().Match(phrase.Text);
        var head = with.Success ? phrase.Text[..with.Index] : phrase.Text;
        var withStart = with.Success ? phrase.Start + with.Index : phrase.End;
        var after = inPhrase.Where(m => m.Start >= withStart).ToList();
        if (CellWord().IsMatch(head))
        {
            var type = BatteryType().Match(head);
            if (type.Success)
            {
                return new Subject(type.Value.Trim(), SubjectKind.Other, []);
            }

            // "the Li/Li₃N-LLZO/Li symmetric cell": what the electrodes sandwich
            if (after.Count == 0 && SymmetricStack().Match(head) is { Success: true } stack)
            {
                return Sandwiched(stack);
            }

            return after.Count > 0 ? AsMaterial(text, after[0]) : null;
        }

        // "LLZO modified with Li₃PO₄": what it is modified with; "a free-standing LLZO with …": the LLZO;
        // "Coating LLZO with Al₂O₃", "Adding LiF to LLZO": what the action brings
        var gerund = Gerund().Match(phrase.Text);
        if (gerund.Success)
        {
            var brought = after.Count > 0 ? after[0] : inPhrase.FirstOrDefault();
            return brought is null ? null : AsMaterial(text, brought);
        }

        if (with.Success && Modified().IsMatch(with.Value) && after.Count > 0)
        {
            return AsMaterial(text, after[0]);
        }

        if (BareModification().IsMatch(head))
        {
            return null; // "the modified LLZO", "the treated pellet": the material as the passage's strategy left it
        }

        var own = inPhrase.Where(m => m.Start < withStart).ToList();
        if (own.Count == 0)
        {
            // "The CPE with 20 wt% LLZTO …": a short form the phrase ends its head with names a material or design
            var abbreviation = AbbreviationHead().Match(head);
            return abbreviation.Success && PropertyMatcher.Find(abbreviation.Value).Count == 0
                ? new Subject(abbreviation.Groups["a"].Value, StrategyKinds.KindOf(abbreviation.Groups["a"].Value) ?? SubjectKind.Material, [])
                : null;
        }

        // "the garnet Li₇La₃Zr₂O₁₂", "Li₇La₃Zr₂O₁₂ (LLZO)": of names side by side, the last is the head
        var k = 0;
        while (k + 1 < own.Count && text[own[k].End..own[k + 1].Start].Trim(' ', '(').Length == 0)
        {
            k++;
        }

        return AsMaterial(text, own[k]);
    }

    /// <summary>
    /// The subject a value is listed under by a label and a colon ("Interfacial resistances — Li|Mg-LLZO|Li: 8 Ω cm²;
    /// Li|LLZO|Li: 950 Ω cm²"): the strategy the label names, what a symmetric stack sandwiches, or its material; null
    /// when the value has no such label or the label names neither.
    /// </summary>
    public static Subject? Label(string text, int value, IReadOnlyList<Mention<Subject>> strategies, IReadOnlyList<Mention<string>> materials)
    {
        var label = LabelBefore().Match(text[..value]);
        if (!label.Success)
        {
            return null;
        }

        var x = label.Groups["x"];
        var (start, end) = (x.Index, x.Index + x.Length);
        if (strategies.FirstOrDefault(s => s.Start >= start && s.End <= end) is { } strategy)
        {
            return strategy.Value;
        }

        if (SymmetricStack().Match(x.Value) is { Success: true } stack)
        {
            return Sandwiched(stack);
        }

        return materials.FirstOrDefault(m => m.Start >= start && m.End <= end) is { } material ? AsMaterial(text, material) : null;
    }

    /// <summary>
    /// The material, with the dopant or absence written before it as part of its name ("Ga-doped LLZO", "Li₂CO₃-free
    /// LLZO"); of a symmetric stack, what it sandwiches.
    /// </summary>
    public static Subject AsMaterial(string text, Mention<string> m)
    {
        if (SymmetricStack().Match(m.Value) is { Success: true } stack && stack.Length == m.Value.Length)
        {
            return Sandwiched(stack); // "Li|LLZO@Si|Li"
        }

        var doped = Doped().Match(text[..m.Start]);
        var name = doped.Success ? doped.Value + m.Value : m.Value;
        return new Subject(name, SubjectKind.Material, [name]);
    }

    /// <summary>What the electrodes of a symmetric stack sandwich, as a material.</summary>
    private static Subject Sandwiched(Match stack)
    {
        var middle = stack.Groups["middle"].Value;
        return new Subject(middle, SubjectKind.Material, [middle]);
    }

    /// <summary>A material written as part of a stack or an interface ("Li/LLZO/Li", "cathode/LLZO", "Li|LLZO").</summary>
    private static bool InStack(string text, Mention<string> m)
    {
        var start = m.Start;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        var end = m.End;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        var token = text[start..end].TrimEnd(',', '.', ';', ')');
        return token.Contains('/') || token.Contains('|') || Interface().IsMatch(text[m.End..Math.Min(text.Length, m.End + 14)]);
    }

    /// <summary>The words of a text, a hyphenated compound also by its parts ("MCL-protected" → MCL, protected).</summary>
    private static HashSet<string> Words(string text) =>
        WordPattern().Matches(text).Select(m => m.Value)
            .SelectMany(w => w.Contains('-') ? w.Split('-').Append(w) : [w])
            .Where(w => w.Length > 0)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static string HeadOf(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];

    [GeneratedRegex(@"[\p{L}\p{N}₀-₉()]+(?:-[\p{L}\p{N}₀-₉()]+)*|[\p{L}\p{N}₀-₉]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"(?:^|\s)(?:the|this|these|that|those|such|said)\s+(?:[\p{L}-]+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex Definite();

    [GeneratedRegex(@"^\d+D$")]
    private static partial Regex Dimension();

    /// <summary>Where what the head noun is made with, or modified with, starts.</summary>
    [GeneratedRegex(@"\s(?:(?:[\p{L}-]+ed|made|built)\s+)?(?:with|using|employing|containing)\s|\sbased\s+on\s", RegexOptions.IgnoreCase)]
    private static partial Regex WithPhrase();

    [GeneratedRegex(@"^\s(?:modified|coated|treated|protected|decorated|doped|covered|infiltrated|wetted)\s", RegexOptions.IgnoreCase)]
    private static partial Regex Modified();

    /// <summary>A phrase whose head noun is a cell or battery ("the symmetric cell", "Li/LLZO/Li cells", "the SSLMB").</summary>
    [GeneratedRegex(@"\b(?:cells?|batter(?:y|ies)|SSLMBs?|SSBs?|LMBs?|LIBs?|devices?|full[- ]cells?|coin[- ]cells?|pouch[- ]cells?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CellWord();

    /// <summary>A cell chemistry named as a class: "Lithium-ion batteries", "Li–S cells", "sodium metal batteries".</summary>
    [GeneratedRegex(@"(?:^|\s)(?:[Ll]ithium|[Ss]odium|[Pp]otassium|[Zz]inc|[Mm]agnesium|Li|Na|K|Zn|Mg)(?:-ion|–ion| metal|-metal|-sulfur|–sulfur|-S|–S|-air|–air|-O₂)\s+(?:batter(?:y|ies)|cells?)\s*$")]
    private static partial Regex BatteryType();

    /// <summary>A control named by what it has not had: "the bare cell", "pristine LLZO", "an untreated pellet".</summary>
    [GeneratedRegex(@"^(?:the\s+|an?\s+)?(?<c>[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:without|with\s+(?:an?\s+|the\s+)?" + ControlWords + @")\s+[^,;]{1,40})$", RegexOptions.IgnoreCase)]
    private static partial Regex ControlMadeWith();

    /// <summary>Words that name a control by what it has not had.</summary>
    private const string ControlWords = "(?:bare|pristine|uncoated|untreated|unmodified|unprotected|undoped|unpolished|unannealed|unfilled|as-prepared|as-sintered)";

    [GeneratedRegex(@"^(?:the\s+|an?\s+)?(?<c>" + ControlWords + @"\s+[^,;]{1,40})$", RegexOptions.IgnoreCase)]
    private static partial Regex ControlAdjective();

    /// <summary>A treatment verb opening the phrase as a gerund ("heating LLZO …") or following its noun as a participle ("LLZO polished …").</summary>
    [GeneratedRegex(@"^(?<v>[Hh]eating|[Aa]nnealing|[Pp]olishing|[Ee]tching|[Ww]ashing|[Cc]alcining|[Qq]uenching)\b|(?<=\S\s)(?<v>polished|annealed|heated|etched|washed|calcined|quenched)\b")]
    private static partial Regex TreatmentVerb();

    [GeneratedRegex(@"\G.*?\s(?<a>(?:under|in)\s+(?:an?\s+)?(?:argon|oxygen|nitrogen|air|vacuum|Ar|O₂|N₂|H₂|hydrogen))\b(?!\s+glove)")]
    private static partial Regex Atmosphere();

    [GeneratedRegex(@"(?<![^\s(])[\p{Lu}][\p{L}\p{N}₀-₉.,/]*-(?:doped|co-doped|substituted|stabili[sz]ed|free)\s+$")]
    private static partial Regex Doped();

    /// <summary>A short form in capitals that names the phrase's head ("the CPE", "the SPE"), not a cell and not a property.</summary>
    [GeneratedRegex(@"(?<![^\s(])(?<a>\p{Lu}[\p{Lu}\p{N}]+s?)\s*$")]
    private static partial Regex AbbreviationHead();

    /// <summary>A phrase that is an action done to something: "Coating LLZO with …", "adding 5 wt% LiF".</summary>
    [GeneratedRegex(@"^(?:[Aa]dding|[Cc]oating|[Dd]epositing|[Ii]ntroducing|[Ii]ncorporating|[Dd]oping|[Mm]odifying|[Tt]reating|[Uu]sing|[Ee]mploying|[Ii]nserting|[Aa]pplying|[Dd]ispersing|[Ii]nfiltrating)\s")]
    private static partial Regex Gerund();

    /// <summary>Whether a phrase only refers to a strategy named elsewhere ("these strategies", "the approach").</summary>
    public static bool IsGenericStrategy(string phrase) => GenericStrategy().IsMatch(phrase);

    /// <summary>A definite reference to whatever strategy the passage last named: "this strategy", "the approach", "such a design".</summary>
    [GeneratedRegex(@"^(?:this|the|that|such an?|these|such)\s+(?:[\p{L}-]+\s+)?(?:strateg(?:y|ies)|approach(?:es)?|methods?|designs?|techniques?|modifications?|engineering)$", RegexOptions.IgnoreCase)]
    private static partial Regex GenericStrategy();

    /// <summary>A label of a few words right before the value and its colon, opening the sentence or after a semicolon, bracket or dash.</summary>
    [GeneratedRegex(@"(?:^|[;(]|\s[—–-])\s*(?<x>[^\s;:—()][^;:—()]{0,59}?)\s*:\s*[~≈<>]?\s*$")]
    private static partial Regex LabelBefore();

    /// <summary>A symmetric stack: the same electrode on both sides of what it sandwiches ("Li/Li₃N-LLZO/Li", "Li|LLZO|Li").</summary>
    [GeneratedRegex(@"(?<![^\s(])(?<outer>[^\s/|()]+)[/|](?<middle>[^\s()]+?)[/|]\k<outer>(?![^\s),.;])")]
    private static partial Regex SymmetricStack();

    /// <summary>A participle of modification that does not say with what: the strategy is named elsewhere in the passage.</summary>
    [GeneratedRegex(@"\b(?:modified|treated|coated|protected|engineered|decorated|functionalized|functionalised)\b(?!\s+(?:with|by|using)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex BareModification();

    /// <summary>A material name used as an adjective: "garnet-type", "PEO-based", "Ta-doped", "Li₂CO₃-free".</summary>
    [GeneratedRegex(@"^-(?:type|based|like|structured|related|doped|co-doped|substituted|stabili[sz]ed|free|rich|poor|deficient)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClassAdjective();

    /// <summary>A name that is itself an adjective ("LiF-rich", "PEO-based"), as a tagger may mark it.</summary>
    [GeneratedRegex(@"-(?:type|based|like|structured|related|doped|co-doped|substituted|stabili[sz]ed|free|rich|poor|deficient)$", RegexOptions.IgnoreCase)]
    private static partial Regex AdjectiveForm();

    [GeneratedRegex(@"^\s*(?:interfaces?|interfacial|contact)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Interface();
}
