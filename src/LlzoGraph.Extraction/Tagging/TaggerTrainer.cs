using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;
using Microsoft.ML.Transforms;

namespace LlzoGraph.Extraction.Tagging;

/// <summary>
/// Trains the token classifier: each token's features are hashed into a bag (2^bits slots) and an ML.NET multiclass
/// trainer learns its BIO label; the label bigrams of the training sentences give the transitions the decoder
/// uses. Single-threaded with a fixed seed, so the same data gives the same model.
/// </summary>
public static class TaggerTrainer
{
    /// <summary>Trains on the sentences (each weighted by <paramref name="weight"/>, 1 when null) and returns the tagger.</summary>
    public static MlEntityTagger Train(IReadOnlyList<AnnotatedSentence> sentences, TaggerOptions options, Func<AnnotatedSentence, float>? weight = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(options);
        var ml = new MLContext(options.Seed);
        var rows = new List<TokenRow>();
        var sequences = new List<IReadOnlyList<string>>();
        foreach (var s in sentences)
        {
            var tokens = ChemTokenizer.Tokenize(s.Text);
            var features = TokenFeatures.Extract(s.Text, tokens, s.Domain, s.Document);
            var labels = BioLabels.Encode(tokens, s.Domain == TaggingDomain.SofcExp ? SofcExpSpanConventions.ToProject(s.Text, s.Entities) : s.Entities);
            sequences.Add(labels);
            var w = weight?.Invoke(s) ?? 1f;
            for (var t = 0; t < tokens.Count; t++)
            {
                rows.Add(new TokenRow { Words = features[t], Label = labels[t], Weight = IsRare(labels[t]) ? w * options.RareTypeWeight : w });
            }
        }

        if (rows.Count == 0)
        {
            throw new InvalidOperationException("no training tokens: the training sentences are empty");
        }

        var data = ml.Data.LoadFromEnumerable(rows);
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Label", "Label", keyOrdinality: Microsoft.ML.Transforms.ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Append(ml.Transforms.Categorical.OneHotHashEncoding("Features", "Words", OneHotEncodingEstimator.OutputKind.Bag, options.HashBits))
            .Append(Trainer(ml, options))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
        var model = pipeline.Fit(data);
        return new MlEntityTagger(ml, model, data.Schema, LabelTransitions.Count(sequences, options.TransitionWeight));
    }

    private static bool IsRare(string label) =>
        label.EndsWith("STRATEGY", StringComparison.Ordinal) || label.EndsWith("PROPERTY", StringComparison.Ordinal) || label.EndsWith("CONDITION", StringComparison.Ordinal);

    private static IEstimator<ITransformer> Trainer(MLContext ml, TaggerOptions options) => options.Trainer switch
    {
        TaggerTrainerKind.Sdca => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = "Label",
            FeatureColumnName = "Features",
            ExampleWeightColumnName = "Weight",
            NumberOfThreads = 1,
            MaximumNumberOfIterations = options.Iterations,
            L2Regularization = options.L2,
        }),
        TaggerTrainerKind.LightGbm => ml.MulticlassClassification.Trainers.LightGbm(new LightGbmMulticlassTrainer.Options
        {
            LabelColumnName = "Label",
            FeatureColumnName = "Features",
            ExampleWeightColumnName = "Weight",
            NumberOfThreads = 1,
            Seed = options.Seed,
            Deterministic = true,
            NumberOfIterations = 150,
            NumberOfLeaves = 31,
            MinimumExampleCountPerLeaf = 5,
            LearningRate = 0.2,
            UseSoftmax = true,
        }),
        TaggerTrainerKind.FastTree => ml.MulticlassClassification.Trainers.OneVersusAll(
            ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
            {
                LabelColumnName = "Label",
                FeatureColumnName = "Features",
                ExampleWeightColumnName = "Weight",
                NumberOfThreads = 1,
                Seed = options.Seed,
                NumberOfTrees = 100,
                NumberOfLeaves = 20,
                MinimumExampleCountPerLeaf = 5,
            }),
            labelColumnName: "Label"),
        _ => throw new ArgumentOutOfRangeException(nameof(options), options.Trainer, "unknown trainer"),
    };
}
