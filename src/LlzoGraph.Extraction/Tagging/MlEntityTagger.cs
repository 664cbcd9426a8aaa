using System.Collections.Concurrent;
using Microsoft.ML;

namespace LlzoGraph.Extraction.Tagging;

/// <summary>
/// The trained entity tagger: tokenises, extracts features, labels each token with the ML.NET model and decodes
/// the BIO labels into mentions. Prediction engines are not thread-safe, so each call borrows one from a pool.
/// </summary>
public sealed class MlEntityTagger : IEntityTagger
{
    private readonly MLContext ml;
    private readonly ITransformer model;
    private readonly DataViewSchema inputSchema;
    private readonly ConcurrentBag<PredictionEngine<TokenRow, TokenPrediction>> engines = [];

    internal MlEntityTagger(MLContext ml, ITransformer model, DataViewSchema inputSchema)
    {
        this.ml = ml;
        this.model = model;
        this.inputSchema = inputSchema;
    }

    /// <summary>Loads a model saved by <see cref="Save"/>.</summary>
    public static MlEntityTagger Load(Stream stream)
    {
        var ml = new MLContext(TaggerOptions.Default.Seed);
        var model = ml.Model.Load(stream, out var schema);
        return new MlEntityTagger(ml, model, schema);
    }

    public void Save(Stream stream) => ml.Model.Save(model, inputSchema, stream);

    public IReadOnlyList<EntityMention> Tag(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var tokens = ChemTokenizer.Tokenize(sentence);
        if (tokens.Count == 0)
        {
            return [];
        }

        var features = TokenFeatures.Extract(sentence, tokens);
        var labels = new string[tokens.Count];
        var probabilities = new double[tokens.Count];
        if (!engines.TryTake(out var engine))
        {
            engine = ml.Model.CreatePredictionEngine<TokenRow, TokenPrediction>(model, inputSchema: inputSchema);
        }

        try
        {
            var row = new TokenRow();
            var prediction = new TokenPrediction();
            for (var t = 0; t < tokens.Count; t++)
            {
                row.Words = features[t];
                engine.Predict(row, ref prediction);
                labels[t] = prediction.PredictedLabel;
                probabilities[t] = prediction.Score.Length > 0 ? prediction.Score.Max() : 0;
            }
        }
        finally
        {
            engines.Add(engine);
        }

        return BioLabels.Decode(sentence, tokens, labels, probabilities);
    }
}
