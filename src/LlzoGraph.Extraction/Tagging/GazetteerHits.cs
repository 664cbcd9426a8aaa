using LlzoGraph.Extraction.Quantities;
using LlzoGraph.Extraction.Vocabulary;

namespace LlzoGraph.Extraction.Tagging;

/// <summary>
/// What the project's vocabularies recognise in a sentence, per token: material names and formulas, strategy
/// phrases, property synonyms and quantities (number + unit, with the word that introduces them, the unit's dimension and whether the
/// condition rules read it as a condition).
/// </summary>
internal static class GazetteerHits
{
    /// <summary>For each token, the gazetteer features it carries ("gz:MAT-B", "gz:PROP-I", "gz:QTY-lead=at", "gz:QTY-qual").</summary>
    public static List<string>[] Find(string sentence, IReadOnlyList<Token> tokens)
    {
        var hits = new List<string>[tokens.Count];
        for (var t = 0; t < tokens.Count; t++)
        {
            hits[t] = [];
        }

        foreach (var m in MaterialFinder.Find(sentence))
        {
            Mark(tokens, hits, m.Start, m.End, "MAT");
        }

        foreach (var m in StrategyFinder.Find(sentence))
        {
            Mark(tokens, hits, m.Start, m.End, "STRAT");
        }

        foreach (var m in PropertyMatcher.Find(sentence))
        {
            Mark(tokens, hits, m.Start, m.End, "PROP");
        }

        foreach (var q in QuantityFinder.Find(sentence))
        {
            // qualifier words ("over", "about", "up to") are marked apart, so the number starts the span in every scheme
            var start = q.Start;
            for (var t = tokens.Count(k => k.End <= q.Start); t < tokens.Count && tokens[t].End <= q.End && tokens[t].Text.All(char.IsLetter); t++)
            {
                hits[t].Add("gz:QTY-qual");
                start = tokens[t].End;
            }

            Mark(tokens, hits, start, q.End, "QTY");
            Mark(tokens, hits, start, q.End, "QTY-lead=" + q.Lead.ToLowerInvariant());
            Mark(tokens, hits, start, q.End, "QTY-dim=" + q.Quantity.Unit.Dimension.ToString());
            var condition = Conditions.NameIn(sentence, q);
            Mark(tokens, hits, start, q.End, condition is null ? "QTY-result" : "COND");
        }

        foreach (var (position, _) in Conditions.InWords(sentence))
        {
            var t = tokens.Count(k => k.End <= position);
            if (t < tokens.Count)
            {
                hits[t].Add("gz:COND-words");
            }
        }

        return hits;
    }

    private static void Mark(IReadOnlyList<Token> tokens, List<string>[] hits, int start, int end, string name)
    {
        var first = true;
        for (var t = 0; t < tokens.Count; t++)
        {
            if (tokens[t].End > start && tokens[t].Start < end)
            {
                hits[t].Add("gz:" + name + (first ? "-B" : "-I"));
                first = false;
            }
        }
    }
}
