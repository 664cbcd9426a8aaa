using System.Text;
using LlzoGraph.Core.Documents;
using LlzoGraph.Core.Facts;
using LlzoGraph.Documents.ConvertedText;
using LlzoGraph.Extraction.Facts;

namespace LlzoGraph.Extraction.Tests.Facts;

public class TableFactsTests
{
    private static readonly DocumentTable Table = new(
        "Table 2",
        "Table 2 Invented summary",
        "3 Results",
        ["Strategy", "Interfacial resistance (Ω cm²)", "CCD (mA cm⁻²)", "Cycle stability / Current (mA cm⁻²)", "Cycle stability / Cycle life (h)", "Cycle stability / Ref.", "Remarks"],
        [
            new TableRow(0, [["Foo interlayer"], ["12"], ["1.5"], ["0.1", "0.4", "1"], ["500", "100", "20"], ["7"], ["sputtered"]]),
            new TableRow(1, [["Bar treatment"], ["~3"], ["_"], ["0.2"], ["800"], ["8,9"], [""]]),
            new TableRow(2, [["Y₂O₃"], ["4"], ["0.9"], ["0.3"], ["300"], ["10-12"], [""]]),
            new TableRow(3, [["Mystery route"], ["6"], [""], [""], [""], [""], [""]]),
        ]);

    private static List<Measurement> Extract() => TableFacts.Extract(Table, 42).ToList();

    [Fact]
    public void Each_value_line_is_one_measurement_with_its_property_and_unit()
    {
        var foo = Extract().Where(m => m.Subject.Name == "Foo interlayer").ToList();

        Assert.Equal(
            [(Property.InterfacialResistance, 12.0, "Ω·cm2"), (Property.CriticalCurrentDensity, 1.5, "mA/cm2"),
             (Property.CycleLife, 500.0, "h"), (Property.CycleLife, 100.0, "h"), (Property.CycleLife, 20.0, "h")],
            foo.Select(m => (m.Property, m.Quantity.Value, m.Quantity.Unit.Symbol)));
    }

    [Theory]
    [InlineData("Interlayer", "Y₂O₃ interlayer", SubjectKind.Interlayer)]
    [InlineData("Coatings", "Y₂O₃ coating", SubjectKind.Coating)]
    [InlineData("Strategy", "Y₂O₃", SubjectKind.Material)]
    [InlineData("Electrolyte", "Y₂O₃", SubjectKind.Material)]
    public void A_first_column_header_that_names_a_kind_of_strategy_makes_each_row_one(string header, string name, SubjectKind kind)
    {
        var table = Table with { Columns = [header, .. Table.Columns.Skip(1)] };

        var subject = TableFacts.Extract(table, 42).First(m => m.Subject.Materials.Contains("Y₂O₃")).Subject;

        Assert.Equal((name, kind), (subject.Name, subject.Kind));
        Assert.Equal(["Y₂O₃"], subject.Materials);
    }

    [Fact]
    public void The_condition_column_qualifies_the_values_beside_it_line_by_line()
    {
        var cycling = Extract().Where(m => m.Subject.Name == "Foo interlayer" && m.Property == Property.CycleLife).ToList();

        Assert.Equal([500.0, 100.0, 20.0], cycling.Select(m => m.Quantity.Value));
        Assert.Equal([0.1, 0.4, 1.0], cycling.Select(m => Assert.Single(m.Conditions).Quantity.Value));
        Assert.All(cycling, m =>
        {
            var condition = Assert.Single(m.Conditions);
            Assert.Equal("current density", condition.Name);
            Assert.Equal("mA/cm2", condition.Quantity.Unit.Symbol);
        });
    }

    [Fact]
    public void Values_outside_the_conditions_group_have_no_condition()
    {
        var other = Extract().Where(m => m.Property != Property.CycleLife).ToList();
        Assert.NotEmpty(other);
        Assert.All(other, m => Assert.Empty(m.Conditions));
    }

    [Fact]
    public void The_ref_column_gives_each_rows_reference_numbers()
    {
        var byName = Extract().GroupBy(m => m.Subject.Name).ToDictionary(g => g.Key, g => g.First().ReferenceNumbers);

        Assert.Equal([7], byName["Foo interlayer"]);
        Assert.Equal([8, 9], byName["Bar treatment"]);
        Assert.Equal([10, 11, 12], byName["Y₂O₃"]);
        Assert.Empty(byName["Mystery route"]);
    }

