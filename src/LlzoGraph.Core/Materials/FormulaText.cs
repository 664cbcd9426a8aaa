using System.Text;
using System.Text.RegularExpressions;
using LlzoGraph.Core.Text;

namespace LlzoGraph.Core.Materials;

/// <summary>
/// One canonical spelling for a chemical formula however it was written: <c>Li₂CO₃</c>, <c>Li2CO3</c>,
/// <c>Li_2CO_3</c>, <c>Li_{2}CO_{3}</c>, <c>$\rm Li_2CO_3$</c> and <c>Li $_2$ CO $_3$</c> all become <c>Li₂CO₃</c>
/// (unicode subscripts, as the reader prints formulas). Names that are not formulas ("LLZO", "NCM811",
/// "Ta-doped LLZO") keep their letters; only LaTeX markup is taken out of them.
/// </summary>
public static partial class FormulaText
{
    public const int MaxLength = 200;

    public static string Normalise(string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > MaxLength)
        {
            return name?.Trim() ?? string.Empty;
        }

        var s = name.Normalize(NormalizationForm.FormC);
        var latex = s.Contains('$', StringComparison.Ordinal) || s.Contains('_', StringComparison.Ordinal) || s.Contains('\\', StringComparison.Ordinal);
        s = LatexCommand().Replace(s, " ");
        s = s.Replace("$", string.Empty, StringComparison.Ordinal);
        s = Subscript().Replace(s, m => Scripts.ToSubscript(m.Groups[1].Value));
        s = Superscript().Replace(s, m => Scripts.ToSuperscript(m.Groups[1].Value));
        s = s.Replace("{", string.Empty, StringComparison.Ordinal).Replace("}", string.Empty, StringComparison.Ordinal);
        if (latex)
        {
            s = SpaceAroundSubscript().Replace(s, string.Empty); // "Li ₂ CO ₃" → "Li₂CO₃"
        }

        s = Spaces().Replace(s, " ").Trim();
        return string.Join(' ', s.Split(' ').Select(SubscriptDigits));
    }

    /// <summary>Whether a token is written in element symbols and amounts only ("Li₂CO₃", "Li2CO3", "AlN", "(PO4)3").</summary>
    public static bool IsFormula(string token)
    {
        var plain = Scripts.ToPlain(token);
        if (plain.Length == 0 || plain.Length > MaxLength || !FormulaShape().IsMatch(plain))
        {
            return false;
        }

        var symbols = ElementSymbol().Matches(plain).Select(m => m.Value).ToList();
        return symbols.Count > 0 && symbols.All(Elements.IsSymbol) && (symbols.Count > 1 || plain.Any(char.IsDigit));
    }

    /// <summary>Plain amounts in a formula token become subscripts ("Li2CO3" → "Li₂CO₃", "Zr1.4" → "Zr₁.₄").</summary>
    private static string SubscriptDigits(string token)
    {
        if (!token.Any(char.IsAsciiDigit) || !IsFormula(token))
        {
            return token;
        }

        return Amount().Replace(token, m => Scripts.ToSubscript(m.Value));
    }

    [GeneratedRegex(@"\\(?:rm|mathrm|text|textrm|mathit|it|,|;|!|:|quad)\b|\\(?=[ ,;!])")]
    private static partial Regex LatexCommand();

    [GeneratedRegex(@"_\s*\{?\s*([0-9.+\-−xδ]{1,8})\s*\}?")]
    private static partial Regex Subscript();

    [GeneratedRegex(@"\^\s*\{?\s*([0-9+\-−]{1,4})\s*\}?")]
    private static partial Regex Superscript();

    [GeneratedRegex(@"(?<=[\p{L}₀-₉)])\s+(?=[₀-₉])|(?<=[₀-₉])\s+(?=[A-Z(])")]
    private static partial Regex SpaceAroundSubscript();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?:[A-Z][a-z]?|\(|\)|\d+(?:\.\d+)?|[·\-])+$")]
    private static partial Regex FormulaShape();

    [GeneratedRegex(@"[A-Z][a-z]?")]
    private static partial Regex ElementSymbol();

    [GeneratedRegex(@"(?<=[A-Za-z)])\d+(?:\.\d+)?")]
    private static partial Regex Amount();
}
