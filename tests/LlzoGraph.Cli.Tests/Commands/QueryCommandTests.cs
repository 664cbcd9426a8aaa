using LlzoGraph.Cli.Commands;

namespace LlzoGraph.Cli.Tests.Commands;

public sealed class QueryCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private Task<int> QueryAsync(string argument) =>
        LlzoGraphCommands.Parse(["query", "--db", folder.File("store.db"), argument]).InvokeAsync();

    [Fact]
    public async Task An_at_file_argument_reads_the_query_from_that_file()
    {
        var good = folder.File("good.graphql");
        await File.WriteAllTextAsync(good, "{\n  statistics { papers measurements }\n}\n");
        var bad = folder.File("bad.graphql");
        await File.WriteAllTextAsync(bad, "{ statistics { noSuchField } }");

        Assert.Equal(0, await QueryAsync("@" + good));
        Assert.Equal(1, await QueryAsync("@" + bad));
    }

    [Fact]
    public async Task A_missing_query_file_is_an_error_of_its_own()
    {
        Assert.Equal(2, await QueryAsync("@" + folder.File("absent.graphql")));
    }
}
