using System.Net;
using System.Net.Http.Headers;
using LlzoGraph.Api.Tests.TestDoubles;

namespace LlzoGraph.Api.Tests.Http;

/// <summary>Requests meant to hurt: each is a clear error and the server answers the next request as before.</summary>
public sealed class HostileInputTests(ApiHost host) : IClassFixture<ApiHost>
{
    private async Task ServerStillAnswers()
    {
        var (status, body) = await host.PostAsync("{ statistics { papers } }");
        Assert.Equal(200, status);
        Assert.True(body.GetProperty("data").GetProperty("statistics").GetProperty("papers").GetInt32() >= 0);
    }

    [Fact]
    public async Task A_deeply_nested_query_fails_validation()
    {
        // introspection types nest without end: ofType { ofType { … } }
        var nested = string.Concat(Enumerable.Repeat("ofType { ", 40)) + "name" + string.Concat(Enumerable.Repeat(" }", 40));
        var (status, body) = await host.PostAsync("{ __type(name: \"Measurement\") { fields { type { " + nested + " } } } }");

        Assert.Equal(400, status);
        Assert.Contains("nested", UnitErrorTests.SingleError(body).Message, StringComparison.OrdinalIgnoreCase);
        await ServerStillAnswers();
    }

    [Fact]
    public async Task A_filter_nested_thousands_deep_is_refused_and_the_server_keeps_answering()
    {
        var deep = string.Concat(Enumerable.Repeat("{ NOT: ", 3000)) + "{ property: { eq: THICKNESS } }" + new string('}', 3000);
        var (status, body) = await host.PostAsync($"{{ measurements(where: {deep}) {{ id }} }}");

        Assert.Equal(400, status);
        Assert.False(string.IsNullOrWhiteSpace(UnitErrorTests.SingleError(body).Message));
        await ServerStillAnswers();
    }

    [Fact]
    public async Task A_query_of_many_aliased_pages_is_too_complex()
    {
        var aliases = string.Join(' ', Enumerable.Range(0, 200).Select(i =>
            $"a{i}: measurements(first: 1000) {{ id value unit subject {{ name kind }} evidence {{ text section paper {{ title authors }} }} references {{ title authors }} }}"));
        var (status, body) = await host.PostAsync("{ " + aliases + " }");

        Assert.Equal(400, status);
        Assert.Contains("complex", UnitErrorTests.SingleError(body).Message, StringComparison.OrdinalIgnoreCase);
        await ServerStillAnswers();
    }

    [Fact]
    public async Task A_page_size_of_a_billion_is_refused()
    {
        var (status, body) = await host.PostAsync("{ measurements(first: 1000000000) { id } }");

        // refused before execution (its estimated cost is too high) or by the page-size check
        Assert.True(status is 400 or 200);
        Assert.NotNull(UnitErrorTests.SingleError(body).Message);
        Assert.False(body.TryGetProperty("data", out var data) && data.ValueKind == System.Text.Json.JsonValueKind.Object);
        await ServerStillAnswers();
    }

    [Theory]
    [InlineData("{ measurements(where: { subject: { name: { contains: \"'; DROP TABLE measurement; --\" } } }) { id } }")]
    [InlineData("{ measurements(where: { value: { gt: 1, unit: \"mA/cm2'); DELETE FROM paper; --\" } }) { id } }")]
    [InlineData("{ measurements(where: { paper: { id: \"\\\" OR 1=1 --\" } }) { id } }")]
    public async Task Injection_looking_strings_are_data_not_code(string query)
    {
        var (status, body) = await host.PostAsync(query);

        Assert.Equal(200, status);
        if (body.GetProperty("data").ValueKind != System.Text.Json.JsonValueKind.Null)
        {
            Assert.Empty(body.GetProperty("data").GetProperty("measurements").EnumerateArray());
        }

        await ServerStillAnswers();
    }

    [Fact]
    public async Task A_browser_gets_a_query_page_and_tools_get_json()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        using var page = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<textarea id=\"query\">", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var tool = await host.Client.GetAsync("/graphql");
        Assert.Equal(HttpStatusCode.BadRequest, tool.StatusCode);
    }
}
