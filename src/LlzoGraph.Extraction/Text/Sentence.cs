namespace LlzoGraph.Extraction.Text;

/// <summary>
/// A sentence of a paragraph: its text as printed (the evidence), its text with citation markers blanked
/// out (for reading quantities), and the reference numbers it cites.
/// </summary>
public sealed record Sentence(int Index, string Text, string Clean, IReadOnlyList<int> Citations);
