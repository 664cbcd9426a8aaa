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

    /// <summary>
    /// Parses a command line. Response files are off: an argument starting with '@' is the command's own
    /// (`query @file` reads the query from that file itself and names the file when it cannot).
    /// </summary>
    public static ParseResult Parse(IReadOnlyList<string> args) =>
        Build().Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
}
