namespace LlzoGraph.Api;

/// <summary>The queries the project shows newcomers: printed by <c>serve</c>, prefilled in the browser page, used in the README.</summary>
public static class ExampleQueries
{
    /// <summary>Which interlayers give a critical current density above 2 mA/cm², with the cited paper and the evidence.</summary>
    public const string InterlayersAboveTwoMilliamperes = """
        {
          measurements(where: {
            property: { eq: CRITICAL_CURRENT_DENSITY }
            value: { gt: 2, unit: "mA/cm2" }
            subject: { kind: { eq: INTERLAYER } }
          }) {
            value(unit: "mA/cm2")
            unit
            subject { name kind }
            reference { number firstAuthor year }
            evidence { paper { title } section text }
          }
        }
        """;
}
