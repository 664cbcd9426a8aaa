using System.Text.RegularExpressions;

namespace LlzoGraph.Extraction.Tagging;

/// <summary>
/// Writes the mentions of the SOFC-Exp domain with that corpus' span conventions, where they differ from the project's
/// (corpus/annotations/GUIDELINES.md): a value keeps the words that bound or compare it ("between 550 and 750 °C",
/// "from 0.3 to 0.4 V", "below 500 °C", "more than 3 h") and its central value ("2.04 ± 0.1 Ω cm²"), but not the words
/// that only approximate it ("approximately", "about", "over"); a material keeps a suffix that relates a part to it
/// ("YSZ-based", "AAO-supported"). Counted on SOFC-Exp's training articles: of the values after "approximately" none
/// kept it (14), after "from"/"between" 30 of 36 kept it, after "below" 11 of 13; of the materials before
/// "-based"/"-supported" 30 of 33 kept the suffix, and a formula its composition in brackets after it
/// ("SrMo1−xMgxO3−δ (x = 0.1 and 0.2)": 6 of 6); a dopant or infiltrate keeps the host it is put in ("Sm doped CeO2",
/// "Ni‐infiltrated SDC", "yttrium-doped barium zirconate": 36 of 40 annotated dopings with a host named after the
/// participle). A stack or cell written with '/' or '|' is its parts
/// ("Pt/YSZ/Pt" → "Pt", "YSZ", "Pt"; of the slash- and pipe-joined names the training articles annotate, 39 of 49 are
/// split), where the project's guideline keeps a symmetric cell whole. In the project's domain the mentions pass through
/// unchanged.
/// </summary>
public sealed partial class SofcExpSpanConventions(IEntityTagger inner) : IEntityTagger
{
    /// <summary>Suffixes that relate what is made with a material to it ("YSZ-based").</summary>
    private const string RelatingSuffixes = "based|supported|infiltrated|impregnated|only";

    /// <summary>Participles that put a material in a host ("Sm doped CeO2", "Ni-infiltrated SDC").</summary>
    private const string DopingParticiples = "doped|stabili[sz]ed|substituted|infiltrated|impregnated";

    /// <summary>Words that bound or compare a value ("between", "below", "more than").</summary>
    private const string BoundWords = "between|from|below|above|more than|less than|lower than|higher than|greater than|[~∼<>≤≥]";

    public IReadOnlyList<EntityMention> Tag(string sentence) => inner.Tag(sentence);

    public IReadOnlyList<EntityMention> Tag(string sentence, TaggingDomain domain) => Tag(sentence, domain, DocumentTerms.None);

    public IReadOnlyList<EntityMention> Tag(string sentence, TaggingDomain domain, DocumentTerms document)
    {
        var mentions = inner.Tag(sentence, domain, document);
        return domain == TaggingDomain.SofcExp ? Apply(sentence, mentions) : mentions;
    }

    /// <summary>The mentions with SOFC-Exp's edges; a value that is only a bounding word joins the value after it.</summary>
    public static IReadOnlyList<EntityMention> Apply(string sentence, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(mentions);
        var result = new List<EntityMention>(mentions.Count);
        foreach (var m in mentions)
        {
            if (m.Type == EntityType.Quantity && BoundOnly().IsMatch(m.Text))
            {
                continue; // "below" tagged apart from "500 °C": the next value takes it in
            }

            if (m.Type == EntityType.Material && StackParts(sentence, m) is { Count: > 0 } parts)
            {
                result.AddRange(parts.Where(p => result.Count == 0 || result[^1].End <= p.Start));
                continue;
            }

            var (start, end) = m.Type switch
            {
                EntityType.Quantity or EntityType.Condition => (ValueStart(sentence, m.Start, m.End), m.End),
                EntityType.Material => (m.Start, MaterialEnd(sentence, m.End)),
                _ => (m.Start, m.End),
            };
            if (result.Count > 0 && result[^1].Start <= m.Start && result[^1].End >= m.End)
            {
                continue; // the host a dopant before it took in ("La-doped" + "SrTiO3")
            }

            if (result.Count > 0 && result[^1].End > start)
            {
                start = m.Start; // an edge word another mention holds stays there
            }

            result.Add(start == m.Start && end == m.End ? m : m with { Start = start, End = end, Text = sentence[start..end] });
        }

        return result;
    }

