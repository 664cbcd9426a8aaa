namespace LlzoGraph.Extraction.Tagging;

/// <summary>
/// BIO labels over tokens: encoding annotated spans ("B-MATERIAL", "I-MATERIAL", "O") and decoding predicted
/// labels back into spans, repairing invalid sequences: an I- without a B- before it starts a span, and an I-
/// of another type than the span it follows joins that span, which takes the type most of its probability names.
/// A span never starts or ends with a separator ("/", ",", "=") or a bracket it does not close.
/// </summary>
public static class BioLabels
{
    public const string Outside = "O";

    /// <summary>Every label the tagger predicts: O, then B- and I- for each type.</summary>
    public static readonly IReadOnlyList<string> All =
        [Outside, .. EntityTypes.All.SelectMany(t => new[] { "B-" + t.Label(), "I-" + t.Label() })];

    /// <summary>Labels the tokens from annotated spans: a token is in a span when it overlaps it.</summary>
    public static string[] Encode(IReadOnlyList<Token> tokens, IReadOnlyList<GoldEntity> entities)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(entities);
        var labels = Enumerable.Repeat(Outside, tokens.Count).ToArray();
        foreach (var e in entities.OrderBy(e => e.Start))
        {
            var first = true;
            for (var t = 0; t < tokens.Count; t++)
            {
                if (tokens[t].End > e.Start && tokens[t].Start < e.End && labels[t] == Outside)
                {
                    labels[t] = (first ? "B-" : "I-") + e.Type.Label();
                    first = false;
                }
            }
        }

        return labels;
    }

    /// <summary>
    /// Turns per-token labels (with their probabilities) into entity spans, repairing invalid sequences: an I- that
    /// follows O starts a span; an I- of another type than the open span continues it, and the span takes the type
    /// with the most probability over its tokens (ties go to the type it started with).
    /// </summary>
    public static IReadOnlyList<EntityMention> Decode(string sentence, IReadOnlyList<Token> tokens, IReadOnlyList<string> labels, IReadOnlyList<double> probabilities)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(probabilities);
        var mentions = new List<EntityMention>();
        var mass = new double[EntityTypes.All.Count];
        EntityType? open = null;
        int first = 0, last = 0;

        void Close()
        {
            if (open is { } started)
            {
                var type = started;
                for (var k = 0; k < mass.Length; k++)
                {
                    if (mass[k] > mass[(int)type])
                    {
                        type = (EntityType)k;
                    }
                }

                var confidence = mass.Sum() / (last - first + 1);
                if (SpanEdges.Repair(tokens, first, last) is var (from, to))
                {
                    var start = tokens[from].Start;
                    var end = tokens[to].End;
                    mentions.Add(new EntityMention(type, start, end, sentence[start..end], confidence));
                }
            }

            open = null;
            Array.Clear(mass);
        }

        for (var t = 0; t < tokens.Count; t++)
        {
            var (prefix, type) = Parse(labels[t]);
            if (type is not { } current)
            {
                Close();
                continue;
            }

            if (prefix != 'I' || open is null)
            {
                Close();
                open = current;
                first = t;
            }

            last = t;
            mass[(int)current] += probabilities[t];
        }

        Close();
        return mentions;
    }

    private static (char Prefix, EntityType? Type) Parse(string label) =>
        label.Length > 2 && label[1] == '-' && label[0] is 'B' or 'I'
            ? (label[0], EntityTypes.FromLabel(label[2..]))
            : ('O', null);
}
