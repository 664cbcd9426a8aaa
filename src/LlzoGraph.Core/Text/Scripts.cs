namespace LlzoGraph.Core.Text;

/// <summary>Unicode sub- and superscript forms, and the way back to plain characters.</summary>
public static class Scripts
{
    private const string Plain = "0123456789+-=()";
    private const string Sub = "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎";
    private const string Sup = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾";

    private static readonly Dictionary<char, char> SubLetters = new()
    {
        ['a'] = 'ₐ', ['e'] = 'ₑ', ['o'] = 'ₒ', ['x'] = 'ₓ', ['h'] = 'ₕ', ['k'] = 'ₖ', ['l'] = 'ₗ',
        ['m'] = 'ₘ', ['n'] = 'ₙ', ['p'] = 'ₚ', ['s'] = 'ₛ', ['t'] = 'ₜ', ['y'] = 'ᵧ', ['δ'] = 'ᵨ',
    };

    private static readonly Dictionary<char, char> SupLetters = new()
    {
        ['n'] = 'ⁿ', ['i'] = 'ⁱ', ['x'] = 'ˣ', ['y'] = 'ʸ', ['o'] = '°', ['•'] = '•',
    };

    public static bool IsSubscript(char c) => Sub.Contains(c, StringComparison.Ordinal) || SubLetters.ContainsValue(c);

    public static bool IsSuperscript(char c) => Sup.Contains(c, StringComparison.Ordinal) || c is 'ⁿ' or 'ⁱ' or 'ˣ' or 'ʸ';

    public static bool IsSuperscriptDigit(char c) => c is '⁰' or '¹' or '²' or '³' or '⁴' or '⁵' or '⁶' or '⁷' or '⁸' or '⁹';

    /// <summary>Writes <paramref name="text"/> as subscript when unicode has every form; '.' and ',' inside stay as they are.</summary>
    public static string ToSubscript(string text) => Map(text, Sub, SubLetters);

    public static string ToSuperscript(string text) => Map(text, Sup, SupLetters);

    /// <summary>Plain digit or sign for a sub/superscript character, or the character itself.</summary>
    public static char ToPlain(char c)
    {
        var i = Sub.IndexOf(c, StringComparison.Ordinal);
        if (i >= 0)
        {
            return Plain[i];
        }

        i = Sup.IndexOf(c, StringComparison.Ordinal);
        if (i >= 0)
        {
            return Plain[i];
        }

        foreach (var (k, v) in SubLetters)
        {
            if (v == c)
            {
                return k;
            }
        }

        return c switch { 'ⁿ' => 'n', 'ⁱ' => 'i', 'ˣ' => 'x', 'ʸ' => 'y', _ => c };
    }

    public static string ToPlain(string text) => string.Create(text.Length, text, (span, t) =>
    {
        for (var i = 0; i < t.Length; i++)
        {
            span[i] = ToPlain(t[i]);
        }
    });

    /// <summary>Maps every character, or returns the text unchanged when unicode lacks a form for one of them.</summary>
    private static string Map(string text, string forms, Dictionary<char, char> letters)
    {
        var chars = new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i] == '−' || text[i] == '–' ? '-' : text[i];
            var p = Plain.IndexOf(c, StringComparison.Ordinal);
            if (p >= 0)
            {
                chars[i] = forms[p];
            }
            else if (letters.TryGetValue(c, out var l))
            {
                chars[i] = l;
            }
            else if (c is '.' or ',' or ' ' && i > 0 && i < text.Length - 1)
            {
                chars[i] = c; // Li₆.₄La₃, ³²,⁴⁹⁻⁵¹
            }
            else
            {
                return text;
            }
        }

        return new string(chars);
    }
}
