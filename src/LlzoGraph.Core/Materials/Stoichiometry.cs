using System.Globalization;
using LlzoGraph.Core.Text;

namespace LlzoGraph.Core.Materials;

/// <summary>
/// The elements of a formula with their amounts, in the order written: <c>Li₆.₄La₃Zr₁.₄Ta₀.₆O₁₂</c> → Li 6.4, La 3,
/// Zr 1.4, Ta 0.6, O 12; groups multiply (<c>Li₃(PO₄)</c>), a repeated element adds up.
/// </summary>
public sealed record Stoichiometry(IReadOnlyList<(string Element, double Amount)> Elements)
{
    private const int MaxDepth = 8;

    public double AmountOf(string element) => Elements.Where(e => e.Element == element).Sum(e => e.Amount);

    /// <summary>Reads a formula written in any of the forms <see cref="FormulaText"/> knows; never throws.</summary>
    public static Parsed<Stoichiometry> Parse(string? formula)
    {
        if (string.IsNullOrWhiteSpace(formula))
        {
            return Parsed<Stoichiometry>.Failure("empty formula");
        }

        if (formula.Length > FormulaText.MaxLength)
        {
            return Parsed<Stoichiometry>.Failure($"formula longer than {FormulaText.MaxLength} characters");
        }

        var text = Scripts.ToPlain(FormulaText.Normalise(formula)).Replace(" ", string.Empty, StringComparison.Ordinal);
        var position = 0;
        var amounts = new List<(string Element, double Amount)>();
        var error = ReadGroup(text, ref position, amounts, 0);
        if (error is null && position < text.Length)
        {
            error = text[position] == ')' ? "a ')' that no '(' opens" : $"cannot read '{text[position]}' at position {position}";
        }

        if (error is null && amounts.Count == 0)
        {
            error = "no element";
        }

        if (error is not null)
        {
            return Parsed<Stoichiometry>.Failure($"'{formula}': {error}");
        }

        var merged = amounts.GroupBy(a => a.Element).Select(g => (g.Key, g.Sum(a => a.Amount))).ToList();
        return Parsed<Stoichiometry>.Success(new Stoichiometry(merged));
    }

    private static string? ReadGroup(string text, ref int i, List<(string, double)> into, int depth)
    {
        if (depth > MaxDepth)
        {
            return "parentheses nested too deeply";
        }

        while (i < text.Length && text[i] != ')')
        {
            if (text[i] == '(')
            {
                i++;
                var inner = new List<(string, double)>();
                var error = ReadGroup(text, ref i, inner, depth + 1);
                if (error is not null)
                {
                    return error;
                }

                if (i >= text.Length || text[i] != ')')
                {
                    return "a '(' that no ')' closes";
                }

                i++;
                var times = ReadAmount(text, ref i);
                if (times is null)
                {
                    return "an amount that is not a finite number";
                }

                into.AddRange(inner.Select(e => (e.Item1, e.Item2 * times.Value)));
                continue;
            }

            if (!char.IsAsciiLetterUpper(text[i]))
            {
                return $"cannot read '{text[i]}' at position {i}";
            }

            var start = i++;
            if (i < text.Length && char.IsAsciiLetterLower(text[i]))
            {
                i++;
            }

            var symbol = text[start..i];
            if (!Materials.Elements.IsSymbol(symbol))
            {
                return $"'{symbol}' is not an element";
            }

            var amount = ReadAmount(text, ref i);
            if (amount is null)
            {
                return "an amount that is not a finite number";
            }

            into.Add((symbol, amount.Value));
        }

        return null;
    }

    /// <summary>The amount after a symbol or group: 1 when none is written; null when it is not a finite number.</summary>
    private static double? ReadAmount(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && (char.IsAsciiDigit(text[i]) || (text[i] == '.' && i > start)))
        {
            i++;
        }

        if (i == start)
        {
            return 1;
        }

        var ok = double.TryParse(text[start..i], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value);
        return ok && double.IsFinite(value) ? value : null;
    }
}
