namespace LlzoGraph.Core.Documents;

/// <summary>A numbered (or unnumbered) section heading; <see cref="Level"/> counts the number's parts.</summary>
public sealed record Section(string Number, string Title, int Level)
{
    /// <summary>"2.3.1 Removal of Li₂CO₃" — how the section is named in evidence.</summary>
    public string Label => Number.Length == 0 ? Title : $"{Number} {Title}";
}
