namespace LlzoGraph.Extraction.Tagging;

/// <summary>Element symbols and a reading of a token as a formula: element symbols with stoichiometry.</summary>
internal static class ChemicalElements
{
    private static readonly HashSet<string> Symbols = new(StringComparer.Ordinal)
    {
        "H", "He", "Li", "Be", "B", "C", "N", "O", "F", "Ne", "Na", "Mg", "Al", "Si", "P", "S", "Cl", "Ar", "K", "Ca",
        "Sc", "Ti", "V", "Cr", "Mn", "Fe", "Co", "Ni", "Cu", "Zn", "Ga", "Ge", "As", "Se", "Br", "Kr", "Rb", "Sr", "Y",
        "Zr", "Nb", "Mo", "Tc", "Ru", "Rh", "Pd", "Ag", "Cd", "In", "Sn", "Sb", "Te", "I", "Xe", "Cs", "Ba", "La", "Ce",
        "Pr", "Nd", "Pm", "Sm", "Eu", "Gd", "Tb", "Dy", "Ho", "Er", "Tm", "Yb", "Lu", "Hf", "Ta", "W", "Re", "Os", "Ir",
        "Pt", "Au", "Hg", "Tl", "Pb", "Bi", "Po", "At", "Rn", "Fr", "Ra", "Ac", "Th", "Pa", "U", "Np", "Pu",
    };

    public static bool IsSymbol(string text) => Symbols.Contains(text);

    /// <summary>
    /// Reads a token as a formula: how many element symbols it holds and whether stoichiometric numbers follow them,
    /// or (0, false) when any part is not an element, a number, a bracket or a joining sign (-, |, /, ·).
    /// </summary>
    public static (int Elements, bool Stoichiometry) Read(string token)
    {
        var elements = 0;
        var stoichiometry = false;
        var i = 0;
        while (i < token.Length)
        {
            var c = token[i];
            if (c is >= 'A' and <= 'Z')
            {
                var two = i + 1 < token.Length && char.IsLower(token[i + 1]) && Symbols.Contains(token.Substring(i, 2));
                var length = two ? 2 : 1;
                if (!two && !Symbols.Contains(token.Substring(i, 1)))
                {
                    return (0, false);
                }

                elements++;
                i += length;
            }
            else if (char.IsDigit(c) || c is >= '₀' and <= '₉' or 'ₓ' or 'δ' or 'x' or 'y' or 'z' or '.')
            {
                stoichiometry |= c != '.';
                i++;
            }
            else if (c is '(' or ')' or '[' or ']' or '-' or '|' or '/' or '·' or '+' or ',' or '@')
            {
                i++;
            }
            else
            {
                return (0, false);
            }
        }

        return (elements, stoichiometry);
    }
}
