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
        var supplement = TrainCommand.Supplement();
        var training = new TaggerTrainingOptions();
        var model = new Option<string>("--model") { Description = "The model file to evaluate", DefaultValueFactory = _ => TrainCommand.DefaultModelPath };
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds (0 skips cross-validation)", DefaultValueFactory = _ => 5 };
        var compare = new Option<bool>("--compare") { Description = "Cross-validate every trainer on the same folds and compare them" };
        var misses = new Option<bool>("--misses") { Description = "List the wrong and missed spans of every evaluation" };
        var rules = new Option<bool>("--rules") { Description = "Score the rule finders alone (the baseline) instead of the model" };
        var modelOnly = new Option<bool>("--model-only") { Description = "Score the trained model alone, without the rule finders it adds to" };
        var combinations = new Option<bool>("--combinations") { Description = "Cross-validate the model alone and score it combined with the rule finders in several ways" };
        var cvDomain = new Option<TaggingDomain?>("--cv-domain") { Description = "Cross-validate over the training sentences of one domain (Project or SofcExp) only, the other's always in training" };
        var probes = new Option<string>("--probes") { Description = "Invented sentences annotated for evaluation, scored per split", DefaultValueFactory = _ => Path.Combine("corpus", "annotations", "probes", "entities") };
        var cvOnly = new Option<bool>("--cv-only") { Description = "Only cross-validate (for choosing settings without looking at the evaluation splits)" };
        var command = new Command("tagger", "Per-type P/R/F1 of the entity tagger (exact span match) and its speed") { sofc, annotations, supplement, probes, model, folds, compare, cvOnly, cvDomain, combinations, modelOnly, misses, rules };
        training.AddTo(command);
        command.SetAction(parse =>
        {
            var corpus = TaggerCorpus.Load(parse.GetValue(sofc)!, parse.GetValue(annotations)!, parse.GetValue(supplement));
            var path = parse.GetValue(model)!;
            var alone = parse.GetValue(modelOnly);
            IEntityTagger Shipping(MlEntityTagger m) => alone ? m : EntityTagger.With(m);
            var trained = File.Exists(path) ? LoadModel(path) : EntityTagger.Model;
            IEntityTagger tagger = parse.GetValue(rules) ? RuleEntityTagger.Instance : Shipping(trained);
            var what = parse.GetValue(rules) ? "rule finders alone" : (alone ? "model alone: " : "rule finders + model: ") + (File.Exists(path) ? path : "embedded");
            AnsiConsole.MarkupLine(Markup.Escape($"Tagger {what}; {corpus.Train.Count} training, {corpus.HeldOut.Count} held-out, {corpus.SofcDev.Count} SOFC-Exp dev sentences"));

            AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                $"Gold spans on token boundaries: held-out {TaggerEvaluation.AlignedShare(corpus.HeldOut):0.000}, SOFC-Exp dev {TaggerEvaluation.AlignedShare(corpus.SofcDev):0.000}"));
            void Report(string title, IReadOnlyList<AnnotatedSentence> sentences, List<(IReadOnlyList<GoldEntity> Gold, IReadOnlyList<EntityMention> Predicted)> predicted, IReadOnlyList<EntityType> types)
            {
                Print(title, SpanScore.Score(predicted, types));
                if (parse.GetValue(misses))
                {
                    PrintMisses(sentences.Zip(predicted, (s, p) => (s, p.Predicted)));
                }
            }

            var evaluate = !parse.GetValue(cvOnly);
            if (evaluate && corpus.HeldOut.Count > 0)
            {
                Report("(a) Annotations, held-out test split", corpus.HeldOut, TaggerEvaluation.Predict(tagger, corpus.HeldOut), EntityTypes.All);
            }

            // SOFC-Exp's VALUE covers both results and conditions; it has no strategy or property type.
            if (evaluate)
            {
                Report("(c) SOFC-Exp dev (VALUE scored as QUANTITY, CONDITION predictions counted as QUANTITY)", corpus.SofcDev,
                    TaggerEvaluation.Predict(tagger, corpus.SofcDev, m => m.Type == EntityType.Condition ? m with { Type = EntityType.Quantity } : m),
                    [EntityType.Material, EntityType.Quantity]);
                var probeSets = ReviewAnnotationReader.ReadFolder(parse.GetValue(probes)!).GroupBy(s => s.Split).OrderBy(g => g.Key, StringComparer.Ordinal)
                    .SelectMany(split => split.GroupBy(s => s.Id.Split(':')[0]).Select(set => (Title: $"{split.Key} split, {set.Key}", Sentences: set.ToList()))
                        .Prepend((Title: $"{split.Key} split", Sentences: split.ToList())));
                foreach (var (title, sentences) in probeSets)
                {
                    Report($"(d) Invented probe sentences, {title}", sentences, TaggerEvaluation.Predict(tagger, sentences), EntityTypes.All);
                }
            }

            var k = parse.GetValue(folds);
            var trainers = parse.GetValue(compare) ? Enum.GetValues<TaggerTrainerKind>() : [training.Read(parse).Trainer];
            if (parse.GetValue(rules))
            {
                // rules are not trained: score them on the annotated training sentences, the sentences CV scores
                var annotated = corpus.CrossValidated.Where(TaggerCorpus.IsAnnotation).ToList();
                Report("(b) Rule finders on the annotated training sentences", annotated, TaggerEvaluation.Predict(tagger, annotated), EntityTypes.All);
            }
            else if (k >= 2)
            {
                foreach (var kind in trainers)
                {
                    var options = training.Read(parse) with { Trainer = kind };
                    var watch = Stopwatch.StartNew();
                    var domain = parse.GetValue(cvDomain);
                    var folded = corpus.CrossValidated;
                    var pooled = TaggerEvaluation.CrossValidate(
                        folded.Where(s => domain is null || s.Domain == domain).ToList(), k, options, TaggerCorpus.Weight(options.AnnotationWeight),
                        [.. folded.Where(s => domain is not null && s.Domain != domain), .. corpus.Supplement], alone || parse.GetValue(combinations) ? null : Shipping);
                    Print(string.Create(CultureInfo.InvariantCulture, $"(b) {k}-fold cross-validation over the training sentences, {kind} ({watch.Elapsed.TotalSeconds:0} s)"),
                        SpanScore.Score(pooled.Select(p => (p.Sentence.Entities, TaggerCorpus.Comparable(p.Sentence, p.Predicted))), EntityTypes.All));
                    if (parse.GetValue(misses))
                    {
                        PrintMisses(pooled);
                    }

                    if (parse.GetValue(combinations))
                    {
                        PrintCombinations(pooled);
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
        // passes over the same sentences for three seconds first let the JIT's tiered compilation settle, so the timed
        // passes measure the steady state a long ingest or a server sees
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed < TimeSpan.FromSeconds(3))
        {
            TagAll(tagger, sentences);
        }

        const int passes = 3;
        var watch = Stopwatch.StartNew();
        for (var pass = 0; pass < passes; pass++)
        {
            TagAll(tagger, sentences);
        }

        watch.Stop();
        AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"Speed: {passes} × {tokens} tokens in {watch.Elapsed.TotalSeconds:0.00} s on one thread = {passes * tokens / watch.Elapsed.TotalSeconds:0} tokens/s"));
    }

    private static void TagAll(IEntityTagger tagger, IReadOnlyList<string> sentences)
    {
        foreach (var s in sentences)
        {
            tagger.Tag(s);
        }
    }

    private static void PrintCombinations(List<(AnnotatedSentence Sentence, IReadOnlyList<EntityMention> Predicted)> pooled)
    {
        var project = pooled.Where(p => TaggerCorpus.IsAnnotation(p.Sentence)).Select(p => (p.Sentence, Model: p.Predicted, Rules: RuleEntityTagger.Instance.Tag(p.Sentence.Text, p.Sentence.Domain, p.Sentence.Document))).ToList();
        var variants = new (string Name, Func<IReadOnlyList<EntityMention>, IReadOnlyList<EntityMention>, IReadOnlyList<EntityMention>> Combine)[]
        {
            ("model", (m, r) => m),
            ("rules (outermost)", (m, r) => MentionMerge.Prefer(r, [])),
            ("rules first, then model", (m, r) => MentionMerge.Prefer(r, m)),
            ("rules first, then model mentions of confidence ≥ 0.6 (shipped)", (m, r) => MentionMerge.Prefer(r, m.Where(x => x.Confidence >= HybridEntityTagger.DefaultMinimumConfidence).ToList())),
            ("rules first, then model mentions of confidence ≥ 0.8", (m, r) => MentionMerge.Prefer(r, m.Where(x => x.Confidence >= 0.8).ToList())),
            ("rules first, then model MATERIAL and STRATEGY only", (m, r) => MentionMerge.Prefer(r, m.Where(x => x.Type is EntityType.Material or EntityType.Strategy).ToList())),
            ("model first, then rules", (m, r) => MentionMerge.Prefer(m, r)),
            ("model first, then rules, the rules' quantity roles", (m, r) => MentionMerge.WithRoles(MentionMerge.Prefer(m, r), r)),
        };
        foreach (var (name, combine) in variants)
        {
            Print("(b') CV, annotated sentences: " + name, SpanScore.Score(project.Select(p => (p.Sentence.Entities, combine(p.Model, p.Rules))), EntityTypes.All));
        }
    }

    private static void PrintMisses(IEnumerable<(AnnotatedSentence Sentence, IReadOnlyList<EntityMention> Predicted)> pooled)
    {
        foreach (var (sentence, predicted) in pooled)
        {
            var gold = sentence.Entities.Select(e => (e.Start, e.End, e.Type)).ToHashSet();
            var found = predicted.Select(p => (p.Start, p.End, p.Type)).ToHashSet();
            foreach (var (start, end, type) in found.Where(p => !gold.Contains(p)))
            {
                Console.WriteLine($"FP {sentence.Id} {start}-{end} {type.Label()} '{sentence.Text[start..end]}'");
            }

            foreach (var (start, end, type) in gold.Where(g => !found.Contains(g)))
            {
                Console.WriteLine($"FN {sentence.Id} {start}-{end} {type.Label()} '{sentence.Text[start..end]}'");
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
