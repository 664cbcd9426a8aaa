using System.CommandLine;
using LlzoGraph.Cli.Hosting;

namespace LlzoGraph.Cli.Commands;

internal static class CommonOptions
{
    public static Option<string> Database() => new("--db", "--store")
    {
        Description = "The graph store: the path of the embedded store, or a Neo4j URI such as neo4j://user:pass@host:7687/db " +
            "(default: $LLZOGRAPH_DB, else data/llzograph.db)",
        DefaultValueFactory = _ => Composition.DefaultDatabasePath,
    };
}
