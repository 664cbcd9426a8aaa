using LlzoGraph.Extraction.Tagging;

namespace LlzoGraph.Extraction.Tests.Tagging;

public sealed class TaggerCorpusTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "tagger-corpus-" + Guid.NewGuid().ToString("N"));

    private string Sofc => Path.Combine(root, "sofc");

    private string Annotations => Path.Combine(root, "entities");

    public TaggerCorpusTests()
    {
        foreach (var d in new[] { "texts", "annotations/frames", "annotations/sentences" })
        {
            Directory.CreateDirectory(Path.Combine(Sofc, d));
        }

        Directory.CreateDirectory(Annotations);
        File.WriteAllText(Path.Combine(Sofc, "SOFC-Exp-Metadata.tsv"), "name\tset\nA\ttrain\nB\tdev\n");
        foreach (var (name, text) in new[] { ("A", "YSZ at 800 °C."), ("B", "GDC at 600 °C.") })
        {
            File.WriteAllText(Path.Combine(Sofc, "texts", name + ".txt"), text);
            File.WriteAllText(Path.Combine(Sofc, "annotations", "sentences", name + ".csv"), $"1\t1\t0\t{text.Length}\n");
            File.WriteAllText(Path.Combine(Sofc, "annotations", "frames", name + ".csv"), "SPAN\t1\tMATERIAL\t1\t0\t3\nSPAN\t2\tVALUE\t1\t7\t13\n");
        }

        File.WriteAllLines(Path.Combine(Annotations, "paper.jsonl"),
        [
            """{"id":"p:s1","split":"train","text":"LLZO at 25 °C.","entities":[{"start":0,"end":4,"type":"MATERIAL","text":"LLZO"},{"start":8,"end":13,"type":"CONDITION","text":"25 °C"}]}""",
            """{"id":"p:s2","split":"test","text":"The CCD of LLZO.","entities":[{"start":4,"end":7,"type":"PROPERTY","text":"CCD"}]}""",
        ]);
    }

    [Fact]
    public void Splits_keep_evaluation_sentences_out_of_training()
    {
        var corpus = TaggerCorpus.Load(Sofc, Annotations);

        Assert.Equal(["A:1", "p:s1"], corpus.Train.Select(s => s.Id));
        Assert.Empty(corpus.Supplement);
        Assert.Equal(["p:s2"], corpus.HeldOut.Select(s => s.Id));
        Assert.Equal(["B:1"], corpus.SofcDev.Select(s => s.Id));
        Assert.Equal(1, corpus.AnnotatedTrainCount);
        Assert.Equal(2f, TaggerCorpus.Weight(2f)(corpus.Train[1]));
        Assert.Equal(1f, TaggerCorpus.Weight(2f)(corpus.Train[0]));
    }

    [Fact]
    public void A_supplement_trains_its_dev_split_outside_the_folds_and_keeps_its_test_split_out()
    {
        var supplement = Path.Combine(root, "supplement");
        Directory.CreateDirectory(supplement);
        File.WriteAllLines(Path.Combine(supplement, "probe.jsonl"),
        [
            """{"id":"q:d1","split":"dev","text":"An AlN interlayer.","entities":[{"start":3,"end":17,"type":"STRATEGY","text":"AlN interlayer"}]}""",
            """{"id":"q:t1","split":"test","text":"A ZnO coating.","entities":[{"start":2,"end":13,"type":"STRATEGY","text":"ZnO coating"}]}""",
        ]);

        var corpus = TaggerCorpus.Load(Sofc, Annotations, supplement);

        Assert.Equal(["A:1", "p:s1", "q:d1"], corpus.Train.Select(s => s.Id));
        Assert.Equal(["A:1", "p:s1"], corpus.CrossValidated.Select(s => s.Id));
        Assert.Equal(["q:d1"], corpus.Supplement.Select(s => s.Id));
        Assert.Equal(["p:s2"], corpus.HeldOut.Select(s => s.Id));
    }

    [Fact]
    public void SOFC_Exp_sentences_score_conditions_as_quantities_and_ignore_types_it_does_not_annotate()
    {
        var corpus = TaggerCorpus.Load(Sofc, Annotations);
        IReadOnlyList<EntityMention> predicted =
        [
            new(EntityType.Condition, 7, 13, "800 °C", 1), new(EntityType.Property, 0, 3, "YSZ", 1), new(EntityType.Material, 0, 3, "YSZ", 1),
        ];

        var sofc = TaggerCorpus.Comparable(corpus.Train[0], predicted);
        var own = TaggerCorpus.Comparable(corpus.Train[1], predicted);

        Assert.Equal([EntityType.Quantity, EntityType.Material], sofc.Select(m => m.Type));
        Assert.Equal(predicted, own);
    }

    [Fact]
    public void A_bad_annotation_line_is_an_error_naming_file_and_line()
    {
        File.AppendAllText(Path.Combine(Annotations, "paper.jsonl"), """{"id":"p:s3","split":"train","text":"x","entities":[{"start":0,"end":5,"type":"MATERIAL"}]}""" + "\n");

        var error = Assert.Throws<InvalidDataException>(() => TaggerCorpus.Load(Sofc, Annotations));

        Assert.Contains("paper.jsonl:3", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
