namespace LlzoGraph.Extraction.Tagging;

/// <summary>How the mentions of two taggers become one list of non-overlapping mentions.</summary>
public static class MentionMerge
{
    /// <summary>
    /// Every mention of <paramref name="primary"/>, then each of <paramref name="secondary"/> that overlaps none kept so
    /// far. Within each list, a mention inside a longer one is dropped first ("Li₃PO₄" inside "Li₃PO₄ (LPO) layer"),
    /// as the annotations never nest spans.
    /// </summary>
    public static IReadOnlyList<EntityMention> Prefer(IReadOnlyList<EntityMention> primary, IReadOnlyList<EntityMention> secondary)
    {
        ArgumentNullException.ThrowIfNull(primary);
        ArgumentNullException.ThrowIfNull(secondary);
        var kept = new List<EntityMention>();
        foreach (var m in Outermost(primary).Concat(Outermost(secondary)))
        {
            if (!kept.Any(k => k.Start < m.End && m.Start < k.End))
            {
                kept.Add(m);
            }
        }

        return kept.OrderBy(m => m.Start).ToList();
    }

    /// <summary>The mentions not inside another, longest first where two overlap.</summary>
    private static IEnumerable<EntityMention> Outermost(IReadOnlyList<EntityMention> mentions)
    {
        var kept = new List<EntityMention>();
        foreach (var m in mentions.OrderByDescending(m => m.End - m.Start).ThenBy(m => m.Start))
        {
            if (!kept.Any(k => k.Start < m.End && m.Start < k.End))
            {
                kept.Add(m);
            }
        }

        return kept.OrderBy(m => m.Start);
    }

    /// <summary>
    /// The mentions with each quantity's role (QUANTITY or CONDITION) taken from <paramref name="roles"/> where that
    /// tagger found a quantity with exactly the same span.
    /// </summary>
    public static IReadOnlyList<EntityMention> WithRoles(IReadOnlyList<EntityMention> mentions, IReadOnlyList<EntityMention> roles)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(roles);
        return mentions.Select(m =>
        {
            if (m.Type is not (EntityType.Quantity or EntityType.Condition))
            {
                return m;
            }

            var same = roles.FirstOrDefault(r => r.Start == m.Start && r.End == m.End && r.Type is EntityType.Quantity or EntityType.Condition);
            return same is null ? m : m with { Type = same.Type };
        }).ToList();
    }
}
