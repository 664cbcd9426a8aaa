using System.Globalization;
using System.Text.RegularExpressions;
using LlzoGraph.Core.Text;

namespace LlzoGraph.Extraction.Quantities;

/// <summary>
/// Reads the numbers of scientific prose: <c>12 000</c>, <c>12,000</c>, <c>1.6 × 10⁻⁴</c>, <c>10⁻³</c>, <c>−3.04</c>,
/// <c>10−8</c>, <c>3.0</c>. A comma separates thousands only between groups of three digits after a first digit that is not 0
/// ("0,5" and "1,5" are no numbers: a decimal comma or a list).
/// </summary>
public static partial class NumberText
{
    /// <summary>One number: a bare power of ten (tried first, so "10⁻³" is not read as "10"; a minus sign, not a dash,
    /// also makes one where a conversion lost the superscript: "10−8 S cm−1"), or thousands groups (spaced or comma-separated), decimals and an optional ×10ⁿ.</summary>
    public const string Pattern =
        @"(?:10(?:[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\^[-−]?\d+|−\d{1,2}(?![\d.,]))|[-−–]?(?:\d{1,3}(?:[ \u2009\u202f]\d{3})+(?![\d.])|[1-9]\d{0,2}(?:,\d{3})+(?![\d.]|,\d)|\d+(?:\.\d+)?)(?:\s?" + TimesPowerOfTen + ")?)";

    /// <summary>A factor "× 10ⁿ" (also "x 10^-n").</summary>
    public const string TimesPowerOfTen = @"[×x]\s?10(?:\^?[-−]?\d+|[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)";

    public static bool TryParse(string text, out double value)
    {
        value = 0;
        var s = text.Trim().Replace('−', '-').Replace('–', '-').Replace("\u2009", string.Empty, StringComparison.Ordinal)
            .Replace("\u202f", string.Empty, StringComparison.Ordinal);
        var m = Whole().Match(s);
        if (!m.Success)
        {
            return false;
        }

        var mantissa = m.Groups["m"].Value.Replace(" ", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal);
        var exponent = m.Groups["e"].Success ? Scripts.ToPlain(m.Groups["e"].Value).Replace("^", string.Empty, StringComparison.Ordinal) : null;
        if (mantissa.Length == 0)
        {
            if (exponent is null)
            {
                return false; // nothing at all, not "1"
            }

            mantissa = "1";
        }

        var e = 0;
        if (exponent is not null && (!int.TryParse(exponent, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out e) || Math.Abs(e) > 300))
        {
            return false;
        }

        // parsed with its exponent in one step, so "4.5 × 10⁻⁴" is the double nearest 0.00045, not 4.5 · 10⁻⁴ rounded twice
        var scientific = mantissa + "E" + e.ToString(CultureInfo.InvariantCulture);
        return double.TryParse(scientific, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
    }

    [GeneratedRegex(@"^(?<m>-?(?:\d{1,3}(?: \d{3})+|[1-9]\d{0,2}(?:,\d{3})+|\d+(?:\.\d+)?)?)\s?(?:(?:[×x]\s?)?10(?<e>\^?-?\d+|[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+))?$")]
    private static partial Regex Whole();
}
