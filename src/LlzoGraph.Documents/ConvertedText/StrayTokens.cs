using System.Text.RegularExpressions;

namespace LlzoGraph.Documents.ConvertedText;

/// <summary>
/// Finds converter debris such as a lone "CFB" between two sentences: a short all-capital token standing
/// between a sentence end and a capitalised word, that the document never uses anywhere else. Real
/// abbreviations (LLZO, MCL, ALD) recur or are defined in parentheses, so they stay.
/// </summary>
internal static partial class StrayTokens
{
    public static string Remove(string paragraph, Func<string, int> occurrences) =>
        Candidate().Replace(paragraph, m => occurrences(m.Groups[1].Value) <= 1 ? " " : m.Value);

    [GeneratedRegex(@"(?<=[.!?)\]]\s?)\s([A-Z]{2,4})\s(?=[A-Z][a-z])")]
    private static partial Regex Candidate();
}
