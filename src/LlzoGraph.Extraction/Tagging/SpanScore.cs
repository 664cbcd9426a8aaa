namespace LlzoGraph.Extraction.Tagging;

/// <summary>Exact-span scores of one entity type: a prediction counts only when its type, start and end all match.</summary>
public sealed record SpanScore(string Type, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public int Gold => TruePositives + FalseNegatives;

    /// <summary>
    /// Scores predictions against gold per type, plus a micro-averaged "ALL" row. Only the types in
    /// <paramref name="types"/> are scored (a corpus that annotates fewer types is scored on those).
    /// </summary>
    public static IReadOnlyList<SpanScore> Score(
        IEnumerable<(IReadOnlyList<GoldEntity> Gold, IReadOnlyList<EntityMention> Predicted)> sentences, IReadOnlyList<EntityType> types)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(types);
        var tp = new int[EntityTypes.All.Count];
        var fp = new int[EntityTypes.All.Count];
        var fn = new int[EntityTypes.All.Count];
        foreach (var (gold, predicted) in sentences)
        {
            var goldSet = gold.Where(g => types.Contains(g.Type)).Select(g => (g.Start, g.End, g.Type)).ToHashSet();
            var predictedSet = predicted.Where(p => types.Contains(p.Type)).Select(p => (p.Start, p.End, p.Type)).ToHashSet();
            foreach (var p in predictedSet)
            {
                if (goldSet.Contains(p))
                {
                    tp[(int)p.Type]++;
                }
                else
                {
                    fp[(int)p.Type]++;
                }
            }

            foreach (var g in goldSet.Where(g => !predictedSet.Contains(g)))
            {
                fn[(int)g.Type]++;
            }
        }

        var rows = types.Select(t => new SpanScore(t.Label(), tp[(int)t], fp[(int)t], fn[(int)t])).ToList();
        rows.Add(new SpanScore("ALL", rows.Sum(r => r.TruePositives), rows.Sum(r => r.FalsePositives), rows.Sum(r => r.FalseNegatives)));
        return rows;
    }
}
