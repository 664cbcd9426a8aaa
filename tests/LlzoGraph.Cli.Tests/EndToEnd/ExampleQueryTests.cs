using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LlzoGraph.Cli.Commands;
using LlzoGraph.Cli.Hosting;
using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Queries;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace LlzoGraph.Cli.Tests.EndToEnd;

/// <summary>
/// The question the project exists for, asked of the ingested corpus: which interlayers give a critical current
/// density above 2 mA/cm², with value, cited reference and evidence — through the CLI runner and over HTTP.
/// </summary>
public sealed class ExampleQueryTests(IngestedCorpus corpus) : IClassFixture<IngestedCorpus>
{
    private static string Query(string bound, string unit, string op = "gt") => ServeCommand.ExampleQuery
        .Replace("gt: 2, unit: \"mA/cm2\"", $"{op}: {bound}, unit: \"{unit}\"", StringComparison.Ordinal);

    private async Task<JsonElement[]> Ask(string query)
    {
        var json = await QueryCommand.RunAsync(corpus.Store, query, null, CancellationToken.None);
        var root = JsonDocument.Parse(json).RootElement;
        Assert.False(root.TryGetProperty("errors", out var errors), errors.ToString());
        return root.GetProperty("data").GetProperty("measurements").EnumerateArray().ToArray();
    }

    [Fact]
    public async Task Returns_only_interlayers_strictly_above_two_with_reference_and_evidence()
    {
        var rows = await Ask(ServeCommand.ExampleQuery);

        Assert.NotEmpty(rows);
        Assert.All(rows, r =>
        {
            Assert.True(r.GetProperty("value").GetDouble() > 2.0);
            Assert.Equal("mA/cm2", r.GetProperty("unit").GetString());
            Assert.Equal("INTERLAYER", r.GetProperty("subject").GetProperty("kind").GetString());
            Assert.True(r.GetProperty("reference").GetProperty("number").GetInt32() > 0);
            Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("reference").GetProperty("firstAuthor").GetString()));
            var evidence = r.GetProperty("evidence");
            Assert.False(string.IsNullOrWhiteSpace(evidence.GetProperty("text").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(evidence.GetProperty("section").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(evidence.GetProperty("paper").GetProperty("title").GetString()));
        });
    }

    [Fact]
    public async Task Answers_from_both_the_table_and_the_running_text()
    {
        var rows = await Ask(ServeCommand.ExampleQuery);
        var texts = rows.Select(r => r.GetProperty("evidence").GetProperty("text").GetString()!).ToList();
        var stored = await corpus.Store.FindMeasurementsAsync(new MeasurementQuery
        {
            Properties = [Property.CriticalCurrentDensity], SubjectKinds = [SubjectKind.Interlayer], GreaterThan = 20,
            SiUnit = "A/m2",
        });
        Assert.Contains(stored, m => m.Evidence.Kind == EvidenceKind.TableRow);
        Assert.Contains(stored, m => m.Evidence.Kind == EvidenceKind.Sentence);
        Assert.Equal(stored.Count, rows.Length);
        Assert.All(stored, m => Assert.Contains(m.Evidence.Text, texts));
    }

    [Fact]
    public async Task Every_table_interlayer_above_the_bound_is_in_the_answer_and_none_at_or_below_it()
    {
        var all = await corpus.Store.FindMeasurementsAsync(new MeasurementQuery { Properties = [Property.CriticalCurrentDensity] });
        var rows = await Ask(ServeCommand.ExampleQuery);
        var answered = rows.Select(r => r.GetProperty("subject").GetProperty("name").GetString()).ToHashSet();

        var expected = all.Where(m => m.SubjectKind == SubjectKind.Interlayer && m.SiValue > 20 + 1e-9).Select(m => m.SubjectName);
        Assert.All(expected, name => Assert.Contains(name, answered));
        var atOrBelow = all.Where(m => m.SubjectKind == SubjectKind.Interlayer && m.SiValue <= 20 + 1e-9).Select(m => m.SubjectName)
            .Except(all.Where(m => m.SiValue > 20 + 1e-9).Select(m => m.SubjectName));
        Assert.All(atOrBelow, name => Assert.DoesNotContain(name, answered));

        // the store holds strategies of other kinds above the bound, and none of them is answered
        var otherKinds = all.Where(m => m.SubjectKind != SubjectKind.Interlayer && m.SiValue > 20).Select(m => m.SubjectName).ToList();
        Assert.NotEmpty(otherKinds);
        Assert.All(otherKinds, name => Assert.DoesNotContain(name, answered));
    }

    [Fact]
    public async Task A_value_exactly_at_the_bound_is_not_above_it()
    {
        var strict = await Ask(ServeCommand.ExampleQuery);
        var inclusive = await Ask(Query("2", "mA/cm2", "gte"));
        var extra = inclusive.Select(r => r.GetProperty("value").GetDouble()).Except(strict.Select(r => r.GetProperty("value").GetDouble())).ToList();
        Assert.True(inclusive.Length >= strict.Length);
        Assert.All(extra, v => Assert.Equal(2.0, v, 9));
    }

    [Theory]
    [InlineData("20", "A/m2")]
    [InlineData("2", "mA cm-2")]
    [InlineData("2000", "µA/cm²")]
    public async Task The_bound_in_any_convertible_unit_gives_the_same_answer(string bound, string unit)
    {
        var reference = await Ask(ServeCommand.ExampleQuery);
        var converted = await Ask(Query(bound, unit));
        Assert.Equal(reference.Select(r => r.ToString()), converted.Select(r => r.ToString()));
    }

    [Fact]
    public async Task An_incompatible_unit_is_a_clear_graphql_error()
    {
        var json = await QueryCommand.RunAsync(corpus.Store, Query("2", "V"), null, CancellationToken.None);
        var error = JsonDocument.Parse(json).RootElement.GetProperty("errors")[0].GetProperty("message").GetString();
        Assert.Contains("V", error, StringComparison.Ordinal);
        Assert.Contains("CRITICAL_CURRENT_DENSITY", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_answer_comes_over_http_from_serve()
    {
        var cli = await QueryCommand.RunAsync(corpus.Store, ServeCommand.ExampleQuery, null, CancellationToken.None);
        await using var app = ApiHost.Build(corpus.Store, ApiHost.DefaultUrl, web => web.UseTestServer());
        await app.StartAsync();
        using var client = app.GetTestClient();

        using var post = await client.PostAsJsonAsync("/graphql", new { query = ServeCommand.ExampleQuery });
        Assert.True(post.IsSuccessStatusCode);
        Assert.Equal(Normalise(cli), Normalise(await post.Content.ReadAsStringAsync()));

        using var get = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString(ServeCommand.ExampleQuery));
        Assert.True(get.IsSuccessStatusCode);
        Assert.Equal(Normalise(cli), Normalise(await get.Content.ReadAsStringAsync()));
        await app.StopAsync();
    }

    private static string Normalise(string json) =>
        JsonSerializer.Serialize(JsonDocument.Parse(Encoding.UTF8.GetBytes(json)).RootElement);
}
