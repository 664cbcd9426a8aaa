namespace LlzoGraph.Core.Facts;

/// <summary>What a measurement is about: a material itself, or a strategy applied to it.</summary>
public enum SubjectKind
{
    Material,
    Treatment,
    Interlayer,
    Coating,
    Additive,
    Process,
    Other,
}
