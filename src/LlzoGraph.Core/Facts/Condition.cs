namespace LlzoGraph.Core.Facts;

/// <summary>A condition a value was measured under: temperature, current density, pressure, cycles, C-rate ("rate").</summary>
public sealed record Condition(string Name, Quantity Quantity);
