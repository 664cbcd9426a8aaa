namespace LlzoGraph.Core.Units;

/// <summary>The unit symbols and SI prefixes the unit grammar knows, each with its dimension and SI factor.</summary>
internal static class UnitSymbols
{
    /// <param name="Alone">The symbol is a unit only on its own, never in a product (the C-rate "C"; a share: "5 wt% Mg" is no megagram).</param>
    internal sealed record Symbol(string Text, Dimension Dimension, double Factor, bool Prefixable, double Offset = 0, bool Alone = false);

    /// <summary>The C-rate: a current that charges or discharges the full capacity in one hour ("0.1C", "1 C").</summary>
    internal const string CRate = "C";

    private static readonly Dimension Volt = Dimension.M * Dimension.L.Pow(2) * Dimension.T.Pow(-3) * Dimension.I.Pow(-1);
    private static readonly Dimension Ohm = Volt / Dimension.I;
    private static readonly Dimension Joule = Dimension.M * Dimension.L.Pow(2) * Dimension.T.Pow(-2);

    /// <summary>Symbols by every spelling papers use; the first spelling of a symbol is how it is written back.</summary>
    internal static readonly IReadOnlyDictionary<string, Symbol> All = Build();

    internal static readonly IReadOnlyDictionary<string, double> Prefixes = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["p"] = 1e-12, ["n"] = 1e-9, ["µ"] = 1e-6, ["μ"] = 1e-6, ["u"] = 1e-6, ["m"] = 1e-3,
        ["c"] = 1e-2, ["d"] = 1e-1, ["k"] = 1e3, ["M"] = 1e6, ["G"] = 1e9,
    };

    private static Dictionary<string, Symbol> Build()
    {
        var d = new Dictionary<string, Symbol>(StringComparer.Ordinal);
        void Add(Symbol s, params string[] spellings)
        {
            d[s.Text] = s;
            foreach (var sp in spellings)
            {
                d[sp] = s;
            }
        }

        Add(new("m", Dimension.L, 1, true));
        Add(new("Å", Dimension.L, 1e-10, false), "Å");
        Add(new("g", Dimension.M, 1e-3, true));
        Add(new("s", Dimension.T, 1, true), "sec");
        Add(new("min", Dimension.T, 60, false));
        Add(new("h", Dimension.T, 3600, false), "hr", "hrs", "hour", "hours");
        Add(new("day", Dimension.T, 86400, false), "days");
        Add(new("A", Dimension.I, 1, true));
        Add(new("V", Volt, 1, true));
        Add(new("Ω", Ohm, 1, true), "Ω", "ohm", "Ohm", "ohms", "\\Omega", "Omega");
        Add(new("S", Ohm.Pow(-1), 1, true));
        Add(new("W", Joule / Dimension.T, 1, true));
        Add(new("J", Joule, 1, true));
        Add(new("eV", Joule, 1.602176634e-19, true));
        Add(new("Pa", Dimension.M / Dimension.L / Dimension.T.Pow(2), 1, true));
        Add(new("bar", Dimension.M / Dimension.L / Dimension.T.Pow(2), 1e5, false));
        Add(new("N", Dimension.M * Dimension.L / Dimension.T.Pow(2), 1, true));
        Add(new("K", Dimension.Theta, 1, false));
        Add(new("°C", Dimension.Theta, 1, false, 273.15), "℃", "oC", "degC");
        Add(new("mol", Dimension.N, 1, true));
        Add(new("L", Dimension.L.Pow(3), 1e-3, true));
        Add(new("M", Dimension.N / Dimension.L.Pow(3), 1e3, true)); // molar, mol/L ("1 M HCl"); "MPa" is still mega-pascal
        Add(new("Hz", Dimension.T.Pow(-1), 1, true));
        Add(new(CRate, Dimension.T.Pow(-1), 1.0 / 3600, false, Alone: true));
        Add(new("°", Dimension.None, Math.PI / 180, false), "deg"); // a plane angle ("a contact angle of 41°"), in radians
        Add(new("%", Dimension.None, 0.01, false, Alone: true));
        Add(new("wt%", Dimension.None, 0.01, false, Alone: true), "wt.%", "wt. %");
        Add(new("at%", Dimension.None, 0.01, false, Alone: true), "at.%");
        Add(new("mol%", Dimension.None, 0.01, false, Alone: true), "mol.%");
        Add(new("vol%", Dimension.None, 0.01, false, Alone: true), "vol.%");
        Add(new("ppm", Dimension.None, 1e-6, false));
        Add(new("cycles", Dimension.Items, 1, false), "cycle");
        Add(new("atom", Dimension.Items, 1, false), "atoms");
        return d;
    }
}
