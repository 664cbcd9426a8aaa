using System.CommandLine;
using LlzoGraph.Cli.Hosting;

namespace LlzoGraph.Cli.Commands;

internal static class CommonOptions
{
    public static Option<string> Database() => new("--db")
    {
        Description = "Path of the embedded graph store (default: $LLZOGRAPH_DB, else data/llzograph.db)",
        DefaultValueFactory = _ => Composition.DefaultDatabasePath,
    };
}
