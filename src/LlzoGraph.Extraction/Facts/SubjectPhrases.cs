using System.Text.RegularExpressions;
using LlzoGraph.Core.Facts;
using LlzoGraph.Extraction.Vocabulary;

namespace LlzoGraph.Extraction.Facts;

/// <summary>
/// The grammatical subject of the clause that carries a value: the noun phrase before the clause's main verb
/// ("The CPE with 5 wt% LLZO provided …", "the cell prepared with this anode achieved …"). A clause starts at the
/// sentence (or printed sentence) start or at a conjunction that opens a new clause (", whereas", ", while", ", which");
/// opening adverbials ("As a result,", "After annealing at 300 °C,") are passed over. When the value itself is in
/// that noun phrase, the subject is what has it ("A free-standing LLZO membrane with a thickness of 25 µm was
/// obtained …"), else the agent of the passive ("a CCD of 2 mA cm⁻² was achieved by …"), if any. Two more local
/// phrases: what the value is given "for" (<see cref="For"/>) and the X of "the PROPERTY of X" (<see cref="Of"/>).
/// </summary>
internal static partial class SubjectPhrases
{
    /// <summary>Longer than this, a "subject phrase" is a misreading of the clause, not a noun phrase.</summary>
    private const int MaxLength = 120;

    /// <summary>A span of the sentence; <see cref="Agent"/> when it is the "by …" agent of a passive clause.</summary>
    public sealed record Phrase(int Start, int End, string Text, bool Agent);

    /// <summary>The subject noun phrase of the clause of <paramref name="text"/> that holds position <paramref name="value"/>, or null.</summary>
    public static Phrase? Find(string text, int clauseStart, int clauseEnd, int value)
    {
        // a printed sentence the splitter left inside the clause ("… 2000 h. ¹⁵² Similarly, …") bounds it too
        foreach (Match b in PrintedBoundary().Matches(text, clauseStart))
        {
            if (b.Index + b.Length <= value)
            {
                clauseStart = b.Index + b.Length;
            }
            else if (b.Index >= value && b.Index < clauseEnd)
            {
                clauseEnd = b.Index;
                break;
            }
        }

        var start = clauseStart;
        foreach (Match m in ClauseOpener().Matches(text[..value]))
        {
            if (m.Index >= clauseStart && !InBrackets(text, m.Index))
            {
                start = m.Index + m.Length;
            }
        }

        var conjunction = LeadingConjunction().Match(text, start);
        start = conjunction.Success ? start + conjunction.Length : start; // a clause the caller starts at "whereas"
        start = CoordinatedClause(text, start, clauseEnd, value) ?? start;
        start = PastOpeningAdverbials(text, start, value);
        if (start < 0)
        {
            return null;
        }

        var verb = MainVerb(text, start, clauseEnd);
        if (verb is null)
        {
            return null;
        }

        var (npStart, spanEnd) = Span(text, start, verb.Index);
        var np = text[npStart..spanEnd];
        var trailing = TrailingAdverbs().Match(np);
        var npEnd = npStart + (trailing.Success ? trailing.Index : np.TrimEnd().Length);
        npStart += np.Length - np.TrimStart().Length;
        if (npEnd <= npStart)
        {
            return null;
        }

        if (value >= npStart && value < npEnd)
        {
            // "A free-standing LLZO membrane with a thickness of 25 µm was obtained": what comes before "with"
            var before = text[npStart..value];
            var with = before.LastIndexOf(" with ", StringComparison.OrdinalIgnoreCase);
            var holder = with > 0 && before.Length - with <= 60 && !before[with..].Contains(',') ? before[..with].TrimEnd() : null;
            return holder is { Length: > 0 } && !Pronoun().IsMatch(holder)
                ? new Phrase(npStart, npStart + holder.Length, holder, false)
                : Agent(text, verb.Index, clauseEnd);
        }

        var phrase = text[npStart..npEnd];
        return Pronoun().IsMatch(phrase) || phrase.Length > MaxLength ? null : new Phrase(npStart, npEnd, phrase, false);
    }

    /// <summary>"… 1.2 mA cm⁻² for the LiF-coated LLZO and …", "… 0.29 eV in Ga-LLZO": the phrase that "for" or "in" puts right after the value.</summary>
    public static Phrase? For(string text, int valueEnd, int clauseEnd)
    {
        if (valueEnd >= clauseEnd)
        {
            return null;
        }

        var m = ForPhrase().Match(text[valueEnd..clauseEnd]);
        if (!m.Success)
        {
            return null;
        }

        var x = m.Groups["x"];
        return new Phrase(valueEnd + x.Index, valueEnd + x.Index + x.Length, x.Value, false);
    }

