using System.Globalization;

namespace LlzoGraph.Core.Text;

public static class Csv
{
    /// <summary>RFC 4180 quoting; a leading =, +, - or @ is prefixed so spreadsheets do not run it as a formula.</summary>
    public static string Quote(string value)
    {
        var v = value.Length > 0 && value[0] is '=' or '+' or '@' or '-' && !double.TryParse(value, CultureInfo.InvariantCulture, out _)
            ? "'" + value
            : value;
        return v.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : v;
    }
}
