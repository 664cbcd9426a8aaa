using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using LlzoGraph.Api.Tests.TestDoubles;

namespace LlzoGraph.Api.Tests.Http;

/// <summary>The GraphQL-over-HTTP rules of the endpoint: which requests execute, and what the others are answered.</summary>
public sealed class ProtocolTests(ApiHost host) : IClassFixture<ApiHost>
{
    [Fact]
    public async Task A_post_without_a_query_is_400_with_an_error()
    {
        using var response = await PostRawAsync("""{ "variables": {} }""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await ApiHost.ReadAsync(response);
        Assert.Contains("no query", UnitErrorTests.SingleError(body).Message, StringComparison.Ordinal);
        Assert.False(body.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task A_get_without_a_query_is_400()
    {
        using var response = await host.Client.GetAsync("/graphql");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("MISSING_QUERY", UnitErrorTests.SingleError(await ApiHost.ReadAsync(response)).Code);
    }

    [Theory]
    [InlineData("{ \"query\": \"{ statistics { papers } }\" ")]
    [InlineData("not json at all")]
    [InlineData("[{ \"query\": \"{ statistics { papers } }\" }]")]
    [InlineData("{ \"query\": 42 }")]
    [InlineData("null")]
    [InlineData("")]
    public async Task A_malformed_json_body_is_400(string json)
    {
        using var response = await PostRawAsync(json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await ApiHost.ReadAsync(response);
        Assert.NotEmpty(body.GetProperty("errors").EnumerateArray());
    }

    [Fact]
    public async Task A_syntax_error_is_400_with_the_parser_error_and_no_data()
    {
        var (status, body) = await host.PostAsync("{ measurements(where: { ) { id }");

        Assert.Equal(400, status);
        Assert.NotEmpty(body.GetProperty("errors").EnumerateArray());
        var error = UnitErrorTests.SingleError(body);
        Assert.Equal("SYNTAX_ERROR", error.Code);
        Assert.Contains("Error parsing query", error.Message, StringComparison.Ordinal);
        Assert.False(body.TryGetProperty("data", out _));
    }

    [Theory]
    [InlineData("{ measurements { noSuchField } }")]
    [InlineData("{ measurements(where: { property: { eq: NO_SUCH_PROPERTY } }) { id } }")]
    [InlineData("{ measurements(first: \"ten\") { id } }")]
    public async Task A_validation_error_is_400(string query)
    {
        var (status, body) = await host.PostAsync(query);

        Assert.Equal(400, status);
        Assert.NotEmpty(body.GetProperty("errors").EnumerateArray());
        Assert.False(body.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Variables_and_operation_name_are_honoured_over_post()
    {
        var (status, body) = await host.PostAsync(
            """
            query Other { statistics { papers } }
            query Ccd($min: Float!, $kind: SubjectKind!) {
              measurements(where: { property: { eq: CRITICAL_CURRENT_DENSITY }, value: { gt: $min }, subject: { kind: { eq: $kind } } }) { id }
            }
            """.Replace("\n", " ", StringComparison.Ordinal),
            null);
        Assert.Equal(400, status); // two operations and no operationName

        using var response = await host.Client.PostAsync("/graphql", JsonContent("""
            {
              "query": "query Other { statistics { papers } } query Ccd($min: Float!, $kind: SubjectKind!) { measurements(where: { property: { eq: CRITICAL_CURRENT_DENSITY }, value: { gt: $min }, subject: { kind: { eq: $kind } } }) { id } }",
              "operationName": "Ccd",
              "variables": { "min": 2, "kind": "INTERLAYER" }
            }
            """));
        body = await ApiHost.ReadAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Fixtures.InterlayersAbove2, ExampleQueryTests.Ids(body));
    }

    [Fact]
    public async Task Variables_are_honoured_over_get_and_bad_variables_are_400()
    {
        const string query = "query($unit: String!) { measurements(where: { value: { gt: 2, unit: $unit }, subject: { kind: { eq: INTERLAYER } } }) { id } }";
        using var ok = await host.Client.GetAsync(
            $"/graphql?query={Uri.EscapeDataString(query)}&variables={Uri.EscapeDataString("""{"unit":"mA cm-2"}""")}");
        using var bad = await host.Client.GetAsync($"/graphql?query={Uri.EscapeDataString(query)}&variables=%7Bnot-json");
        using var missing = await host.Client.GetAsync($"/graphql?query={Uri.EscapeDataString(query)}");

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(Fixtures.InterlayersAbove2, ExampleQueryTests.Ids(await ApiHost.ReadAsync(ok)));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode); // a required variable not given
    }

    [Fact]
    public async Task Other_methods_are_405_with_an_allow_header()
    {
        using var response = await host.Client.PutAsync("/graphql", JsonContent("""{ "query": "{ statistics { papers } }" }"""));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/graphql")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task Bodies_that_are_not_json_are_415(string contentType)
    {
        using var content = new StringContent("""{ "query": "{ statistics { papers } }" }""", Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        using var response = await host.Client.PostAsync("/graphql", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Json_with_a_utf8_charset_is_accepted()
    {
        using var content = new StringContent("""{ "query": "{ statistics { papers } }" }""", Encoding.UTF8, "application/json");
        Assert.Equal("utf-8", content.Headers.ContentType!.CharSet);
        using var response = await host.Client.PostAsync("/graphql", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, (await ApiHost.ReadAsync(response)).GetProperty("data").GetProperty("statistics").GetProperty("papers").GetInt32());
    }

    [Fact]
    public async Task An_oversized_body_is_413()
    {
        var padding = new string(' ', LlzoGraphApiOptions.DefaultMaxRequestBodyBytes);
        using var response = await PostRawAsync($$"""{ "query": "{ statistics { papers } }{{padding}}" }""");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("REQUEST_TOO_LARGE", UnitErrorTests.SingleError(await ApiHost.ReadAsync(response)).Code);
    }

    [Fact]
    public async Task An_oversized_body_without_a_content_length_is_413_too()
    {
        var json = $$"""{ "query": "{ statistics { papers } }{{new string(' ', LlzoGraphApiOptions.DefaultMaxRequestBodyBytes)}}" }""";
        using var stream = new NonSeekableStream(Encoding.UTF8.GetBytes(json));
        using var content = new StreamContent(stream);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await host.Client.PostAsync("/graphql", content);

        Assert.Null(content.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Field_errors_still_answer_200_with_data_and_errors()
    {
        var (status, body) = await host.PostAsync("""
            { statistics { measurements } measurements(where: { subject: { name: { contains: "Sn" } } }) { id upperValue(unit: "K") } }
            """);

        Assert.Equal(200, status);
        Assert.Equal(9, body.GetProperty("data").GetProperty("statistics").GetProperty("measurements").GetInt32());
        var measurement = Assert.Single(ExampleQueryTests.Measurements(body));
        Assert.Equal("m-range", measurement.GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, measurement.GetProperty("upperValue").ValueKind);
        Assert.Equal(["measurements", "0", "upperValue"], UnitErrorTests.SingleError(body).Path);
    }

    [Fact]
    public async Task Papers_and_statistics_come_from_the_store()
    {
        var (_, body) = await host.PostAsync("{ papers { id title authors doi year source } statistics { papers sections materials strategies measurements references } }");

        var papers = body.GetProperty("data").GetProperty("papers").EnumerateArray().ToList();
        Assert.Equal(["paper-chu2024", "paper-other"], papers.Select(p => p.GetProperty("id").GetString()));
        Assert.Equal("10.1039/d3qm01111a", papers[0].GetProperty("doi").GetString());
        Assert.Equal(JsonValueKind.Null, papers[1].GetProperty("doi").ValueKind);
        Assert.Equal(["Chu, X.", "Zhang, Y."], papers[0].GetProperty("authors").EnumerateArray().Select(a => a.GetString()));
        var stats = body.GetProperty("data").GetProperty("statistics");
        Assert.Equal(14, stats.GetProperty("sections").GetInt32());
        Assert.Equal(7, stats.GetProperty("strategies").GetInt32());
    }

    private Task<HttpResponseMessage> PostRawAsync(string json) => host.Client.PostAsync("/graphql", JsonContent(json));

    private static StringContent JsonContent(string json) => new(json, Encoding.UTF8, "application/json");

    /// <summary>Hides the length so the client sends the body chunked, without a Content-Length.</summary>
    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
