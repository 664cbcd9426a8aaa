using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using LlzoGraph.Extraction.Tagging;
using Spectre.Console;

namespace LlzoGraph.Cli.Commands;

/// <summary>
/// `llzograph eval tagger`: exact-span precision, recall and F1 per type of the entity tagger on the annotations'
/// held-out split, by k-fold cross-validation over the training sentences, and on SOFC-Exp dev; and its speed.
/// </summary>
internal static class EvalTaggerCommand
{
    public static Command Build()
    {
        var sofc = TrainCommand.SofcExp();
        var annotations = TrainCommand.Annotations();
        var trainer = TrainCommand.Trainer();
        var weight = TrainCommand.AnnotationWeight();
        var l2 = TrainCommand.L2();
        var rare = TrainCommand.RareTypeWeight();
        var transitions = TrainCommand.TransitionWeight();
        var model = new Option<string>("--model") { Description = "The model file to evaluate", DefaultValueFactory = _ => TrainCommand.DefaultModelPath };
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds (0 skips cross-validation)", DefaultValueFactory = _ => 5 };
        var compare = new Option<bool>("--compare") { Description = "Cross-validate every trainer on the same folds and compare them" };
        var misses = new Option<bool>("--misses") { Description = "List the cross-validation's wrong and missed spans" };
        var rules = new Option<bool>("--rules") { Description = "Score the rule finders alone (the baseline) instead of the model" };
        var cvOnly = new Option<bool>("--cv-only") { Description = "Only cross-validate (for choosing settings without looking at the evaluation splits)" };
        var command = new Command("tagger", "Per-type P/R/F1 of the entity tagger (exact span match) and its speed") { sofc, annotations, trainer, weight, l2, transitions, rare, model, folds, compare, cvOnly, misses, rules };
        command.SetAction(parse =>
        {
            var corpus = TaggerCorpus.Load(parse.GetValue(sofc)!, parse.GetValue(annotations)!);
            var path = parse.GetValue(model)!;
            IEntityTagger tagger = parse.GetValue(rules) ? RuleEntityTagger.Instance : File.Exists(path) ? LoadModel(path) : EntityTagger.Default;
            AnsiConsole.MarkupLine(Markup.Escape($"Model {(parse.GetValue(rules) ? "rule finders alone" : File.Exists(path) ? path : "embedded")}; {corpus.Train.Count} training, {corpus.HeldOut.Count} held-out, {corpus.SofcDev.Count} SOFC-Exp dev sentences"));

            AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                $"Gold spans on token boundaries: held-out {TaggerEvaluation.AlignedShare(corpus.HeldOut):0.000}, SOFC-Exp dev {TaggerEvaluation.AlignedShare(corpus.SofcDev):0.000}"));
            var evaluate = !parse.GetValue(cvOnly);
            if (evaluate && corpus.HeldOut.Count > 0)
            {
                Print("(a) Annotations, held-out test split", SpanScore.Score(TaggerEvaluation.Predict(tagger, corpus.HeldOut), EntityTypes.All));
            }

            // SOFC-Exp's VALUE covers both results and conditions; it has no strategy or property type.
            if (evaluate)
            {
                Print("(c) SOFC-Exp dev (VALUE scored as QUANTITY, CONDITION predictions counted as QUANTITY)", SpanScore.Score(
                    TaggerEvaluation.Predict(tagger, corpus.SofcDev, m => m.Type == EntityType.Condition ? m with { Type = EntityType.Quantity } : m),
                    [EntityType.Material, EntityType.Quantity]));
            }

            var k = parse.GetValue(folds);
            var trainers = parse.GetValue(compare) ? Enum.GetValues<TaggerTrainerKind>() : [parse.GetValue(trainer)];
            if (k >= 2)
            {
                foreach (var kind in trainers)
                {
                    var options = TrainCommand.OptionsFrom(parse, trainer, weight, l2, transitions, rare) with { Trainer = kind };
                    var watch = Stopwatch.StartNew();
                    var pooled = TaggerEvaluation.CrossValidate(corpus.Train, k, options, corpus.Weight(options.AnnotationWeight));
                    Print(string.Create(CultureInfo.InvariantCulture, $"(b) {k}-fold cross-validation over the training sentences, {kind} ({watch.Elapsed.TotalSeconds:0} s)"),
                        SpanScore.Score(pooled.Select(p => (p.Sentence.Entities, corpus.Comparable(p.Sentence, p.Predicted))), EntityTypes.All));
                    if (parse.GetValue(misses))
                    {
                        PrintMisses(pooled);
                    }
                }
            }

            if (evaluate)
            {
                PrintSpeed(tagger, corpus.HeldOut.Concat(corpus.SofcDev).Select(s => s.Text).ToList());
            }

            return 0;
        });
        return command;
    }

    private static MlEntityTagger LoadModel(string path)
    {
        using var file = File.OpenRead(path);
        return MlEntityTagger.Load(file);
    }

    private static void PrintSpeed(IEntityTagger tagger, IReadOnlyList<string> sentences)
    {
        var tokens = sentences.Sum(s => ChemTokenizer.Tokenize(s).Count);
        tagger.Tag("Warm-up sentence with LLZO at 25 °C.");
        var watch = Stopwatch.StartNew();
        foreach (var s in sentences)
        {
            tagger.Tag(s);
        }

        watch.Stop();
        AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"Speed: {tokens} tokens in {watch.Elapsed.TotalSeconds:0.00} s on one thread = {tokens / watch.Elapsed.TotalSeconds:0} tokens/s"));
    }

    private static void PrintMisses(IEnumerable<(AnnotatedSentence Sentence, IReadOnlyList<EntityMention> Predicted)> pooled)
    {
        foreach (var (sentence, predicted) in pooled)
        {
            var gold = sentence.Entities.Select(e => (e.Start, e.End, e.Type)).ToHashSet();
            var found = predicted.Select(p => (p.Start, p.End, p.Type)).ToHashSet();
            foreach (var (start, end, type) in found.Where(p => !gold.Contains(p)))
            {
                Console.WriteLine($"FP {sentence.Id} {type.Label()} '{sentence.Text[start..end]}'");
            }

            foreach (var (start, end, type) in gold.Where(g => !found.Contains(g)))
            {
                Console.WriteLine($"FN {sentence.Id} {type.Label()} '{sentence.Text[start..end]}'");
            }
        }
    }

    private static void Print(string title, IReadOnlyList<SpanScore> scores)
    {
        var table = new Table().AddColumns("type", "gold", "tp", "fp", "fn", "precision", "recall", "F1");
        foreach (var s in scores)
        {
            table.AddRow(s.Type, $"{s.Gold}", $"{s.TruePositives}", $"{s.FalsePositives}", $"{s.FalseNegatives}",
                F(s.Precision), F(s.Recall), F(s.F1));
        }

        AnsiConsole.MarkupLine(Markup.Escape(title));
        AnsiConsole.Write(table);
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
