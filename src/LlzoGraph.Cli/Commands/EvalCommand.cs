using System.CommandLine;
using System.Globalization;
using LlzoGraph.Cli.Hosting;
using LlzoGraph.Core.Documents;
using LlzoGraph.Extraction.Evaluation;
using Spectre.Console;

namespace LlzoGraph.Cli.Commands;

/// <summary>`llzograph eval references`: field accuracy of the reference parser against the hand-checked gold entries.</summary>
internal static class EvalCommand
{
    public static Command Build()
    {
        var eval = new Command("eval", "Measure extraction quality against the annotations in corpus/annotations");
        var gold = new Option<string>("--gold") { Description = "Gold JSON-lines file or folder", DefaultValueFactory = _ => Path.Combine("corpus", "annotations", "references") };
        var corpus = new Option<string>("--corpus") { Description = "Folder the gold 'source' paths are relative to", DefaultValueFactory = _ => "corpus" };
        var verbose = new Option<bool>("--misses") { Description = "List every field the parser got wrong" };
        var references = new Command("references", "Per-field accuracy of parsed reference entries") { gold, corpus, verbose };
        references.SetAction(async (parse, ct) =>
        {
            var (scores, misses, entries) = await EvaluateReferencesAsync(parse.GetValue(gold)!, parse.GetValue(corpus)!, ct);
            var table = new Table().AddColumns("field", "correct", "entries", "accuracy");
            foreach (var s in scores)
            {
                table.AddRow(s.Field, $"{s.Correct}", $"{s.Total}", s.Accuracy.ToString("0.000", CultureInfo.InvariantCulture));
            }

            AnsiConsole.MarkupLine($"Reference parsing against {entries} hand-checked entries");
            AnsiConsole.Write(table);
            if (parse.GetValue(verbose))
            {
                foreach (var m in misses)
                {
                    AnsiConsole.MarkupLine(Markup.Escape($"{m.Gold.Source} [{m.Gold.Number}] {m.Field}: expected '{m.Expected}', got '{m.Actual}'"));
                }
            }

            return 0;
        });
        eval.Add(references);
        eval.Add(EvalFactsCommand.Build());
        eval.Add(EvalTaggerCommand.Build());
        return eval;
    }

    internal static async Task<(IReadOnlyList<ReferenceEvaluation.FieldScore> Scores, IReadOnlyList<ReferenceEvaluation.Miss> Misses, int Entries)> EvaluateReferencesAsync(
        string goldPath, string corpusFolder, CancellationToken ct)
    {
        var files = Directory.Exists(goldPath) ? Directory.GetFiles(goldPath, "*.jsonl").Order(StringComparer.Ordinal).ToArray() : [goldPath];
        var gold = files.SelectMany(GoldReference.Read).ToList();
        var pipeline = Composition.CreatePipeline();
        var parsed = new Dictionary<string, IReadOnlyList<ReferenceEntry>>(StringComparer.Ordinal);
        foreach (var source in gold.Select(g => g.Source).Distinct())
        {
            var result = await pipeline.ProcessAsync(Path.Combine(corpusFolder, source), ct);
            parsed[source] = result.Document?.References ?? throw new InvalidDataException($"{source}: {result.Error}");
        }

        var (scores, misses) = ReferenceEvaluation.Score(gold, g => parsed[g.Source].FirstOrDefault(r => r.Number == g.Number));
        return (scores, misses, gold.Count);
    }
}
