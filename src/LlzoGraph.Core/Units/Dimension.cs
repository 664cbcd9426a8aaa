namespace LlzoGraph.Core.Units;

/// <summary>
/// Exponents of the SI base dimensions (mass, length, time, current, temperature, amount) plus a count
/// dimension for things such as cycles and atoms that papers divide by.
/// </summary>
public readonly record struct Dimension(int Mass, int Length, int Time, int Current, int Temperature, int Amount, int Count)
{
    public static readonly Dimension None;
    public static readonly Dimension M = new(1, 0, 0, 0, 0, 0, 0);
    public static readonly Dimension L = new(0, 1, 0, 0, 0, 0, 0);
    public static readonly Dimension T = new(0, 0, 1, 0, 0, 0, 0);
    public static readonly Dimension I = new(0, 0, 0, 1, 0, 0, 0);
    public static readonly Dimension Theta = new(0, 0, 0, 0, 1, 0, 0);
    public static readonly Dimension N = new(0, 0, 0, 0, 0, 1, 0);
    public static readonly Dimension Items = new(0, 0, 0, 0, 0, 0, 1);

    public static Dimension operator *(Dimension a, Dimension b) => new(
        a.Mass + b.Mass, a.Length + b.Length, a.Time + b.Time, a.Current + b.Current,
        a.Temperature + b.Temperature, a.Amount + b.Amount, a.Count + b.Count);

    public static Dimension operator /(Dimension a, Dimension b) => a * b.Pow(-1);

    public Dimension Pow(int p) => new(Mass * p, Length * p, Time * p, Current * p, Temperature * p, Amount * p, Count * p);

    public Dimension Multiply(Dimension other) => this * other;

    public Dimension Divide(Dimension other) => this / other;

    public override string ToString()
    {
        var parts = new List<string>();
        void Add(string s, int e)
        {
            if (e != 0)
            {
                parts.Add(e == 1 ? s : $"{s}^{e}");
            }
        }

        Add("M", Mass);
        Add("L", Length);
        Add("T", Time);
        Add("I", Current);
        Add("Θ", Temperature);
        Add("N", Amount);
        Add("#", Count);
        return parts.Count == 0 ? "1" : string.Join("·", parts);
    }
}
