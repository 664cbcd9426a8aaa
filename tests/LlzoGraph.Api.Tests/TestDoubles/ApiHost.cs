using System.Net.Http.Json;
using System.Text.Json;
using LlzoGraph.Core.Ports;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace LlzoGraph.Api.Tests.TestDoubles;

/// <summary>The endpoint hosted in memory the way the CLI hosts it, over <see cref="Fixtures"/>.</summary>
public sealed class ApiHost : IAsyncLifetime
{
    private WebApplication? app;

    internal InMemoryGraphStore Store { get; } = Fixtures.Store();

    public HttpClient Client { get; private set; } = null!;

    public IServiceProvider Services => app!.Services;

    public async Task InitializeAsync()
    {
        app = await StartAsync(Store);
        Client = app.GetTestClient();
    }

    /// <summary>Starts the endpoint in memory over <paramref name="store"/> with the options <paramref name="configure"/> sets.</summary>
    internal static async Task<WebApplication> StartAsync(IGraphStore store, Action<LlzoGraphApiOptions>? configure = null)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton(store);
        builder.Services.AddLlzoGraphApi(configure);
        var started = builder.Build();
        started.MapLlzoGraphEndpoints();
        await started.StartAsync();
        return started;
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    /// <summary>POSTs <paramref name="query"/> as JSON and returns the status and parsed body.</summary>
    public async Task<(int Status, JsonElement Body)> PostAsync(string query, object? variables = null)
    {
        using var response = await Client.PostAsJsonAsync("/graphql", new { query, variables });
        return ((int)response.StatusCode, await ReadAsync(response));
    }

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        using var doc = JsonDocument.Parse(text);
        return doc.RootElement.Clone();
    }
}
