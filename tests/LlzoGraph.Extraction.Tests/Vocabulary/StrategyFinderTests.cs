using LlzoGraph.Core.Facts;
using LlzoGraph.Extraction.Vocabulary;

namespace LlzoGraph.Extraction.Tests.Vocabulary;

public class StrategyFinderTests
{
    [Theory]
    [InlineData("An AlN interlayer was added.", "AlN interlayer", SubjectKind.Interlayer)]
    [InlineData("The HF treatment removed the carbonate.", "HF treatment", SubjectKind.Treatment)]
    [InlineData("A ZnO coating was grown.", "ZnO coating", SubjectKind.Coating)]
    [InlineData("A Li₃PO₄ (LPO) layer was deposited.", "Li₃PO₄ layer", SubjectKind.Interlayer)]
    [InlineData("A Zr₂N (ZRN) layer was deposited.", "Zr₂N layer", SubjectKind.Interlayer)]
    [InlineData("a uniform and dense Y₂O₃ layer formed", "Y₂O₃ layer", SubjectKind.Interlayer)]
    [InlineData("a thin, dense Y₂O₃ layer formed", "Y₂O₃ layer", SubjectKind.Interlayer)]
    [InlineData("a conformal ultrathin MgO film formed", "MgO film", SubjectKind.Interlayer)]
    [InlineData("LLZO fillers were dispersed", "LLZO fillers", SubjectKind.Additive)]
    [InlineData("Al₂O₃ additive was used", "Al₂O₃ additive", SubjectKind.Additive)]
    [InlineData("after HBr-KF treatment of the pellet", "HBr-KF treatment", SubjectKind.Treatment)]
    [InlineData("a 3D interlayer was printed", "3D interlayer", SubjectKind.Interlayer)]
    [InlineData("then mechanical polishing was done", "mechanical polishing", SubjectKind.Treatment)]
    [InlineData("with 15 wt% LLZO filler the film", "LLZO filler", SubjectKind.Additive)]
    [InlineData("a mixed conductive interphase made of alloy", "mixed conductive interphase", SubjectKind.Interlayer)]
    [InlineData("forming a conductive Li-G anode", "Li-G anode", SubjectKind.Interlayer)]
    [InlineData("A thin graphite interlayer was placed.", "graphite interlayer", SubjectKind.Interlayer)]
    [InlineData("A thin gold layer was sputtered.", "gold layer", SubjectKind.Interlayer)]
    [InlineData("It was stabilised by a succinonitrile interlayer.", "succinonitrile interlayer", SubjectKind.Interlayer)]
    [InlineData("The ASR was 640 Ω cm²; Y₂O₃ interlayer: 9 Ω cm².", "Y₂O₃ interlayer", SubjectKind.Interlayer)]
    [InlineData("Values at 25 °C: ZnO coating gave 21 Ω cm².", "ZnO coating", SubjectKind.Coating)]
    public void Names_a_strategy_by_its_head_and_what_it_is_made_of(string sentence, string name, SubjectKind kind)
    {
        var mention = Assert.Single(StrategyFinder.Find(sentence));
        Assert.Equal(name, mention.Value.Name);
        Assert.Equal(kind, mention.Value.Kind);
        Assert.True(mention.Value.IsStrategy);
    }

    [Theory]
    [InlineData("The interlayer was thin.")]
    [InlineData("the interlayer")]
    [InlineData("a uniform and dense layer formed")]
    [InlineData("The coating helped.")]
    [InlineData("Coating the pellet helped.")]
    [InlineData("Its new film was thin.")]
    [InlineData("The pellet was pressed.")]
    [InlineData("")]
    public void A_bare_or_merely_described_head_names_nothing(string sentence)
    {
        Assert.Empty(StrategyFinder.Find(sentence));
    }

    [Fact]
    public void The_materials_of_a_strategy_are_the_formulas_in_its_name()
    {
        var subject = Assert.Single(StrategyFinder.Find("A Y₂O₃ layer was added.")).Value;
        Assert.Equal(["Y₂O₃"], subject.Materials);
    }

    [Fact]
    public void Finds_several_strategies_in_one_sentence_in_order()
    {
        var found = StrategyFinder.Find("An AlN interlayer and a ZnO coating after HF treatment were compared.");
        Assert.Equal(["AlN interlayer", "ZnO coating", "HF treatment"], found.Select(f => f.Value.Name));
        Assert.Equal(found.OrderBy(f => f.Start), found);
    }

    [Theory]
    [InlineData("AlN interlayer", SubjectKind.Interlayer)]
    [InlineData("Foo interlayers", SubjectKind.Interlayer)]
    [InlineData("Bar interfacial layer", SubjectKind.Interlayer)]
    [InlineData("HF treatment", SubjectKind.Treatment)]
    [InlineData("acid treatment", SubjectKind.Treatment)]
    [InlineData("Baz coating", SubjectKind.Coating)]
    [InlineData("Qux-coating", SubjectKind.Coating)]
    [InlineData("Garnet filler", SubjectKind.Additive)]
    [InlineData("atomic layer deposition", SubjectKind.Process)]
    [InlineData("co-sintering", SubjectKind.Process)]
    [InlineData("LLZTO", null)]
    [InlineData("interlayer thickness", null)]
    [InlineData("", null)]
    public void The_last_head_word_gives_the_kind(string name, SubjectKind? kind)
    {
        Assert.Equal(kind, StrategyKinds.KindOf(name));
    }

    [Theory]
    [InlineData("The Li anode was pressed.")]
    [InlineData("Cells with a lithium anode were cycled.")]
    [InlineData("a suitable sintering additive is needed")]
    public void An_electrode_of_a_bare_element_or_a_head_with_only_general_words_is_no_strategy(string sentence)
    {
        Assert.Empty(StrategyFinder.Find(sentence));
    }
}
