using LlzoGraph.Core.Facts;

namespace LlzoGraph.Core.Queries;

/// <summary>A material or strategy as reviewers list it: its names and how many visible measurements it is the subject of.</summary>
public sealed record EntityView(string Id, string Name, SubjectKind Kind, IReadOnlyList<string> Aliases, int Measurements);

/// <summary>Which materials or strategies to list; merged-away entities are never listed (their kept entity is).</summary>
public sealed record EntityQuery
{
    /// <summary>Keeps entities whose name or an alias contains this text, in any case; null keeps all.</summary>
    public string? NameContains { get; init; }

    /// <summary>Keeps strategies of these kinds; null keeps all (ignored for materials).</summary>
    public IReadOnlyList<SubjectKind>? Kinds { get; init; }

    public int Offset { get; init; }

    public int Limit { get; init; } = 100;
}

/// <summary>One page of entities and how many match in all.</summary>
public sealed record EntityPage(IReadOnlyList<EntityView> Items, int TotalCount);
