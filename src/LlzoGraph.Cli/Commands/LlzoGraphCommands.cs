using System.CommandLine;

namespace LlzoGraph.Cli.Commands;

/// <summary>The `llzograph` command line.</summary>
internal static class LlzoGraphCommands
{
    public static RootCommand Build() => new("LlzoGraph: a literature-mining knowledge graph for solid-state battery research")
    {
        IngestCommand.Build(),
        ServeCommand.Build(),
        QueryCommand.Build(),
        ExportCommand.Build(),
        ExtractCommand.Build(),
        BenchCommand.Build(),
        EvalCommand.Build(),
        TrainCommand.Build(),
        KeysCommand.Build(),
        MigrateCommand.Build(),
        SynthCommand.Build(),
    };
}
