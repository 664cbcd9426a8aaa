using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Materials;
using LlzoGraph.Core.Units;
using LlzoGraph.Extraction.Evaluation;

namespace LlzoGraph.Extraction.Tests.Evaluation;

public class MeasurementEvaluationTests
{
    private const string First = "A Y₂O₃ interlayer lowered the resistance to 26 Ω cm².";
    private const string Second = "Ta-doped LLZO (LLZTO) has 0.7 mS cm⁻¹.";

    private static readonly GoldSentence[] Sentences =
    [
        new("p:s1", "papers/p.txt", "2.1", 3, "train", First),
        new("p:s2", "papers/p.txt", "3.4", 9, "test", Second),
    ];

    private static GoldMeasurement Gold(string sentence, string split, string subject, string property, double value, string unit, IReadOnlyList<int>? refs = null) =>
        new(sentence, split, subject, null, property, value, null, unit, "Exact", [], refs ?? [], null);

    private static Measurement Extracted(string text, string subject, Property property, double value, string unit, EvidenceKind kind = EvidenceKind.Sentence, int? row = null, IReadOnlyList<int>? refs = null) => new(
        new Subject(subject, SubjectKind.Material, []), property, new Quantity(value, Unit.Parse(unit).GetValueOrThrow()), [],
        new Evidence(kind, kind == EvidenceKind.Sentence ? "2.1 Interlayers" : "5", text, 3, Row: row), refs ?? [], 0.8);

    [Fact]
    public void Scores_each_split_by_property_si_value_and_qualifier_and_subject_separately()
    {
        GoldMeasurement[] gold =
        [
            Gold("p:s1", "train", "Y₂O₃ interlayer", "InterfacialResistance", 26, "Ω cm²"),
            Gold("p:s2", "test", "LLZTO", "IonicConductivity", 0.7, "mS cm⁻¹"),
        ];
        Measurement[] extracted =
        [
            Extracted(First, "AlN interlayer", Property.InterfacialResistance, 0.0026, "Ω m²"), // same SI value, wrong subject
            Extracted(First, "Y₂O₃ interlayer", Property.Overpotential, 26, "mV"),             // not in the gold
            Extracted(Second, "Ta-doped LLZO", Property.IonicConductivity, 0.07, "S/m"),      // alias of the gold subject
        ];

        var result = MeasurementEvaluation.Score(gold, Sentences, extracted, new MaterialAliases([("Ta-doped LLZO", "LLZTO")]));

        var train = Assert.Single(result.Splits, s => s.Split == "train");
        Assert.Equal((1, 2, 1, 0), (train.Gold, train.Extracted, train.Found, train.FoundWithSubject));
        Assert.Equal(0.5, train.Precision, 9);
        Assert.Equal(1, train.Recall, 9);
        Assert.Equal(0, train.SubjectAccuracy);
        var test = Assert.Single(result.Splits, s => s.Split == "test");
        Assert.Equal((1, 1, 1, 1), (test.Gold, test.Extracted, test.Found, test.FoundWithSubject));
        Assert.Equal(1, test.StrictF1, 9);
        Assert.Contains(result.Misses, m => m.Kind == "wrong subject" && m.Split == "train");
        Assert.Contains(result.Misses, m => m.Kind == "not in gold" && m.Actual.Contains("Overpotential", StringComparison.Ordinal));
    }

    [Fact]
    public void A_value_in_another_sentence_or_with_another_qualifier_is_not_found()
    {
        GoldMeasurement[] gold = [Gold("p:s1", "train", "Y₂O₃ interlayer", "InterfacialResistance", 26, "Ω cm²")];
        var approximately = Extracted(First, "Y₂O₃ interlayer", Property.InterfacialResistance, 26, "Ω cm²") is var m
            ? m with { Quantity = new Quantity(26, m.Quantity.Unit, Qualifier.Approximately) }
            : null!;
        var elsewhere = Extracted(Second, "Y₂O₃ interlayer", Property.InterfacialResistance, 26, "Ω cm²");

        var result = MeasurementEvaluation.Score(gold, Sentences, [approximately, elsewhere], MaterialAliases.None);

        Assert.All(result.Splits, s => Assert.Equal(0, s.Found));
        Assert.Contains(result.Misses, x => x.Kind == "missed");
    }

    [Fact]
    public void A_value_from_a_part_of_a_gold_sentence_the_pipeline_split_off_scores_in_that_sentence()
    {
        const string whole = "The film was annealed at 200 °C. The resistance fell to 26 Ω cm².";
        GoldSentence[] sentences = [new("p:s3", "papers/p.txt", "2.2", 4, "test", whole)];
        GoldMeasurement[] gold = [Gold("p:s3", "test", "Y₂O₃ interlayer", "InterfacialResistance", 26, "Ω cm²")];

        var result = MeasurementEvaluation.Score(gold, sentences, [Extracted("The resistance fell to 26 Ω cm².", "Y₂O₃ interlayer", Property.InterfacialResistance, 26, "Ω cm²")], MaterialAliases.None);

        var test = Assert.Single(result.Splits);
        Assert.Equal(("test", 1, 1, 1), (test.Split, test.Gold, test.Extracted, test.FoundWithSubject));
    }

    [Fact]
    public void Checks_every_table_cell_for_subject_unit_and_references()
    {
        GoldMeasurement[] gold =
        [
            Gold("p:table1:r0", "table", "HF treatment", "InterfacialResistance", 3, "Ω cm²", [12]),
            Gold("p:table1:r1", "table", "AlN interlayer", "CriticalCurrentDensity", 1.5, "mA cm⁻²", [13]),
        ];
        Measurement[] extracted =
        [
            Extracted("row 0", "HF treatment", Property.InterfacialResistance, 3, "Ω cm²", EvidenceKind.TableRow, 0, [12]),
            Extracted("row 1", "AlN interlayer", Property.CriticalCurrentDensity, 1.5, "mA cm⁻²", EvidenceKind.TableRow, 1, [14]),
            Extracted("row 2", "ZnO coating", Property.CriticalCurrentDensity, 1.1, "mA cm⁻²", EvidenceKind.TableRow, 2, [15]),
        ];

        var table = MeasurementEvaluation.Score(gold, Sentences, extracted, MaterialAliases.None).Table;

        Assert.Equal(new MeasurementEvaluation.TableScore(2, 2, 2, 2, 1, 1, 1), table);
    }

    [Fact]
    public void A_gold_measurement_of_an_unknown_sentence_is_an_error_naming_it()
    {
        var e = Assert.Throws<InvalidDataException>(() => MeasurementEvaluation.Score(
            [Gold("p:s99", "train", "x", "Thickness", 1, "nm")], Sentences, [], MaterialAliases.None));
        Assert.Contains("p:s99", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_gold_line_is_an_error_naming_the_file_and_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"gold-{Guid.NewGuid():N}.jsonl");
        File.WriteAllLines(path, ["{\"sentence\":\"p:s1\",\"split\":\"train\",\"subject\":\"x\",\"property\":\"Thickness\",\"value\":1,\"unit\":\"nm\",\"qualifier\":\"Exact\"}", "{not json"]);
        try
        {
            var e = Assert.Throws<InvalidDataException>(() => GoldMeasurement.Read(path));
            Assert.Contains(path + ":2", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
