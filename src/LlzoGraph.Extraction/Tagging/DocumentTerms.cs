using LlzoGraph.Core.Documents;
using LlzoGraph.Extraction.Vocabulary;

namespace LlzoGraph.Extraction.Tagging;

/// <summary>
/// What a whole paper tells the tagger about a sentence's words: the short forms it defines ("samarium-doped ceria
/// (SDC)"), each marked by whether its long form names a substance. A sentence tagged alone does not know that "SDC",
/// three pages on, is a material; with the paper's terms the tagger sees it.
/// </summary>
public sealed class DocumentTerms
{
    private readonly Dictionary<string, bool> substance;

    private DocumentTerms(Dictionary<string, bool> substance) => this.substance = substance;

    /// <summary>No document: a sentence tagged on its own.</summary>
    public static DocumentTerms None { get; } = new([]);

    /// <summary>The terms the text defines.</summary>
    public static DocumentTerms Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var terms = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var d in AbbreviationFinder.FindAny(text))
        {
            terms[d.Abbreviation] = terms.GetValueOrDefault(d.Abbreviation) || ChemicalWords.InPhrase(d.Name);
        }

        foreach (var d in AbbreviationFinder.Find(text))
        {
            terms[d.Abbreviation] = true;
        }

        return new DocumentTerms(terms);
    }

    /// <summary>The terms a paper's running text and captions define.</summary>
    public static DocumentTerms Of(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Of(string.Join('\n', document.Blocks
            .Where(b => b.Kind is BlockKind.Paragraph or BlockKind.Abstract or BlockKind.Caption)
            .Select(b => b.Text)));
    }

    /// <summary>How many short forms the document defines.</summary>
    public int Count => substance.Count;

    /// <summary>The feature of a token the document defines ("doc:substance" or "doc:term"), or null.</summary>
    internal string? FeatureOf(string token) =>
        substance.TryGetValue(token, out var isSubstance) ? isSubstance ? "doc:substance" : "doc:term" : null;
}
