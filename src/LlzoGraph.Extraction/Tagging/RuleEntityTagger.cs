using System.Text.RegularExpressions;
using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Units;
using LlzoGraph.Extraction.Quantities;
using LlzoGraph.Extraction.Vocabulary;

namespace LlzoGraph.Extraction.Tagging;

/// <summary>
/// The project's rule finders as a tagger: material, strategy and property vocabularies, metal symbols, ions and
/// stacks, strategy and property noun phrases around a process, design or property word, and quantities, which the
/// condition rules make CONDITION or QUANTITY. Spans of different types may overlap.
/// </summary>
public sealed partial class RuleEntityTagger : IEntityTagger
{
    public static RuleEntityTagger Instance { get; } = new();

    private RuleEntityTagger()
    {
    }

    public IReadOnlyList<EntityMention> Tag(string sentence) => Tag(sentence, TaggingDomain.Project, DocumentTerms.None);

    /// <summary>
    /// Tags the sentence; a short form the paper defines for a strategy ("PZL"), or a method's that papers use undefined
    /// ("PLD"), is a strategy wherever it stands.
    /// </summary>
    public IReadOnlyList<EntityMention> Tag(string sentence, TaggingDomain domain, DocumentTerms document)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(document);
        var properties = Properties(sentence, PropertyMatcher.Find(sentence)).ToList();
        var strategies = Strategies(sentence).ToList();
        var listed = strategies.SelectMany(s => StrategyConjuncts.Before(sentence, s.Start, s.End))
            .Select(c => Mention(sentence, EntityType.Strategy, c.Start, c.End)).ToList();
        var defined = Defined(sentence, document).ToList();
        return Materials(sentence).Where(m => !listed.Concat(defined).Any(c => c.Start == m.Start && c.End == m.End)).Concat(strategies).Concat(listed)
            .Concat(defined).Concat(properties)
            .Concat(Quantities(sentence, properties.Count > 0)).OrderBy(m => m.Start).ThenBy(m => m.End).ToList();
    }

    private static IEnumerable<EntityMention> Defined(string sentence, DocumentTerms document) =>
        document.Strategies.Union(StrategyWords.MethodShortForms).SelectMany(term => WholeWords(sentence, term))
            .Where(w => !SampleNoun().IsMatch(sentence.AsSpan(w.End)) && !PrefixOfMaterial(sentence, w.End))
            .Select(w => Mention(sentence, EntityType.Strategy, w.Start, w.End));

    /// <summary>Whether a word ending at <paramref name="end"/> is joined to the material it names the making of ("SPS-LLZO"; not "MCL-protected").</summary>
    private static bool PrefixOfMaterial(string sentence, int end) =>
        end < sentence.Length && sentence[end] == '-' && MaterialFinder.Find(sentence[(end + 1)..]) is { Count: > 0 } after && after[0].Start == 0;

    /// <summary>A noun for the samples a method made: the short form before it only modifies it ("the SPS pellets").</summary>
    [GeneratedRegex(@"^\s+(?:pellets?|samples?|specimens?|films?|powders?|membranes?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SampleNoun();

    /// <summary>Where <paramref name="word"/> stands in the sentence as a word of its own.</summary>
    private static IEnumerable<(int Start, int End)> WholeWords(string sentence, string word)
    {
        for (var at = sentence.IndexOf(word, StringComparison.Ordinal); at >= 0; at = sentence.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(sentence[at - 1])) && (end == sentence.Length || !char.IsLetterOrDigit(sentence[end])))
            {
                yield return (at, end);
            }
        }
    }

    /// <summary>
    /// Named materials, with the word "alloy" after them; a stack written as one word ("Li|LLZTO|Li") replaces the materials inside it, and a resistance's
    /// symbol is none ("Rb = 145 Ω" is no rubidium), nor an author's name ("Li et al.").
    /// </summary>
    private static IEnumerable<EntityMention> Materials(string sentence)
    {
        var symbols = PropertyPhrases.ResistanceSymbols(sentence).ToList();
        return WiderWins(
            MaterialFinder.Find(sentence).Select(m => Mention(sentence, EntityType.Material, m.Start, m.End)).ToList(),
            MaterialTokens.Find(sentence).Select(p => Mention(sentence, EntityType.Material, p.Start, p.End)).ToList())
            .Where(m => !symbols.Contains((m.Start, m.End)) && !AuthorNames.EndsAt(sentence, m.End))
            .Select(m => Alloy().Match(sentence, m.End) is { Success: true } alloy && (!alloy.Groups["with"].Success || IsJoined(m.Text))
                ? Mention(sentence, EntityType.Material, m.Start, alloy.Index + alloy.Length)
                : m);
    }

    /// <summary>Metals joined by a dash ("Li–Sn"): an alloy named by its parts, which "with" only describes ("Li–Sn alloy with 10 wt% Sn").</summary>
    private static bool IsJoined(string text) => text.IndexOfAny(['-', '–']) > 0;

    /// <summary>
    /// The alloy a material's name stands before is the material: "a Li–Zn alloy", "Li–Al alloys", "Li–Sn alloy with 10 wt%
    /// Sn" (not "Ag alloy with Li", where "with" names the other metal, or "LiAl alloy particles").
    /// </summary>
    [GeneratedRegex(@"\G\s+alloys?\b(?!\s+(?:particles?|nanoparticles?|powders?|phases?|foils?)\b)(?=(?<with>\s+with\b)?)")]
    private static partial Regex Alloy();

    /// <summary>
    /// The strategy finder's spans (trimmed of words that cannot qualify a strategy, with the method words after them,
    /// spans that name no strategy left out, and a composite electrolyte of named materials, which is those materials), then the phrases it missed; a phrase that holds a finder span with more qualifiers ("Rapid
    /// thermal annealing") replaces it.
    /// </summary>
    private static IEnumerable<EntityMention> Strategies(string sentence) => WiderWins(
        StrategyFinder.Find(sentence)
            .Where(m => (m.Value.Kind != SubjectKind.Material || m.Value.Materials.Count == 0) && !StrategyPhrases.NamesNoStrategy(sentence, m.Start, m.End))
            .Select(m => Mention(sentence, EntityType.Strategy, AfterOpenBracket(sentence, StrategyPhrases.TrimmedStart(sentence, m.Start, m.End), m.End), StrategyPhrases.ExtendedEnd(sentence, m.End)))
            .Where(m => !StrategyPhrases.NamesNoStrategy(sentence, m.Start, m.End)) // trimmed to a general process alone ("the final treatment")
            .ToList(),
        StrategyPhrases.Find(sentence).Where(p => !StrategyPhrases.NamesNoStrategy(sentence, p.Start, p.End))
            .Select(p => Mention(sentence, EntityType.Strategy, AfterOpenBracket(sentence, p.Start, p.End), p.End)).ToList());

    /// <summary>
    /// A strategy starts after a bracket it opens and does not close: "(Sn interlayers, …)" and "solution-based treatments
    /// (acid etching, …)" name what follows the bracket.
    /// </summary>
    private static int AfterOpenBracket(string sentence, int start, int end) =>
        sentence.LastIndexOf('(', end - 1, end - start) is var open and >= 0 && sentence.IndexOf(')', open, end - open) < 0 ? open + 1 : start;

    /// <summary>
    /// Known properties, as entity spans (<see cref="PropertyPhrases.AsEntity"/>); a phrase that holds one with more
    /// qualifiers ("grain boundary ionic conductivity") replaces it.
    /// </summary>
    private static IEnumerable<EntityMention> Properties(string sentence, IReadOnlyList<Mention<Property>> known) => WiderWins(
        known.Select(m => PropertyPhrases.AsEntity(sentence, m.Start, m.End)).OfType<(int Start, int End)>()
            .Select(m => Mention(sentence, EntityType.Property, m.Start, m.End)).ToList(),
        PropertyPhrases.Find(sentence).Concat(PropertyPhrases.ResistanceSymbols(sentence)).Select(p => Mention(sentence, EntityType.Property, p.Start, p.End)).ToList())
        .Where(m => !PropertyPhrases.NamesTechnique(sentence, m.End));

    /// <summary>
    /// Quantities as results or conditions. A condition qualifies a stated value: in a sentence that states none
    /// ("annealed at 400 °C", "sintered at 1150 °C for 12 h" names no property), every quantity is a QUANTITY, and
    /// "room temperature" is no condition. A temperature a sample was made at is a process setting, a QUANTITY, even
    /// where the sentence states a value (the facts keep it as the value's processing temperature).
    /// </summary>
    private static IEnumerable<EntityMention> Quantities(string sentence, bool namesProperty)
    {
        var found = QuantityFinder.Find(sentence);
        var quantities = found.Select(q => Mention(
            sentence, Conditions.NameIn(sentence, q) is null or "processing temperature" ? EntityType.Quantity : EntityType.Condition, q.Start, q.End)).ToList();
        if (!quantities.Any(q => q.Type == EntityType.Quantity) || !StatesValue(sentence, namesProperty, found))
        {
            return quantities.Select(q => q with { Type = EntityType.Quantity });
        }

        return quantities.Concat(Conditions.InWords(sentence)
            .Select(w => Mention(sentence, EntityType.Condition, w.Position, w.Position + w.Condition.Quantity.Text!.Length)));
    }

    /// <summary>
    /// Whether the sentence states the value of a property: it names one (<paramref name="namesProperty"/>), a value's unit names one by itself ("18 Ω
    /// cm²"), or a cell runs for a time it gives ("ran for 1500 h at 0.1 mA cm⁻²").
    /// </summary>
    private static bool StatesValue(string sentence, bool namesProperty, IReadOnlyList<QuantityMention> found) =>
        namesProperty || found.Any(q => PropertyMatcher.ImpliedBy(q.Quantity.Unit) is not null)
        || found.Any(q => q.Quantity.Unit.Dimension == Hours.Dimension) && CellRun().IsMatch(sentence);

    private static readonly Unit Hours = Unit.Parse("h").GetValueOrThrow();

    [GeneratedRegex(@"\b(?:cycl(?:e|es|ed|ing)|ran|runs|lasted|plating|stripping|sustain(?:s|ed)?|survived)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CellRun();

    /// <summary>The mentions not inside a longer one of <paramref name="wider"/>, then those of it that overlap none of them.</summary>
    private static IEnumerable<EntityMention> WiderWins(List<EntityMention> found, List<EntityMention> wider)
    {
        var kept = found.Where(m => !wider.Any(w => w.Start <= m.Start && m.End <= w.End && w.End - w.Start > m.End - m.Start)).ToList();
        return kept.Concat(wider.Where(w => !kept.Any(m => m.Start < w.End && w.Start < m.End)));
    }

    private static EntityMention Mention(string sentence, EntityType type, int start, int end) =>
        new(type, start, end, sentence[start..end], 1.0);
}
