using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Units;
using LlzoGraph.Extraction.Quantities;

namespace LlzoGraph.Extraction.Tests.Quantities;

public class CellValueTests
{
    private static readonly Unit Hours = Unit.Parse("h").GetValueOrThrow();

    [Theory]
    [InlineData("7.5", 7.5, null, Qualifier.Exact)]
    [InlineData(" 7.5 ", 7.5, null, Qualifier.Exact)]
    [InlineData("~2", 2, null, Qualifier.Approximately)]
    [InlineData("≈2", 2, null, Qualifier.Approximately)]
    [InlineData("<0.02", 0.02, null, Qualifier.LessThan)]
    [InlineData("≤0.02", 0.02, null, Qualifier.AtMost)]
    [InlineData("> 300", 300, null, Qualifier.GreaterThan)]
    [InlineData("≥300", 300, null, Qualifier.AtLeast)]
    [InlineData("15 000", 15000, null, Qualifier.Exact)]
    [InlineData("0.2–0.6", 0.2, 0.6, Qualifier.Range)]
    [InlineData("0.6-0.2", 0.2, 0.6, Qualifier.Range)]
    [InlineData("3.1 × 10⁻⁴", 3.1e-4, null, Qualifier.Exact)]
    public void Reads_a_cell_in_the_columns_unit(string cell, double value, double? upper, Qualifier qualifier)
    {
        var q = CellValue.Parse(cell, Hours);

        Assert.NotNull(q);
        Assert.Equal(value, q.Value, 1e-12);
        Assert.Equal(upper, q.UpperValue);
        Assert.Equal(qualifier, q.Qualifier);
        Assert.Same(Hours, q.Unit);
        Assert.Equal(cell.Trim(), q.Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("_")]
    [InlineData("—")]
    [InlineData("-")]
    [InlineData("n/a")]
    [InlineData("Foo interlayer")]
    [InlineData("12 h")]
    [InlineData("12 (a)")]
    public void A_cell_without_a_bare_number_is_no_value(string cell)
    {
        Assert.Null(CellValue.Parse(cell, Hours));
    }
}
