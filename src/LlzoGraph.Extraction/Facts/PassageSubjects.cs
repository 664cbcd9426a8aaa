using System.Text.RegularExpressions;
using LlzoGraph.Core.Facts;
using LlzoGraph.Extraction.Tagging;
using LlzoGraph.Extraction.Text;
using LlzoGraph.Extraction.Vocabulary;

namespace LlzoGraph.Extraction.Facts;

/// <summary>
/// Subjects named in a sentence and the subject a passage is about. A review tells one study in a few sentences
/// and cites it once; a value in a later sentence ("The batteries exhibited …", "The resulting CCD of MCL-protected
/// LLZTO …") belongs to the strategy the passage keeps returning to.
/// </summary>
internal static partial class PassageSubjects
{
    /// <summary>How many sentences back a passage may reach.</summary>
    private const int Reach = 6;

    /// <summary>The tagger's confidence below which its strategy mentions are not taken as subjects.</summary>
    private const double TaggerConfidence = 0.5;

    /// <summary>
    /// Strategies named in a sentence: those of the head-word rules (not a contaminant layer, plating or a process word
    /// that only modifies a noun: <see cref="StrategyPhrases.NamesNoStrategy"/>), uses of short forms the paragraph defines for a
    /// subject, and the STRATEGY mentions of the entity tagger that neither found (a bare head word such as "the MCL"
    /// is a reference back, not a name; a method's short form after "by" names how the subject was made).
    /// </summary>
    public static IReadOnlyList<Mention<Subject>> Named(string text, IReadOnlyDictionary<string, Subject> defined, IReadOnlyList<EntityMention> tagged)
    {
        var named = StrategyFinder.Find(text).Where(m => !StrategyPhrases.NamesNoStrategy(text, m.Start, m.End)).ToList();
        named.AddRange(StrategyAbbreviations.Uses(text, defined).Where(u => !named.Any(n => u.Start < n.End && n.Start < u.End)));
        foreach (var t in tagged.Where(t => t.Type == EntityType.Strategy && t.Confidence >= TaggerConfidence && t.End <= text.Length))
        {
            var name = text[t.Start..t.End].Trim();
            var bare = Participle().Replace(name, string.Empty);
            if (name.Length > 1 && !named.Any(n => t.Start < n.End && n.Start < t.End)
                && !StrategyKinds.Heads.Any(h => string.Equals(h.Head, bare, StringComparison.OrdinalIgnoreCase))
                && !(StrategyWords.MethodShortForms.Contains(name) && MadeBy().IsMatch(text.AsSpan(0, t.Start))))
            {
                var subject = new Subject(name, StrategyKinds.KindOf(name) ?? SubjectKind.Other, MaterialFinder.Find(name).Select(m => m.Value).Distinct().ToList());
                named.Add(new Mention<Subject>(t.Start, t.End, name, subject));
            }
        }

        foreach (Match m in ByMeans().Matches(text))
        {
            var x = m.Groups["x"];
            if (!named.Any(n => x.Index < n.End && n.Start < x.Index + x.Length) && !GenericMeans().IsMatch(x.Value)
                && !MaterialFinder.Find(x.Value).Any() && !x.Value.Any(char.IsDigit))
            {
                named.Add(new Mention<Subject>(x.Index, x.Index + x.Length, x.Value, new Subject(x.Value, StrategyKinds.KindOf(x.Value) ?? SubjectKind.Other, [])));
            }
        }

        foreach (Match m in TreatedWith().Matches(text).Concat(HyphenTreated().Matches(text)))
        {
            var x = m.Groups["x"].Value.TrimEnd(',', '.', ';', ')');
            if (!named.Any(n => m.Index < n.End && n.Start < m.Index + m.Length) && MaterialFinder.IsMaterial(x))
            {
                var subject = m.Groups["p"].Value.Equals("coated", StringComparison.OrdinalIgnoreCase)
                    ? new Subject($"{x} coating", SubjectKind.Coating, [x])
                    : new Subject($"{x} treatment", SubjectKind.Treatment, [x]);
                named.Add(new Mention<Subject>(m.Index, m.Index + m.Length, m.Value, subject));
            }
        }

        return named.OrderBy(n => n.Start).ToList();
    }

