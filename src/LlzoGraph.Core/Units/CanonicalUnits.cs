namespace LlzoGraph.Core.Units;

/// <summary>Names the coherent SI unit of a dimension, using the derived units papers in this field report.</summary>
public static class CanonicalUnits
{
    private static readonly Dictionary<Dimension, string> Named = new[]
    {
        "A/m2", "Ω·m2", "S/m", "Ω", "S", "s", "K", "Pa", "m", "kg", "V", "A", "J", "W", "W/kg", "J/kg",
        "A·s/kg", "A·s/m2", "J/atom", "mol", "1/cycles", "kg/m2", "kg/m3", "m2", "Hz",
    }.Select(s => UnitParser.Parse(s).GetValueOrThrow()).GroupBy(u => u.Dimension).ToDictionary(g => g.Key, g => g.First().Symbol);

    /// <summary>The SI symbol for <paramref name="dimension"/>; base units written out when it has no name.</summary>
    public static string SymbolOf(Dimension dimension)
    {
        if (dimension == Dimension.None)
        {
            return "1";
        }

        if (Named.TryGetValue(dimension, out var name))
        {
            return name;
        }

        var num = new List<string>();
        var den = new List<string>();
        void Add(string s, int e)
        {
            if (e > 0)
            {
                num.Add(Unit.FormatExponent(s, e));
            }
            else if (e < 0)
            {
                den.Add(Unit.FormatExponent(s, -e));
            }
        }

        Add("kg", dimension.Mass);
        Add("m", dimension.Length);
        Add("s", dimension.Time);
        Add("A", dimension.Current);
        Add("K", dimension.Temperature);
        Add("mol", dimension.Amount);
        Add("cycles", dimension.Count);
        var top = num.Count == 0 ? "1" : string.Join("·", num);
        return den.Count == 0 ? top : top + "/" + string.Join("·", den);
    }
}