    /// <summary>"… 35 Ω cm² with a silicone-rubber spacer and 52 Ω cm² with a foam spacer": the design "with" puts right after the value.</summary>
    public static Phrase? With(string text, int valueEnd, int clauseEnd)
    {
        var m = valueEnd < clauseEnd ? WithPhrase().Match(text[valueEnd..clauseEnd]) : Match.Empty;
        return m.Success ? new Phrase(valueEnd + m.Groups["x"].Index, valueEnd + m.Groups["x"].Index + m.Groups["x"].Length, m.Groups["x"].Value, false) : null;
    }

    /// <summary>The X of "the PROPERTY of X …" or "X's PROPERTY", between the property mention and the value.</summary>
    public static Phrase? Of(string text, Mention<Property> property, int value)
    {
        var of = OfX().Match(text[property.End..value]);
        if (of.Success)
        {
            var x = of.Groups["x"];
            return new Phrase(property.End + x.Index, property.End + x.Index + x.Length, x.Value, false);
        }

        var owner = Possessive().Match(text[..property.Start]);
        return owner.Success
            ? new Phrase(owner.Groups["x"].Index, owner.Groups["x"].Index + owner.Groups["x"].Length, owner.Groups["x"].Value, false)
            : null;
    }

    /// <summary>
    /// Where a clause joined by ", and" starts when it has a subject of its own that names a material or strategy
    /// ("X reached 1 mA cm⁻², and the AlN interlayer raised it to 2 mA cm⁻²"), or null. A clause that goes on with a
    /// verb ("…, and increased the CCD to …") or a phrase that names nothing ("…, and the CCD rose to …") shares the
    /// subject before it.
    /// </summary>
    private static int? CoordinatedClause(string text, int start, int clauseEnd, int value)
    {
        int? result = null;
        foreach (Match and in CommaAnd().Matches(text[..value], start))
        {
            var after = and.Index + and.Length;
            var verb = InBrackets(text, and.Index) ? null : MainVerb(text, after, clauseEnd);
            if (verb is null || verb.Index >= value)
            {
                continue;
            }

            var np = text[after..verb.Index];
            if (!Pronoun().IsMatch(np) && (MaterialFinder.Find(np).Count > 0 || StrategyFinder.Find(np).Count > 0))
            {
                result = after;
            }
        }

        return result;
    }

    [GeneratedRegex(@"\G\s*(?:whereas|while|but|although|though)\s+")]
    private static partial Regex LeadingConjunction();

    [GeneratedRegex(@",\s+and\s+")]
    private static partial Regex CommaAnd();

    /// <summary>"… was achieved by X-modified LLZO": X-modified LLZO, up to the next comma, full stop or condition.</summary>
    private static Phrase? Agent(string text, int verbIndex, int clauseEnd)
    {
        var by = PassiveBy().Match(text, verbIndex);
        if (!by.Success || by.Index >= clauseEnd)
        {
            return null;
        }

        var start = by.Index + by.Length;
        var stop = AgentEnd().Match(text, start);
        var end = stop.Success && stop.Index < clauseEnd ? stop.Index : clauseEnd;
        var phrase = text[start..end].TrimEnd(' ', '.', ',', ';');
        return phrase.Length == 0 ? null : new Phrase(start, start + phrase.Length, phrase, true);
    }

    /// <summary>Skips opening adverbials up to the comma that closes each; -1 when one opens without a comma before the value.</summary>
    private static int PastOpeningAdverbials(string text, int start, int value)
    {
        while (true)
        {
            var rest = text[start..value];
            var opener = OpeningWord().Match(rest);
            if (!opener.Success)
            {
                return start;
            }

            var comma = FirstComma(text, start + opener.Length, value);
            if (comma < 0)
            {
                return Connective().IsMatch(opener.Value) ? start + opener.Length : -1;
            }

            start = comma + 1;
        }
    }

