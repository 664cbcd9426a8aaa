using LlzoGraph.Core.Facts;
using LlzoGraph.Extraction.Quantities;
using LlzoGraph.Extraction.Vocabulary;

namespace LlzoGraph.Extraction.Tests.Quantities;

public class QuantityTextTests
{
    [Theory]
    [InlineData("a CCD of 2.7 mA cm⁻² was reached", "2.7 mA cm⁻²")]
    [InlineData("it fell from 120 to 80 Ω cm²", "120 to 80 Ω cm²")]
    [InlineData("stable for over 500 h", "over 500 h")]
    public void A_quantitys_text_starts_at_its_number_not_at_the_word_before(string sentence, string written)
    {
        Assert.Equal(written, Assert.Single(QuantityFinder.Find(sentence)).Quantity.Text);
    }

    [Fact]
    public void Plural_property_names_are_recognised()
    {
        Assert.Equal(Property.InterfacialResistance, Assert.Single(PropertyMatcher.Find("the interfacial resistances fell")).Value);
    }
}
