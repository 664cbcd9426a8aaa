using System.Globalization;

namespace LlzoGraph.Extraction.Tagging;

/// <summary>
/// Reads the SOFC-Exp corpus (Friedrich et al., ACL 2020) as annotated sentences: the experiment sentences of each
/// article (the only ones whose entities the corpus annotates), with its MATERIAL spans as MATERIAL and its VALUE
/// spans as QUANTITY. DEVICE and EXPERIMENT spans have no counterpart here and are dropped. The split of each
/// article is the `set` column of the corpus' metadata.
/// </summary>
public static class SofcExpReader
{
    private const string MetadataFile = "SOFC-Exp-Metadata.tsv";

    /// <summary>The project type of a SOFC-Exp entity type, or null when it has none.</summary>
    public static EntityType? MapType(string sofcType) => sofcType switch
    {
        "MATERIAL" => EntityType.Material,
        "VALUE" => EntityType.Quantity,
        _ => null,
    };

    public static IReadOnlyList<AnnotatedSentence> Read(string folder)
    {
        var splits = ReadSplits(Path.Combine(folder, MetadataFile));
        var result = new List<AnnotatedSentence>();
        foreach (var (article, split) in splits.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            result.AddRange(ReadArticle(folder, article, split));
        }

        return result;
    }

    /// <summary>Article name → split, from the metadata TSV (a quoted field may span lines).</summary>
    internal static Dictionary<string, string> ReadSplits(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: SOFC-Exp metadata not found", path);
        }

        var text = File.ReadAllText(path).Replace("\r", "", StringComparison.Ordinal);
        var records = new List<List<string>>();
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == '\t' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
                records.Add(fields);
                fields = [];
            }
            else
            {
                field.Append(c);
            }
        }

        var header = records.Count > 0 ? records[0] : throw new InvalidDataException($"{path}: empty metadata");
        var name = header.IndexOf("name");
        var set = header.IndexOf("set");
        if (name < 0 || set < 0)
        {
            throw new InvalidDataException($"{path}: metadata lacks the 'name' or 'set' column");
        }

        return records.Skip(1)
            .Where(r => r.Count > Math.Max(name, set) && r[set] is "train" or "dev" or "test")
            .ToDictionary(r => r[name], r => r[set], StringComparer.Ordinal);
    }

    private static IEnumerable<AnnotatedSentence> ReadArticle(string folder, string article, string split)
    {
        var textPath = Path.Combine(folder, "texts", article + ".txt");
        var sentencesPath = Path.Combine(folder, "annotations", "sentences", article + ".csv");
        var framesPath = Path.Combine(folder, "annotations", "frames", article + ".csv");
        if (!File.Exists(textPath) || !File.Exists(sentencesPath) || !File.Exists(framesPath))
        {
            yield break; // an article of the metadata whose files are not copied (the corpus' test set)
        }

        var document = File.ReadAllText(textPath);
        var terms = DocumentTerms.Of(document);
        var entities = new Dictionary<int, List<GoldEntity>>();
        foreach (var line in File.ReadLines(framesPath))
        {
            var p = line.Split('\t');
            if (p.Length < 6 || p[0] != "SPAN" || MapType(p[2]) is not { } type)
            {
                continue;
            }

            var sentence = Int(p[3], framesPath);
            if (!entities.TryGetValue(sentence, out var list))
            {
                entities[sentence] = list = [];
            }

            list.Add(new GoldEntity(Int(p[4], framesPath), Int(p[5], framesPath), type));
        }

        foreach (var line in File.ReadLines(sentencesPath))
        {
            var p = line.Split('\t');
            if (p.Length < 4 || p[1] != "1")
            {
                continue;
            }

            var (id, start, end) = (Int(p[0], sentencesPath), Int(p[2], sentencesPath), Int(p[3], sentencesPath));
            if (start < 0 || end > document.Length || start > end)
            {
                throw new InvalidDataException($"{sentencesPath}: sentence {id} lies outside the text");
            }

            var text = document[start..end];
            var spans = entities.GetValueOrDefault(id) ?? [];
            if (spans.Any(e => e.Start < 0 || e.End > text.Length || e.Start >= e.End))
            {
                throw new InvalidDataException($"{framesPath}: a span of sentence {id} lies outside it");
            }

            yield return new AnnotatedSentence($"{article}:{id}", text, split, spans.OrderBy(e => e.Start).ToList(), TaggingDomain.SofcExp, terms);
        }
    }

    private static int Int(string text, string path) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new InvalidDataException($"{path}: '{text}' is not a number");
}
