using LlzoGraph.Extraction.Tagging;

namespace LlzoGraph.Extraction.Tests.Tagging;

public sealed class LabelTransitionsTests
{
    private static readonly LabelTransitions Transitions = LabelTransitions.Count(
        Enumerable.Repeat<IReadOnlyList<string>>(["O", "B-QUANTITY", "I-QUANTITY", "I-QUANTITY", "O", "B-MATERIAL", "O"], 20).ToList());

    private static double[] Distribution(params (string Label, double P)[] mass)
    {
        var p = Enumerable.Repeat(0.01, BioLabels.All.Count).ToArray();
        foreach (var (label, value) in mass)
        {
            p[BioLabels.All.ToList().IndexOf(label)] = value;
        }

        return p;
    }

    private static string[] Decode(params double[][] tokens) =>
        Transitions.Decode(tokens).Select(i => BioLabels.All[i]).ToArray();

    [Fact]
    public void Never_puts_an_I_label_after_O_or_after_another_type()
    {
        var labels = Decode(
            Distribution(("O", 0.9)),
            Distribution(("I-QUANTITY", 0.6), ("B-QUANTITY", 0.3)),
            Distribution(("I-MATERIAL", 0.6), ("I-QUANTITY", 0.3)));

        Assert.Equal(["O", "B-QUANTITY", "I-QUANTITY"], labels);
    }

    [Fact]
    public void A_second_B_of_the_same_type_right_after_a_span_gives_way_to_I_when_the_classifier_hesitates()
    {
        var labels = Decode(
            Distribution(("B-QUANTITY", 0.8)),
            Distribution(("B-QUANTITY", 0.5), ("I-QUANTITY", 0.4)));

        Assert.Equal(["B-QUANTITY", "I-QUANTITY"], labels);
    }

    [Fact]
    public void A_confident_classifier_keeps_its_labels()
    {
        var labels = Decode(Distribution(("O", 0.9)), Distribution(("B-MATERIAL", 0.9)), Distribution(("O", 0.9)));

        Assert.Equal(["O", "B-MATERIAL", "O"], labels);
    }

    [Fact]
    public void Written_transitions_read_back_the_same()
    {
        using var writer = new StringWriter();
        Transitions.Write(writer);
        var reread = LabelTransitions.Read(new StringReader(writer.ToString()));
        double[][] tokens = [Distribution(("B-QUANTITY", 0.5), ("I-QUANTITY", 0.4)), Distribution(("I-QUANTITY", 0.5), ("O", 0.4))];

        Assert.Equal(Transitions.Decode(tokens), reread.Decode(tokens));
        Assert.Throws<InvalidDataException>(() => LabelTransitions.Read(new StringReader("1\t2\n")));
    }
}
