using LlzoGraph.Extraction.Tagging;

namespace LlzoGraph.Extraction.Tests.Tagging;

public sealed class SampleLabelsTests
{
    [Theory]
    [InlineData("Cell-B", true)]
    [InlineData("cell A", true)]
    [InlineData("Sample 2", true)]
    [InlineData("Pellet III", true)]
    [InlineData("samples-12", true)]
    [InlineData("Cell-b", false)]
    [InlineData("CeO2", false)]
    [InlineData("Ni-YSZ", false)]
    [InlineData("sample", false)]
    [InlineData("cell-LLZO", false)]
    public void A_label_is_a_specimen_word_and_a_letter_or_number(string text, bool expected) =>
        Assert.Equal(expected, SampleLabels.IsLabel(text));
}
