using GraphQL.Conversion;
using GraphQL.Types;

namespace LlzoGraph.Api.Schema;

/// <summary>camelCase names, except the filter operators AND, OR and NOT, which keep their capitals (as in the Neo4j GraphQL Library).</summary>
internal sealed class LogicalOperatorNameConverter : INameConverter
{
    public static readonly LogicalOperatorNameConverter Instance = new();

    private static readonly HashSet<string> Operators = new(StringComparer.Ordinal) { "AND", "OR", "NOT" };

    public string NameForField(string fieldName, IComplexGraphType parentGraphType) =>
        Operators.Contains(fieldName) ? fieldName : CamelCaseNameConverter.Instance.NameForField(fieldName, parentGraphType);

    public string NameForArgument(string argumentName, IComplexGraphType parentGraphType, FieldType field) =>
        CamelCaseNameConverter.Instance.NameForArgument(argumentName, parentGraphType, field);
}
