using System.Globalization;
using System.Text;
using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Text;
using LlzoGraph.Core.Units;

namespace LlzoGraph.Core.Queries;

/// <summary>What the rows of a comparison table stand for.</summary>
public enum ComparisonRows
{
    Strategy,
    Paper,
}

/// <summary>One cell: the values reported for a row and a property, in the property's usual unit.</summary>
public sealed record ComparisonCell(Property Property, string Unit, int Count, double? Median, double? Min, double? Max)
{
    public double? Spread => Max - Min;
}

public sealed record ComparisonRow(string Key, string Label, SubjectKind? Kind, IReadOnlyList<ComparisonCell> Cells);

/// <summary>
/// A comparison table: rows are strategies (or papers), columns the chosen properties, each cell the median of the
/// reported values with their count and range, in the property's usual unit. Rows are ordered by how many cells
/// they fill, then by label.
/// </summary>
public sealed record ComparisonTable(IReadOnlyList<Property> Properties, IReadOnlyList<ComparisonRow> Rows)
{
    public static ComparisonTable Build(IEnumerable<MeasurementView> measurements, IReadOnlyList<Property> properties, ComparisonRows rowsBy) =>
        Build(measurements.Select(ComparisonValue.Of), properties, rowsBy);

    /// <summary>
    /// The table of <paramref name="values"/>. A row's label comes from its first value in the store's default
    /// order (property, SI value from high to low, id), whatever order the values arrive in.
    /// </summary>
    public static ComparisonTable Build(IEnumerable<ComparisonValue> values, IReadOnlyList<Property> properties, ComparisonRows rowsBy)
    {
        var units = properties.ToDictionary(p => p, p => PropertyVocabulary.Get(p).Unit);
        var usable = values.Where(v => units.TryGetValue(v.Property, out var u) && v.SiUnit == u.SiSymbol).ToList();
        var rows = usable
            .GroupBy(v => rowsBy == ComparisonRows.Strategy ? v.SubjectId : v.PaperId ?? string.Empty)
            .Select(g =>
            {
                var first = g.OrderBy(v => v.Property.ToString(), StringComparer.Ordinal).ThenByDescending(v => v.SiValue)
                    .ThenBy(v => v.MeasurementId, StringComparer.Ordinal).First();
                var cells = properties.Select(p => Cell(p, units[p], g.Where(v => v.Property == p).Select(v => v.SiValue).Order().ToList())).ToList();
                return rowsBy == ComparisonRows.Strategy
                    ? new ComparisonRow(g.Key, first.SubjectName, first.SubjectKind, cells)
                    : new ComparisonRow(g.Key, first.PaperTitle ?? string.Empty, null, cells);
            })
            .OrderByDescending(r => r.Cells.Count(c => c.Count > 0))
            .ThenBy(r => r.Label, StringComparer.Ordinal)
            .ThenBy(r => r.Key, StringComparer.Ordinal)
            .ToList();
        return new ComparisonTable(properties, rows);
    }

    /// <summary>RFC 4180 CSV: a row label column, then per property its median, count and min–max.</summary>
    public string ToCsv()
    {
        var sb = new StringBuilder();
        var header = new List<string> { "row", "kind" };
        foreach (var p in Properties)
        {
            var name = PropertyVocabulary.Get(p).Name;
            var unit = PropertyVocabulary.Get(p).Unit.Symbol;
            header.AddRange([$"{name} ({unit})", $"{name} count", $"{name} min", $"{name} max"]);
        }

        sb.AppendJoin(',', header.Select(Csv.Quote)).Append('\n');
        foreach (var row in Rows)
        {
            var cells = new List<string> { row.Label, row.Kind?.ToString() ?? string.Empty };
            foreach (var c in row.Cells)
            {
                cells.AddRange([Number(c.Median), c.Count.ToString(CultureInfo.InvariantCulture), Number(c.Min), Number(c.Max)]);
            }

            sb.AppendJoin(',', cells.Select(Csv.Quote)).Append('\n');
        }

        return sb.ToString();
    }

    private static ComparisonCell Cell(Property property, Unit unit, List<double> si)
    {
        if (si.Count == 0)
        {
            return new ComparisonCell(property, unit.Symbol, 0, null, null, null);
        }

        return new ComparisonCell(property, unit.Symbol, si.Count, unit.FromSi(Median.OfSorted(si)), unit.FromSi(si[0]), unit.FromSi(si[^1]));
    }

    private static string Number(double? v) => v?.ToString("G6", CultureInfo.InvariantCulture) ?? string.Empty;
}
