using System.Globalization;

namespace LlzoGraph.Extraction.Tagging;

/// <summary>
/// How likely one BIO label follows another, counted on the training sentences (add-one smoothed), with the BIO
/// constraint built in: I-X may only follow B-X or I-X. Decoding picks the label sequence that maximises the sum
/// of the token classifier's log-probabilities and the transitions' log ratio to each label's overall frequency
/// (Viterbi).
/// </summary>
public sealed class LabelTransitions
{
    private readonly IReadOnlyList<string> labels;
    private readonly double[,] logProbability; // [previous + 1, next]; row 0 is the sentence start

    private LabelTransitions(IReadOnlyList<string> labels, double[,] logProbability)
    {
        this.labels = labels;
        this.logProbability = logProbability;
    }

    public IReadOnlyList<string> Labels => labels;

    /// <summary>
    /// Counts the label bigrams of the training sentences' label sequences; <paramref name="weight"/> scales the
    /// transitions against the classifier (the classifier already sees its neighbours' words, so a full weight
    /// counts that context twice).
    /// </summary>
    public static LabelTransitions Count(IEnumerable<IReadOnlyList<string>> sequences, double weight = 1)
    {
        ArgumentNullException.ThrowIfNull(sequences);
        var labels = BioLabels.All;
        var counts = new double[labels.Count + 1, labels.Count];
        foreach (var sequence in sequences)
        {
            var previous = -1;
            foreach (var label in sequence)
            {
                var next = IndexOf(labels, label);
                counts[previous + 1, next]++;
                previous = next;
            }
        }

        return new LabelTransitions(labels, Normalise(labels, counts, weight));
    }

    /// <summary>The best label sequence for per-token probabilities over <see cref="Labels"/> (rows: tokens).</summary>
    public int[] Decode(IReadOnlyList<double[]> probabilities)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        var n = probabilities.Count;
        var k = labels.Count;
        var best = new double[n, k];
        var back = new int[n, k];
        for (var t = 0; t < n; t++)
        {
            for (var j = 0; j < k; j++)
            {
                var emission = Math.Log(Math.Max(probabilities[t][j], 1e-12));
                if (t == 0)
                {
                    best[t, j] = logProbability[0, j] + emission;
                    continue;
                }

                var (score, from) = (double.NegativeInfinity, 0);
                for (var i = 0; i < k; i++)
                {
                    var s = best[t - 1, i] + logProbability[i + 1, j];
                    if (s > score)
                    {
                        (score, from) = (s, i);
                    }
                }

                best[t, j] = score + emission;
                back[t, j] = from;
            }
        }

        var path = new int[n];
        if (n == 0)
        {
            return path;
        }

        for (var j = 1; j < k; j++)
        {
            if (best[n - 1, j] > best[n - 1, path[n - 1]])
            {
                path[n - 1] = j;
            }
        }

        for (var t = n - 1; t > 0; t--)
        {
            path[t - 1] = back[t, path[t]];
        }

        return path;
    }

    public void Write(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        for (var i = 0; i <= labels.Count; i++)
        {
            writer.WriteLine(string.Join('\t', Enumerable.Range(0, labels.Count).Select(j => logProbability[i, j].ToString("R", CultureInfo.InvariantCulture))));
        }
    }

    public static LabelTransitions Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var labels = BioLabels.All;
        var table = new double[labels.Count + 1, labels.Count];
        for (var i = 0; i <= labels.Count; i++)
        {
            var cells = (reader.ReadLine() ?? throw new InvalidDataException("label transitions: too few rows")).Split('\t');
            if (cells.Length != labels.Count)
            {
                throw new InvalidDataException($"label transitions: row {i} has {cells.Length} cells, expected {labels.Count}");
            }

            for (var j = 0; j < labels.Count; j++)
            {
                table[i, j] = double.Parse(cells[j], NumberStyles.Float, CultureInfo.InvariantCulture);
            }
        }

        return new LabelTransitions(labels, table);
    }

    /// <summary>
    /// log(P(next | previous) / P(next)): the classifier's probabilities already hold how common each label is, so
    /// the transitions only add how much more (or less) likely a label is after the previous one.
    /// </summary>
    private static double[,] Normalise(IReadOnlyList<string> labels, double[,] counts, double weight)
    {
        var marginal = new double[labels.Count];
        for (var j = 0; j < labels.Count; j++)
        {
            for (var i = 0; i <= labels.Count; i++)
            {
                marginal[j] += counts[i, j] + 1;
            }
        }

        var all = marginal.Sum();
        var result = new double[labels.Count + 1, labels.Count];
        for (var i = 0; i <= labels.Count; i++)
        {
            var previous = i == 0 ? BioLabels.Outside : labels[i - 1];
            var allowed = Enumerable.Range(0, labels.Count).Where(j => Allowed(previous, labels[j])).ToList();
            var total = allowed.Sum(j => counts[i, j] + 1);
            for (var j = 0; j < labels.Count; j++)
            {
                result[i, j] = allowed.Contains(j) ? weight * (Math.Log((counts[i, j] + 1) / total) - Math.Log(marginal[j] / all)) : double.NegativeInfinity;
            }
        }

        return result;
    }

    /// <summary>The BIO constraint: I-X continues a span of X; everything else may follow anything.</summary>
    private static bool Allowed(string previous, string next) =>
        !next.StartsWith("I-", StringComparison.Ordinal) || (previous.Length > 2 && previous[2..] == next[2..]);

    private static int IndexOf(IReadOnlyList<string> labels, string label)
    {
        for (var i = 0; i < labels.Count; i++)
        {
            if (labels[i] == label)
            {
                return i;
            }
        }

        throw new InvalidDataException($"unknown label '{label}'");
    }
}
