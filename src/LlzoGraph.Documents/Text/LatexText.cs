using LlzoGraph.Core.Text;
using System.Text;
using System.Text.RegularExpressions;

namespace LlzoGraph.Documents.Text;

/// <summary>
/// Turns the LaTeX fragments and script markup that PDF-to-text converters leave behind into chemistry-true
/// unicode: <c>$\rm Li_2CO_3$</c>, <c>Li $_2$ CO $_3$</c> and <c>Li_2CO_3</c> all become <c>Li₂CO₃</c>,
/// <c>$\sim 1~\Omega~\text{cm}^2$</c> becomes <c>~1 Ω cm²</c>, <c>^{32,49-51}</c> becomes <c>³²,⁴⁹⁻⁵¹</c>.
/// </summary>
public static partial class LatexText
{
    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["sim"] = "~", ["approx"] = "≈", ["Omega"] = "Ω", ["mu"] = "µ", ["times"] = "×", ["pm"] = "±",
        ["cdot"] = "·", ["circ"] = "°", ["degree"] = "°", ["dagger"] = "†", ["ddagger"] = "‡", ["alpha"] = "α",
        ["beta"] = "β", ["gamma"] = "γ", ["delta"] = "δ", ["Delta"] = "Δ", ["rho"] = "ρ", ["sigma"] = "σ",
        ["lambda"] = "λ", ["theta"] = "θ", ["eta"] = "η", ["tau"] = "τ", ["le"] = "≤", ["leq"] = "≤", ["ge"] = "≥",
        ["geq"] = "≥", ["rightarrow"] = "→", ["to"] = "→", ["%"] = "%", ["AA"] = "Å", ["prime"] = "′",
        ["&"] = "&", ["_"] = "_", ["#"] = "#", ["{"] = "{", ["}"] = "}",
    };

    /// <summary>Normalises one line or paragraph of converted text.</summary>
    public static string Normalise(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var s = text;
        if (s.Contains('$', StringComparison.Ordinal))
        {
            s = GlueScriptOnlyMath().Replace(s, m => Math(m.Groups[1].Value));
            s = InlineMath().Replace(s, m => Math(m.Groups[1].Value));
        }

        if (s.Contains('_', StringComparison.Ordinal) || s.Contains('^', StringComparison.Ordinal) || s.Contains('\\', StringComparison.Ordinal))
        {
            s = Math(s);
        }

        s = SpaceBeforeSubscript().Replace(s, string.Empty);
        s = SpaceInsideFormula().Replace(s, string.Empty);
        s = SpaceBeforeUnitExponent().Replace(s, string.Empty);
        s = SpaceBeforePunctuation().Replace(s, string.Empty);
        s = MultiSpace().Replace(s, " ");
        return s.Trim();
    }

    /// <summary>Rewrites TeX math (or stray TeX outside $…$) into unicode text.</summary>
    private static string Math(string tex)
    {
        var s = tex;
        s = Command().Replace(s, m =>
        {
            var name = m.Groups[1].Value;
            if (Symbols.TryGetValue(name, out var sym))
            {
                return sym;
            }

            // formatting commands keep their argument; accents and unknown commands vanish
            return string.Empty;
        });

        // a TeX tie ("1~\Omega") is a space; a "~" before a number ("\sim 1", a converter's "~1") means "about" and stays
        s = Tie().Replace(s, " ");
        s = Script().Replace(s, m =>
        {
            var body = m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Value;
            body = body.Replace("{", string.Empty, StringComparison.Ordinal).Replace("}", string.Empty, StringComparison.Ordinal);
            return m.Groups[1].Value == "_" ? Scripts.ToSubscript(body.Trim()) : Scripts.ToSuperscript(body.Trim());
        });
        s = s.Replace("{", string.Empty, StringComparison.Ordinal).Replace("}", string.Empty, StringComparison.Ordinal);
        s = s.Replace("^°", "°", StringComparison.Ordinal).Replace("°°", "°", StringComparison.Ordinal);
        return s;
    }

    // "Li $_2$ CO $_3$ can": a math segment holding only a script glues to the word before, and to the
    // word after when that word continues a formula (starts with an element-like capital).
    [GeneratedRegex(@"\s*\$\s*([_^]\{?[^$\s]{1,12}\}?)\s*\$(?:\s+(?=[A-Z][a-z]?(?:[A-Z\d(₀-₉]|\$|\s[A-Z][a-z]?\s?\$)))?")]
    private static partial Regex GlueScriptOnlyMath();

    [GeneratedRegex(@"\$([^$]{1,400})\$")]
    private static partial Regex InlineMath();

    [GeneratedRegex(@"~(?!\s?[\d.]|\s*$)")]
    private static partial Regex Tie();

    [GeneratedRegex(@"\\([A-Za-z]+|[%&_#{},;:! ])\s?")]
    private static partial Regex Command();

    [GeneratedRegex(@"([_^])(?:\{([^{}]{1,40})\}|([+\-−]?\d+|[A-Za-z+\-−]))")]
    private static partial Regex Script();

    [GeneratedRegex(@"(?<=[\p{L}\p{N})\]])[ \t]+(?=[₀-₉ₓₐₑₒ₊₋])")]
    private static partial Regex SpaceBeforeSubscript();

    // "Al₂ O₃" → "Al₂O₃": a space between a subscript and an element that carries its own subscript
    [GeneratedRegex(@"(?<=[₀-₉])[ \t]+(?=[A-Z][a-z]?[₀-₉])")]
    private static partial Regex SpaceInsideFormula();

    [GeneratedRegex(@"(?<=\b(?:cm|m|mm|µm|nm|g|kg|s|h|S|A|V|K|mol|L))[ \t]+(?=[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹])")]
    private static partial Regex SpaceBeforeUnitExponent();

    // "Li₂CO₃ . 53": a space a converter left before a stop or comma
    [GeneratedRegex(@"(?<=[\p{L}\p{N})])[ \t]+(?=[.,;:](?:\s|$))")]
    private static partial Regex SpaceBeforePunctuation();

    [GeneratedRegex(@"[ \t\u00a0]{2,}")]
    private static partial Regex MultiSpace();
}