    /// <summary>
    /// SOFC-Exp's gold written with the project's convention for materials, the other way round from <see cref="Apply"/>:
    /// a material leaves its relating suffix out, so the model learns one convention and <see cref="Apply"/> writes its
    /// output in SOFC-Exp's (article cross-validation: MATERIAL 0.722 → 0.731). Values keep SOFC-Exp's edges: taking the
    /// approximating word in as well lowered VALUE (0.849 → 0.840).
    /// </summary>
    public static IReadOnlyList<GoldEntity> ToProject(string sentence, IReadOnlyList<GoldEntity> entities)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(entities);
        return entities.Select(e => e.Type == EntityType.Material && RelatingSuffixAtEnd().Match(sentence[e.Start..e.End]) is { Success: true, Index: > 0 } suffix
            ? e with { End = e.Start + suffix.Index }
            : e).ToList();
    }

    /// <summary>
    /// The parts of a material written as a stack or cell ("Pt/YSZ/Pt", "Ni-SDC|SDC"), each that names a substance
    /// (written with a capital or digit, or with a chemical word: "Pt/yttria-stabilized zirconia"); none for a name
    /// without a separator outside brackets.
    /// </summary>
    private static List<EntityMention> StackParts(string sentence, EntityMention m)
    {
        var parts = new List<EntityMention>();
        var (depth, from) = (0, m.Start);
        for (var i = m.Start; i <= m.End; i++)
        {
            var c = i < m.End ? sentence[i] : '/';
            depth += c is '(' or '[' ? 1 : c is ')' or ']' ? -1 : 0;
            if (depth != 0 || c is not ('/' or '|'))
            {
                continue;
            }

            var (start, end) = (from, i);
            while (start < end && char.IsWhiteSpace(sentence[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(sentence[end - 1]))
            {
                end--;
            }

            var text = sentence[start..end];
            if (text.Any(ch => char.IsUpper(ch) || char.IsDigit(ch)) || ChemicalWords.InPhrase(text))
            {
                parts.Add(m with { Start = start, End = end, Text = text });
            }

            from = i + 1;
        }

        return from == m.End + 1 && parts.Count > 0 && (parts.Count > 1 || parts[0].Text != m.Text) ? parts : [];
    }

    private static int ValueStart(string sentence, int start, int end)
    {
        var approximated = Approximation().Match(sentence[start..end]);
        if (approximated.Success && approximated.Length < end - start)
        {
            return start + approximated.Length;
        }

        var before = sentence[..start];
        var central = CentralValue().Match(before);
        if (central.Success)
        {
            start = central.Index; // "2.04 ± 0.1 Ω cm²" tagged from its spread
            before = sentence[..start];
        }

        var bound = BoundBefore().Match(before);
        return bound.Success ? bound.Index : start;
    }

    private static int MaterialEnd(string sentence, int end)
    {
        if (HostEnd(sentence, end) is var hostEnd and > 0)
        {
            return hostEnd;
        }

        var suffix = RelatingSuffix().Match(sentence[end..]);
        if (suffix.Success)
        {
            return end + suffix.Length;
        }

        var composition = Composition().Match(sentence[end..]);
        return composition.Success ? end + composition.Length : end;
    }

    /// <summary>
    /// The end of the host a dopant or infiltrate ending at <paramref name="end"/> is put in, or 0: a formula or
    /// abbreviation ("CeO2", "SDC", "Ni") or one or two words that name a substance ("barium zirconate"), after the
    /// participle ("Sm" + " doped CeO2", "La-doped" + " SrTiO3").
    /// </summary>
    private static int HostEnd(string sentence, int end)
    {
        var host = DopedHost().Match(sentence[end..]);
        if (!host.Success || !host.Groups["participle"].Success && !DopingParticipleAtEnd().IsMatch(sentence[..end]))
        {
            return 0;
        }

        var formula = host.Groups["formula"];
        if (formula.Success)
        {
            var text = formula.Value;
            return ChemicalElements.IsSymbol(text) || text.Count(char.IsUpper) > 1 || text.Any(char.IsDigit) ? end + host.Length : 0;
        }

        var words = host.Groups["words"];
        var substance = words.Value.Split(' ').TakeWhile(w => ChemicalWords.IsElementName(w) || ChemicalWords.IsCompoundName(w)).ToList();
        return substance.Count == 0 ? 0 : end + words.Index + string.Join(' ', substance).Length;
    }

    /// <summary>The composition of a formula's variables in brackets right after it ("(x = 0.1, 0.2)", "(0 ≤ x ≤ 0.3)").</summary>
    [GeneratedRegex(@"^\s?\((?:[xyzδ]\s*=|[\d.]+\s*[≤<]\s*[xyzδ])[^()]*\)")]
    private static partial Regex Composition();

    /// <summary>A participle that may follow the mention, then the word or words of a host (<see cref="HostEnd"/>).</summary>
    [GeneratedRegex(@"^(?:(?<participle>[-‐ ](?:co-)?(?:" + DopingParticiples + @"))(?![\w-]))?\s+(?:(?<formula>[A-Z](?:[A-Za-z0-9.−+δ]|-(?![a-z]))*(?<![.\-]))|(?<words>[a-z]+(?: [a-z]+)?))")]
    private static partial Regex DopedHost();

    /// <summary>A participle that puts a material in a host, ending a mention ("La-doped", "Ni‐infiltrated").</summary>
    [GeneratedRegex(@"[-‐ ](?:co-)?(?:" + DopingParticiples + ")$")]
    private static partial Regex DopingParticipleAtEnd();

    /// <summary>Words that only approximate a value, at its start.</summary>
    [GeneratedRegex(@"^(?:approximately|about|around|roughly|nearly|almost|over|up to|under|ca\.|circa)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Approximation();

    /// <summary>A relating suffix that ends a material's span.</summary>
    [GeneratedRegex(@"[-‐](?:" + RelatingSuffixes + ")$", RegexOptions.IgnoreCase)]
    private static partial Regex RelatingSuffixAtEnd();

    /// <summary>A word that bounds or compares a value, right before it.</summary>
    [GeneratedRegex(@"(?<![\w-])(?:" + BoundWords + @")\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex BoundBefore();

    /// <summary>A number and a plus-minus sign right before a value: its central value.</summary>
    [GeneratedRegex(@"(?<![\w.])\d[\d.,]*\s*±\s*$")]
    private static partial Regex CentralValue();

    /// <summary>A value mention that is a bounding word alone.</summary>
    [GeneratedRegex("^(?:" + BoundWords + ")$", RegexOptions.IgnoreCase)]
    private static partial Regex BoundOnly();

    /// <summary>A suffix that relates what is made with a material to it, right after the material.</summary>
    [GeneratedRegex(@"^[-‐](?:" + RelatingSuffixes + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelatingSuffix();
}
