using LlzoGraph.Extraction.Vocabulary;

namespace LlzoGraph.Extraction.Tests.Vocabulary;

public sealed class StrategyAbbreviationsTests
{
    [Fact]
    public void A_short_form_of_a_strategy_is_defined_but_not_one_of_a_technique()
    {
        var defined = StrategyAbbreviations.Define(
            "A 3D porous zinc layer (PZL) was made, and scanning electron microscopy (SEM) and density functional theory (DFT) explained why.");

        Assert.Contains("PZL", defined.Keys);
        Assert.DoesNotContain("SEM", defined.Keys);
        Assert.DoesNotContain("DFT", defined.Keys);
    }
}
