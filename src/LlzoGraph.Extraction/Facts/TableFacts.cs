using System.Text.RegularExpressions;
using LlzoGraph.Core.Documents;
using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Units;
using LlzoGraph.Extraction.Citations;
using LlzoGraph.Extraction.Quantities;
using LlzoGraph.Extraction.Vocabulary;

namespace LlzoGraph.Extraction.Facts;

/// <summary>
/// Turns table rows into measurements: the first column names the subject, each column whose header names a
/// property and a unit gives values, a column that holds only a condition (a current density under "Cycle
/// stability") qualifies the values beside it line by line, and a "Ref." column gives the cited references.
/// </summary>
internal static partial class TableFacts
{
    private const double Confidence = 0.9;

    private sealed record Column(int Index, string Group, Property? Property, string? Condition, Unit? Unit, bool IsReference)
    {
        /// <summary>A property the header names although its unit cannot be that property ("Ionic conductivity (h)").</summary>
        public Property? Contradicted { get; init; }
    }

    public static IEnumerable<Measurement> Extract(DocumentTable table, int blockIndex)
    {
        var columns = table.Columns.Select((h, i) => Describe(i, h)).ToList();
        foreach (var row in table.Rows)
        {
            var name = row.Cell(0);
            if (name.Length == 0)
            {
                continue;
            }

            var subject = SubjectNames.FromName(name, table.Columns.Count > 0 ? table.Columns[0] : string.Empty);
            var refs = ReferenceCells(table with { Rows = [row] }).SelectMany(x => x.Numbers).ToList();
            var evidence = new Evidence(EvidenceKind.TableRow, table.Section, EvidenceText(table, row), blockIndex, table.Label, row.Index, table.Page, table.Box);
            foreach (var column in columns.Where(c => c.Property is not null && c.Unit is not null))
            {
                var lines = row.Cells[column.Index];
                for (var line = 0; line < lines.Count; line++)
                {
                    var quantity = CellValue.Parse(lines[line], column.Unit!);
                    if (quantity is null)
                    {
                        continue;
                    }

                    var conditions = columns
                        .Where(c => c.Condition is not null && c.Unit is not null && c.Group == column.Group)
                        .Select(c => (c, Text: row.Cell(c.Index, row.Cells[c.Index].Count == 1 ? 0 : line)))
                        .Select(x => (x.c, Quantity: CellValue.Parse(x.Text, x.c.Unit!)))
                        .Where(x => x.Quantity is not null)
                        .Select(x => new Condition(x.c.Condition!, x.Quantity!))
                        .ToList();
                    yield return new Measurement(subject, column.Property!.Value, quantity, conditions, evidence, refs, Confidence);
                }
            }
        }
    }

    /// <summary>The cells of columns whose header names a property in a unit that property cannot have.</summary>
    public static IEnumerable<FlaggedValue> Flagged(DocumentTable table, int blockIndex)
    {
        var columns = table.Columns.Select((h, i) => Describe(i, h)).Where(c => c.Contradicted is not null).ToList();
        foreach (var row in table.Rows)
        {
            foreach (var column in columns)
            {
                foreach (var cell in row.Cells[column.Index])
                {
                    if (CellValue.Parse(cell, column.Unit!) is { } quantity)
                    {
                        var definition = PropertyVocabulary.Get(column.Contradicted!.Value);
                        var evidence = new Evidence(EvidenceKind.TableRow, table.Section, EvidenceText(table, row), blockIndex, table.Label, row.Index, table.Page, table.Box);
                        yield return new FlaggedValue(definition.Key, quantity, evidence,
                            $"column '{table.Columns[column.Index]}' gives {definition.Name} in {column.Unit!.Symbol} ({column.Unit.Dimension}), but it is measured in {definition.Unit.Symbol} ({definition.Unit.Dimension})");
                    }
                }
            }
        }
    }

    /// <summary>Each row's reference numbers, from the table's "Ref." column(s).</summary>
    public static IEnumerable<(TableRow Row, IReadOnlyList<int> Numbers)> ReferenceCells(DocumentTable table)
    {
        var columns = table.Columns.Select((h, i) => Describe(i, h)).Where(c => c.IsReference).ToList();
        foreach (var row in table.Rows)
        {
            var numbers = columns.SelectMany(c => row.Cells[c.Index].SelectMany(CitationFinder.Expand)).Distinct().ToList();
            if (numbers.Count > 0)
            {
                yield return (row, numbers);
            }
        }
    }

    private static Column Describe(int index, string header)
    {
        var parts = header.Split(" / ");
        var last = parts[^1];
        var group = parts.Length > 1 ? string.Join(" / ", parts[..^1]) : string.Empty;
        if (ReferenceHeader().IsMatch(last))
        {
            return new Column(index, group, null, null, null, true);
        }

        var unitText = UnitInHeader().Match(last);
        var unit = unitText.Success && Unit.Parse(unitText.Groups[1].Value) is { Ok: true } u ? u.Value : null;
        if (unit is null)
        {
            return new Column(index, group, null, null, null, false);
        }

        var named = PropertyMatcher.Find(last).Concat(PropertyMatcher.Find(header)).Select(m => PropertyVocabulary.Get(m.Value)).ToList();
        var property = named.FirstOrDefault(p => p.Accepts(unit))?.Key;
        if (property is not null)
        {
            return new Column(index, group, property, null, unit, false);
        }

        var condition = Conditions.NameOf(new QuantityMention(0, 0, new Quantity(1, unit), "at"));
        var ownName = PropertyMatcher.Find(last).Select(m => (Property?)m.Value).FirstOrDefault();
        return new Column(index, group, null, condition, unit, false) { Contradicted = condition is null ? ownName : null };
    }

    internal static string EvidenceText(DocumentTable table, TableRow row)
    {
        var cells = table.Columns.Select((h, i) => (h, v: string.Join(" / ", row.Cells[i].Where(s => s.Length > 0))))
            .Where(x => x.v.Length > 0)
            .Select(x => $"{x.h}: {x.v}");
        return $"{table.Caption} — {string.Join("; ", cells)}";
    }

    [GeneratedRegex(@"^\s*(?:refs?\.?|references?|citations?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ReferenceHeader();

    [GeneratedRegex(@"\(([^()]+)\)\s*$")]
    private static partial Regex UnitInHeader();
}
