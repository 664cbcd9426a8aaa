using System.Text.RegularExpressions;
using LlzoGraph.Core.Facts;
using LlzoGraph.Extraction.Quantities;
using LlzoGraph.Extraction.Tagging;
using LlzoGraph.Extraction.Vocabulary;

namespace LlzoGraph.Extraction.Facts;

/// <summary>
/// Pairs a list of values with a list of subjects in the same order where a clause says "respectively": "The ASRs of
/// Li/LLZO and Li/Au/LLZO were 1200 and 30 Ω cm², respectively", "The CCDs of the bare, ZnO-coated and Al₂O₃-coated
/// pellets were 0.1, 0.6 and 0.9 mA cm⁻², respectively", "Ta-LLZO and Al-LLZO show 0.8 and 0.3 mS cm⁻¹, respectively".
/// Lists of different lengths pair nothing.
/// </summary>
internal static partial class RespectiveSubjects
{
    /// <summary>Each listed value with its subject.</summary>
    public static Dictionary<QuantityMention, Subject> Find(
        string text, IReadOnlyList<QuantityMention> results, IReadOnlyList<Mention<Property>> properties, IReadOnlyList<Mention<Subject>> strategies)
    {
        var pairs = new Dictionary<QuantityMention, Subject>();
        var respectively = Respectively().Match(text);
        if (!respectively.Success)
        {
            return pairs;
        }

        var listed = ValueList(text, results, respectively.Index);
        if (listed.Count < 2)
        {
            return pairs;
        }

        var items = SubjectList(text, listed[0].Start, properties);
        if (items.Count == listed.Count)
        {
            for (var k = 0; k < items.Count; k++)
            {
                var (start, end, name) = items[k];
                var strategy = strategies.FirstOrDefault(s => s.Start >= start && s.End <= end);
                pairs[listed[k]] = strategy?.Value ?? SubjectNames.FromName(name);
            }

            return pairs;
        }

        // strategies listed with the head only the last writes are named with it ("HF" of "HF and H₃PO₄ treatments")
        var run = StrategyList(text, listed[0].Start, strategies);
        if (run.Count == listed.Count)
        {
            for (var k = 0; k < run.Count; k++)
            {
                pairs[listed[k]] = run[k].Name == run[k].Strategy.Text ? run[k].Strategy.Value : SubjectNames.FromName(run[k].Name);
            }
        }

        return pairs;
    }

    /// <summary>
    /// Each listed value with the property listed in its place ("The Young's modulus and Vickers hardness … were 148
    /// GPa and 9.1 GPa, respectively"): the vocabulary's mention, or null where the name is none of its properties.
    /// </summary>
    public static Dictionary<QuantityMention, Mention<Property>?> Properties(string text, IReadOnlyList<QuantityMention> results, IReadOnlyList<Mention<Property>> properties)
    {
        var pairs = new Dictionary<QuantityMention, Mention<Property>?>();
        var respectively = Respectively().Match(text);
        var listed = respectively.Success ? ValueList(text, results, respectively.Index) : [];
        if (listed.Count < 2)
        {
            return pairs;
        }

        var names = properties.Where(p => p.End <= listed[0].Start).Select(p => (p.Start, p.End, Known: (Mention<Property>?)p))
            .Concat(PropertyPhrases.Find(text[..listed[0].Start]).Where(n => !properties.Any(p => n.Start < p.End && p.Start < n.End))
                .Select(n => (n.Start, n.End, Known: (Mention<Property>?)null)))
            .OrderBy(n => n.Start).ToList();
        var run = names.Count >= listed.Count ? names.Skip(names.Count - listed.Count).ToList() : [];
        if (run.Count == 0 || run.Zip(run.Skip(1)).Any(p => !Separator().IsMatch(text[p.First.End..p.Second.Start])))
        {
            return pairs; // the names must be listed as the values are: "A and B", "A, B and C"
        }

        for (var k = 0; k < listed.Count; k++)
        {
            pairs[listed[k]] = run[k].Known;
        }

        return pairs;
    }

    /// <summary>The last run of values before "respectively" that only commas and "and" separate.</summary>
    private static List<QuantityMention> ValueList(string text, IReadOnlyList<QuantityMention> results, int respectively)
    {
        var before = results.Where(q => q.End <= respectively).ToList();
        var run = new List<QuantityMention>();
        for (var k = before.Count - 1; k >= 0; k--)
        {
            if (run.Count > 0 && !Separator().IsMatch(text[before[k].End..run[0].Start]))
            {
                break;
            }

            run.Insert(0, before[k]);
        }

        return run;
    }