    /// <summary>The words before a method that made what the value is of ("an Al₂O₃ layer coated by ALD" is about the layer, "LLZO densified by SPS" about LLZO).</summary>
    [GeneratedRegex(@"\b(?:by|via|using|through)\s+(?:an?\s+|the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex MadeBy();

    /// <summary>
    /// A treatment or coating told by its verb: "treated the pellets with HCl" → HCl treatment, "soaked LLZO in
    /// H₃PO₄" → H₃PO₄ treatment, "coated the cathode with LLZO" → LLZO coating (what it is done with must be a material).
    /// </summary>
    [GeneratedRegex(@"\b(?<p>treated|coated|etched|washed|soaked|immersed|rinsed)\s+(?:(?!(?:with|in|by|using)\b)[^\s,;.]+\s+){0,4}?(?:with|in|by|using)\s+(?:the\s+|a\s+|an\s+|dilute\s+|aqueous\s+|concentrated\s+)?(?<x>[^\s,;]+)", RegexOptions.IgnoreCase)]
    private static partial Regex TreatedWith();

    /// <summary>"the HCl-treated pellet" → HCl treatment, "Al₂O₃-coated LLZO" → Al₂O₃ coating.</summary>
    [GeneratedRegex(@"(?<![^\s(])(?<x>[^\s]+?)-(?<p>treated|coated)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HyphenTreated();

    /// <summary>
    /// A strategy named as the means of a study: "by utilizing the coordination competition between …", "by employing
    /// a gradient design": the noun phrase after the verb, up to the preposition or punctuation that ends it.
    /// </summary>
    [GeneratedRegex(@"\b(?:by|through)\s+(?:utili[sz]ing|using|employing|exploiting|leveraging|adopting|applying)\s+(?:the\s+|a\s+|an\s+)?(?<x>[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,3}?)(?=\s+(?:between|of|to|in|on|at|for|with|from|and|which|that|as)\b|\s*[,;.(]|$)")]
    private static partial Regex ByMeans();

    /// <summary>Means too general to name a strategy ("by using this method").</summary>
    [GeneratedRegex(@"^(?:this|that|these|such|same|other|different|various)\b|^(?:method|methods|strategy|strategies|approach|approaches|technique|techniques|process|way)$")]
    private static partial Regex GenericMeans();

    /// <summary>
    /// Materials named in a sentence: formulas and gazetteer names, and the tagger's MATERIAL mentions besides; a
    /// tagger mention that holds a name with its dopant or partner ("Al-doped Li₇La₃Zr₂O₁₂", "PEO-LLZTO") replaces it.
    /// </summary>
    public static IReadOnlyList<Mention<string>> Materials(string text, IReadOnlyList<EntityMention> tagged)
    {
        var found = MaterialFinder.Find(text).ToList();
        var wider = tagged.Where(t => t.Type == EntityType.Material && t.Confidence >= TaggerConfidence && t.End <= text.Length).ToList();
        found.RemoveAll(f => wider.Any(t => t.Start <= f.Start && f.End <= t.End && t.End - t.Start > f.End - f.Start));
        found.AddRange(wider.Where(t => !found.Any(f => t.Start < f.End && f.Start < t.End)).Select(t => new Mention<string>(t.Start, t.End, t.Text, t.Text)));
        return found.OrderBy(f => f.Start).ToList();
    }

    /// <summary>
    /// The strategy of the passage (earlier sentences of the same cited work, and the part of this sentence before
    /// the value's clause) that the value's clause refers back to by its head word or by what it is made of (the one named last);
    /// else the one the passage names or refers to most often; else the last one named in the two sentences before.
    /// </summary>
    public static Subject? Topic(
        int index, int clauseStart, string clause, IReadOnlyList<Sentence> sentences, IReadOnlyList<int> refs,
        IReadOnlyList<IReadOnlyList<Mention<Subject>>> strategies)
    {
        var candidates = new List<(Subject Subject, int Order, int Distance)>();
        var passage = new List<string>();
        for (var j = index; j >= 0 && index - j <= Reach; j--)
        {
            if (j < index && sentences[j].Citations.Count > 0 && !sentences[j].Citations.SequenceEqual(refs))
            {
                break; // the sentence closes another work's passage
            }

            var named = j == index ? strategies[j].Where(s => s.End <= clauseStart) : strategies[j];
            candidates.AddRange(named.Select(s => (s.Value, j * 10_000 + s.Start, index - j)));
            passage.Add(j == index ? sentences[j].Clean[..clauseStart] : sentences[j].Clean);
        }

        if (candidates.Count == 0)
        {
            return null;
        }

        // the rest of the passage: this sentence after the clause, and the sentences up to the one that cites the work
        passage.Reverse();
        var before = string.Join(' ', passage);
        passage.Add(sentences[index].Clean[clauseStart..]);
        for (var j = index + 1; j < sentences.Count && j - index <= Reach && sentences[j - 1].Citations.Count == 0; j++)
        {
            if (sentences[j].Citations.Count > 0 && !sentences[j].Citations.SequenceEqual(refs))
            {
                break;
            }

            passage.Add(sentences[j].Clean);
        }

        var text = string.Join(' ', passage);
        var scored = candidates
            .GroupBy(c => c.Subject.Name)
            .Select(g => (Subject: g.First().Subject, Last: g.Max(c => c.Order), Nearest: g.Min(c => c.Distance),
                Refers: RefersTo(clause, g.Key), Mentions: Count(text, Head(g.Key)),
                LastReference: LastIndex(before, Head(g.Key))))
            .ToList();
        var referred = scored.Where(s => s.Refers).OrderByDescending(s => s.Last).FirstOrDefault();
        if (referred.Subject is not null)
        {
            return referred.Subject;
        }

        var topic = scored.OrderByDescending(s => s.Mentions).ThenByDescending(s => s.LastReference).First();
        if (topic.Mentions >= 2)
        {
            return topic.Subject;
        }

        return scored.Where(s => s.Nearest <= 2).OrderByDescending(s => s.Last).Select(s => s.Subject).FirstOrDefault();
    }

    /// <summary>Whether a strategy is named as the means something else was made by ("… via magnetron sputtering").</summary>
    public static bool IsMeans(string sentence, Mention<Subject> strategy) => MadeBy().IsMatch(sentence.AsSpan(0, strategy.Start));

    /// <summary>
    /// The strategies the passage names before a position of sentence <paramref name="index"/>, the most recent first:
    /// what a definite reference ("the interlayer", "this composite anode") can point back to.
    /// </summary>
    public static IReadOnlyList<Subject> Earlier(
        int index, int position, IReadOnlyList<Sentence> sentences, IReadOnlyList<int> refs, IReadOnlyList<IReadOnlyList<Mention<Subject>>> strategies)
    {
        var earlier = new List<Subject>();
        for (var j = index; j >= 0 && index - j <= Reach; j--)
        {
            if (j < index && sentences[j].Citations.Count > 0 && !sentences[j].Citations.SequenceEqual(refs))
            {
                break; // the sentence closes another work's passage
            }

            earlier.AddRange(strategies[j].Where(s => j < index || s.End <= position).OrderByDescending(s => s.Start).Select(s => s.Value));
        }

        return earlier.Distinct().ToList();
    }

    /// <summary>
    /// The last material an earlier sentence of the passage defines a short form for ("… between Li₂TiO₃ (LTO) and …"):
    /// what the passage studies when it names no strategy.
    /// </summary>
    public static Subject? DefinedMaterial(int index, IReadOnlyList<Sentence> sentences, IReadOnlyList<int> refs)
    {
        for (var j = index - 1; j >= 0 && index - j <= Reach; j--)
        {
            if (sentences[j].Citations.Count > 0 && !sentences[j].Citations.SequenceEqual(refs))
            {
                return null;
            }

            var defined = AbbreviationFinder.Find(sentences[j].Clean);
            if (defined.Count > 0)
            {
                var d = defined[^1];
                return new Subject($"{d.Name} ({d.Abbreviation})", SubjectKind.Material, [d.Name]);
            }
        }

        return null;
    }

    /// <summary>The last material named in the two sentences before, within the passage: the subject of last resort.</summary>
    public static Subject? LastMaterial(int index, IReadOnlyList<Sentence> sentences, IReadOnlyList<int> refs)
    {
        for (var j = index - 1; j >= 0 && index - j <= 2; j--)
        {
            if (sentences[j].Citations.Count > 0 && !sentences[j].Citations.SequenceEqual(refs))
            {
                return null;
            }

            if (MaterialFinder.Find(sentences[j].Clean) is { Count: > 0 } materials)
            {
                return new Subject(materials[^1].Value, SubjectKind.Material, [materials[^1].Value]);
            }
        }

        return null;
    }

    /// <summary>The word a strategy's name ends with ("MCL", "interlayer", "anode"), or a short form itself.</summary>
    private static string Head(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];

    /// <summary>The clause names the strategy's head word or what it is made of ("the MCL", "MCL-protected", "Li-C/LLZO").</summary>
    private static bool RefersTo(string clause, string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return Count(clause, words[^1]) > 0
            || words[..^1].Where(w => w.Any(char.IsUpper) && !Dimension().IsMatch(w)).Any(w => Count(clause, w) > 0);
    }

    /// <summary>Where the text last names or refers to a head word (ties go to the strategy referred to most recently).</summary>
    private static int LastIndex(string text, string word) =>
        Word(word).Matches(text).Select(m => m.Index).DefaultIfEmpty(-1).Max();

    private static Regex Word(string word) =>
        new(@"(?<![\p{L}\p{N}])" + Regex.Escape(word) + @"(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static int Count(string text, string word) => Word(word).Count(text);

    [GeneratedRegex(@"-(?:protected|modified|coated|based)$", RegexOptions.IgnoreCase)]
    private static partial Regex Participle();

    [GeneratedRegex(@"^\d+D$")]
    private static partial Regex Dimension();
}
