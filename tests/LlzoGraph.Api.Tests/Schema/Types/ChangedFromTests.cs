using System.Text.Json;
using LlzoGraph.Api.Tests.TestDoubles;
using LlzoGraph.Core.Ports;
using Microsoft.Extensions.DependencyInjection;

namespace LlzoGraph.Api.Tests.Schema.Types;

/// <summary><c>Measurement.changedFrom</c>: the "before" of a before/after pair, read from the store by id.</summary>
public sealed class ChangedFromTests
{
    [Fact]
    public async Task The_after_value_of_a_pair_leads_to_its_before_value_and_others_to_null()
    {
        var before = Fixtures.Measurements.Single(m => m.Id == "m-zno");
        var after = Fixtures.Measurements.Single(m => m.Id == "m-au") with { ChangedFromId = before.Id };
        var store = new InMemoryGraphStore([after, before], [Fixtures.Review], Fixtures.Statistics);
        await using var services = new ServiceCollection().AddSingleton<IGraphStore>(store).AddLlzoGraphApi().BuildServiceProvider();

        var json = await services.GetRequiredService<GraphQLRunner>().ExecuteAsync(
            "{ measurements { id changedFrom { id value unit } } }", null, CancellationToken.None);

        var rows = JsonDocument.Parse(json).RootElement.GetProperty("data").GetProperty("measurements").EnumerateArray()
            .ToDictionary(m => m.GetProperty("id").GetString()!, m => m.GetProperty("changedFrom"));
        Assert.Equal(("m-zno", 1.5), (rows["m-au"].GetProperty("id").GetString(), rows["m-au"].GetProperty("value").GetDouble()));
        Assert.Equal(JsonValueKind.Null, rows["m-zno"].ValueKind);
    }
}