    [Fact]
    public void The_first_cell_names_the_subject_and_its_kind()
    {
        var kinds = Extract().GroupBy(m => m.Subject.Name).ToDictionary(g => g.Key, g => g.First().Subject);

        Assert.Equal(SubjectKind.Interlayer, kinds["Foo interlayer"].Kind);
        Assert.Equal(SubjectKind.Treatment, kinds["Bar treatment"].Kind);
        Assert.Equal(SubjectKind.Material, kinds["Y₂O₃"].Kind);
        Assert.Equal(["Y₂O₃"], kinds["Y₂O₃"].Materials);
        Assert.Equal(SubjectKind.Other, kinds["Mystery route"].Kind);
    }

    [Fact]
    public void Empty_and_placeholder_cells_give_no_value_and_qualifiers_are_kept()
    {
        var bar = Extract().Where(m => m.Subject.Name == "Bar treatment").ToList();

        Assert.DoesNotContain(bar, m => m.Property == Property.CriticalCurrentDensity);
        var resistance = Assert.Single(bar, m => m.Property == Property.InterfacialResistance);
        Assert.Equal(Qualifier.Approximately, resistance.Quantity.Qualifier);
        Assert.Equal(3, resistance.Quantity.Value);
    }

    [Fact]
    public void Columns_without_a_property_and_unit_give_nothing()
    {
        Assert.DoesNotContain(Extract(), m => m.Evidence.Text.Length == 0);
        Assert.Equal(5 + 2 + 3 + 1, Extract().Count);
    }

    [Fact]
    public void Evidence_points_at_the_table_row()
    {
        var m = Extract().First(x => x.Subject.Name == "Bar treatment");

        Assert.Equal(EvidenceKind.TableRow, m.Evidence.Kind);
        Assert.Equal("Table 2", m.Evidence.Table);
        Assert.Equal(1, m.Evidence.Row);
        Assert.Equal(42, m.Evidence.BlockIndex);
        Assert.Equal("3 Results", m.Evidence.Section);
        Assert.StartsWith("Table 2 Invented summary — Strategy: Bar treatment;", m.Evidence.Text, StringComparison.Ordinal);
        Assert.Contains("Cycle stability / Ref.: 8,9", m.Evidence.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reference_cells_are_listed_per_row()
    {
        var cells = TableFacts.ReferenceCells(Table).ToList();
        Assert.Equal([0, 1, 2], cells.Select(c => c.Row.Index));
        Assert.Equal([10, 11, 12], cells[2].Numbers);
    }

    [Fact]
    public void A_tab_table_read_from_converted_text_gives_the_same_kind_of_facts()
    {
        var abstractText = string.Join(' ', Enumerable.Repeat("Invented words about imaginary garnet pellets fill this abstract.", 10));
        var text = $"Invented garnet interlayers for table extraction tests\n\nAnn Lee and Bo Park\n\n{abstractText}\n\n1. Introduction\n\nPellets were pressed.\n\n"
            + "Table 1 Invented values\n\n"
            + "Strategy\tCCD (mA cm ⁻²)\tCycle stability\t\t\n"
            + "\t\tCurrent (mA cm ⁻²)\tCycle life (h)\tRef.\n"
            + "Foo interlayer\t2.1\t0.2\t700\t5\n"
            + "\t\t0.6\t90\t\n"
            + "Bar treatment\t1.1\t0.1\t1 500\t6\n";
        var document = ConvertedTextReader.Read("table.txt", Encoding.UTF8.GetBytes(text)).GetValueOrThrow();

        var facts = TableFacts.Extract(Assert.Single(document.Tables), 0).ToList();

        var foo = facts.Where(m => m.Subject.Name == "Foo interlayer" && m.Property == Property.CycleLife).ToList();
        Assert.Equal([(700.0, 0.2), (90.0, 0.6)], foo.Select(m => (m.Quantity.Value, m.Conditions.Single().Quantity.Value)));
        Assert.All(foo, m => Assert.Equal([5], m.ReferenceNumbers));
        Assert.Equal(1500, facts.Single(m => m.Subject.Name == "Bar treatment" && m.Property == Property.CycleLife).Quantity.Value);
        Assert.Equal(2.1, facts.Single(m => m.Subject.Name == "Foo interlayer" && m.Property == Property.CriticalCurrentDensity).Quantity.Value);
    }
}
