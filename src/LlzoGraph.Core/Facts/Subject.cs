namespace LlzoGraph.Core.Facts;

/// <summary>The thing a value belongs to: "AlN interlayer" (an interlayer of AlN), "HF treatment", "LLZTO".</summary>
public sealed record Subject(string Name, SubjectKind Kind, IReadOnlyList<string> Materials)
{
    public bool IsStrategy => Kind != SubjectKind.Material;
}
