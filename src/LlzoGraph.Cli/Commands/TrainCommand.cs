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

    public static Option<string?> Supplement() => new("--supplement")
    {
        Description = "A folder of annotated sentences whose dev split is trained on as well (never cross-validated)",
    };

    public static Command Build()
    {
        var sofc = SofcExp();
        var annotations = Annotations();
        var supplement = Supplement();
        var training = new TaggerTrainingOptions();
        var output = new Option<string>("--out") { Description = "Where to write the model", DefaultValueFactory = _ => DefaultModelPath };
        var command = new Command("train", "Train the entity tagger (fixed seed) and write its model file") { sofc, annotations, supplement, output };
        training.AddTo(command);
        command.SetAction(parse =>
        {
            var corpus = TaggerCorpus.Load(parse.GetValue(sofc)!, parse.GetValue(annotations)!, parse.GetValue(supplement));
            var options = training.Read(parse);
            var watch = Stopwatch.StartNew();
            var tagger = TaggerTrainer.Train(corpus.Train, options, TaggerCorpus.Weight(options.AnnotationWeight));
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
