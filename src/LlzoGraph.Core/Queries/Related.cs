using LlzoGraph.Core.Facts;

namespace LlzoGraph.Core.Queries;

/// <summary>Something related to what was asked about, with the counts that relate them and a sentence saying so.</summary>
public sealed record Related<T>(T Item, int Score, string Explanation);

/// <summary>A subject (strategy or material) as queries return it.</summary>
public sealed record SubjectView(string Id, string Name, SubjectKind Kind);