    /// <summary>
    /// The listed subjects before the values: the X of "the PROPERTY of X were", else the clause's opening noun phrase
    /// before its verb; a head noun only the last item writes is shared ("the bare, ZnO-coated and Al₂O₃-coated pellets").
    /// </summary>
    private static List<(int Start, int End, string Name)> SubjectList(string text, int firstValue, IReadOnlyList<Mention<Property>> properties)
    {
        var property = properties.Where(p => p.End <= firstValue).MaxBy(p => p.End);
        var clauseStart = Math.Max(text.LastIndexOf(';', Math.Max(0, firstValue - 1)) + 1, 0);
        var of = property is null ? Match.Empty : OfList().Match(text[property.End..firstValue]);
        var (offset, found) = of.Success ? (property!.End, of) : (clauseStart, OpeningList().Match(text[clauseStart..firstValue]));
        if (!found.Success)
        {
            return [];
        }

        var x = found.Groups["x"];
        var items = new List<(int Start, int End, string Name)>();
        var at = 0;
        foreach (var separator in ItemSeparator().Matches(x.Value).Cast<Match?>().Append(null))
        {
            var end = separator?.Index ?? x.Length;
            var name = x.Value[at..end].Trim();
            if (name.Length == 0 || QuantityFinder.Find(name).Count > 0 || name.All(c => char.IsDigit(c) || c is '.' or ' '))
            {
                return []; // a list of conditions or sizes, not of subjects ("at 0.1, 0.2 and 0.5 mA cm⁻²")
            }

            items.Add((offset + x.Index + at, offset + x.Index + end, name));
            at = separator is null ? end : separator.Index + separator.Length;
        }

        return SharedHead(items);
    }

    /// <summary>
    /// The last list of strategies the tagger found before the values, joined only by commas and "and" ("ZnO and
    /// Al₂O₃ coatings … raised the CCD to 0.6 and 0.9 mA cm⁻², respectively"), with the head noun only the last writes
    /// shared out.
    /// </summary>
    private static List<(Mention<Subject> Strategy, string Name)> StrategyList(string text, int firstValue, IReadOnlyList<Mention<Subject>> strategies)
    {
        var before = strategies.Where(s => s.End <= firstValue).OrderBy(s => s.Start).ToList();
        var run = new List<Mention<Subject>>();
        for (var k = before.Count - 1; k >= 0; k--)
        {
            if (run.Count > 0 && (before[k].End > run[0].Start || !IsItemSeparator(text[before[k].End..run[0].Start])))
            {
                break;
            }

            run.Insert(0, before[k]);
        }

        return run.Zip(SharedHead(run.Select(s => (s.Start, s.End, s.Text)).ToList()), (s, item) => (s, item.Name)).ToList();
    }

    /// <summary>Whether the text between two items is one list separator and nothing else (", ", " and ", ", and ").</summary>
    private static bool IsItemSeparator(string between) => ItemSeparator().Match(between) is { Success: true, Index: 0 } m && m.Length == between.Length;

    /// <summary>A head noun only the last item writes, shared out to the one-word items before it.</summary>
    private static List<(int Start, int End, string Name)> SharedHead(List<(int Start, int End, string Name)> items)
    {
        var head = items.Count > 1 ? items[^1].Name.Split(' ') : [];
        if (head.Length > 1 && items.SkipLast(1).All(i => !i.Name.Contains(' ', StringComparison.Ordinal)))
        {
            var shared = string.Join(' ', head.Skip(1));
            return items.SkipLast(1).Select(i => (i.Start, i.End, $"{i.Name} {shared}")).Append(items[^1]).ToList();
        }

        return items;
    }

    [GeneratedRegex(@"\brespectively\b|\bin (?:sequence|turn|that order)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Respectively();

    [GeneratedRegex(@"^\s*,?\s*(?:and|or)?\s*,?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Separator();

    [GeneratedRegex(@"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ItemSeparator();

    /// <summary>"… of X were", "… for X are", up to the verb before the values.</summary>
    [GeneratedRegex(@"^(?:e?s)?\s*(?:of|for|in)\s+(?:the\s+)?(?<x>[^;]+?(?:,|\s+(?:and|or)\s+)[^;]+?)\s+(?:were|was|are|is|reached|reach|showed|show|exhibited|exhibit|gave|give|decreased to|increased to|amounted to|:|=)\s", RegexOptions.IgnoreCase)]
    private static partial Regex OfList();

    /// <summary>The clause's opening noun phrases before a verb of having or reaching.</summary>
    [GeneratedRegex(@"^\s*(?:the\s+)?(?<x>[^;]+?(?:,|\s+(?:and|or)\s+)[^;]+?)\s+(?:show|showed|shows|exhibit|exhibited|exhibits|have|has|had|reach|reached|reaches|deliver|delivered|delivers|display|displayed|displays|give|gave|gives|achieve|achieved|achieves)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OpeningList();
}
