using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using LlzoGraph.Extraction.Text;

namespace LlzoGraph.Extraction.Tagging;

/// <summary>
/// Tags a sentence as its paper tags the same name elsewhere. The inner tagger first reads the whole paper
/// (<see cref="DocumentTerms.Text"/>); a material it tags there with at least <paramref name="minimumConfidence"/>, at
/// no fewer than <paramref name="minimumShare"/> of the places the name stands whole, is then tagged at the others too,
/// where nothing else claims them. A sentence alone may not show that "SCNT" is a material; the sentence that
/// introduced it does. A short form the paper defines for a substance ("samarium-doped ceria (SDC)") is such a name
/// wherever it stands. Cross-validation over SOFC-Exp's articles chose the two thresholds (docs/quality.md).
/// </summary>
public sealed class ConsistentEntityTagger(IEntityTagger inner, double minimumConfidence = 0.6, double minimumShare = 0.2) : IEntityTagger
{
    /// <summary>
    /// What the inner tagger made of one paper: its sentences' mentions, and the material names to carry over with
    /// their confidence.
    /// </summary>
    private sealed record PaperReading(Dictionary<string, IReadOnlyList<EntityMention>> Sentences, Dictionary<string, double> Names)
    {
        /// <summary>The names by their first character, so a token is compared only with the names it can start.</summary>
        public Dictionary<char, List<string>> ByFirst { get; } = Index(Names.Keys);
    }

    /// <summary>The confidence of a short form the paper defines for a substance, where the inner tagger missed it.</summary>
    private const double DefinedConfidence = 0.9;

    // a paper's reading in each domain, kept as long as the paper's terms are
    private readonly ConditionalWeakTable<DocumentTerms, ConcurrentDictionary<TaggingDomain, PaperReading>> readings = [];

    public IReadOnlyList<EntityMention> Tag(string sentence) => inner.Tag(sentence);

    public IReadOnlyList<EntityMention> Tag(string sentence, TaggingDomain domain) => inner.Tag(sentence, domain);

    public IReadOnlyList<EntityMention> Tag(string sentence, TaggingDomain domain, DocumentTerms document)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(document);
        if (document.Text.Length == 0)
        {
            return inner.Tag(sentence, domain, document);
        }

        var reading = readings.GetValue(document, _ => new()).GetOrAdd(domain, d => Read(document, d));
        var tagged = reading.Sentences.GetValueOrDefault(sentence) ?? inner.Tag(sentence, domain, document);
        if (reading.Names.Count == 0)
        {
            return tagged;
        }

        var added = Places(sentence, ChemTokenizer.Tokenize(sentence), reading.ByFirst)
            .Select(p => new EntityMention(EntityType.Material, p.Start, p.End, p.Name, reading.Names[p.Name]))
            .ToList();
        return added.Count == 0 ? tagged : MentionMerge.Prefer(tagged, added);
    }

    /// <summary>
    /// Tags every sentence of the paper (its text with citation markers blanked, as the pipeline tags it; in the
    /// <paramref name="domain"/> of the sentence that asked) and keeps the
    /// materials tagged confidently at enough of their places, each with the mean confidence of those tags.
    /// </summary>
    private PaperReading Read(DocumentTerms document, TaggingDomain domain)
    {
        var sentences = new Dictionary<string, IReadOnlyList<EntityMention>>(StringComparer.Ordinal);
        var tokens = new List<(string Text, IReadOnlyList<Token> Tokens)>();
        var confident = new Dictionary<string, (int Count, double Sum)>(StringComparer.Ordinal);
        foreach (var paragraph in document.Text.Split('\n'))
        {
            foreach (var s in SentenceSplitter.Split(paragraph))
            {
                if (sentences.ContainsKey(s.Clean))
                {
                    continue;
                }

                var mentions = inner.Tag(s.Clean, domain, document);
                sentences[s.Clean] = mentions;
                tokens.Add((s.Clean, ChemTokenizer.Tokenize(s.Clean)));
                foreach (var m in mentions.Where(m => m.Type == EntityType.Material && m.Confidence >= minimumConfidence))
                {
                    var (count, sum) = confident.GetValueOrDefault(m.Text);
                    confident[m.Text] = (count + 1, sum + m.Confidence);
                }
            }
        }

        var byFirst = Index(confident.Keys);
        var places = tokens.SelectMany(s => Places(s.Text, s.Tokens, byFirst)).CountBy(p => p.Name).ToDictionary(StringComparer.Ordinal);
        var names = confident
            .Where(c => c.Value.Count >= minimumShare * places.GetValueOrDefault(c.Key))
            .ToDictionary(c => c.Key, c => c.Value.Sum / c.Value.Count, StringComparer.Ordinal);
        foreach (var term in document.Substances)
        {
            names.TryAdd(term, DefinedConfidence);
        }

        return new PaperReading(sentences, names);
    }

    private static Dictionary<char, List<string>> Index(IEnumerable<string> names) =>
        names.Where(n => n.Length > 0).GroupBy(n => n[0]).ToDictionary(g => g.Key, g => g.ToList());

    /// <summary>
    /// Where in the sentence a name stands whole: from the start of a token to the end of one; not as an author's name
    /// ("Li et al.") nor as the word a symbol spells at the sentence's start ("In contrast").
    /// </summary>
    private static IEnumerable<(string Name, int Start, int End)> Places(string sentence, IReadOnlyList<Token> tokens, Dictionary<char, List<string>> byFirst)
    {
        for (var t = 0; t < tokens.Count; t++)
        {
            if (tokens[t].End > tokens[t].Start && byFirst.TryGetValue(sentence[tokens[t].Start], out var names))
            {
                foreach (var name in names)
                {
                    if (EndOf(sentence, tokens, t, name) is var end and > 0 && !AuthorNames.EndsAt(sentence, end) && !MaterialTokens.IsWordAtStart(name, tokens[t].Start == 0))
                    {
                        yield return (name, tokens[t].Start, end);
                    }
                }
            }
        }
    }

    /// <summary>The end of <paramref name="name"/> where it starts at token t and ends on a token boundary, else 0.</summary>
    private static int EndOf(string sentence, IReadOnlyList<Token> tokens, int t, string name)
    {
        var start = tokens[t].Start;
        if (string.CompareOrdinal(sentence, start, name, 0, name.Length) != 0)
        {
            return 0;
        }

        var end = start + name.Length;
        for (var k = t; k < tokens.Count && tokens[k].Start < end; k++)
        {
            if (tokens[k].End == end)
            {
                return end;
            }
        }

        return 0;
    }
}
