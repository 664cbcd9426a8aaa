using System.Text.RegularExpressions;

namespace LlzoGraph.Extraction.Tagging;

/// <summary>
/// A rule for the tagger that finds property phrases the property vocabulary does not know: a head noun of a
/// measurable quantity with the words that qualify it ("contact angle", "mechanical strength", "Gibbs free energy",
/// "grain boundary impedance"), heads in a row ("ion diffusion rate"), and a measure of it ("degree of crystallinity"). A head needs a qualifier unless it
/// names a property alone ("the porosity").
/// </summary>
internal static partial class PropertyPhrases
{
    private const int MaxQualifiers = 3;

    /// <summary>Words that make a property of the one after "of" ("degree of crystallinity").</summary>
    private static readonly HashSet<string> Measures = new(StringComparer.OrdinalIgnoreCase) { "degree", "level", "extent" };

    /// <summary>Function words a vocabulary synonym holds as a cue ("cycling of", "of its initial capacity").</summary>
    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase) { "of", "for", "its", "their", "the", "a", "an" };

    /// <summary>Evaluative adjectives a PROPERTY span leaves out ("stable cycling" → "cycling"; annotation guidelines).</summary>
    private static readonly HashSet<string> Evaluative = new(StringComparer.OrdinalIgnoreCase)
    {
        "high", "low", "long", "stable", "initial", "average", "theoretical", "original",
    };

    /// <summary>Adjectives that state a size after its value ("a 20 nm thick layer"): the value is read, but no property is named.</summary>
    private static readonly HashSet<string> SizeAdjectives = new(StringComparer.OrdinalIgnoreCase) { "thick", "wide", "long", "deep" };

    /// <summary>
    /// The entity span of a vocabulary synonym: without the function words and evaluative adjectives it holds as a cue
    /// ("cycling of" → "cycling", "of its initial capacity" → "capacity"); none when only a verb is left ("cycled for").
    /// </summary>
    public static (int Start, int End)? AsEntity(string sentence, int start, int end)
    {
        var words = Word().Matches(sentence, start).TakeWhile(w => w.Index + w.Length <= end).ToList();
        var (first, last) = (0, words.Count - 1);
        while (first < last && (FunctionWords.Contains(words[first].Value) || Evaluative.Contains(words[first].Value)))
        {
            first++;
        }

        while (last > first && FunctionWords.Contains(words[last].Value))
        {
            last--;
        }

        if (words.Count == 0 || first == last && SizeAdjectives.Contains(words[first].Value) || words.Skip(first).Take(last - first + 1).All(w => IsVerbForm(w.Value)))
        {
            return null; // "cycled for", "cycled stably": a verb, no property's name
        }

        return first == 0 && last == words.Count - 1 ? (start, end) : (words[first].Index, words[last].Index + words[last].Length);
    }

    /// <summary>A verb or adverb a vocabulary synonym holds as a cue ("cycled", "cycles", "stably").</summary>
    private static bool IsVerbForm(string word) =>
        word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ly", StringComparison.OrdinalIgnoreCase)
        || word.Equals("cycles", StringComparison.OrdinalIgnoreCase) || word.Equals("cycle", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The symbols of fitted resistances ("Rb", "Rgb", "Rct", "Rint"); "Rb" only where it is one, beside another or
    /// before "=", since it is also rubidium.
    /// </summary>
    public static IEnumerable<(int Start, int End)> ResistanceSymbols(string sentence)
    {
        var found = ResistanceSymbol().Matches(sentence).ToList();
        var fitted = found.Any(m => m.Value != "Rb");
        return found.Where(m => m.Value != "Rb" || fitted || Assigned().IsMatch(sentence.AsSpan(m.Index + m.Length)))
            .Select(m => (m.Index, m.Index + m.Length)).ToList();
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}])R(?:b|gb|ct|int|total|SEI|sei|el|ion)(?![\p{L}\p{N}])")]
    private static partial Regex ResistanceSymbol();

    [GeneratedRegex(@"^\s*[=≈~:]")]
    private static partial Regex Assigned();

    /// <summary>Whether a property word ending at <paramref name="end"/> names a measuring technique ("impedance spectroscopy").</summary>
    public static bool NamesTechnique(string sentence, int end) => Technique().IsMatch(sentence.AsSpan(end));

    [GeneratedRegex(@"^\s+(?:spectroscopy|spectrometry|spectra|spectrum|microscopy)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Technique();

    /// <summary>A word after a property head that makes the phrase a way of acting on it ("stress control", "temperature regulation").</summary>
    [GeneratedRegex(@"^[\s-]+(?:control|regulation|management|relief)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Controlled();

    public static IEnumerable<(int Start, int End)> Find(string sentence)
    {
        var words = Word().Matches(sentence).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            if (!PropertyWords.IsHead(words[i].Value) || IsValueWord(words[i].Value))
            {
                continue; // "the bulk value" names none; the property it is a value of stands elsewhere
            }

            var first = i;
            while (first > 0 && i - first < MaxQualifiers && Adjacent(sentence, words[first - 1], words[first])
                && PropertyWords.Qualifies(words[first - 1].Value, words[i].Value))
            {
                first--;
            }

            if (first == i && !PropertyWords.Standalone.Contains(words[i].Value) && !IsNoun(sentence, words, i)
                || Controlled().IsMatch(sentence.AsSpan(words[i].Index + words[i].Length)))
            {
                continue; // "stress control" is a strategy
            }

            var head = i;
            while (head + 1 < words.Count && PropertyWords.IsHead(words[head + 1].Value) && !IsValueWord(words[head + 1].Value) && Adjacent(sentence, words[head], words[head + 1]))
            {
                head++; // "ion diffusion rate", "particle size distribution"
            }

            if (first >= 2 && words[first - 1].Value == "of" && Measures.Contains(words[first - 2].Value)
                && Adjacent(sentence, words[first - 2], words[first - 1]) && Adjacent(sentence, words[first - 1], words[first]))
            {
                first -= 2;
            }

            yield return (words[first].Index, words[head].Index + words[head].Length);
            i = head;
        }
    }

    private static bool IsValueWord(string word) => word.ToLowerInvariant() is "value" or "values";

    /// <summary>Whether a head that names a property alone as a noun stands as one here (<see cref="PropertyWords.StandaloneAsNoun"/>).</summary>
    private static bool IsNoun(string sentence, List<Match> words, int i)
    {
        if (!PropertyWords.StandaloneAsNoun.Contains(PropertyWords.Singular(words[i].Value))
            || i > 0 && Adjacent(sentence, words[i - 1], words[i]) && PropertyWords.IsHead(words[i - 1].Value))
        {
            return false; // "current density of 1 mA cm⁻²" is a condition's name
        }

        var after = sentence.AsSpan(words[i].Index + words[i].Length).TrimStart();
        if (after.IsEmpty || after[0] is ',' or ';' or '.' or ')' or ':'
            || i > 0 && words[i - 1].Value.Equals("in", StringComparison.OrdinalIgnoreCase) && Adjacent(sentence, words[i - 1], words[i])) // "1 µm in diameter"
        {
            return true;
        }

        return i + 1 < words.Count && Adjacent(sentence, words[i], words[i + 1]) && NounFollowers.Contains(words[i + 1].Value)
            && !(i + 2 < words.Count && words[i + 2].Value.Equals("states", StringComparison.OrdinalIgnoreCase)); // "density of states"
    }

    /// <summary>Words after which a head is a noun ("potential of", "potential than").</summary>
    private static readonly HashSet<string> NounFollowers = new(StringComparer.OrdinalIgnoreCase) { "of", "than", "and", "or", "versus", "vs" };

    private static bool Adjacent(string sentence, Match left, Match right) =>
        sentence.AsSpan(left.Index + left.Length, right.Index - left.Index - left.Length).IsWhiteSpace();

    /// <summary>A word; not a part of a cell written with "|" ("Li|LLZO|Li overpotential" has no qualifier "Li").</summary>
    [GeneratedRegex(@"(?<![|\p{L}])[\p{L}][\p{L}'’\-]*[⁺+]?")]
    private static partial Regex Word();
}
