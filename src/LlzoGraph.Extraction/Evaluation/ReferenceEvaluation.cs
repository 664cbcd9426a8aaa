using LlzoGraph.Core.Documents;

namespace LlzoGraph.Extraction.Evaluation;

/// <summary>Field accuracy of parsed references against gold: how many entries got each field exactly right.</summary>
public static class ReferenceEvaluation
{
    public static readonly IReadOnlyList<string> Fields = ["authors", "title", "journal", "year", "volume", "pages", "doi"];

    public sealed record FieldScore(string Field, int Correct, int Total)
    {
        public double Accuracy => Total == 0 ? 0 : (double)Correct / Total;
    }

    public sealed record Miss(GoldReference Gold, string Field, string? Expected, string? Actual);

    /// <summary>Scores each gold entry against the parsed entry with its number (a missing entry gets every field wrong).</summary>
    public static (IReadOnlyList<FieldScore> Scores, IReadOnlyList<Miss> Misses) Score(
        IReadOnlyList<GoldReference> gold, Func<GoldReference, ReferenceEntry?> parsed)
    {
        var correct = Fields.ToDictionary(f => f, _ => 0);
        var misses = new List<Miss>();
        foreach (var g in gold)
        {
            var p = parsed(g);
            foreach (var field in Fields)
            {
                var expected = Value(field, g.Authors, g.Title, g.Journal, g.Year, g.Volume, g.Pages, g.Doi);
                var actual = p is null ? null : Value(field, p.Authors, p.Title, p.Journal, p.Year, p.Volume, p.Pages, p.Doi);
                if (p is not null && Normalise(expected) == Normalise(actual))
                {
                    correct[field]++;
                }
                else
                {
                    misses.Add(new Miss(g, field, expected, actual));
                }
            }
        }

        return (Fields.Select(f => new FieldScore(f, correct[f], gold.Count)).ToList(), misses);
    }

    private static string? Value(string field, IReadOnlyList<string> authors, string? title, string? journal, int? year, string? volume, string? pages, string? doi) => field switch
    {
        "authors" => string.Join("; ", authors),
        "title" => title,
        "journal" => journal,
        "year" => year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "volume" => volume,
        "pages" => pages,
        _ => doi,
    };

    private static string? Normalise(string? s) =>
        string.IsNullOrWhiteSpace(s) ? null : string.Join(' ', s.Replace('–', '-').Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
