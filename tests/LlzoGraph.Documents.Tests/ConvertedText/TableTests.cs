using LlzoGraph.Core.Documents;
using LlzoGraph.Documents.ConvertedText;

namespace LlzoGraph.Documents.Tests.ConvertedText;

public class TableTests
{
    private static readonly string[] TwoLineHeader =
    [
        "Strategy\tInterfacial resistance (Ω cm 2)\tCCD (mA cm ⁻²)\tCycle stability\t\t",
        "\t\t\tCurrent (mA cm ⁻²)\tCycle life (h)\tRef.",
        "Foo interlayer\t12.5\t1.4\t0.1\t900\t7",
        "\t\t\t0.4\t150\t",
        "\t\t\t1\t20\t",
        "Bar treatment\t~3\t_\t0.2\t11 000\t8",
        "CaF ₂ interlayer\t40\t0.6\t0.3\t500\t9,10",
    ];

    [Fact]
    public void A_parent_header_spans_the_child_columns_below_it()
    {
        var table = TableText.Parse("Table 1", "Table 1 Invented values", "3 Results", TwoLineHeader);

        Assert.Equal(
            ["Strategy", "Interfacial resistance (Ω cm 2)", "CCD (mA cm⁻²)", "Cycle stability / Current (mA cm⁻²)",
             "Cycle stability / Cycle life (h)", "Cycle stability / Ref."],
            table.Columns);
    }

    [Fact]
    public void Rows_with_an_empty_first_cell_continue_the_row_above_line_by_line()
    {
        var table = TableText.Parse("Table 1", "Table 1 Invented values", "3 Results", TwoLineHeader);

        Assert.Equal(3, table.Rows.Count);
        var foo = table.Rows[0];
        Assert.Equal("Foo interlayer", foo.Cell(0));
        Assert.Equal(3, foo.LineCount);
        Assert.Equal(["0.1", "0.4", "1"], foo.Cells[3]);
        Assert.Equal(["900", "150", "20"], foo.Cells[4]);
        Assert.Equal("20", foo.Cell(4, 2));
        Assert.Equal("7", foo.Cell(5));
        Assert.Equal(string.Empty, foo.Cell(5, 1));
        Assert.Equal(1, table.Rows[1].LineCount);
        Assert.Equal("11 000", table.Rows[1].Cell(4));
        Assert.Equal(Enumerable.Range(0, 3), table.Rows.Select(r => r.Index));
    }

    [Fact]
    public void Cells_are_normalised_like_running_text()
    {
        var table = TableText.Parse("Table 1", string.Empty, "3 Results", TwoLineHeader);
        Assert.Equal("CaF₂ interlayer", table.Rows[2].Cell(0));
        Assert.Equal("~3", table.Rows[1].Cell(1));
    }

    [Fact]
    public void Reads_a_markdown_pipe_table_and_skips_its_rule()
    {
        var table = TableText.Parse("Table 2", string.Empty, "3 Results", [
            "| Material | Ionic conductivity (mS cm⁻¹) | Ref. |",
            "|---|:---:|---|",
            "| Ta-LLZO | 0.5 | 3 |",
            "| Ga-LLZO | 1.2 | 4 |",
        ]);

        Assert.Equal(["Material", "Ionic conductivity (mS cm⁻¹)", "Ref."], table.Columns);
        Assert.Equal(["Ta-LLZO", "Ga-LLZO"], table.Rows.Select(r => r.Cell(0)));
        Assert.Equal("1.2", table.Rows[1].Cell(1));
    }

    [Fact]
    public void A_caption_line_right_above_the_rows_is_the_caption_not_a_header()
    {
        var text = "Invented interlayers on imaginary pellets\n\n1. Results\n\nThe pellets were dense.\n\n"
            + "Table 3 Invented interlayers\nInterlayer\tASR (Ω cm2)\nFoo\t12\nBar\t7\n";
        var parsed = ConvertedTextReader.Read("tables.txt", System.Text.Encoding.UTF8.GetBytes(text));
        Assert.True(parsed.Ok, parsed.Error);

        var table = Assert.Single(parsed.Value!.Tables);
        Assert.Equal(("Table 3", "Table 3 Invented interlayers"), (table.Label, table.Caption));
        Assert.Equal(["Interlayer", "ASR (Ω cm2)"], table.Columns);
        Assert.Equal(2, table.Rows.Count);
    }

    [Fact]
    public void A_markdown_table_under_a_bold_caption_takes_the_caption()
    {
        var text = "Invented interlayers on imaginary pellets\n\n1. Results\n\nThe pellets were dense.\n\n"
            + "**Table 3.** Invented interlayers.\n\n| Interlayer | ASR (Ω cm2) |\n|---|---|\n| Foo | 12 |\n";
        var parsed = ConvertedTextReader.Read("tables.md", System.Text.Encoding.UTF8.GetBytes(text));
        Assert.True(parsed.Ok, parsed.Error);

        var table = Assert.Single(parsed.Value!.Tables);
        Assert.Equal(("Table 3", "Table 3. Invented interlayers."), (table.Label, table.Caption));
        Assert.DoesNotContain(parsed.Value.Paragraphs(), p => p.Text.Contains("**", StringComparison.Ordinal));
    }

    [Fact]
    public void Ragged_rows_are_padded_to_the_widest_row()
    {
        var table = TableText.Parse("Table 3", string.Empty, "3 Results", ["Name\tValue (h)\tRef.", "Baz\t10", "Qux\t20\t5"]);
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal(string.Empty, table.Rows[0].Cell(2));
        Assert.Equal("5", table.Rows[1].Cell(2));
    }

    [Fact]
    public void A_tab_table_in_a_document_takes_the_caption_before_it_and_stays_out_of_the_body()
    {
        var body = "1. Introduction\n\nPellets were made.\n\n3. Results\n\nTable 4 Summary of invented values\n\n" + string.Join('\n', TwoLineHeader)
            + "\n\nThe table above lists the invented values.\n";
        var document = Synthetic.Read(body);

        var table = Assert.Single(document.Tables);
        Assert.Equal("Table 4", table.Label);
        Assert.Equal("Table 4 Summary of invented values", table.Caption);
        Assert.Equal("3 Results", table.Section);
        Assert.All(table.Rows, r => Assert.NotEqual(string.Empty, r.Cell(0)));
        Assert.Single(document.OfKind(BlockKind.Table));
        Assert.Contains(document.OfKind(BlockKind.Caption), c => c.Text == "Table 4 Summary of invented values");
        Assert.All(document.Paragraphs(), p => Assert.DoesNotContain("Foo interlayer", p.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void A_table_without_a_caption_is_labelled_by_its_position()
    {
        var document = Synthetic.Read("1. Introduction\n\nPellets were made.\n\nName\tValue (h)\nBaz\t10\nQux\t20\n");
        Assert.Equal("Table 1", Assert.Single(document.Tables).Label);
        Assert.Equal(string.Empty, document.Tables[0].Caption);
    }
}
