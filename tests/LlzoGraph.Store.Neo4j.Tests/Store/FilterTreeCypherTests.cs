using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Queries;
using LlzoGraph.Store.Neo4j.Store;

namespace LlzoGraph.Store.Neo4j.Tests.Store;

/// <summary>The Cypher condition built for a filter tree: fixed text, every value a parameter, NaN refused.</summary>
public sealed class FilterTreeCypherTests
{
    private const string Hostile = "x' }) DETACH DELETE n //";

    [Fact]
    public void Every_leaf_s_values_travel_as_parameters_and_never_reach_the_text()
    {
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        var tree = new AllOf([
            new AnyOf([new SubjectNameContains(Hostile), new SubjectNameIs(Hostile), new ReportedInPaper(Hostile)]),
            new Not(new SomeReference(2001, 2020, Hostile, Hostile, Hostile)),
            new SomeEvidence(Hostile, true, Hostile, Hostile),
            new SomeCondition(new ConditionBounds(Hostile, AtLeast: 293)),
            new ValueWithin(Hostile, LessThan: 5),
            new PropertyIs([Property.IonicConductivity, Property.IonicConductivity]),
        ]);

        var cypher = MeasurementFilterCypher.Translate(tree, parameters);

        Assert.DoesNotContain("DETACH", cypher, StringComparison.Ordinal);
        Assert.DoesNotContain("2001", cypher, StringComparison.Ordinal);
        Assert.Equal(parameters.Count, Enumerable.Range(0, parameters.Count).Count(i => cypher.Contains("$w" + i, StringComparison.Ordinal)));
        Assert.Contains(2001L, parameters.Values);
        Assert.Contains(new List<object?> { "IonicConductivity" }, parameters.Values.OfType<List<object?>>(), new ListComparer());
        Assert.Contains(Hostile.ToLowerInvariant(), parameters.Values);
    }

    [Fact]
    public void Empty_combinations_are_true_and_false_and_a_NaN_bound_is_refused()
    {
        Assert.Equal("true", MeasurementFilterCypher.Translate(new AllOf([]), []));
        Assert.Equal("false", MeasurementFilterCypher.Translate(new AnyOf([]), []));
        Assert.Equal("NOT (false)", MeasurementFilterCypher.Translate(new Not(new PropertyIs([])), []));
        Assert.Throws<ArgumentException>(() => MeasurementFilterCypher.Translate(new ValueWithin("S/m", AtLeast: double.NaN), []));
    }

    private sealed class ListComparer : IEqualityComparer<List<object?>>
    {
        public bool Equals(List<object?>? x, List<object?>? y) => x is not null && y is not null && x.SequenceEqual(y);

        public int GetHashCode(List<object?> obj) => obj.Count;
    }
}
