using LlzoGraph.Api;
using LlzoGraph.Core.Ports;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LlzoGraph.Cli.Hosting;

/// <summary>Builds the web host that serves the GraphQL endpoint over a store.</summary>
internal static class ApiHost
{
    public const string DefaultUrl = "http://127.0.0.1:5218";

    public static WebApplication Build(IGraphStore store, string urls, Action<IWebHostBuilder>? configure = null, Action<LlzoGraphApiOptions>? api = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("LlzoGraph.Api.Curation", LogLevel.Information); // who edited what, for the record
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None); // start-up failures are reported by the command
        builder.WebHost.UseUrls(urls);
        configure?.Invoke(builder.WebHost);
        builder.Services.AddGraphStore(store);
        builder.Services.AddLlzoGraphApi(api);
        var app = builder.Build();
        app.MapLlzoGraphEndpoints();
        return app;
    }
}
