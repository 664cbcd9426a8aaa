using System.Text.RegularExpressions;
using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Units;

namespace LlzoGraph.Extraction.Quantities;

/// <summary>Reads a table cell that holds a number in the column's unit: <c>2.6</c>, <c>~1</c>, <c>12 000</c>, <c>0.3–0.4</c>, <c>&lt;0.05</c>.</summary>
public static partial class CellValue
{
    public static Quantity? Parse(string cell, Unit unit)
    {
        var m = Cell().Match(cell.Trim());
        if (!m.Success || !NumberText.TryParse(m.Groups["a"].Value, out var a))
        {
            return null;
        }

        double? b = m.Groups["b"].Success && NumberText.TryParse(m.Groups["b"].Value, out var upper) ? upper : null;
        var qualifier = m.Groups["pre"].Value switch
        {
            "~" or "≈" => Qualifier.Approximately,
            "<" => Qualifier.LessThan,
            "≤" => Qualifier.AtMost,
            ">" => Qualifier.GreaterThan,
            "≥" => Qualifier.AtLeast,
            _ => Qualifier.Exact,
        };
        return b is { } hi
            ? new Quantity(Math.Min(a, hi), unit, Qualifier.Range, Math.Max(a, hi), cell.Trim())
            : new Quantity(a, unit, qualifier, text: cell.Trim());
    }

    [GeneratedRegex(@"^(?<pre>[~≈<>≤≥])?\s*(?<a>" + NumberText.Pattern + @")(?:\s*[-–−]\s*(?<b>" + NumberText.Pattern + @"))?$")]
    private static partial Regex Cell();
}
