using LlzoGraph.Extraction.Quantities;

namespace LlzoGraph.Extraction.Tests.Quantities;

public class NumberTextTests
{
    [Theory]
    [InlineData("3", 3)]
    [InlineData("3.0", 3)]
    [InlineData("0.045", 0.045)]
    [InlineData("−2.71", -2.71)]
    [InlineData("-2.71", -2.71)]
    [InlineData("15 000", 15000)]
    [InlineData("1 250 000", 1250000)]
    [InlineData("15\u2009000", 15000)]
    [InlineData("15,000", 15000)]
    [InlineData("1,250,000", 1250000)]
    [InlineData("2.3 × 10⁻⁵", 2.3e-5)]
    [InlineData("2.3×10⁻⁵", 2.3e-5)]
    [InlineData("2.3 x 10^-5", 2.3e-5)]
    [InlineData("4 × 10⁶", 4e6)]
    [InlineData("10⁻³", 1e-3)]
    [InlineData("10⁴", 1e4)]
    [InlineData("10^-3", 1e-3)]
    public void Reads_the_numbers_of_scientific_prose(string text, double expected)
    {
        Assert.True(NumberText.TryParse(text, out var value));
        Assert.Equal(expected, value, Math.Abs(expected) * 1e-12);
    }

    [Theory]
    [InlineData("4.5 × 10⁻⁴", 0.00045)]
    [InlineData("6.8 × 10⁻⁴", 0.00068)]
    [InlineData("1.2 × 10⁻³", 0.0012)]
    public void A_value_times_a_power_of_ten_is_the_nearest_double_to_what_is_written(string text, double expected)
    {
        Assert.True(NumberText.TryParse(text, out var value));
        Assert.Equal(expected, value); // exactly: no trailing digits of a double rounding twice in the stored value
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("x")]
    [InlineData("×")]
    [InlineData("1e5")]
    [InlineData("1,5")]
    [InlineData("0,500")]
    [InlineData("15,00")]
    [InlineData("1,2,3")]
    [InlineData("1.2.3")]
    [InlineData("10⁻⁹⁹⁹")]
    [InlineData("1 × 10^400")]
    [InlineData("12 00")]
    [InlineData("--3")]
    public void Refuses_what_is_not_one_number(string text)
    {
        Assert.False(NumberText.TryParse(text, out _));
    }
}
