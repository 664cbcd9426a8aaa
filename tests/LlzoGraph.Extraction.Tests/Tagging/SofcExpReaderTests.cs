using LlzoGraph.Extraction.Tagging;

namespace LlzoGraph.Extraction.Tests.Tagging;

public sealed class SofcExpReaderTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "sofc-exp-" + Guid.NewGuid().ToString("N"));

    public SofcExpReaderTests()
    {
        Directory.CreateDirectory(Path.Combine(folder, "texts"));
        Directory.CreateDirectory(Path.Combine(folder, "annotations", "frames"));
        Directory.CreateDirectory(Path.Combine(folder, "annotations", "sentences"));
        File.WriteAllText(Path.Combine(folder, "SOFC-Exp-Metadata.tsv"),
            "Document title\tname\tset\r\n\"A title broken\nover two lines\"\tART1\ttrain\r\nOther\tART2\tdev\r\nMissing\tART3\ttest\r\n");
        const string text = "Intro sentence.\nThe YSZ cell gave 1.1 V at 800 °C in a button device.";
        File.WriteAllText(Path.Combine(folder, "texts", "ART1.txt"), text);
        File.WriteAllText(Path.Combine(folder, "annotations", "sentences", "ART1.csv"), "1\t0\t0\t15\n2\t1\t16\t" + text.Length + "\n");
        File.WriteAllText(Path.Combine(folder, "annotations", "frames", "ART1.csv"),
            "EXPERIMENT\t1\t9\n\tanode_material\t1\nSPAN\t1\tMATERIAL\t2\t4\t7\nSPAN\t2\tVALUE\t2\t18\t23\nSPAN\t3\tVALUE\t2\t27\t33\nSPAN\t4\tDEVICE\t2\t8\t12\nSPAN\t5\tEXPERIMENT:current_exp\t2\t13\t17\n");
        File.WriteAllText(Path.Combine(folder, "texts", "ART2.txt"), "Dev sentence with LSM.");
        File.WriteAllText(Path.Combine(folder, "annotations", "sentences", "ART2.csv"), "1\t1\t0\t22\n");
        File.WriteAllText(Path.Combine(folder, "annotations", "frames", "ART2.csv"), "SPAN\t1\tMATERIAL\t1\t18\t21\n");
    }

    [Theory]
    [InlineData("MATERIAL", EntityType.Material)]
    [InlineData("VALUE", EntityType.Quantity)]
    [InlineData("DEVICE", null)]
    [InlineData("EXPERIMENT:current_exp", null)]
    public void Maps_SOFC_Exp_types_onto_the_projects(string sofcType, EntityType? expected) =>
        Assert.Equal(expected, SofcExpReader.MapType(sofcType));

    [Fact]
    public void Reads_experiment_sentences_with_mapped_spans_and_the_metadata_split()
    {
        var sentences = SofcExpReader.Read(folder);

        Assert.Equal(["ART1:2", "ART2:1"], sentences.Select(s => s.Id));
        var first = sentences[0];
        Assert.Equal("train", first.Split);
        Assert.Equal("The YSZ cell gave 1.1 V at 800 °C in a button device.", first.Text);
        Assert.Equal(["MATERIAL:YSZ", "QUANTITY:1.1 V", "QUANTITY:800 °C"],
            first.Entities.Select(e => $"{e.Type.Label()}:{first.Text[e.Start..e.End]}"));
        Assert.Equal("dev", sentences[1].Split);
    }

    [Fact]
    public void A_span_outside_its_sentence_is_an_error_naming_the_file()
    {
        File.WriteAllText(Path.Combine(folder, "annotations", "frames", "ART2.csv"), "SPAN\t1\tMATERIAL\t1\t18\t99\n");

        var error = Assert.Throws<InvalidDataException>(() => SofcExpReader.Read(folder));

        Assert.Contains("ART2.csv", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_copy_has_train_and_dev_articles()
    {
        var splits = SofcExpReader.ReadSplits(Path.Combine(RepositoryPaths.Corpus, "external", "sofc-exp", "SOFC-Exp-Metadata.tsv"));

        Assert.Equal(26, splits.Count(s => s.Value == "train"));
        Assert.Equal(8, splits.Count(s => s.Value == "dev"));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
