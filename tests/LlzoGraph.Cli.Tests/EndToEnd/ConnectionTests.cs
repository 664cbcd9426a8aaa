using System.Text.Json;
using LlzoGraph.Cli.Commands;

namespace LlzoGraph.Cli.Tests.EndToEnd;

public sealed class ConnectionTests(IngestedCorpus corpus) : IClassFixture<IngestedCorpus>
{
    private async Task<JsonElement> Page(string args)
    {
        var json = await QueryCommand.RunAsync(corpus.Store,
            $$"""{ measurementsConnection({{args}}) { totalCount edges { cursor node { id confidence subject { name } } } pageInfo { hasNextPage endCursor } } }""",
            null, CancellationToken.None);
        var root = JsonDocument.Parse(json).RootElement.Clone();
        Assert.False(root.TryGetProperty("errors", out var errors), errors.ToString());
        return root.GetProperty("data").GetProperty("measurementsConnection");
    }

    [Fact]
    public async Task Paging_with_cursors_walks_every_match_once_in_order_and_the_total_agrees()
    {
        var filter = "where: { property: { in: [CRITICAL_CURRENT_DENSITY, INTERFACIAL_RESISTANCE] } }, orderBy: CONFIDENCE, descending: true";
        var seen = new List<(string Id, double Confidence)>();
        string? after = null;
        int total;
        do
        {
            var page = await Page(filter + ", first: 7" + (after is null ? string.Empty : $", after: \"{after}\""));
            total = page.GetProperty("totalCount").GetInt32();
            seen.AddRange(page.GetProperty("edges").EnumerateArray().Select(e => (e.GetProperty("node").GetProperty("id").GetString()!, e.GetProperty("node").GetProperty("confidence").GetDouble())));
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        Assert.True(total > 7);
        Assert.Equal(total, seen.Count);
        Assert.Equal(total, seen.Select(s => s.Id).Distinct().Count());
        Assert.Equal(seen.Select(s => s.Confidence).OrderByDescending(c => c), seen.Select(s => s.Confidence));
    }

    [Fact]
    public async Task Sorting_by_subject_name_and_a_foreign_cursor_is_an_error()
    {
        var page = await Page("first: 1000, orderBy: SUBJECT");
        var names = page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("subject").GetProperty("name").GetString()!).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), names);

        var json = await QueryCommand.RunAsync(corpus.Store, """{ measurementsConnection(after: "bm90LWEtY3Vyc29y") { totalCount } }""", null, CancellationToken.None);
        Assert.Contains("is not a cursor", json, StringComparison.Ordinal);
    }
}
