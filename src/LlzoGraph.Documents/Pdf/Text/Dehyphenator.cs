using System.Text.RegularExpressions;

namespace LlzoGraph.Documents.Pdf.Text;

/// <summary>
/// Joins printed lines back into running text. A word broken at a line end by the typesetter
/// ("electro-" / "lyte") is joined; a real hyphen that happens to fall at a line end ("solid-" / "state",
/// "Li-" / "Zn", "LiF-" / "LaF₃") is kept. The document itself is the dictionary: the joined and the
/// hyphenated forms are looked up among the words the document prints inside its lines; when neither
/// occurs, a capital or digit after the break, or a chemical-looking part before it, keeps the hyphen.
/// </summary>
internal sealed partial class Dehyphenator
{
    // element symbols that are not also common English words at a sentence start (In, As, At, Be, He)
    private static readonly HashSet<string> Elements = new(StringComparer.Ordinal)
    {
        "H", "Li", "B", "C", "N", "O", "F", "Ne", "Na", "Mg", "Al", "Si", "P", "S", "Cl", "Ar", "K", "Ca", "Sc", "Ti",
        "V", "Cr", "Mn", "Fe", "Co", "Ni", "Cu", "Zn", "Ga", "Ge", "Se", "Br", "Kr", "Rb", "Sr", "Y", "Zr", "Nb", "Mo", "Tc",
        "Ru", "Rh", "Pd", "Ag", "Cd", "Sn", "Sb", "Te", "I", "Xe", "Cs", "Ba", "La", "Ce", "Pr", "Nd", "Pm", "Sm", "Eu", "Gd",
        "Tb", "Dy", "Ho", "Er", "Tm", "Yb", "Lu", "Hf", "Ta", "W", "Re", "Os", "Ir", "Pt", "Au", "Hg", "Tl", "Pb", "Bi", "Po",
        "Rn", "Fr", "Ra", "Ac", "Th", "Pa", "U", "Np", "Pu",
    };

    private readonly HashSet<string> words = new(StringComparer.OrdinalIgnoreCase);

    public Dehyphenator(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var tokens = Token().Matches(line).Select(m => m.Value).ToList();
            // the first and last token of a line may be parts of a broken word
            for (var i = 1; i < tokens.Count - 1; i++)
            {
                words.Add(tokens[i]);
            }
        }
    }

    /// <summary>Appends <paramref name="next"/> to <paramref name="text"/> as the following printed line.</summary>
    public string Join(string text, string next)
    {
        if (text.Length == 0)
        {
            return next;
        }

        if (next.Length == 0)
        {
            return text;
        }

        if (text.Length >= 2 && text[^1] is '-' or '–' && char.IsLetterOrDigit(next[0]))
        {
            if (text[^1] == '–' || !char.IsLetter(text[^2]))
            {
                return text + next; // 2233-2241, 38151–38158, Al₀.₂₅-La₃, Z.-Z.
            }

            var before = Tail().Match(text[..^1]).Value;
            var after = Head().Match(next).Value;
            if (next.Length > after.Length + 1 && next[after.Length] == '-' && char.IsLetterOrDigit(next[after.Length + 1]))
            {
                return text + next; // a compound goes on after the break: point-to-point, state-of-the-art
            }

            return KeepHyphen(before, after) ? text + next : text[..^1] + next;
        }

        return text + " " + next;
    }

    internal bool KeepHyphen(string before, string after)
    {
        if (before.Length == 0 || after.Length == 0)
        {
            return true;
        }

        var joined = before + after;
        var hyphenated = before + "-" + after;
        var lastPart = before.Contains('-', StringComparison.Ordinal) ? before[(before.LastIndexOf('-') + 1)..] : before;
        var asHyphenated = words.Contains(hyphenated) || words.Contains(lastPart + "-" + after);
        var asJoined = words.Contains(joined) || words.Contains(lastPart + after);
        if (asHyphenated || asJoined)
        {
            return asHyphenated;
        }

        if (char.IsUpper(after[0]) || char.IsDigit(after[0]))
        {
            return true; // Li-Zn, LiF-LaF₃, 2233-2241
        }

        // a chemical or an abbreviation before the break: Li-, LLZO-, NCM811-
        if (lastPart.Skip(1).Any(char.IsUpper) || lastPart.Any(char.IsDigit) || Elements.Contains(lastPart))
        {
            return true;
        }

        // two words the document uses on their own make a compound (trioxane-modulated); a typesetter's
        // break leaves at least one part that is not a word (electro-lyte)
        return lastPart.Length >= 4 && after.Length >= 4 && words.Contains(lastPart) && words.Contains(after);
    }

    [GeneratedRegex(@"[\p{L}\p{N}₀-₉⁰-⁹]+(?:-[\p{L}\p{N}₀-₉⁰-⁹]+)*")]
    private static partial Regex Token();

    [GeneratedRegex(@"[\p{L}\p{N}₀-₉⁰-⁹-]+$")]
    private static partial Regex Tail();

    [GeneratedRegex(@"^[\p{L}\p{N}₀-₉⁰-⁹]+")]
    private static partial Regex Head();
}
