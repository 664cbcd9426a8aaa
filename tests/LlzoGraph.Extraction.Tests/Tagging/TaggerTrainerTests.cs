using LlzoGraph.Extraction.Tagging;

namespace LlzoGraph.Extraction.Tests.Tagging;

public sealed class TaggerTrainerTests
{
    /// <summary>A tiny hand-written training set in the project's annotation style.</summary>
    internal static IReadOnlyList<AnnotatedSentence> TinySet()
    {
        var sentences = new List<AnnotatedSentence>();
        string[] materials = ["LLZO", "LiF", "Li₂CO₃", "ZnO", "Al₂O₃", "LLZTO"];
        string[] values = ["1.5 mA cm⁻²", "20 Ω cm²", "0.3 mS cm⁻¹", "500 h"];
        for (var i = 0; i < 12; i++)
        {
            var material = materials[i % materials.Length];
            var value = values[i % values.Length];
            var text = $"The {material} sample showed {value} in our test.";
            var m = text.IndexOf(material, StringComparison.Ordinal);
            var v = text.IndexOf(value, StringComparison.Ordinal);
            sentences.Add(new AnnotatedSentence($"tiny:{i}", text, "train",
                [new GoldEntity(m, m + material.Length, EntityType.Material), new GoldEntity(v, v + value.Length, EntityType.Quantity)]));
        }

        return sentences;
    }

    private static readonly string[] Probes =
    [
        "The ZnO sample showed 20 Ω cm² in our test.",
        "A LiF sample showed 3.5 mA cm⁻² here.",
    ];

    private static string Describe(MlEntityTagger tagger) =>
        string.Join(" / ", Probes.Select(p => string.Join("|", tagger.Tag(p).Select(m => $"{m.Type.Label()}:{m.Text}:{m.Confidence:0.000000}"))));

    [Fact]
    public void Training_twice_with_the_same_seed_gives_the_same_predictions_and_a_saved_model_reloads_identically()
    {
        var options = TaggerOptions.Default with { HashBits = 12 };
        var first = TaggerTrainer.Train(TinySet(), options);
        var second = TaggerTrainer.Train(TinySet(), options);
        using var saved = new MemoryStream();
        first.Save(saved);
        saved.Position = 0;
        var reloaded = MlEntityTagger.Load(saved);

        var described = Describe(first);
        Assert.Equal(described, Describe(second));
        Assert.Equal(described, Describe(reloaded));
        Assert.Contains("MATERIAL:ZnO", described, StringComparison.Ordinal);
        Assert.Contains("QUANTITY:20 Ω cm²", described, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_data_and_seed_give_the_same_model_file()
    {
        var options = TaggerOptions.Default with { HashBits = 12 };
        using var first = new MemoryStream();
        using var second = new MemoryStream();

        TaggerTrainer.Train(TinySet(), options).Save(first);
        TaggerTrainer.Train(TinySet(), options).Save(second);

        Assert.Equal(first.ToArray(), second.ToArray());
    }

    [Fact]
    public void Training_without_tokens_is_a_clear_error() =>
        Assert.Throws<InvalidOperationException>(() => TaggerTrainer.Train([new AnnotatedSentence("x", "   ", "train", [])], TaggerOptions.Default));

    [Fact]
    public void Cross_validation_tags_every_sentence_once()
    {
        var pooled = TaggerEvaluation.CrossValidate(TinySet(), 3, TaggerOptions.Default with { HashBits = 12 });

        Assert.Equal(TinySet().Count, pooled.Count);
        Assert.Equal(TinySet().Select(s => s.Id).Order(), pooled.Select(p => p.Sentence.Id).Order());
    }

    [Fact]
    public void Cross_validation_keeps_a_sofc_exp_article_in_one_fold()
    {
        var sentences = TinySet().Select((s, i) => s with { Id = $"article{i % 2}:{i}", Domain = TaggingDomain.SofcExp }).ToList();

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => TaggerEvaluation.CrossValidate(sentences, 3, TaggerOptions.Default with { HashBits = 12 }));

        Assert.Contains("2 groups", error.Message, StringComparison.Ordinal);
        Assert.Equal(sentences.Count, TaggerEvaluation.CrossValidate(sentences, 2, TaggerOptions.Default with { HashBits = 12 }).Count);
    }

    [Theory]
    [InlineData("PMC123:17", TaggingDomain.SofcExp, "PMC123")]
    [InlineData("review:s0002", TaggingDomain.Project, "review:s0002")]
    public void A_fold_group_is_the_article_for_sofc_exp_and_the_sentence_for_the_review(string id, TaggingDomain domain, string group) =>
        Assert.Equal(group, TaggerEvaluation.FoldGroup(new AnnotatedSentence(id, "text", "train", [], domain)));
}
