using System.Text.RegularExpressions;
using LlzoGraph.Core;
using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Units;

namespace LlzoGraph.Extraction.Quantities;

/// <summary>
/// Reads a text that should hold exactly one quantity ("~2 Ω cm²", "over 800 h", "10⁻² to 10⁻⁵ S cm⁻¹").
/// Never throws: text that is not one quantity is a failure that says why (no number, an unknown unit, two quantities).
/// </summary>
public static partial class QuantityParser
{
    public const int MaxLength = 200;

    public static Parsed<Quantity> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Parsed<Quantity>.Failure("empty quantity");
        }

        if (text.Length > MaxLength)
        {
            return Parsed<Quantity>.Failure($"quantity text longer than {MaxLength} characters");
        }

        var t = text.Trim();
        var found = QuantityFinder.Find(t);
        if (found.Count > 1)
        {
            return Parsed<Quantity>.Failure($"'{t}' holds {found.Count} quantities, not one");
        }

        if (found.Count == 1 && found[0].End == t.Length && LeadOnly().IsMatch(t[..found[0].Start]))
        {
            return Parsed<Quantity>.Success(found[0].Quantity);
        }

        var number = FirstNumber().Match(t);
        if (!number.Success)
        {
            return Parsed<Quantity>.Failure($"'{t}' holds no number");
        }

        if (!NumberText.TryParse(number.Value, out _))
        {
            return Parsed<Quantity>.Failure($"'{t}': '{number.Value}' is not a finite number");
        }

        var rest = t[(number.Index + number.Length)..].Trim();
        if (rest.Length == 0)
        {
            return Parsed<Quantity>.Failure($"'{t}' has a number but no unit");
        }

        var unit = Unit.Parse(rest);
        return Parsed<Quantity>.Failure(unit.Ok ? $"'{t}' is not one quantity" : $"'{t}': {unit.Error}");
    }

    [GeneratedRegex(NumberText.Pattern)]
    private static partial Regex FirstNumber();

    [GeneratedRegex(@"^\s*(?:\p{L}+\s*)?$")]
    private static partial Regex LeadOnly();
}
