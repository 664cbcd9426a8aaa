namespace LlzoGraph.Extraction.Tagging;

/// <summary>
/// An entity found in a sentence: its type, where it is (UTF-16 offsets into the sentence, end exclusive), its
/// text, and the tagger's confidence (the mean probability of its tokens' labels, 0–1).
/// </summary>
public sealed record EntityMention(EntityType Type, int Start, int End, string Text, double Confidence);