    /// <summary>The first finite verb after <paramref name="start"/>: an auxiliary, or a verb of result not used as a participle.</summary>
    private static Match? MainVerb(string text, int start, int end)
    {
        var candidates = VerbCandidate().Matches(text[..end], start).Where(m => IsVerbHere(text, m)).ToList();
        for (var i = 0; i < candidates.Count; i++)
        {
            var m = candidates[i];
            if (Auxiliary().IsMatch(m.Value))
            {
                return m;
            }

            // "the cell assembled with X cycled for …", "LLZO sintered at 1200 °C exhibited …": a verb followed by a
            // preposition, with another verb after it, is a participle describing the noun before it
            var participle = ParticiplePreposition().IsMatch(text[(m.Index + m.Length)..]) && i + 1 < candidates.Count;
            if (!participle)
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>
    /// A listed verb, or a word in -ed followed by what a verb's object or value starts with; not a word after a
    /// determiner ("the increase in CCD", "the results"), which is a noun.
    /// </summary>
    private static bool IsVerbHere(string text, Match m) =>
        !Determiner().IsMatch(text[..m.Index])
        && (Auxiliary().IsMatch(m.Value) || ResultVerb().IsMatch(m.Value)
            || m.Value.EndsWith("ed", StringComparison.Ordinal) && m.Value.Length > 4 && ObjectStart().IsMatch(text[(m.Index + m.Length)..]));

    [GeneratedRegex(@"(?:^|[^\p{L}])(?:the|a|an|its|their|our|such|each|every|no)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex Determiner();

    /// <summary>
    /// The subject phrase before a verb: after the last comma or semicolon outside brackets, unless what follows that
    /// comma is a part set off by commas that opens with a preposition ("The X, unlike the Y, reached …"): then the
    /// phrase before that part.
    /// </summary>
    private static (int Start, int End) Span(string text, int start, int verb)
    {
        var commas = new List<int>();
        var depth = 0;
        for (var i = start; i < verb; i++)
        {
            depth += text[i] switch { '(' or '[' => 1, ')' or ']' => -1, _ => 0 };
            if (depth <= 0 && IsSeparator(text, i))
            {
                commas.Add(i);
            }
        }

        var end = verb;
        for (var k = commas.Count - 1; k >= 0; k--)
        {
            var part = text[(commas[k] + 1)..end];
            if (part.Trim().Length == 0 || Parenthetical().IsMatch(part) && k + 1 < commas.Count)
            {
                end = commas[k];
                continue;
            }

            return (commas[k] + 1, end);
        }

        return (start, end);
    }

    /// <summary>
    /// "The X, unlike the Y, reached …", "The X membrane, 45 μm thick, delivered …": a part between commas that opens
    /// with a preposition, or gives a size, belongs to the phrase before it.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:unlike|like|as|in|with|without|compared|besides|including|e\.g\.|i\.e\.|for example|for instance|respectively)\b|^\s*[~≈]?\d[\d.,]*\s*\S+\s+(?:thick|wide|long|in\s+(?:diameter|thickness|size))\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Parenthetical();

    private static int FirstComma(string text, int from, int to)
    {
        var depth = 0;
        for (var i = from; i < to; i++)
        {
            depth += text[i] switch { '(' or '[' => 1, ')' or ']' => -1, _ => 0 };
            if (depth <= 0 && text[i] == ',' && IsSeparator(text, i))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A comma or semicolon that separates words, not one inside a formula ("Li2,3C0,7B0,3O3").</summary>
    private static bool IsSeparator(string text, int i) =>
        text[i] is ',' or ';' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]));

    private static bool InBrackets(string text, int position) =>
        text[..position].Count(c => c == '(') > text[..position].Count(c => c == ')');

    /// <summary>A full stop, perhaps with citation superscripts after it, before a capitalised word; not "et al." or "Fig.".</summary>
    [GeneratedRegex(@"(?<=[\p{L}\p{N}°%)⁻¹²³⁰-⁹\]]\.)(?<!\b(?:al|Fig|fig|Ref|ref|vs|Eq|eq|ca|e\.g|i\.e)\.)[\s⁰¹²³⁴⁵⁶⁷⁸⁹,–-]*\s(?=\p{Lu})")]
    private static partial Regex PrintedBoundary();

    /// <summary>Where a new clause starts: a contrasting or relative conjunction after a comma, a semicolon, or "that" after a verb of reporting.</summary>
    [GeneratedRegex(@"[,;]\s+(?:whereas|while|but|although|though|which|where)\s+|;\s+|:\s+(?=(?-i:\p{Lu})|(?:a|an|the|this|these|its|their)\s)|\b(?:found|find|finds|reported|report|reports|showed|shown|shows|demonstrated|demonstrates|revealed|reveals|observed|confirmed|suggested|indicated|noted|proved|concluded)\s+that\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseOpener();

    [GeneratedRegex(@"^\s*(?:As a result|In comparison|In contrast|In addition|In particular|For example|For instance|By contrast|On the other hand|Compared (?:with|to)|Due to|Owing to|Thanks to|According to|To this end|Recently|Later|Herein|Accordingly|As|By|With|Without|After|Before|Since|When|While|Whereas|Although|Though|Because|If|Once|Upon|Through|Via|Using|Among|Under|At|In|On|For|During|Benefiting|Furthermore|Moreover|However|Additionally|Similarly|Consequently|Therefore|Thus|Hence|Notably|Importantly|Meanwhile|Besides|Finally|Overall|Specifically|Interestingly|Subsequently|Then|Here|Remarkably|Impressively)\b")]
    private static partial Regex OpeningWord();

    /// <summary>Openers that are words of their own ("Moreover the cell …"), not the start of a phrase that a comma closes.</summary>
    [GeneratedRegex(@"^\s*(?:Recently|Later|Herein|Accordingly|Furthermore|Moreover|However|Additionally|Similarly|Consequently|Therefore|Thus|Hence|Notably|Importantly|Meanwhile|Besides|Finally|Overall|Specifically|Interestingly|Subsequently|Then|Remarkably|Impressively)$")]
    private static partial Regex Connective();

    [GeneratedRegex(@"(?<![\p{L}-])[\p{L}]+(?![\p{L}-])")]
    private static partial Regex VerbCandidate();

    [GeneratedRegex(@"^(?:is|are|was|were|has|have|had|can|could|would|will|may|might|should|must|does|did|do)$")]
    private static partial Regex Auxiliary();

    [GeneratedRegex(@"^(?:exhibit|show|deliver|provide|reach|enable|reduce|increase|decrease|lower|raise|improve|produce|possess|demonstrate|display|maintain|retain|cycle|operate|offer|yield|attain|present|realize|realise|allow|result|enhance|boost|suppress|extend|achieve|keep|give|lead|run|remain|reveal|obtain|sustain|drop|rise|fall|decline|exceed|afford|endure|survive)(?:s|es|d|ed|ped)?$|^(?:kept|gave|led|ran|rose|fell|shown|given)$")]
    private static partial Regex ResultVerb();

    [GeneratedRegex(@"^\s+(?:a|an|the|its|their|this|these|to|from|as|over|up|only|approximately|about|nearly|almost|~|≈|[0-9])", RegexOptions.IgnoreCase)]
    private static partial Regex ObjectStart();

    [GeneratedRegex(@"^\s+(?:with|by|using|via|through|in|on|onto|at|under|from|for|after|upon)\b")]
    private static partial Regex ParticiplePreposition();

    [GeneratedRegex(@"(?:\s+(?:[\p{L}]+ly|only|also|still|further|then|thus|even|both|not|all|well))+\s*$")]
    private static partial Regex TrailingAdverbs();

    [GeneratedRegex(@"^\s*(?:which|that|this|these|those|it|they|we|he|she|one|there|here|[\p{Lu}][\p{L}-]+ et al\.?|[\p{Lu}][\p{L}-]+(?:'s)? (?:group|team)|[\p{Lu}][\p{L}-]+ and (?:colleagues|co-workers|coworkers)|(?:the )?(?:authors|researchers))\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();

    /// <summary>"was achieved by", "were obtained for", "was realised in", "is reached with": the agent or the thing it is reached in.</summary>
    [GeneratedRegex(@"\b(?:was|were|is|are|been|be)\s+(?:[\p{L}]+ly\s+)?[\p{L}]+(?:ed|en|wn|ne|lt|de)\s+(?:by|for|in|with|using)\s+(?:the\s+|a\s+|an\s+)?")]
    private static partial Regex PassiveBy();

    [GeneratedRegex(@"^\s*(?:\([^()]*\)\s*)?(?:(?:computed|calculated|measured|obtained|reported|predicted|observed|found)\s+)?(?:for|in)\s+(?:the\s+|a\s+|an\s+)?(?<x>(?![\d~≈<>])[^,;()\[\]]{1,50}?)(?=\s*(?:[,;)\]]|\.(?:\s|$)|$|\s(?:and|at|under|after|with|which|while|whereas|compared|than|in|when|respectively)\b))", RegexOptions.IgnoreCase)]
    private static partial Regex ForPhrase();

    [GeneratedRegex(@"^\s*with\s+(?:a|an|the)\s+(?<x>[^,;()\[\]]{1,50}?)(?=\s*(?:[,;)\]]|\.(?:\s|$)|$|\s(?:and|at|under|after|which|while|whereas|but|compared|than|in|when)\b))", RegexOptions.IgnoreCase)]
    private static partial Regex WithPhrase();

    /// <summary>"of LLZO was", "of the MCL-protected LLZTO increased to", "of Li₃PO₄-coated LLZO reached": not "of 2 mA cm⁻²".</summary>
    [GeneratedRegex(@"^\s+of\s+(?:the\s+|a\s+|an\s+|as-\w+\s+)?(?<x>(?![\d~≈<>])[^,;()]{1,60}?)\s+(?:(?:was|were|is|are|has|have|had|could|can|reached|increased|decreased|reduced|rose|dropped|improved|remained|became|went|fell)\b|(?:to|of|as|at|reaching|up|from|by|approximately|about|only|just|~)\s)", RegexOptions.IgnoreCase)]
    private static partial Regex OfX();

    [GeneratedRegex(@"(?<x>[\p{L}\p{N}₀-₉][\p{L}\p{N}₀-₉\-]*)['’]s\s+(?:[\p{L}-]+\s+){0,2}$")]
    private static partial Regex Possessive();

    [GeneratedRegex(@"[,;](?=\s|$)|\.\s|\s(?:at|under|after|for|when|while|whereas|which|and then)\s|\s\(Fig")]
    private static partial Regex AgentEnd();
}
