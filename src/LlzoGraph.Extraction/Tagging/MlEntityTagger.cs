using System.Collections.Concurrent;
using System.IO.Compression;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace LlzoGraph.Extraction.Tagging;

/// <summary>
/// The trained entity tagger: tokenises, extracts features, has the ML.NET model give each token a probability per
/// BIO label, and decodes the best valid label sequence (Viterbi over the learned label transitions) into mentions.
/// Prediction engines are not thread-safe, so each call borrows one from a pool.
/// </summary>
public sealed class MlEntityTagger : IEntityTagger
{
    private const string ModelEntry = "token-classifier.zip";
    private const string TransitionsEntry = "label-transitions.tsv";

    private readonly MLContext ml;
    private readonly ITransformer model;
    private readonly DataViewSchema inputSchema;
    private readonly LabelTransitions transitions;
    private readonly int[] slotToLabel; // score slot → index in BioLabels.All
    private readonly ConcurrentBag<PredictionEngine<TokenRow, TokenPrediction>> engines = [];

    internal MlEntityTagger(MLContext ml, ITransformer model, DataViewSchema inputSchema, LabelTransitions transitions)
    {
        this.ml = ml;
        this.model = model;
        this.inputSchema = inputSchema;
        this.transitions = transitions;
        var keys = default(VBuffer<ReadOnlyMemory<char>>);
        model.GetOutputSchema(inputSchema)["Label"].GetKeyValues(ref keys);
        slotToLabel = keys.DenseValues().Select(k => BioLabels.All.ToList().IndexOf(k.ToString())).ToArray();
        if (slotToLabel.Any(i => i < 0))
        {
            throw new InvalidDataException("the model predicts a label the tagger does not know");
        }
    }

    /// <summary>Loads a model saved by <see cref="Save"/>.</summary>
    public static MlEntityTagger Load(Stream stream)
    {
        using var archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        var ml = new MLContext(TaggerOptions.Default.Seed);
        using var inner = new MemoryStream();
        using (var entry = (archive.GetEntry(ModelEntry) ?? throw new InvalidDataException($"tagger model lacks '{ModelEntry}'")).Open())
        {
            entry.CopyTo(inner);
        }

        inner.Position = 0;
        var model = ml.Model.Load(inner, out var schema);
        using var reader = new StreamReader((archive.GetEntry(TransitionsEntry) ?? throw new InvalidDataException($"tagger model lacks '{TransitionsEntry}'")).Open());
        return new MlEntityTagger(ml, model, schema, LabelTransitions.Read(reader));
    }

    /// <summary>
    /// Writes the model as one zip: the ML.NET token classifier and the label transitions. Every zip entry gets a
    /// fixed time stamp, so the same model always gives the same bytes.
    /// </summary>
    public void Save(Stream stream)
    {
        using var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        using (var saved = new MemoryStream())
        {
            ml.Model.Save(model, inputSchema, saved);
            saved.Position = 0;
            using var inner = Repack(saved);
            using var output = Entry(archive, ModelEntry).Open();
            inner.CopyTo(output);
        }

        using var writer = new StreamWriter(Entry(archive, TransitionsEntry).Open());
        transitions.Write(writer);
    }

    private static readonly DateTimeOffset Stamp = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static ZipArchiveEntry Entry(ZipArchive archive, string name)
    {
        var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = Stamp;
        return entry;
    }

    /// <summary>The same zip with its entries in name order and fixed time stamps.</summary>
    private static MemoryStream Repack(Stream zip)
    {
        var result = new MemoryStream();
        using (var source = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true))
        using (var target = new ZipArchive(result, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                using var input = entry.Open();
                using var output = Entry(target, entry.FullName).Open();
                input.CopyTo(output);
            }
        }

        result.Position = 0;
        return result;
    }

    public IReadOnlyList<EntityMention> Tag(string sentence) => Tag(sentence, TaggingDomain.Project);

    public IReadOnlyList<EntityMention> Tag(string sentence, TaggingDomain domain) => Tag(sentence, domain, DocumentTerms.None);

    public IReadOnlyList<EntityMention> Tag(string sentence, TaggingDomain domain, DocumentTerms document)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(document);
        var tokens = ChemTokenizer.Tokenize(sentence);
        if (tokens.Count == 0)
        {
            return [];
        }

        var features = TokenFeatures.Extract(sentence, tokens, domain, document);
        var distributions = new double[tokens.Count][];
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
                var p = new double[BioLabels.All.Count];
                for (var s = 0; s < prediction.Score.Length && s < slotToLabel.Length; s++)
                {
                    p[slotToLabel[s]] = prediction.Score[s];
                }

                distributions[t] = p;
            }
        }
        finally
        {
            engines.Add(engine);
        }

        var path = transitions.Decode(distributions);
        return BioLabels.Decode(
            sentence,
            tokens,
            path.Select(i => BioLabels.All[i]).ToArray(),
            path.Select((label, t) => distributions[t][label]).ToArray());
    }
}
