namespace LlzoGraph.Extraction.Tagging;

/// <summary>Held-out evaluation and k-fold cross-validation of the tagger, scored by exact span match.</summary>
public static class TaggerEvaluation
{
    /// <summary>Tags each sentence and pairs its gold spans with the predictions (mapped by <paramref name="map"/>, if given).</summary>
    public static List<(IReadOnlyList<GoldEntity> Gold, IReadOnlyList<EntityMention> Predicted)> Predict(
        IEntityTagger tagger, IEnumerable<AnnotatedSentence> sentences, Func<EntityMention, EntityMention>? map = null)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(sentences);
        return sentences
            .Select(s => (s.Entities, (IReadOnlyList<EntityMention>)tagger.Tag(s.Text, s.Domain, s.Document).Select(m => map is null ? m : map(m)).ToList()))
            .ToList();
    }

    /// <summary>
    /// k-fold cross-validation: the sentences' groups (<see cref="FoldGroup"/>) are shuffled with the seed and dealt
    /// into k folds, and each fold is tagged by a model trained on the other k−1 and on <paramref name="alwaysTrain"/>
    /// (sentences that are never scored). Returns each sentence with the predictions of the model that did not see it
    /// (wrapped by <paramref name="wrap"/>, when given).
    /// </summary>
    public static List<(AnnotatedSentence Sentence, IReadOnlyList<EntityMention> Predicted)> CrossValidate(
        IReadOnlyList<AnnotatedSentence> sentences, int folds, TaggerOptions options, Func<AnnotatedSentence, float>? weight = null,
        IReadOnlyList<AnnotatedSentence>? alwaysTrain = null, Func<MlEntityTagger, IEntityTagger>? wrap = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(options);
        var groups = sentences.Select(FoldGroup).Distinct(StringComparer.Ordinal).ToArray();
        if (folds < 2 || folds > groups.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(folds), folds, $"need 2 to {groups.Length} folds: the sentences come in {groups.Length} groups");
        }

        new Random(options.Seed).Shuffle(groups);
        var foldOf = groups.Select((g, i) => (g, i % folds)).ToDictionary(p => p.g, p => p.Item2, StringComparer.Ordinal);
        var fold = sentences.Select(s => foldOf[FoldGroup(s)]).ToArray();

        var pooled = new List<(AnnotatedSentence, IReadOnlyList<EntityMention>)>();
        for (var k = 0; k < folds; k++)
        {
            var train = sentences.Where((_, i) => fold[i] != k).Concat(alwaysTrain ?? []).ToList();
            var test = sentences.Where((_, i) => fold[i] == k).ToList();
            var trained = TaggerTrainer.Train(train, options, weight);
            var tagger = wrap is null ? trained : wrap(trained);
            pooled.AddRange(test.Select(s => (s, tagger.Tag(s.Text, s.Domain, s.Document))));
        }

        return pooled;
    }

    /// <summary>
    /// What cross-validation keeps in one fold: a SOFC-Exp sentence goes with its whole article, so that no fold is
    /// tagged by a model that has seen the same paper's names; the project's sentences all come from one review, so
    /// each is its own group.
    /// </summary>
    public static string FoldGroup(AnnotatedSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var colon = sentence.Id.LastIndexOf(':');
        return sentence.Domain == TaggingDomain.SofcExp && colon > 0 ? sentence.Id[..colon] : sentence.Id;
    }

    /// <summary>The share of gold spans whose both ends fall on token boundaries: the ceiling of exact-span recall.</summary>
    public static double AlignedShare(IEnumerable<AnnotatedSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        int aligned = 0, total = 0;
        foreach (var s in sentences)
        {
            var tokens = ChemTokenizer.Tokenize(s.Text);
            foreach (var e in s.Entities)
            {
                total++;
                if (tokens.Any(t => t.Start == e.Start) && tokens.Any(t => t.End == e.End))
                {
                    aligned++;
                }
            }
        }

        return total == 0 ? 1 : (double)aligned / total;
    }
}
