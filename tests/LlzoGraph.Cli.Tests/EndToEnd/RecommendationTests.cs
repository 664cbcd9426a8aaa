using System.Text.Json;
using LlzoGraph.Cli.Commands;

namespace LlzoGraph.Cli.Tests.EndToEnd;

/// <summary>Which strategy to try for a goal, asked of the ingested corpus.</summary>
public sealed class RecommendationTests(IngestedCorpus corpus) : IClassFixture<IngestedCorpus>
{
    private async Task<JsonElement> Ask(string query)
    {
        var json = await QueryCommand.RunAsync(corpus.Store, query, null, CancellationToken.None);
        var root = JsonDocument.Parse(json).RootElement;
        Assert.False(root.TryGetProperty("errors", out var errors), errors.ToString());
        return root.GetProperty("data");
    }

    [Fact]
    public async Task Interlayers_for_a_ccd_above_two_are_ranked_with_evidence_that_meets_the_goal()
    {
        var data = await Ask("""
            { recommendStrategies(goal: { property: CRITICAL_CURRENT_DENSITY, gt: 2, unit: "mA/cm2" }, kinds: [INTERLAYER]) {
                subject { name kind } independentWorks reports best(unit: "mA/cm2") median(unit: "mA/cm2") explanation
                evidence { value(unit: "mA/cm2") references { number } } } }
            """);
        var ranked = data.GetProperty("recommendStrategies").EnumerateArray().ToList();

        Assert.NotEmpty(ranked);
        var works = ranked.Select(r => r.GetProperty("independentWorks").GetInt32()).ToList();
        Assert.Equal(works.OrderByDescending(w => w), works);
        Assert.All(ranked, r =>
        {
            Assert.Equal("INTERLAYER", r.GetProperty("subject").GetProperty("kind").GetString());
            Assert.True(r.GetProperty("best").GetDouble() > 2);
            Assert.Contains(r.GetProperty("subject").GetProperty("name").GetString()!, r.GetProperty("explanation").GetString(), StringComparison.Ordinal);
            Assert.All(r.GetProperty("evidence").EnumerateArray(), e => Assert.True(e.GetProperty("value").GetDouble() > 2));
        });

        // the same set of interlayers as the example query, which asks the same question
        var example = (await Ask(ServeCommand.ExampleQuery)).GetProperty("measurements").EnumerateArray()
            .Select(m => m.GetProperty("subject").GetProperty("name").GetString()).ToHashSet();
        Assert.Equal(example.Order(StringComparer.Ordinal), ranked.Select(r => r.GetProperty("subject").GetProperty("name").GetString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_goal_in_an_incompatible_unit_is_an_error()
    {
        var json = await QueryCommand.RunAsync(corpus.Store,
            "{ recommendStrategies(goal: { property: CRITICAL_CURRENT_DENSITY, gt: 2, unit: \"V\" }) { explanation } }", null, CancellationToken.None);

        Assert.Contains("cannot measure CRITICAL_CURRENT_DENSITY", json, StringComparison.Ordinal);
    }
}
