using System.CommandLine;
using System.Globalization;
using LlzoGraph.Cli.Hosting;
using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Materials;
using LlzoGraph.Extraction.Evaluation;
using LlzoGraph.Extraction.Vocabulary;
using Spectre.Console;

namespace LlzoGraph.Cli.Commands;

/// <summary>
/// `llzograph eval facts`: the pipeline's measurements against the annotated ones — precision, recall and F1
/// per split of the running text, subject accuracy, and a check of every annotated table cell.
/// </summary>
internal static class EvalFactsCommand
{
    public static Command Build()
    {
        var measurements = new Option<string>("--gold") { Description = "Gold measurements: a JSON-lines file or folder", DefaultValueFactory = _ => Path.Combine("corpus", "annotations", "measurements") };
        var sentences = new Option<string>("--sentences") { Description = "Gold sentences (their ids, splits and text): a JSON-lines file or folder", DefaultValueFactory = _ => Path.Combine("corpus", "annotations", "entities") };
        var corpus = new Option<string>("--corpus") { Description = "Folder the gold 'source' paths are relative to", DefaultValueFactory = _ => "corpus" };
        var misses = new Option<bool>("--misses") { Description = "List every value missed, extracted but not in the gold, or given the wrong subject" };
        var command = new Command("facts", "Precision, recall and F1 of extracted measurements against the annotated ones") { measurements, sentences, corpus, misses };
        command.SetAction(async (parse, ct) =>
        {
            var result = await EvaluateAsync(parse.GetValue(measurements)!, parse.GetValue(sentences)!, parse.GetValue(corpus)!, ct);
            Print(result, parse.GetValue(misses));
            return 0;
        });
        return command;
    }

    internal static async Task<MeasurementEvaluation.Result> EvaluateAsync(string goldPath, string sentencesPath, string corpusFolder, CancellationToken ct)
    {
        var gold = Files(goldPath).SelectMany(GoldMeasurement.Read).ToList();
        var sentences = Files(sentencesPath).SelectMany(GoldSentence.Read).ToList();
        var pipeline = Composition.CreatePipeline();
        var extracted = new List<Measurement>();
        var definitions = new List<(string, string)>();
        foreach (var source in sentences.Select(s => s.Source).Distinct(StringComparer.Ordinal))
        {
            var path = Path.Combine(corpusFolder, source);
            var result = await pipeline.ProcessAsync(path, ct);
            if (!result.Ok)
            {
                throw new InvalidDataException($"{path}: {result.Error}");
            }

            extracted.AddRange(result.Measurements);
            definitions.AddRange(AbbreviationFinder.FromDocument(result.Document!).Definitions);
        }

        return MeasurementEvaluation.Score(gold, sentences, extracted, new MaterialAliases(definitions));
    }

    private static string[] Files(string path) =>
        Directory.Exists(path) ? Directory.GetFiles(path, "*.jsonl").Order(StringComparer.Ordinal).ToArray()
        : File.Exists(path) ? [path]
        : throw new FileNotFoundException($"{path}: no such gold file or folder", path);

    private static void Print(MeasurementEvaluation.Result result, bool misses)
    {
        static string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
        var table = new Table().AddColumns("split", "gold", "extracted", "found", "P", "R", "F1", "subject acc.", "F1 w/ subject");
        foreach (var s in result.Splits)
        {
            table.AddRow(s.Split, $"{s.Gold}", $"{s.Extracted}", $"{s.Found}", F(s.Precision), F(s.Recall), F(s.F1), F(s.SubjectAccuracy), F(s.StrictF1));
        }

        AnsiConsole.MarkupLine("Running-text measurements (found = same property, SI value, upper bound and qualifier in the same sentence)");
        AnsiConsole.Write(table);
        var t = result.Table;
        AnsiConsole.MarkupLine(Markup.Escape(
            $"Table cells: {t.Cells} annotated, {t.Found} found, subject right {t.SubjectRight}, unit right {t.UnitRight}, " +
            $"references right {t.ReferencesRight}, all right {t.AllRight}; {t.Extra} extracted cells not annotated"));
        if (misses)
        {
            foreach (var m in result.Misses)
            {
                Console.WriteLine(($"[{m.Split}] {m.Kind}: expected '{m.Expected}', got '{m.Actual}' — {m.Sentence}"));
            }
        }
    }
}
