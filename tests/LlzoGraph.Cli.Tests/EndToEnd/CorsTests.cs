using System.Net;
using LlzoGraph.Cli.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace LlzoGraph.Cli.Tests.EndToEnd;

public sealed class CorsTests(IngestedCorpus corpus) : IClassFixture<IngestedCorpus>
{
    [Fact]
    public async Task Only_configured_origins_get_cross_origin_answers()
    {
        await using var app = ApiHost.Build(corpus.Store, ApiHost.DefaultUrl, web => web.UseTestServer(), api => api.CorsOrigins.Add("https://review.example.org"));
        await app.StartAsync();
        using var client = app.GetTestClient();

        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        preflight.Headers.Add("Origin", "https://review.example.org");
        using var ok = await client.SendAsync(preflight);
        Assert.Equal(HttpStatusCode.NoContent, ok.StatusCode);
        Assert.Equal("https://review.example.org", ok.Headers.GetValues("Access-Control-Allow-Origin").Single());

        using var other = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ statistics { papers } }"));
        other.Headers.Add("Origin", "https://elsewhere.example.com");
        using var refused = await client.SendAsync(other);
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));
        await app.StopAsync();
    }
}
