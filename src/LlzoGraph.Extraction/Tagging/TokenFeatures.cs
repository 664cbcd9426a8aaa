using System.Globalization;
using System.Text;

namespace LlzoGraph.Extraction.Tagging;

/// <summary>
/// The features of each token of a sentence, as strings the model hashes: the word, its shape, affixes,
/// formula likelihood, number and unit flags, gazetteer hits, substance words, the short forms the paper defines,
/// and the same for a window of ±2 tokens. Each feature
/// comes twice: as it is, shared by all domains, and prefixed with the sentence's domain (feature augmentation), so
/// the model can learn what holds everywhere and what only one annotation scheme does.
/// </summary>
public static class TokenFeatures
{
    private const int Window = 2;

    public static string[][] Extract(string sentence, IReadOnlyList<Token> tokens, TaggingDomain domain = TaggingDomain.Project, DocumentTerms? document = null)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        document ??= DocumentTerms.None;
        var gazetteer = GazetteerHits.Find(sentence, tokens);
        var own = new List<string>[tokens.Count];
        var brief = new List<string>[tokens.Count];
        for (var t = 0; t < tokens.Count; t++)
        {
            (own[t], brief[t]) = OfToken(tokens[t].Text);
            own[t].AddRange(gazetteer[t]);
            brief[t].AddRange(gazetteer[t]);
            if (document.FeatureOf(tokens[t].Text) is { } term)
            {
                own[t].Add(term);
                brief[t].Add(term);
            }
        }

        var depth = BracketDepths(tokens);
        var result = new string[tokens.Count][];
        for (var t = 0; t < tokens.Count; t++)
        {
            var features = new List<string>(own[t].Count + 64) { "bias" };
            features.AddRange(own[t]);
            for (var d = -Window; d <= Window; d++)
            {
                if (d == 0)
                {
                    continue;
                }

                var n = t + d;
                var tag = d.ToString(CultureInfo.InvariantCulture);
                if (n < 0 || n >= tokens.Count)
                {
                    features.Add(tag + ":edge");
                    continue;
                }

                foreach (var f in brief[n])
                {
                    features.Add(tag + ":" + f);
                }
            }

            var before = t > 0 ? Lower(tokens[t - 1].Text) : "<s>";
            var after = t + 1 < tokens.Count ? Lower(tokens[t + 1].Text) : "</s>";
            features.Add("bi-1=" + before + "|" + Lower(tokens[t].Text));
            features.Add("bi+1=" + Lower(tokens[t].Text) + "|" + after);
            features.Add("sh-1=" + (t > 0 ? ShortShape(tokens[t - 1].Text) : "<s>") + "|" + ShortShape(tokens[t].Text));
            features.Add("sh+1=" + ShortShape(tokens[t].Text) + "|" + (t + 1 < tokens.Count ? ShortShape(tokens[t + 1].Text) : "</s>"));
            features.Add("bi-2=" + (t > 1 ? Lower(tokens[t - 2].Text) : "<s>") + "|" + before);
            features.Add("bi+2=" + after + "|" + (t + 2 < tokens.Count ? Lower(tokens[t + 2].Text) : "</s>"));
            features.AddRange(Context(tokens, t, depth[t]));
            result[t] = Augment(features, domain);
        }

