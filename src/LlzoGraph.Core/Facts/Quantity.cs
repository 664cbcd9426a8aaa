using LlzoGraph.Core.Units;

namespace LlzoGraph.Core.Facts;

/// <summary>How a reported number relates to the true value.</summary>
public enum Qualifier
{
    Exact,
    Approximately,
    LessThan,
    AtMost,
    GreaterThan,
    AtLeast,
    Range,
}

/// <summary>
/// A number with its unit as reported, and the same in SI. A range keeps its upper bound in
/// <see cref="UpperValue"/>; <see cref="Value"/> is then its lower bound.
/// </summary>
public sealed record Quantity
{
    public Quantity(double value, Unit unit, Qualifier qualifier = Qualifier.Exact, double? upperValue = null, string? text = null)
    {
        if (!double.IsFinite(value) || (upperValue is { } u && !double.IsFinite(u)))
        {
            throw new ArgumentOutOfRangeException(nameof(value), "a quantity must be a finite number");
        }

        Value = value;
        Unit = unit;
        Qualifier = upperValue is null ? qualifier : Qualifier.Range;
        UpperValue = upperValue;
        Text = text ?? $"{value} {unit.Symbol}";
    }

    public double Value { get; }

    public double? UpperValue { get; }

    public Unit Unit { get; }

    public Qualifier Qualifier { get; }

    /// <summary>The text the quantity was read from.</summary>
    public string Text { get; }

    public double SiValue => Unit.ToSi(Value);

    public double? SiUpperValue => UpperValue is { } u ? Unit.ToSi(u) : null;
}
