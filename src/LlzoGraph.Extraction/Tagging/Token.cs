namespace LlzoGraph.Extraction.Tagging;

/// <summary>A token of a sentence with its UTF-16 offsets (end exclusive).</summary>
public readonly record struct Token(int Start, int End, string Text);
