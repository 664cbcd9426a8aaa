using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Queries;
using LlzoGraph.Store.Neo4j.Store;

namespace LlzoGraph.Store.Neo4j.Tests.Store;

/// <summary>The Cypher built for a filter: fixed text with every placeholder filled, every value a parameter.</summary>
public sealed class QueryBuilderTests
{
    private const string Hostile = "x' }) DETACH DELETE n //";

    [Theory]
    [InlineData(MeasurementOrder.Default, false)]
    [InlineData(MeasurementOrder.Value, true)]
    [InlineData(MeasurementOrder.Confidence, false)]
    [InlineData(MeasurementOrder.Confidence, true)]
    [InlineData(MeasurementOrder.Subject, true)]
    [InlineData(MeasurementOrder.Year, false)]
    public void A_measurement_query_carries_its_values_as_parameters_whatever_its_order(MeasurementOrder order, bool descending)
    {
        var (cypher, parameters) = MeasurementCypher.Build(new MeasurementQuery
        {
            Properties = [Property.IonicConductivity],
            SubjectNameContains = Hostile,
            EvidenceTextContains = Hostile,
            ReferenceId = Hostile,
            Condition = new ConditionBounds(Hostile, AtLeast: 293, LessThan: 303),
            OrderBy = order,
            Descending = descending,
        });

        Assert.DoesNotContain("DETACH DELETE", cypher, StringComparison.Ordinal);
        Assert.DoesNotContain("{", cypher.Replace("{id: $reference}", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(Hostile, parameters["conditionName"]);
        Assert.Equal((293.0, 303.0), ((double)parameters["conditionAtLeast"]!, (double)parameters["conditionBelow"]!));
        Assert.Equal(Hostile, parameters["reference"]);

        // the best confidence is computed once: before the page when the page is sorted by it, after it otherwise
        var confidence = cypher.IndexOf("max(c.confidence)", StringComparison.Ordinal);
        Assert.Equal(confidence, cypher.LastIndexOf("max(c.confidence)", StringComparison.Ordinal));
        Assert.Equal(order == MeasurementOrder.Confidence, confidence < cypher.IndexOf("SKIP $offset", StringComparison.Ordinal));
        Assert.Contains(descending ? "DESC, m.id" : "m.id", cypher, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_query_carries_its_values_as_parameters()
    {
        var (cypher, parameters) = CitationCypher.BuildReferences(new ReferenceQuery
        {
            CitingPaperId = Hostile, Number = 3, Author = Hostile, Title = Hostile, Journal = Hostile, Year = 2020, MeasurementIds = [Hostile],
        });

        Assert.DoesNotContain("DETACH DELETE", cypher, StringComparison.Ordinal);
        Assert.DoesNotContain("{match}", cypher, StringComparison.Ordinal);
        Assert.DoesNotContain("{where}", cypher, StringComparison.Ordinal);
        Assert.Equal((Hostile, Hostile.ToLowerInvariant(), 3L, 2020L), (parameters["citing"], parameters["author"], parameters["number"], parameters["year"]));
    }

    [Fact]
    public void A_section_filter_is_a_number_prefix_or_a_case_insensitive_substring()
    {
        Assert.Equal(("2.3", (object?)null), Pair(CitationCypher.CitationParameters("paper:1", " 2.3 ")));
        Assert.Equal(((object?)null, "results"), Pair(CitationCypher.CitationParameters("paper:1", "Results")));
        Assert.Equal(((object?)null, (object?)null), Pair(CitationCypher.CitationParameters("paper:1", null)));

        static (object? Prefix, object? Contains) Pair(Dictionary<string, object?> p) => (p["prefix"], p["contains"]);
    }
}
