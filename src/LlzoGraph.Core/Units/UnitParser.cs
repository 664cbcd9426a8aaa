using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace LlzoGraph.Core.Units;

/// <summary>
/// The unit grammar: products of (prefix) symbol (exponent) with at most one kind of division, in every way
/// papers and their conversions write them — <c>mA cm⁻²</c>, <c>mA cm-2</c>, <c>mA/cm2</c>, <c>mA cm^{-2}</c>,
/// <c>Ω cm 2</c>, <c>Ohm cm2</c>, <c>mA h g⁻¹</c>, <c>$\rm mS~cm^{-1}$</c>.
/// </summary>
internal static partial class UnitParser
{
    private const int MaxLength = 64;

    public static Parsed<Unit> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Parsed<Unit>.Failure("empty unit");
        }

        if (text.Length > MaxLength)
        {
            return Parsed<Unit>.Failure($"unit text longer than {MaxLength} characters");
        }

        if (text.Count(c => c == '{') != text.Count(c => c == '}'))
        {
            return Parsed<Unit>.Failure($"'{text}': unbalanced braces");
        }

        var normal = Normalise(text);
        if (normal.Length == 0)
        {
            return Parsed<Unit>.Failure($"'{text}' holds no unit");
        }

        var factors = new List<(UnitSymbols.Symbol Symbol, string Written, double Scale, int Exponent)>();
        var parts = normal.Split('/');
        for (var p = 0; p < parts.Length; p++)
        {
            var sign = p == 0 ? 1 : -1;
            var tokens = parts[p].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (tokens.Length == 0)
            {
                if (p == 0 && parts.Length > 1)
                {
                    continue; // "/cm2" after a number, e.g. "1/cm2"
                }

                return Parsed<Unit>.Failure($"'{text}': nothing after '/'");
            }

            foreach (var token in tokens)
            {
                var exp = ExponentOnly().Match(token);
                if (exp.Success)
                {
                    if (token == "1" && factors.Count == 0)
                    {
                        continue; // "1/cycles"
                    }

                    if (factors.Count == 0 || factors[^1].Exponent != sign)
                    {
                        return Parsed<Unit>.Failure($"'{text}': exponent '{token}' follows no unit symbol");
                    }

                    var last = factors[^1];
                    factors[^1] = last with { Exponent = sign * ParseExponent(exp.Groups[1].Value) };
                    continue;
                }

                var m = SymbolWithExponent().Match(token);
                if (!m.Success)
                {
                    return Parsed<Unit>.Failure($"'{text}': cannot read '{token}'");
                }

                var resolved = Resolve(m.Groups[1].Value);
                if (resolved is null)
                {
                    return Parsed<Unit>.Failure($"'{text}': unknown unit symbol '{m.Groups[1].Value}'");
                }

                var e = m.Groups[2].Success ? ParseExponent(m.Groups[2].Value) : 1;
                for (var i = 0; i < resolved.Count; i++)
                {
                    var (sym, written, scale) = resolved[i];
                    factors.Add((sym, written, scale, sign * (i == resolved.Count - 1 ? e : 1)));
                }
            }
        }

        if (factors.Count == 0)
        {
            return Parsed<Unit>.Failure($"'{text}' holds no unit");
        }

        var dimension = Dimension.None;
        var factor = 1.0;
        var offset = 0.0;
        foreach (var f in factors)
        {
            if (f.Exponent == 0)
            {
                return Parsed<Unit>.Failure($"'{text}': zero exponent");
            }

            dimension *= f.Symbol.Dimension.Pow(f.Exponent);
            factor *= Math.Pow(f.Symbol.Factor * f.Scale, f.Exponent);
            if (f.Symbol.Alone && (factors.Count != 1 || f.Exponent != 1))
            {
                return Parsed<Unit>.Failure($"'{text}': {f.Symbol.Text} is a unit only on its own");
            }

            if (f.Symbol.Offset != 0)
            {
                if (factors.Count != 1 || f.Exponent != 1)
                {
                    return Parsed<Unit>.Failure($"'{text}': {f.Symbol.Text} cannot be combined with other units");
                }

                offset = f.Symbol.Offset;
            }
        }

        return Parsed<Unit>.Success(new Unit(Render(factors.Select(f => (f.Written, f.Exponent))), dimension, factor, offset));
    }

    /// <summary>Resolves "mA" to milli+ampere, "mAh" to mA·h; null when nothing fits.</summary>
    private static List<(UnitSymbols.Symbol, string, double)>? Resolve(string token)
    {
        var single = ResolveOne(token);
        if (single is not null)
        {
            return [single.Value];
        }

        if (Materials.Elements.IsSymbol(token))
        {
            return null; // "50 nm Ag layer": silver, not ampere-gram; "mAh", "Wh" still join
        }

        for (var split = 1; split < token.Length; split++)
        {
            var left = ResolveOne(token[..split]);
            var right = left is null ? null : ResolveOne(token[split..]);
            if (left is not null && right is not null)
            {
                return [left.Value, right.Value];
            }
        }

        return null;
    }

    private static (UnitSymbols.Symbol, string, double)? ResolveOne(string token)
    {
        if (UnitSymbols.All.TryGetValue(token, out var exact))
        {
            return (exact, exact.Text, 1.0);
        }

        foreach (var (prefix, scale) in UnitSymbols.Prefixes)
        {
            if (token.Length > prefix.Length && token.StartsWith(prefix, StringComparison.Ordinal)
                && UnitSymbols.All.TryGetValue(token[prefix.Length..], out var sym) && sym.Prefixable)
            {
                var p = prefix is "μ" or "u" ? "µ" : prefix;
                return (sym, p + sym.Text, scale);
            }
        }

        return null;
    }

    private static string Render(IEnumerable<(string Written, int Exponent)> factors)
    {
        var list = factors.ToList();
        var num = list.Where(f => f.Exponent > 0).Select(f => Unit.FormatExponent(f.Written, f.Exponent)).ToList();
        var den = list.Where(f => f.Exponent < 0).Select(f => Unit.FormatExponent(f.Written, -f.Exponent)).ToList();
        var top = num.Count == 0 ? "1" : string.Join("·", num);
        return den.Count == 0 ? top : top + "/" + string.Join("·", den);
    }

    private static int ParseExponent(string s) =>
        int.Parse(s.Replace("+", string.Empty, StringComparison.Ordinal), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    /// <summary>Turns every written form into "sym^exp" tokens separated by spaces, with at most '/' between parts.</summary>
    internal static string Normalise(string text)
    {
        var s = text.Normalize(NormalizationForm.FormC).Replace("° C", "°C", StringComparison.Ordinal); // a degree Celsius written apart
        s = LatexCommand().Replace(s, " ");
        var sb = new StringBuilder(s.Length + 8);
        var inSuperscript = false;
        foreach (var ch in s)
        {
            var sup = Superscript(ch);
            if (sup is not null)
            {
                if (!inSuperscript)
                {
                    TrimEndSpaces(sb);
                    sb.Append('^');
                }

                inSuperscript = true;
                sb.Append(sup);
                continue;
            }

            inSuperscript = false;

            sb.Append(ch switch
            {
                '−' or '–' or '‒' => '-',
                '·' or '⋅' or '∙' or '*' or '~' or '\u00a0' or '\u2009' or '\u202f' or '$' or '{' or '}' or '(' or ')' or '×' => ' ',
                _ => ch,
            });
        }

        s = sb.ToString();
        s = s.Replace("Ω", "Ω", StringComparison.Ordinal).Replace("μ", "µ", StringComparison.Ordinal);
        s = s.Replace("^ ", "^", StringComparison.Ordinal);
        s = SpacedExponent().Replace(s, "^$1");         // "cm ^-2", "cm -2" → "cm^-2"
        s = WeightPercent().Replace(s, m => m.Groups[1].Value + "%");
        s = Regex.Replace(s, @"\s*/\s*", "/");
        s = Regex.Replace(s, @"\s+", " ").Trim();
        return s;
    }

    private static void TrimEndSpaces(StringBuilder sb)
    {
        while (sb.Length > 0 && sb[^1] == ' ')
        {
            sb.Length--;
        }
    }

    private static string? Superscript(char c) => c switch
    {
        '⁰' => "0", '¹' => "1", '²' => "2", '³' => "3", '⁴' => "4", '⁵' => "5", '⁶' => "6", '⁷' => "7", '⁸' => "8", '⁹' => "9",
        '⁻' => "-", '⁺' => "+",
        _ => null,
    };

    [GeneratedRegex(@"\\(?:rm|mathrm|text|textrm|mathit|it|,|;|!|:|quad)\b|\\(?=[ ,;!])")]
    private static partial Regex LatexCommand();

    [GeneratedRegex(@"(?<=[A-Za-zΩµ])\s+(?=\^?[+-]?\d)\^?([+-]?\d+)")]
    private static partial Regex SpacedExponent();

    [GeneratedRegex(@"\b(wt|at|vol)\s*\.?\s*%")]
    private static partial Regex WeightPercent();

    [GeneratedRegex(@"^\^?([+-]?\d{1,2})$")]
    private static partial Regex ExponentOnly();

    [GeneratedRegex(@"^([^\d\^+-][^\^]*?)(?:\^?([+-]?\d{1,2}))?$")]
    private static partial Regex SymbolWithExponent();
}
