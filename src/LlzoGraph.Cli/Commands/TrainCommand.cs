using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using LlzoGraph.Extraction.Tagging;
using Spectre.Console;

namespace LlzoGraph.Cli.Commands;

/// <summary>`llzograph train`: rebuilds the entity tagger's model from SOFC-Exp train and the annotations' train split.</summary>
internal static class TrainCommand
{
    public static readonly string DefaultModelPath = Path.Combine("src", "LlzoGraph.Extraction", "Tagging", "Model", EntityTagger.ModelFile);

    public static Option<string> SofcExp() => new("--sofc-exp")
    {
        Description = "The SOFC-Exp corpus folder",
        DefaultValueFactory = _ => TaggerCorpus.DefaultSofcExp,
    };

    public static Option<string> Annotations() => new("--annotations")
    {
        Description = "The entity annotations folder (*.jsonl)",
        DefaultValueFactory = _ => TaggerCorpus.DefaultAnnotations,
    };

    public static Option<TaggerTrainerKind> Trainer() => new("--trainer")
    {
        Description = "The ML.NET trainer: Sdca, LightGbm or FastTree",
        DefaultValueFactory = _ => TaggerOptions.Default.Trainer,
    };

    public static Option<float> AnnotationWeight() => new("--annotation-weight")
    {
        Description = "How much an annotated sentence of the project counts against one of SOFC-Exp",
        DefaultValueFactory = _ => TaggerOptions.Default.AnnotationWeight,
    };

    public static Option<float> RareTypeWeight() => new("--rare-weight")
    {
        Description = "How much more a STRATEGY, PROPERTY or CONDITION token counts in training",
        DefaultValueFactory = _ => TaggerOptions.Default.RareTypeWeight,
    };

    public static Option<float> L2() => new("--l2")
    {
        Description = "L2 regularisation of the SDCA trainer",
        DefaultValueFactory = _ => TaggerOptions.Default.L2,
    };

    public static Option<double> TransitionWeight() => new("--transition-weight")
    {
        Description = "Weight of the label transitions against the token classifier in decoding",
        DefaultValueFactory = _ => TaggerOptions.Default.TransitionWeight,
    };

    /// <summary>The training options a command line asks for.</summary>
    public static TaggerOptions OptionsFrom(ParseResult parse, Option<TaggerTrainerKind> trainer, Option<float> weight, Option<float> l2, Option<double> transitions, Option<float> rare) =>
        TaggerOptions.Default with
        {
            Trainer = parse.GetValue(trainer), AnnotationWeight = parse.GetValue(weight), L2 = parse.GetValue(l2), TransitionWeight = parse.GetValue(transitions),
            RareTypeWeight = parse.GetValue(rare),
        };

    public static Command Build()
    {
        var sofc = SofcExp();
        var annotations = Annotations();
        var trainer = Trainer();
        var weight = AnnotationWeight();
        var l2 = L2();
        var rare = RareTypeWeight();
        var transitions = TransitionWeight();
        var output = new Option<string>("--out") { Description = "Where to write the model", DefaultValueFactory = _ => DefaultModelPath };
        var command = new Command("train", "Train the entity tagger (fixed seed) and write its model file") { sofc, annotations, trainer, weight, l2, transitions, rare, output };
        command.SetAction(parse =>
        {
            var corpus = TaggerCorpus.Load(parse.GetValue(sofc)!, parse.GetValue(annotations)!);
            var options = OptionsFrom(parse, trainer, weight, l2, transitions, rare);
            var watch = Stopwatch.StartNew();
            var tagger = TaggerTrainer.Train(corpus.Train, options, corpus.Weight(options.AnnotationWeight));
            watch.Stop();
            var path = parse.GetValue(output)!;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            var temporary = path + ".tmp";
            using (var file = File.Create(temporary))
            {
                tagger.Save(file);
            }

            File.Move(temporary, path, overwrite: true);
            AnsiConsole.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                $"Trained {options.Trainer} on {corpus.Train.Count} sentences ({corpus.AnnotatedTrainCount} from the annotations) in {watch.Elapsed.TotalSeconds:0.0} s; model written to {path}")));
            return 0;
        });
        return command;
    }
}
