using System.Text;
using LlzoGraph.Core.Facts;
using LlzoGraph.Documents.ConvertedText;
using LlzoGraph.Extraction.Facts;
using LlzoGraph.Extraction.Pipeline;

namespace LlzoGraph.Extraction.Tests.Pipeline;

public sealed class PaperPipelineTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "llzograph-extraction-tests-" + Guid.NewGuid().ToString("N"));

    private readonly PaperPipeline pipeline = new([new ConvertedTextReader()], new RuleFactExtractor());

    public PaperPipelineTests()
    {
        Directory.CreateDirectory(folder);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // cleaned up with the temp folder eventually
        }
    }

    private string Write(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static readonly string Paper = string.Join("\n\n",
        "Invented interlayers for imaginary garnet electrolytes in pipeline tests",
        "Ann Lee, Bo Park and Cy Ng",
        string.Join(' ', Enumerable.Repeat("Invented words about imaginary garnet pellets fill this abstract.", 10)),
        "DOI: 10.9999/pipeline.2023.7",
        "1. Introduction",
        @"A Y₂O₃ interlayer raised the CCD to 1.3 mA $\rm cm^{-2}$ at room temperature.^{2} The same work cycled cells at 0.2 mA cm⁻² for a long time.",
        "2. Summary",
        "Table 1 Invented values",
        "Strategy\tCCD (mA cm⁻²)\tRef.\nFoo interlayer\t2.2\t1\nBar treatment\t0.7\t2",
        "References",
        "1 A. Okafor and B. Lindqvist, An invented first work, J. Imag. Chem., 2020, 1, 1-9.\n2 C. Ng, An invented second work, Imag. Lett., 2021, 4, 10-19.");

    /// <summary>An invented research paper written as experimental papers are: a short labelled abstract, plain-digit units, "respectively", a table under its caption.</summary>
    private static readonly string ExperimentalPaper = string.Join("\n\n",
        "Invented yttria interlayers on imaginary garnet pellets",
        "Abstract",
        "A thin Y2O3 interlayer lowers the interfacial resistance of imaginary garnet pellets to 9 Ω cm2 and raises the critical current density to 1.4 mA cm-2.",
        "1. Results",
        "The ASR of the bare pellet was 900 Ω cm2. The CCDs of Ta-LLZO and Ga-LLZO were 0.3 and 0.5 mA cm-2 at 25 °C, respectively.",
        "Table 2 Invented interlayers\nInterlayer\tASR (Ω cm2)\nY2O3\t9\nMgO\t15");

    [Fact]
    public async Task An_experimental_paper_s_abstract_lists_and_interlayer_table_become_measurements()
    {
        var result = await pipeline.ProcessAsync(Write("experimental.txt", ExperimentalPaper));
        Assert.True(result.Ok, result.Error);

        Assert.Contains(result.Measurements, m => m.Property == Property.CriticalCurrentDensity && m.Quantity.Value == 1.4 && m.Evidence.Section == "Front matter");
        var bare = Assert.Single(result.Measurements, m => m.Quantity.Value == 900);
        Assert.Empty(bare.Conditions); // the next sentence's 25 °C stays there
        Assert.Equal(
            [("Ta-LLZO", 0.3), ("Ga-LLZO", 0.5)],
            result.Measurements.Where(m => m.Property == Property.CriticalCurrentDensity && m.Evidence.Kind == EvidenceKind.Sentence && m.Quantity.Value < 1)
                .Select(m => (m.Subject.Name, m.Quantity.Value)));
        var table = result.Measurements.Where(m => m.Evidence.Kind == EvidenceKind.TableRow).ToList();
        Assert.Equal([("Y2O3 interlayer", 9.0), ("MgO interlayer", 15.0)], table.Select(m => (m.Subject.Name, m.Quantity.Value)));
        Assert.All(table, m => Assert.Equal(SubjectKind.Interlayer, m.Subject.Kind));
    }

    [Fact]
    public async Task A_paper_goes_through_reading_references_facts_and_graph()
    {
        var result = await pipeline.ProcessAsync(Write("paper.txt", Paper));

        Assert.True(result.Ok, result.Error);
        Assert.NotNull(result.Document);
        Assert.NotNull(result.Graph);
        Assert.Equal("10.9999/pipeline.2023.7", result.Document.Metadata.Doi);
        Assert.All(result.Document.References, r => Assert.Null(r.Problem));
        Assert.Equal(["A. Okafor", "B. Lindqvist"], result.Document.References[0].Authors);

        Assert.Contains(result.Measurements, m => m.Evidence.Kind == EvidenceKind.TableRow && m.Subject.Name == "Foo interlayer" && m.Quantity.Value == 2.2);
        var text = Assert.Single(result.Measurements, m => m.Evidence.Kind == EvidenceKind.Sentence);
        Assert.Equal(Property.CriticalCurrentDensity, text.Property);
        Assert.Equal(1.3, text.Quantity.Value);
        Assert.Equal("Y₂O₃ interlayer", text.Subject.Name); // the sentence names its subject; the table's row for ref. 2 is another one
        Assert.Equal("temperature", Assert.Single(text.Conditions).Name);

        Assert.Contains(result.Citations, c => c.Number == 2 && c.Form == CitationForm.Superscript);
        Assert.Contains(result.Citations, c => c.Number == 1 && c.Form == CitationForm.TableColumn);
    }

    [Fact]
    public async Task Defined_abbreviations_pairs_and_contradicting_units_reach_the_result_and_graph()
    {
        var paper = Paper.Replace(
            "2. Summary",
            "Cells of Nb-doped LLZO (LLZNO) were tested. LLZNO shows an ionic conductivity of 0.6 mS cm⁻¹. " +
            "Nb-doped LLZO has an ionic conductivity of 4 h. An MgO interlayer decreased the interfacial resistance from 640 to 31 Ω cm².\n\n2. Summary",
            StringComparison.Ordinal);

        var result = await pipeline.ProcessAsync(Write("aliases.txt", paper));

        Assert.True(result.Ok, result.Error);
        var flagged = Assert.Single(result.Flagged);
        Assert.Equal(Property.IonicConductivity, flagged.Property);
        Assert.DoesNotContain(result.Measurements, m => m.Quantity.Unit.Symbol == "h" && m.Property == Property.IonicConductivity);

        var graph = result.Graph!;
        var material = Assert.Single(graph.Materials, m => m.Name == "Nb-doped LLZO");
        Assert.Contains("LLZNO", material.Aliases);
        Assert.Contains(graph.Measurements, m => m.SubjectId == material.Id && m.Property == Property.IonicConductivity);
        var after = Assert.Single(graph.Measurements, m => m.ChangedFromId is not null);
        Assert.Equal(31, after.Quantity.Value);
        Assert.Equal(640, Assert.Single(graph.Measurements, m => m.Id == after.ChangedFromId).Quantity.Value);
    }

    [Fact]
    public async Task Processing_the_same_file_twice_gives_the_same_result()
    {
        var path = Write("paper.txt", Paper);
        var first = await pipeline.ProcessAsync(path);
        var second = await pipeline.ProcessAsync(path);

        Assert.Equal(first.Measurements.Select(m => (m.Subject.Name, m.Property, m.Quantity.Value)), second.Measurements.Select(m => (m.Subject.Name, m.Property, m.Quantity.Value)));
        Assert.Equal(first.Citations, second.Citations);
    }

    public static TheoryData<string, byte[], string> BadFiles => new()
    {
        { "empty.txt", [], "empty" },
        { "binary.txt", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46], "UTF-8" },
        { "nul.txt", Encoding.UTF8.GetBytes("1. Introduction\n\nA\0B\0C\n"), "binary" },
        { "latin1.txt", Encoding.Latin1.GetBytes("1. Introduction\n\nR\u00e9sum\u00e9 of pellets sintered at 900 \u00b0C.\n"), "UTF-8" },
        { "paper.docx", Encoding.UTF8.GetBytes("not really a docx"), "unsupported" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_fails_alone_with_a_reason(string name, byte[] bytes, string reason)
    {
        var result = await pipeline.ProcessAsync(Write(name, bytes));

        Assert.False(result.Ok);
        Assert.Contains(reason, result.Error, StringComparison.OrdinalIgnoreCase);
        Assert.Null(result.Document);
        Assert.Null(result.Graph);
        Assert.Empty(result.Measurements);
    }

    [Fact]
    public async Task A_missing_file_fails_with_a_reason()
    {
        var result = await pipeline.ProcessAsync(Path.Combine(folder, "absent.txt"));
        Assert.False(result.Ok);
        Assert.Contains("not found", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Expands_folders_to_readable_papers_in_a_stable_order_without_corpus_documentation()
    {
        Write("b.txt", Paper);
        Write("a.md", Paper);
        Write("nested/c.txt", Paper);
        Write("README.md", "# corpus");
        Write("PROVENANCE.md", "sources");
        Write("LICENSE.txt", "licence");
        Write("figure.png", [1, 2, 3]);
        var single = Path.Combine(folder, "explicit.pdf");

        var expanded = pipeline.Expand([folder, single]);

        Assert.Equal(
            [Path.Combine(folder, "a.md"), Path.Combine(folder, "b.txt"), Path.Combine(folder, "nested", "c.txt"), single],
            expanded);
    }

    [Fact]
    public void Expanding_a_folder_leaves_out_external_data_sets_and_annotations_kept_with_the_corpus()
    {
        Write("papers/a.txt", Paper);
        Write("external/dataset/texts/b.txt", Paper);
        Write("externals/c.txt", Paper);
        Write("annotations/probes/papers/d.txt", Paper);

        var expanded = pipeline.Expand([folder, Path.Combine(folder, "external", "dataset", "texts", "b.txt")]);

        Assert.Equal(
            [Path.Combine(folder, "externals", "c.txt"), Path.Combine(folder, "papers", "a.txt"), Path.Combine(folder, "external", "dataset", "texts", "b.txt")],
            expanded);
    }
}
