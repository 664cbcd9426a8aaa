using LlzoGraph.Extraction.Tagging;

namespace LlzoGraph.Extraction.Tests.Tagging;

public sealed class NoMaterialNamesTests
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
    [InlineData("CAM", true)]
    [InlineData("CAMs", true)]
    [InlineData("LCO", false)]
    [InlineData("SOFCs", true)]
    [InlineData("LT-SOFC", true)]
    [InlineData("μ-SOFCs", true)]
    [InlineData("PEMFC", true)]
    [InlineData("ASSBs", true)]
    [InlineData("LIB", true)]
    [InlineData("LSCF", false)]
    [InlineData("LFP", false)]
    [InlineData("Li-LLZO", false)]
    [InlineData("RedOx", true)]
    [InlineData("DC", true)]
    [InlineData("redox", true)]
    public void A_sample_label_a_device_role_or_a_device_names_no_material(string text, bool expected) =>
        Assert.Equal(expected, NoMaterialNames.Contains(text));
}
