using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Materials;
using LlzoGraph.Core.Units;

namespace LlzoGraph.Extraction.Evaluation;

/// <summary>
/// Scores extracted measurements against gold ones. Running text: per gold sentence (or a part of it the pipeline read
/// as a sentence of its own), a gold value is found when an extracted one has its property, SI value (and upper bound)
/// and qualifier; it is fully right when the subject
/// also matches (same canonical name, or names the paper defines as one material). Tables: every gold cell is
/// checked for subject, property, unit and cited references.
/// </summary>
public static partial class MeasurementEvaluation
{
    private const double Tolerance = 1e-6;

    public sealed record SplitScore(string Split, int Gold, int Extracted, int Found, int FoundWithSubject)
    {
        public double Precision => Extracted == 0 ? 0 : (double)Found / Extracted;

        public double Recall => Gold == 0 ? 0 : (double)Found / Gold;

        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

        public double StrictPrecision => Extracted == 0 ? 0 : (double)FoundWithSubject / Extracted;

        public double StrictRecall => Gold == 0 ? 0 : (double)FoundWithSubject / Gold;

        public double StrictF1 => StrictPrecision + StrictRecall == 0 ? 0 : 2 * StrictPrecision * StrictRecall / (StrictPrecision + StrictRecall);

        /// <summary>Of the values found, the share whose subject is right too.</summary>
        public double SubjectAccuracy => Found == 0 ? 0 : (double)FoundWithSubject / Found;
    }

    /// <summary>A gold value not found, a value extracted but not in the gold, or a found value with the wrong subject.</summary>
    public sealed record Miss(string Split, string Kind, string Sentence, string Expected, string Actual);

    public sealed record TableScore(int Cells, int Found, int SubjectRight, int UnitRight, int ReferencesRight, int AllRight, int Extra);

    public sealed record Result(IReadOnlyList<SplitScore> Splits, TableScore Table, IReadOnlyList<Miss> Misses);

    public static Result Score(
        IReadOnlyList<GoldMeasurement> gold, IReadOnlyList<GoldSentence> sentences, IReadOnlyList<Measurement> extracted, MaterialAliases aliases)
    {
        var misses = new List<Miss>();
        var splits = ScoreText(gold, sentences, extracted, aliases, misses);
        var table = ScoreTable(gold, extracted, aliases, misses);
        return new Result(splits, table, misses);
    }

