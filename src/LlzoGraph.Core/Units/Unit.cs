using System.Globalization;

namespace LlzoGraph.Core.Units;

/// <summary>
/// A parsed unit: its normalised symbol ("mA/cm2", "Ω·cm2"), its dimension, and how a value in it becomes SI
/// (<c>si = value × Factor + Offset</c>; only temperatures have an offset). Build one with <see cref="Parse"/>.
/// </summary>
public sealed record Unit
{
    internal Unit(string symbol, Dimension dimension, double factor, double offset)
    {
        Symbol = symbol;
        Dimension = dimension;
        Factor = factor;
        Offset = offset;
    }

    public string Symbol { get; }

    public Dimension Dimension { get; }

    public double Factor { get; }

    public double Offset { get; }

    /// <summary>The coherent SI unit of this unit's dimension ("A/m2" for "mA/cm2"; "J/m3", not "Pa", for "Wh/L").</summary>
    public string SiSymbol => IsEnergyPerVolume ? "J/m3" : CanonicalUnits.SymbolOf(Dimension);

    public static Parsed<Unit> Parse(string text) => UnitParser.Parse(text);

    public double ToSi(double value) => Significant(value * Factor + Offset);

    public double FromSi(double si) => Significant((si - Offset) / Factor);

    public bool IsCompatibleWith(Unit other) => Dimension == other.Dimension;

    /// <summary>Whether this is the C-rate of a charge or discharge ("0.1C").</summary>
    public bool IsCRate => Symbol == UnitSymbols.CRate;

    /// <summary>A share by mass, atoms or moles ("2 wt%", "10 at%", "5 mol%"): a composition, never the value of a property.</summary>
    public bool IsComposition => Symbol is "wt%" or "at%" or "mol%";

    /// <summary>
    /// An energy per volume ("W·h/L", "J/cm3"): the dimension of a pressure or a modulus, which it never measures, as no
    /// pressure ("MPa") is a volumetric energy density.
    /// </summary>
    public bool IsEnergyPerVolume => Dimension == PressureDimension && Symbol.Split('/')[0] is var top
        && (top.EndsWith("W·h", StringComparison.Ordinal) || top.EndsWith('J'));

    private static readonly Dimension PressureDimension = Dimension.M / Dimension.L / Dimension.T.Pow(2);

    /// <summary>Converts a value in this unit to <paramref name="target"/>, or fails when the dimensions differ.</summary>
    public Parsed<double> ConvertTo(double value, Unit target) =>
        IsCompatibleWith(target)
            ? Parsed<double>.Success(target.FromSi(ToSi(value)))
            : Parsed<double>.Failure($"cannot convert {Symbol} ({Dimension}) to {target.Symbol} ({target.Dimension})");

    public override string ToString() => Symbol;

    /// <summary>
    /// A converted value to 15 significant digits, which drops the binary rounding of the factor: 3.2 kΩ cm² is 3200 Ω cm²,
    /// not 3200.0000000000005.
    /// </summary>
    private static double Significant(double value) =>
        double.IsFinite(value) && value != 0 ? double.Parse(value.ToString("G15", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : value;

    internal static string FormatExponent(string symbol, int exponent) =>
        exponent == 1 ? symbol : symbol + exponent.ToString(CultureInfo.InvariantCulture);
}
