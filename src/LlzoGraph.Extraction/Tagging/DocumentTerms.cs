using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using LlzoGraph.Core.Documents;
using LlzoGraph.Extraction.Vocabulary;

namespace LlzoGraph.Extraction.Tagging;

/// <summary>
/// What a whole paper tells the tagger about a sentence's words: the short forms it defines ("samarium-doped ceria
/// (SDC)", "pulsed laser deposition (PLD)"), each marked by what its long form names: a substance, a strategy, or
/// something else. A sentence tagged alone does not know that "SDC", three pages on, is a material; with the paper's
/// terms the tagger sees it.
/// </summary>
public sealed partial class DocumentTerms
{
    private readonly Dictionary<string, TermKind> kinds;

    private DocumentTerms(Dictionary<string, TermKind> kinds, string text)
    {
        this.kinds = kinds;
        Text = text;
    }

    /// <summary>What a defined short form stands for.</summary>
    public enum TermKind
    {
        Other,
        Substance,
        Strategy,
    }

    /// <summary>No document: a sentence tagged on its own.</summary>
    public static DocumentTerms None { get; } = new([], "");

    /// <summary>The terms the text defines.</summary>
    public static DocumentTerms Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var substances = AbbreviationFinder.Find(text).Select(d => d.Abbreviation).ToHashSet(StringComparer.Ordinal);
        var kinds = new Dictionary<string, TermKind>(StringComparer.Ordinal);
        foreach (var d in AbbreviationFinder.FindAny(text))
        {
            // a layer or treatment of a substance ("porous zinc layer (PZL)") is a strategy before it is a substance
            var kind = NamesStrategy(d.Name) ? TermKind.Strategy
                : Arrangement().IsMatch(d.Name) ? TermKind.Other
                : substances.Contains(d.Abbreviation) || ChemicalWords.NamesSubstance(d.Name) ? TermKind.Substance
                : TermKind.Other;
            kinds[d.Abbreviation] = (TermKind)Math.Max((int)kind, (int)kinds.GetValueOrDefault(d.Abbreviation));
        }

        return new DocumentTerms(kinds, text);
    }

    /// <summary>A long form that names how two phases are arranged ("polymer-in-ceramic", "ceramic in polymer"), not a substance.</summary>
    [GeneratedRegex(@"^\p{L}+[- ]in[- ]\p{L}+$", RegexOptions.IgnoreCase)]
    private static partial Regex Arrangement();

    // one instance per paper, so every reader of it (the fact extractor, the mentions `extract` prints) shares the
    // terms and the tagger's reading of the paper
    private static readonly ConditionalWeakTable<Document, DocumentTerms> OfDocuments = [];

    /// <summary>The terms a paper's running text and captions define (read once per paper).</summary>
    public static DocumentTerms Of(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return OfDocuments.GetValue(document, d => Of(string.Join('\n', d.RunningText.Select(b => b.Text))));
    }

    /// <summary>The text the terms were read from: the whole paper, whose other sentences tell how it uses a name.</summary>
    public string Text { get; }

    /// <summary>How many short forms the document defines.</summary>
    public int Count => kinds.Count;

    /// <summary>The short forms whose long form names a strategy.</summary>
    public IEnumerable<string> Strategies => kinds.Where(k => k.Value == TermKind.Strategy).Select(k => k.Key);

    /// <summary>The short forms whose long form names a substance.</summary>
    public IEnumerable<string> Substances => kinds.Where(k => k.Value == TermKind.Substance).Select(k => k.Key);

    /// <summary>What the document defines a token as, or null when it does not define it.</summary>
    public TermKind? KindOf(string token) => kinds.TryGetValue(token, out var kind) ? kind : null;

    /// <summary>The feature of a token the document defines ("doc:substance", "doc:strategy", "doc:term"), or null.</summary>
    internal string? FeatureOf(string token) => KindOf(token) switch
    {
        TermKind.Substance => "doc:substance",
        TermKind.Strategy => "doc:strategy",
        TermKind.Other => "doc:term",
        _ => null,
    };

    /// <summary>Whether the strategy rules read the long form as a strategy that ends where it ends.</summary>
    private static bool NamesStrategy(string name) =>
        StrategyPhrases.Find(name).Any(p => p.End == name.Length) || StrategyFinder.Find(name).Any(m => m.End == name.Length);
}
