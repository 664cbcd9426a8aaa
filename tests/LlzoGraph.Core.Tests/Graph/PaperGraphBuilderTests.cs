using LlzoGraph.Core.Documents;
using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Graph;
using LlzoGraph.Core.Materials;
using LlzoGraph.Core.Units;

namespace LlzoGraph.Core.Tests.Graph;

public class PaperGraphBuilderTests
{
    private static readonly Document Paper = new("paper.txt", new DocumentMetadata("A paper", ["A. Author"], null, "10.1000/x", 2024), [], [], [], []);
    private static readonly Unit Asr = Unit.Parse("Ω cm²").GetValueOrThrow();
    private static readonly Unit Conductivity = Unit.Parse("mS cm⁻¹").GetValueOrThrow();

    private static Measurement Of(string subject, SubjectKind kind, double value, Unit unit, Property property, params string[] materials) => new(
        new Subject(subject, kind, materials), property, new Quantity(value, unit), [],
        new Evidence(EvidenceKind.Sentence, "2", $"{subject} sentence", 3), [], 0.8);

    [Fact]
    public void The_after_node_of_a_pair_points_at_the_before_node()
    {
        var before = Of("AlN interlayer", SubjectKind.Interlayer, 900, Asr, Property.InterfacialResistance, "AlN");
        var after = before with { Quantity = new Quantity(40, Asr), ChangedFrom = before };

        var graph = PaperGraphBuilder.Build(Paper, [before, after]);

        Assert.Equal(2, graph.Measurements.Count);
        var beforeNode = Assert.Single(graph.Measurements, m => m.Quantity.Value == 900);
        var afterNode = Assert.Single(graph.Measurements, m => m.Quantity.Value == 40);
        Assert.Equal(beforeNode.Id, afterNode.ChangedFromId);
        Assert.Null(beforeNode.ChangedFromId);
    }

    [Fact]
    public void A_material_and_its_abbreviation_are_one_node_with_the_abbreviation_as_alias()
    {
        var aliases = new MaterialAliases([("Ta-doped LLZO", "LLZTO")]);
        var byName = Of("Ta-doped LLZO", SubjectKind.Material, 0.6, Conductivity, Property.IonicConductivity, "Ta-doped LLZO");
        var byAlias = Of("LLZTO", SubjectKind.Material, 0.8, Conductivity, Property.IonicConductivity, "LLZTO");

        var graph = PaperGraphBuilder.Build(Paper, [byName, byAlias], aliases: aliases);

        var material = Assert.Single(graph.Materials);
        Assert.Equal("Ta-doped LLZO", material.Name);
        Assert.Equal(["LLZTO"], material.Aliases);
        Assert.All(graph.Measurements, m => Assert.Equal(material.Id, m.SubjectId));
    }

    [Fact]
    public void Spellings_of_one_formula_are_one_node_and_a_strategy_points_at_it()
    {
        var plain = Of("Li3PO4", SubjectKind.Material, 0.001, Conductivity, Property.IonicConductivity, "Li3PO4");
        var layer = Of("Li₃PO₄ (LPO) layer", SubjectKind.Interlayer, 5, Asr, Property.InterfacialResistance, "Li₃PO₄", "LPO");

        var graph = PaperGraphBuilder.Build(Paper, [plain, layer], aliases: new MaterialAliases([("Li₃PO₄", "LPO")]));

        var material = Assert.Single(graph.Materials);
        Assert.Equal("Li₃PO₄", material.Name);
        Assert.Contains("LPO", material.Aliases);
        Assert.Contains("Li3PO4", material.Aliases);
        Assert.Equal([material.Id], Assert.Single(graph.Strategies).MaterialIds);
    }

    [Fact]
    public void Without_definitions_different_names_stay_different_nodes()
    {
        var graph = PaperGraphBuilder.Build(Paper, [
            Of("LLZTO", SubjectKind.Material, 0.8, Conductivity, Property.IonicConductivity, "LLZTO"),
            Of("LLZO", SubjectKind.Material, 0.3, Conductivity, Property.IonicConductivity, "LLZO")]);

        Assert.Equal(2, graph.Materials.Count);
        Assert.All(graph.Materials, m => Assert.Empty(m.Aliases));
    }
}
