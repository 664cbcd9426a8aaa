using System.Globalization;
using LlzoGraph.Core.Documents;
using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Graph;
using LlzoGraph.Core.Units;

namespace LlzoGraph.Cli.Synthetic;

/// <summary>
/// Realistic synthetic papers for benchmarks: properties, units, subject kinds and reference counts drawn with the
/// frequencies of a <see cref="CorpusSample"/>, values drawn within each property's sampled range, from one seeded
/// RNG, so a seed always gives the same graphs. Papers share subjects (a pool of a few per paper) and cited works
/// (about a third of each reference list comes from a shared pool), as real reviews do.
/// </summary>
internal sealed class SyntheticGraphs(CorpusSample sample, int seed)
{
    public IEnumerable<PaperGraph> Generate(int papers, int measurementsPerPaper)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(papers);
        ArgumentOutOfRangeException.ThrowIfNegative(measurementsPerPaper);
        var random = new Random(seed);
        var tag = seed.ToString(CultureInfo.InvariantCulture);
        var subjects = SubjectPool(random, Math.Max(8, papers * 3), tag);
        var subjectsByKind = subjects.GroupBy(s => s.Kind).ToDictionary(g => g.Key, g => g.ToList());
        var sharedReferences = Enumerable.Range(0, Math.Max(10, papers * 5)).Select(i => Reference(random, $"shared-{tag}-{i}")).ToList();

        for (var p = 0; p < papers; p++)
        {
            var paperId = StableId.For("paper", "synthetic", tag, p.ToString(CultureInfo.InvariantCulture));
            var sections = sample.Sections.Take(12).Select((title, i) => new SectionNode(i, (i + 1).ToString(CultureInfo.InvariantCulture), title)).ToList();

            var referenceCount = Math.Max(1, (int)Math.Round(Pick(random, sample.ReferenceCounts) * (0.5 + random.NextDouble())));
            var entries = new List<ReferenceEntry>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var r = 0; r < referenceCount; r++)
            {
                var entry = random.NextDouble() < 1 / 3.0 ? Pick(random, sharedReferences) : Reference(random, $"{tag}-{p}-{r}");
                if (seen.Add(entry.Raw))
                {
                    entries.Add(entry);
                }
            }

            var references = entries.Select((e, i) => new ReferenceNode(
                StableId.For("reference", e.Raw), i + 1, e with { Number = i + 1 })).ToList();

            var measurements = new List<MeasurementNode>();
            var used = new Dictionary<string, (string Name, SubjectKind Kind, string? MaterialId)>(StringComparer.Ordinal);
            for (var m = 0; m < measurementsPerPaper; m++)
            {
                var property = Weighted(random, sample.Properties);
                var unitSymbol = Weighted(random, sample.Units[property]);
                var unit = Unit.Parse(unitSymbol).GetValueOrThrow();
                var (min, max) = sample.Ranges[(property, unitSymbol)];
                var value = Math.Round(Draw(random, min, max), 3);
                var kind = Weighted(random, sample.Kinds);
                var subject = Pick(random, subjectsByKind.TryGetValue(kind, out var candidates) ? candidates : subjects);
                used[subject.Id] = (subject.Name, subject.Kind, subject.MaterialId);
                var reference = Pick(random, references);
                var section = Pick(random, sections);
                var text = string.Create(CultureInfo.InvariantCulture,
                    $"Synthetic paper {p}: {subject.Name} gave a {property} of {value} {unitSymbol} [{reference.Number}] (statement {m}).");
                var conditions = random.NextDouble() < sample.ConditionShare
                    ? new List<Condition> { new("temperature", new Quantity(25 + 5 * random.Next(0, 13), Unit.Parse("°C").GetValueOrThrow())) }
                    : [];
                var id = StableId.For("measurement", "synthetic", tag, p.ToString(CultureInfo.InvariantCulture), m.ToString(CultureInfo.InvariantCulture));
                measurements.Add(new MeasurementNode(
                    id, subject.Id, subject.Kind, property, new Quantity(value, unit), conditions,
                    [new Evidence(EvidenceKind.Sentence, $"{section.Number} {section.Title}", text, m)],
                    [reference.Id], Math.Round(0.5 + random.NextDouble() / 2, 2)));
            }