        return result;
    }

    /// <summary>The features, then each again with the domain's prefix.</summary>
    private static string[] Augment(List<string> features, TaggingDomain domain)
    {
        var prefix = domain == TaggingDomain.Project ? "P|" : "S|";
        var result = new string[features.Count * 2];
        for (var i = 0; i < features.Count; i++)
        {
            result[i] = features[i];
            result[features.Count + i] = prefix + features[i];
        }

        return result;
    }

    /// <summary>Where the token stands: sentence position, bracket depth, whether a number comes just before it.</summary>
    private static IEnumerable<string> Context(IReadOnlyList<Token> tokens, int t, int depth)
    {
        yield return "pos=" + (t == 0 ? "first" : t == tokens.Count - 1 ? "last" : t < 3 ? "early" : "mid");
        yield return "depth=" + Math.Min(depth, 2).ToString(CultureInfo.InvariantCulture);
        if (t > 0 && IsNumber(tokens[t - 1].Text))
        {
            yield return "prevnumber";
        }

        if (t + 1 < tokens.Count && IsNumber(tokens[t + 1].Text))
        {
            yield return "nextnumber";
        }
    }

    /// <summary>How many brackets are open at each token (a bracket token counts inside its own pair).</summary>
    private static int[] BracketDepths(IReadOnlyList<Token> tokens)
    {
        var depths = new int[tokens.Count];
        var depth = 0;
        for (var t = 0; t < tokens.Count; t++)
        {
            var text = tokens[t].Text;
            if (text is "(" or "[")
            {
                depth++;
            }

            depths[t] = depth;
            if (text is ")" or "]" && depth > 0)
            {
                depth--;
            }
        }

        return depths;
    }

    /// <summary>The features of one token (all of them) and the few its neighbours see.</summary>
    private static (List<string> Own, List<string> Brief) OfToken(string text)
    {
        var lower = Lower(text);
        var shape = ShortShape(text);
        var own = new List<string> { "w=" + lower, "shape=" + Shape(text), "sshape=" + shape, "len=" + Math.Min(text.Length, 12) };
        var brief = new List<string> { "w=" + lower, "sshape=" + shape };
        for (var k = 1; k <= 4 && k <= text.Length; k++)
        {
            own.Add($"p{k}=" + text[..k]);
            own.Add($"s{k}=" + text[^k..]);
        }

        var flags = new List<string>();
        if (text.All(char.IsUpper) && text.Length > 1)
        {
            flags.Add("allcaps");
        }
        else if (char.IsUpper(text[0]))
        {
            flags.Add("initcap");
        }

        if (IsNumber(text))
        {
            flags.Add("number");
        }
        else if (text.Any(char.IsDigit))
        {
            flags.Add("hasdigit");
        }

        if (text.Any(c => c is >= '₀' and <= '₉'))
        {
            flags.Add("subscript");
        }

        if (text.Any(c => ChemTokenizer.IsSuperscriptDigit(c) || c is '⁻' or '⁺'))
        {
            flags.Add("superscript");
        }

        if (text.Contains('-', StringComparison.Ordinal))
        {
            flags.Add("hyphen");
        }

        if (text.Contains('|', StringComparison.Ordinal) || text.Contains('/', StringComparison.Ordinal))
        {
            flags.Add("joined");
        }

        if (text.All(c => char.IsPunctuation(c) || char.IsSymbol(c)))
        {
            flags.Add("punct");
        }

        if (ChemTokenizer.IsUnit(text) && text.Length > 0 && !(text.Length == 1 && char.IsUpper(text[0])))
        {
            flags.Add("unit");
        }

        var (elements, stoichiometry) = ChemicalElements.Read(text);
        if (elements > 0)
        {
            var likely = stoichiometry ? (elements >= 2 ? "formula-stoich" : "formula-stoich1") : elements >= 2 ? "formula-elements" : "element";
            flags.Add(likely);
        }
        else if (text.Contains('-', StringComparison.Ordinal) && text.Split('-').Any(p => ChemicalElements.Read(p).Elements > 0))
        {
            flags.Add("formula-part");
        }

        if (Vocabulary.MaterialFinder.IsFormula(text))
        {
            flags.Add("isformula");
        }

        flags.AddRange(ChemicalWords.Of(text));
        flags.AddRange(StrategyWords.Of(text));
        flags.AddRange(PropertyWords.Of(text));
        own.AddRange(flags);
        brief.AddRange(flags);
        return (own, brief);
    }

    private static bool IsNumber(string text) =>
        double.TryParse(text.Replace('−', '-').Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static string Lower(string text) => text.ToLowerInvariant();

    /// <summary>Character classes: X upper, x lower, d digit, s sub/superscript digit, other characters as they are.</summary>
    internal static string Shape(string text)
    {
        var b = new StringBuilder(Math.Min(text.Length, 24));
        foreach (var c in text.Length > 24 ? text[..24] : text)
        {
            b.Append(Class(c));
        }

        return b.ToString();
    }

    /// <summary>The shape with runs of one class collapsed ("Li₂CO₃" → "XxsXs").</summary>
    internal static string ShortShape(string text)
    {
        var b = new StringBuilder();
        var last = '\0';
        foreach (var c in text)
        {
            var k = Class(c);
            if (k != last)
            {
                b.Append(k);
                last = k;
            }
        }

        return b.ToString();
    }

    private static char Class(char c) => c switch
    {
        _ when char.IsUpper(c) => 'X',
        _ when char.IsLower(c) => 'x',
        _ when char.IsDigit(c) && c < 128 => 'd',
        _ when c is >= '₀' and <= '₉' => 's',
        _ when ChemTokenizer.IsSuperscriptDigit(c) => 'S',
        _ => c,
    };
}
