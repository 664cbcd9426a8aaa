using LlzoGraph.Api.Tests.TestDoubles;
using LlzoGraph.Core.Ports;
using LlzoGraph.Core.Queries;
using Microsoft.Extensions.DependencyInjection;

namespace LlzoGraph.Api.Tests.Schema;

/// <summary>The store is asked for the lists a query selects (through fragments too) and no others.</summary>
public sealed class MeasurementSelectionTests
{
    [Theory]
    [InlineData("{ measurements { id value unit evidence { text } } }", MeasurementDetails.None)]
    [InlineData("{ measurements { id reference { number } } }", MeasurementDetails.References)]
    [InlineData("{ measurements { references { number } reportedIn { text } } }", MeasurementDetails.References | MeasurementDetails.ReportedIn)]
    [InlineData("{ measurements { ...M } } fragment M on Measurement { changedFrom { id } }", MeasurementDetails.ChangedFrom)]
    [InlineData("{ measurements { ... on Measurement { ...M } } } fragment M on Measurement { reportedIn { text } }", MeasurementDetails.ReportedIn)]
    [InlineData("{ measurementsConnection { edges { cursor node { reference { number } } } pageInfo { hasNextPage } } }", MeasurementDetails.References)]
    [InlineData("{ measurementsConnection { totalCount edges { node { id reportedIn { text } } } } }", MeasurementDetails.ReportedIn)]
    public async Task The_store_is_asked_for_the_selected_lists(string query, MeasurementDetails expected)
    {
        var store = Fixtures.Store();
        await using var services = new ServiceCollection().AddSingleton<IGraphStore>(store).AddLlzoGraphApi().BuildServiceProvider();

        var json = await services.GetRequiredService<GraphQLRunner>().ExecuteAsync(query, null, CancellationToken.None);

        Assert.DoesNotContain("\"errors\"", json, StringComparison.Ordinal);
        Assert.Equal(expected, store.Queries.First(q => q.Ids is null).Details);
    }

    [Fact]
    public void A_query_made_in_code_reads_every_list()
    {
        Assert.Equal(MeasurementDetails.All, new MeasurementQuery().Details);
    }
}
