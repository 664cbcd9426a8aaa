namespace LlzoGraph.Extraction.Vocabulary;

/// <summary>A span of a sentence recognised as something: a property, a strategy or a material.</summary>
public sealed record Mention<T>(int Start, int End, string Text, T Value);