    private static List<SplitScore> ScoreText(
        IReadOnlyList<GoldMeasurement> gold, IReadOnlyList<GoldSentence> sentences, IReadOnlyList<Measurement> extracted, MaterialAliases aliases, List<Miss> misses)
    {
        var sentenceById = sentences.GroupBy(s => s.Id).ToDictionary(g => g.Key, g => g.First());
        var splitBySection = sentences.GroupBy(s => s.Section).ToDictionary(g => g.Key, g => g.First().Split);
        var goldBySentence = gold.Where(g => g.TableRow is null && sentenceById.ContainsKey(g.Sentence))
            .GroupBy(g => Text(sentenceById[g.Sentence].Text)).ToDictionary(g => g.Key, g => g.ToList());
        var unknown = gold.Where(g => g.TableRow is null && !sentenceById.ContainsKey(g.Sentence)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidDataException($"gold measurements name sentences that no gold sentence has: {string.Join(", ", unknown.Select(u => u.Sentence).Distinct())}");
        }

        // the pipeline may split a gold sentence in two ("… at 200 °C. The resistance …"): its parts score as the whole
        var goldTexts = sentences.Select(s => Text(s.Text)).Distinct(StringComparer.Ordinal).ToList();
        string GoldText(string evidence)
        {
            var text = Text(evidence);
            return goldTexts.Contains(text) ? text : goldTexts.FirstOrDefault(g => g.Contains(text, StringComparison.Ordinal)) ?? text;
        }

        var extractedBySentence = extracted.Where(m => m.Evidence.Kind == EvidenceKind.Sentence)
            .GroupBy(m => GoldText(m.Evidence.Text)).ToDictionary(g => g.Key, g => g.ToList());
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        int[] Count(string split) => counts.TryGetValue(split, out var c) ? c : counts[split] = new int[4];

        foreach (var text in goldBySentence.Keys.Union(extractedBySentence.Keys))
        {
            var golds = goldBySentence.GetValueOrDefault(text) ?? [];
            var found = extractedBySentence.GetValueOrDefault(text) ?? [];
            var section = found.Count > 0 ? found[0].Evidence.Section : null;
            var split = golds.Count > 0 ? golds[0].Split : splitBySection.GetValueOrDefault(SectionNumber(section)) ?? "train";
            var c = Count(split);
            c[0] += golds.Count;
            c[1] += found.Count;
            var left = found.ToList();
            foreach (var g in golds)
            {
                var candidates = left.Where(m => SameValue(g, m)).ToList();
                var match = candidates.FirstOrDefault(m => SameSubject(g.Subject, m.Subject, aliases)) ?? candidates.FirstOrDefault();
                if (match is null)
                {
                    misses.Add(new Miss(split, "missed", text, Describe(g), string.Empty));
                    continue;
                }

                left.Remove(match);
                c[2]++;
                if (SameSubject(g.Subject, match.Subject, aliases))
                {
                    c[3]++;
                }
                else
                {
                    misses.Add(new Miss(split, "wrong subject", text, Describe(g), Describe(match)));
                }
            }

            misses.AddRange(left.Select(m => new Miss(split, "not in gold", text, string.Empty, Describe(m))));
        }

        return counts.OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => new SplitScore(kv.Key, kv.Value[0], kv.Value[1], kv.Value[2], kv.Value[3]))
            .ToList();
    }

    private static TableScore ScoreTable(IReadOnlyList<GoldMeasurement> gold, IReadOnlyList<Measurement> extracted, MaterialAliases aliases, List<Miss> misses)
    {
        var cells = gold.Where(g => g.TableRow is not null).ToList();
        var rows = extracted.Where(m => m.Evidence.Kind == EvidenceKind.TableRow).ToList();
        var left = rows.ToList();
        int found = 0, subject = 0, unit = 0, references = 0, all = 0;
        foreach (var g in cells)
        {
            var (_, row) = g.TableRow!.Value;
            var match = left.FirstOrDefault(m => m.Evidence.Row == row && SameValue(g, m));
            var where = $"table row {row}";
            if (match is null)
            {
                misses.Add(new Miss("table", "missed", where, Describe(g), string.Empty));
                continue;
            }

            left.Remove(match);
            found++;
            var subjectOk = SameSubject(g.Subject, match.Subject, aliases);
            var unitOk = Unit.Parse(g.Unit) is { Ok: true } u && u.Value!.Symbol == match.Quantity.Unit.Symbol;
            var refsOk = (g.References ?? []).Order().SequenceEqual(match.ReferenceNumbers.Distinct().Order());
            subject += subjectOk ? 1 : 0;
            unit += unitOk ? 1 : 0;
            references += refsOk ? 1 : 0;
            if (subjectOk && unitOk && refsOk)
            {
                all++;
            }
            else
            {
                misses.Add(new Miss("table", "wrong cell", where, Describe(g), Describe(match)));
            }
        }

        misses.AddRange(left.Select(m => new Miss("table", "not in gold", $"table row {m.Evidence.Row}", string.Empty, Describe(m))));
        return new TableScore(cells.Count, found, subject, unit, references, all, left.Count);
    }

    /// <summary>Same property, same SI value and upper bound, same qualifier.</summary>
    private static bool SameValue(GoldMeasurement g, Measurement m)
    {
        if (!Enum.TryParse<Property>(g.Property, out var property) || property != m.Property
            || !Enum.TryParse<Qualifier>(g.Qualifier, out var qualifier) || qualifier != m.Quantity.Qualifier)
        {
            return false;
        }

        var unit = Unit.Parse(g.Unit);
        if (!unit.Ok || unit.Value!.Dimension != m.Quantity.Unit.Dimension)
        {
            return false;
        }

        return Close(unit.Value.ToSi(g.Value), m.Quantity.SiValue)
            && (g.Upper is null ? m.Quantity.SiUpperValue is null : m.Quantity.SiUpperValue is { } up && Close(unit.Value.ToSi(g.Upper.Value), up));
    }

    private static bool Close(double a, double b) => Math.Abs(a - b) <= Tolerance * Math.Max(Math.Abs(a), Math.Abs(b));

    /// <summary>
    /// The same subject: same canonical name (case, spaces, formula spelling and a bracketed abbreviation inside it
    /// aside: "Li₃PO₄ (LPO) layer" = "Li₃PO₄ layer") or names of one material in the paper.
    /// </summary>
    public static bool SameSubject(string gold, Subject subject, MaterialAliases aliases) =>
        aliases.Same(gold, subject.Name) || aliases.Same(WithoutAbbreviation(gold), WithoutAbbreviation(subject.Name));

    private static string WithoutAbbreviation(string name) => BracketedAbbreviation().Replace(name, " ");

    private static string Text(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string SectionNumber(string? section) => section?.Split(' ', 2)[0] ?? string.Empty;

    private static string Describe(GoldMeasurement g) =>
        $"{g.Subject} | {g.Property} | {Value(g.Value, g.Upper)} {g.Unit} | {g.Qualifier} | refs [{string.Join(',', g.References ?? [])}]";

    private static string Describe(Measurement m) =>
        $"{m.Subject.Name} | {m.Property} | {Value(m.Quantity.Value, m.Quantity.UpperValue)} {m.Quantity.Unit.Symbol} | {m.Quantity.Qualifier} | refs [{string.Join(',', m.ReferenceNumbers)}]";

    private static string Value(double v, double? upper) =>
        upper is { } u ? FormattableString.Invariant($"{v}–{u}") : FormattableString.Invariant($"{v}");

    [System.Text.RegularExpressions.GeneratedRegex(@"\s*\([A-Z][A-Za-z0-9₀-₉\-]{1,9}\)\s*")]
    private static partial System.Text.RegularExpressions.Regex BracketedAbbreviation();
}
