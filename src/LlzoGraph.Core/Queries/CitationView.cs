using LlzoGraph.Core.Facts;

namespace LlzoGraph.Core.Queries;

/// <summary>An in-text citation as stored: the work it points at (numbered as the citing paper numbers it) and where it stands.</summary>
public sealed record CitationView(ReferenceView Reference, CitationForm Form, string Section, string Text);