            var strategies = used.Where(u => u.Value.Kind != SubjectKind.Material)
                .Select(u => new StrategyNode(u.Key, u.Value.Name, u.Value.Kind, u.Value.MaterialId is { } mid ? [mid] : []))
                .OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
            var materials = used.Where(u => u.Value.Kind == SubjectKind.Material).Select(u => new MaterialNode(u.Key, u.Value.Name))
                .Concat(used.Values.Where(u => u.MaterialId is not null).Select(u => new MaterialNode(u.MaterialId!, MaterialName(u.Name))))
                .DistinctBy(m => m.Id).OrderBy(m => m.Id, StringComparer.Ordinal).ToList();

            var paper = new PaperNode(paperId,
                string.Create(CultureInfo.InvariantCulture, $"Synthetic paper {p} on garnet electrolyte interfaces (seed {seed})"),
                [Author(random), Author(random)], null, string.Create(CultureInfo.InvariantCulture, $"10.5555/synthetic.{tag}.{p}"),
                2015 + random.Next(0, 11), $"synthetic/{tag}/{p}");
            yield return new PaperGraph(paper, sections, materials, strategies, measurements, references);
        }
    }

    private List<(string Id, string Name, SubjectKind Kind, string? MaterialId)> SubjectPool(Random random, int size, string tag)
    {
        var pool = new List<(string, string, SubjectKind, string?)>();
        for (var i = 0; i < size; i++)
        {
            var (baseName, _) = Pick(random, sample.Subjects);
            var kind = Weighted(random, sample.Kinds);
            var name = i < sample.Subjects.Count ? baseName : string.Create(CultureInfo.InvariantCulture, $"{baseName} (variant {i})");
            var id = kind == SubjectKind.Material
                ? StableId.For("material", "synthetic", tag, name)
                : StableId.For("strategy", "synthetic", tag, kind.ToString(), name);
            var material = kind == SubjectKind.Material ? null : StableId.For("material", "synthetic", tag, MaterialName(name));
            pool.Add((id, name, kind, material));
        }

        return pool.DistinctBy(s => s.Item1).ToList();
    }

    private static string MaterialName(string subject) => subject.Split(' ')[0];

    private static ReferenceEntry Reference(Random random, string key)
    {
        var author = Author(random);
        var year = 1995 + random.Next(0, 30);
        var journal = Pick(random, Journals);
        var volume = random.Next(1, 400).ToString(CultureInfo.InvariantCulture);
        var page = random.Next(1, 9000).ToString(CultureInfo.InvariantCulture);
        var raw = $"{author} et al., {journal}, {year}, {volume}, {page} (synthetic {key}).";
        return new ReferenceEntry(0, raw, [author], null, journal, year, volume, page, null);
    }

    private static readonly string[] Journals = ["J. Mater. Chem. A", "ACS Appl. Mater. Interfaces", "Energy Environ. Sci.", "Adv. Energy Mater.", "Nat. Energy", "J. Power Sources", "Chem. Mater."];

    private static readonly string[] Surnames = ["Wang", "Zhang", "Li", "Chen", "Liu", "Feng", "Deng", "Lee", "Kim", "Han", "Murugan", "Thangadurai", "Sakamoto", "Hu", "Goodenough"];

    private static string Author(Random random) => $"{(char)('A' + random.Next(0, 26))}. {Pick(random, Surnames)}";

    /// <summary>Uniform in [min, max]; log-uniform when the range spans more than a factor of ten of positive numbers.</summary>
    private static double Draw(Random random, double min, double max)
    {
        if (max <= min)
        {
            return min * (0.8 + 0.4 * random.NextDouble());
        }

        return min > 0 && max / min > 10
            ? Math.Exp(Math.Log(min) + (Math.Log(max) - Math.Log(min)) * random.NextDouble())
            : min + (max - min) * random.NextDouble();
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static T Weighted<T>(Random random, IReadOnlyList<(T Item, int Count)> weights)
    {
        var roll = random.Next(weights.Sum(w => w.Count));
        foreach (var (item, count) in weights)
        {
            if ((roll -= count) < 0)
            {
                return item;
            }
        }

        return weights[^1].Item;
    }
}
