using System.Runtime.CompilerServices;
using LlzoGraph.Extraction.Text;

namespace LlzoGraph.Extraction.Tagging;

/// <summary>
/// Tags a sentence as its paper tags the same name elsewhere. The inner tagger first reads the whole paper
/// (<see cref="DocumentTerms.Text"/>); a material it tags there with at least <paramref name="minimumConfidence"/>, at
/// no fewer than <paramref name="minimumShare"/> of the places the name stands whole, is then tagged at the others too,
/// where nothing else claims them. A sentence alone may not show that "SCNT" is a material; the sentence that
/// introduced it does. Cross-validation over SOFC-Exp's articles chose the two thresholds (docs/quality.md).
/// </summary>
public sealed class ConsistentEntityTagger(IEntityTagger inner, double minimumConfidence = 0.6, double minimumShare = 0.2) : IEntityTagger
{
    /// <summary>What the inner tagger made of one paper: its sentences' mentions and the names to carry over.</summary>
    private sealed record PaperReading(Dictionary<string, IReadOnlyList<EntityMention>> Sentences, Dictionary<string, (EntityType Type, double Confidence)> Names);

    private readonly ConditionalWeakTable<DocumentTerms, PaperReading> readings = [];

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

        var reading = readings.GetValue(document, d => Read(d, domain));
        var tagged = reading.Sentences.GetValueOrDefault(sentence) ?? inner.Tag(sentence, domain, document);
        if (reading.Names.Count == 0)
        {
            return tagged;
        }

        var tokens = ChemTokenizer.Tokenize(sentence);
        var added = new List<EntityMention>();
        for (var t = 0; t < tokens.Count; t++)
        {
            foreach (var (name, (type, confidence)) in reading.Names)
            {
                if (EndOf(sentence, tokens, t, name) is var end and > 0)
                {
                    added.Add(new EntityMention(type, tokens[t].Start, end, name, confidence));
                }
            }
        }

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
        var confident = new Dictionary<string, (EntityType Type, int Count, double Sum)>(StringComparer.Ordinal);
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
                    var (_, count, sum) = confident.GetValueOrDefault(m.Text);
                    confident[m.Text] = (m.Type, count + 1, sum + m.Confidence);
                }
            }
        }

        var names = new Dictionary<string, (EntityType, double)>(StringComparer.Ordinal);
        foreach (var (name, (type, count, sum)) in confident)
        {
            var places = tokens.Sum(s => Enumerable.Range(0, s.Tokens.Count).Count(t => EndOf(s.Text, s.Tokens, t, name) > 0));
            if (count >= minimumShare * places)
            {
                names[name] = (type, sum / count);
            }
        }

        return new PaperReading(sentences, names);
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
