using System.CommandLine;
using LlzoGraph.Extraction.Tagging;

namespace LlzoGraph.Cli.Commands;

/// <summary>The command-line options that set how the entity tagger is trained, shared by `train` and `eval tagger`.</summary>
internal sealed class TaggerTrainingOptions
{
    private readonly Option<TaggerTrainerKind> trainer = new("--trainer")
    {
        Description = "The ML.NET trainer: Sdca, LightGbm or FastTree",
        DefaultValueFactory = _ => TaggerOptions.Default.Trainer,
    };

    private readonly Option<float> annotationWeight = new("--annotation-weight")
    {
        Description = "How much an annotated sentence of the project counts against one of SOFC-Exp",
        DefaultValueFactory = _ => TaggerOptions.Default.AnnotationWeight,
    };

    private readonly Option<float> rareWeight = new("--rare-weight")
    {
        Description = "How much more a STRATEGY, PROPERTY or CONDITION token counts in training",
        DefaultValueFactory = _ => TaggerOptions.Default.RareTypeWeight,
    };

    private readonly Option<float> l2 = new("--l2")
    {
        Description = "L2 regularisation of the SDCA trainer",
        DefaultValueFactory = _ => TaggerOptions.Default.L2,
    };

    private readonly Option<int> iterations = new("--iterations")
    {
        Description = "Passes of the SDCA trainer over the data",
        DefaultValueFactory = _ => TaggerOptions.Default.Iterations,
    };

    private readonly Option<int> hashBits = new("--hash-bits")
    {
        Description = "Size of the hashed feature space (2^bits slots)",
        DefaultValueFactory = _ => TaggerOptions.Default.HashBits,
    };

    private readonly Option<double> transitionWeight = new("--transition-weight")
    {
        Description = "Weight of the label transitions against the token classifier in decoding",
        DefaultValueFactory = _ => TaggerOptions.Default.TransitionWeight,
    };

    /// <summary>Adds every option to the command.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { trainer, annotationWeight, rareWeight, l2, iterations, hashBits, transitionWeight })
        {
            command.Add(option);
        }
    }

    /// <summary>The training options a command line asks for.</summary>
    public TaggerOptions Read(ParseResult parse) =>
        TaggerOptions.Default with
        {
            Trainer = parse.GetValue(trainer),
            AnnotationWeight = parse.GetValue(annotationWeight),
            RareTypeWeight = parse.GetValue(rareWeight),
            L2 = parse.GetValue(l2),
            Iterations = parse.GetValue(iterations),
            HashBits = parse.GetValue(hashBits),
            TransitionWeight = parse.GetValue(transitionWeight),
        };
}
