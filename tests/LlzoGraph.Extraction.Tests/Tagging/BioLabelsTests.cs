using LlzoGraph.Extraction.Tagging;

namespace LlzoGraph.Extraction.Tests.Tagging;

public sealed class BioLabelsTests
{
    private const string Sentence = "The AlN interlayer raised the critical current density";

    [Fact]
    public void Encodes_spans_as_B_and_I_labels_over_their_tokens()
    {
        var tokens = ChemTokenizer.Tokenize(Sentence);
        var labels = BioLabels.Encode(tokens, [new GoldEntity(4, 18, EntityType.Strategy), new GoldEntity(30, 54, EntityType.Property)]);

        Assert.Equal(["O", "B-STRATEGY", "I-STRATEGY", "O", "O", "B-PROPERTY", "I-PROPERTY", "I-PROPERTY"], labels);
    }

    [Theory]
    [InlineData("O B-STRATEGY I-STRATEGY O O B-PROPERTY I-PROPERTY I-PROPERTY", "STRATEGY:AlN interlayer|PROPERTY:critical current density")]
    [InlineData("O I-STRATEGY I-STRATEGY O O O I-PROPERTY I-PROPERTY", "STRATEGY:AlN interlayer|PROPERTY:current density")] // I- without B- starts a span
    [InlineData("O B-STRATEGY I-MATERIAL O O O O O", "STRATEGY:AlN interlayer")] // a type switch joins the span; a tie keeps the first type
    [InlineData("O B-MATERIAL B-MATERIAL O O O O O", "MATERIAL:AlN|MATERIAL:interlayer")] // B after B: two spans
    [InlineData("O O O O O O O O", "")]
    public void Decodes_labels_into_spans_repairing_invalid_sequences(string labels, string expected)
    {
        var tokens = ChemTokenizer.Tokenize(Sentence);
        var mentions = BioLabels.Decode(Sentence, tokens, labels.Split(' '), Enumerable.Repeat(0.5, tokens.Count).ToArray());

        Assert.Equal(expected, string.Join('|', mentions.Select(m => $"{m.Type.Label()}:{m.Text}")));
        Assert.All(mentions, m => Assert.Equal(m.Text, Sentence[m.Start..m.End]));
    }

    [Fact]
    public void A_span_with_mixed_types_takes_the_type_with_most_probability()
    {
        const string sentence = "cycled at 0.1 mA cm⁻² today";
        var tokens = ChemTokenizer.Tokenize(sentence);

        var mention = Assert.Single(BioLabels.Decode(sentence, tokens, ["O", "O", "B-CONDITION", "I-QUANTITY", "I-QUANTITY", "O"], [0.9, 0.9, 0.6, 0.5, 0.5, 0.9]));

        Assert.Equal((EntityType.Quantity, "0.1 mA cm⁻²"), (mention.Type, mention.Text));
        Assert.Equal(1.6 / 3, mention.Confidence, 6);
    }

    [Fact]
    public void Span_confidence_is_the_mean_of_its_token_probabilities()
    {
        var tokens = ChemTokenizer.Tokenize(Sentence);
        var probabilities = new[] { 0.9, 0.8, 0.6, 0.9, 0.9, 0.9, 0.9, 0.9 };

        var mention = Assert.Single(BioLabels.Decode(Sentence, tokens, ["O", "B-STRATEGY", "I-STRATEGY", "O", "O", "O", "O", "O"], probabilities));

        Assert.Equal(0.7, mention.Confidence, 6);
    }

    [Theory]
    [InlineData("a Pt/GDC/YSZ stack", "O B-MATERIAL I-MATERIAL O O O O", "Pt")] // a separator does not end a span
    [InlineData("a Pt/GDC/YSZ stack", "O O B-MATERIAL I-MATERIAL I-MATERIAL I-MATERIAL O", "GDC/YSZ")] // nor start one
    [InlineData("the (LSM) cathode", "O B-MATERIAL I-MATERIAL O O", "LSM")] // an opening bracket it does not close is left out
    [InlineData("the (LSM) cathode", "O O B-MATERIAL I-MATERIAL O", "LSM")] // so is a closing one it did not open
    [InlineData("SrMoO3 (x = 0.1) here", "B-MATERIAL I-MATERIAL I-MATERIAL I-MATERIAL I-MATERIAL O O", "SrMoO3 (x = 0.1)")] // its own bracket is closed
    [InlineData("a / b", "O B-MATERIAL O", "")] // nothing left
    [InlineData("stable cycling of cells", "O B-PROPERTY I-PROPERTY O", "cycling")] // nor a function word
    [InlineData("of its capacity here", "B-PROPERTY I-PROPERTY I-PROPERTY O", "capacity")]
    [InlineData("at 600 °C)12 here", "O B-QUANTITY I-QUANTITY I-QUANTITY I-QUANTITY O", "600 °C")] // a bracket it did not open ends it
    [InlineData("of LSTO, M and", "O B-MATERIAL I-MATERIAL I-MATERIAL O", "LSTO")] // so does a comma outside brackets
    [InlineData("LaMnO3 (x = 0.1, 0.2) here", "B-MATERIAL I-MATERIAL I-MATERIAL I-MATERIAL I-MATERIAL I-MATERIAL I-MATERIAL I-MATERIAL O", "LaMnO3 (x = 0.1, 0.2)")] // but not one inside them
    public void Span_edges_leave_out_separators_and_unmatched_brackets(string sentence, string labels, string expected)
    {
        var tokens = ChemTokenizer.Tokenize(sentence);
        var mentions = BioLabels.Decode(sentence, tokens, labels.Split(' '), Enumerable.Repeat(0.5, tokens.Count).ToArray());

        Assert.Equal(expected, string.Join('|', mentions.Select(m => m.Text)));
    }
}
