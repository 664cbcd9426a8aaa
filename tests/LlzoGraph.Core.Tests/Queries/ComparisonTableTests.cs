using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Queries;
using LlzoGraph.Core.Units;

namespace LlzoGraph.Core.Tests.Queries;

public class ComparisonTableTests
{
    private static readonly PaperView Paper = new("paper:p", "A paper, with a comma", [], null, 2024, "p.txt");

    private static MeasurementView M(string subject, Property property, double value, string unitText)
    {
        var unit = Unit.Parse(unitText).GetValueOrThrow();
        return new MeasurementView(subject + value, "s:" + subject, subject, SubjectKind.Interlayer, property, value, null, unit.Symbol,
            unit.ToSi(value), unit.SiSymbol, Qualifier.Exact, [], new EvidenceView(Paper, EvidenceKind.Sentence, "1", "t", null, null, null, null), [], 0.9);
    }

    [Fact]
    public void Cells_hold_the_median_count_and_range_in_the_propertys_usual_unit()
    {
        var table = ComparisonTable.Build(
        [
            M("A interlayer", Property.CriticalCurrentDensity, 1.0, "mA/cm2"),
            M("A interlayer", Property.CriticalCurrentDensity, 3000, "µA/cm2"),
            M("A interlayer", Property.CriticalCurrentDensity, 2.0, "mA/cm2"),
            M("A interlayer", Property.InterfacialResistance, 10, "Ω cm2"),
            M("B interlayer", Property.CriticalCurrentDensity, 0.5, "mA/cm2"),
        ], [Property.CriticalCurrentDensity, Property.InterfacialResistance], ComparisonRows.Strategy);

        Assert.Equal(["A interlayer", "B interlayer"], table.Rows.Select(r => r.Label));
        var ccd = table.Rows[0].Cells[0];
        Assert.Equal(("mA/cm2", 3), (ccd.Unit, ccd.Count));
        Assert.Equal(2.0, ccd.Median!.Value, 9);
        Assert.Equal((1.0, 3.0), (ccd.Min!.Value, Math.Round(ccd.Max!.Value, 9)));
        Assert.Equal(0, table.Rows[1].Cells[1].Count);
        Assert.Null(table.Rows[1].Cells[1].Median);
    }

    [Fact]
    public void Rows_by_paper_and_the_csv_quote_what_needs_it()
    {
        var table = ComparisonTable.Build([M("A interlayer", Property.CriticalCurrentDensity, 1.0, "mA/cm2")], [Property.CriticalCurrentDensity], ComparisonRows.Paper);

        var lines = table.ToCsv().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("row,kind,critical current density (mA/cm2),critical current density count,critical current density min,critical current density max", lines[0]);
        Assert.Equal("\"A paper, with a comma\",,1,1,1,1", lines[1]);
    }
}
