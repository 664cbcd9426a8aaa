using System.Text.Json;
using LlzoGraph.Cli.Commands;

namespace LlzoGraph.Cli.Tests.EndToEnd;

/// <summary>A reviewer's filters over the ingested corpus: full-text search in the evidence and measurement conditions.</summary>
public sealed class ReviewerFilterTests(IngestedCorpus corpus) : IClassFixture<IngestedCorpus>
{
    private async Task<JsonElement> Ask(string query)
    {
        var json = await QueryCommand.RunAsync(corpus.Store, query, null, CancellationToken.None);
        return JsonDocument.Parse(json).RootElement.Clone();
    }

    [Fact]
    public async Task Evidence_text_search_keeps_measurements_read_from_matching_sentences_or_rows()
    {
        var all = (await Ask("{ measurements(first: 1000) { id reportedIn { text } } }")).GetProperty("data").GetProperty("measurements").EnumerateArray().ToList();
        var word = "sputtering";
        var expected = all.Where(m => m.GetProperty("reportedIn").EnumerateArray().Any(e => e.GetProperty("text").GetString()!.Contains(word, StringComparison.OrdinalIgnoreCase)))
            .Select(m => m.GetProperty("id").GetString()).Order(StringComparer.Ordinal).ToList();

        var found = (await Ask($$"""{ measurements(first: 1000, where: { evidence: { text: { contains: "{{word.ToUpperInvariant()}}" } } }) { id } }"""))
            .GetProperty("data").GetProperty("measurements").EnumerateArray().Select(m => m.GetProperty("id").GetString()).Order(StringComparer.Ordinal).ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, found);
    }

    [Fact]
    public async Task A_condition_filter_keeps_measurements_made_at_room_temperature()
    {
        var found = (await Ask("""
            { measurements(first: 1000, where: { condition: { name: "temperature", value: { gte: 20, lte: 30, unit: "°C" } } }) {
                conditions { name unit value } } }
            """)).GetProperty("data").GetProperty("measurements").EnumerateArray().ToList();

        Assert.NotEmpty(found);
        static double Celsius(JsonElement c) => c.GetProperty("unit").GetString() == "K" ? c.GetProperty("value").GetDouble() - 273.15 : c.GetProperty("value").GetDouble();
        Assert.All(found, m => Assert.Contains(m.GetProperty("conditions").EnumerateArray(), c =>
            c.GetProperty("name").GetString() == "temperature" && Celsius(c) is >= 20 and <= 30));

        var wrongUnit = await Ask("""{ measurements(where: { condition: { name: "temperature", value: { gt: 2, unit: "mA/cm2" } } }) { id } }""");
        Assert.Contains("cannot measure temperature", wrongUnit.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
