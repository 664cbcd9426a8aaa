using GraphQL;
using GraphQLParser;
using GraphQLParser.AST;
using LlzoGraph.Core.Queries;

namespace LlzoGraph.Api.Schema;

/// <summary>
/// Which of a measurement's lists a request selects, so the store reads only those: the fields named anywhere under
/// the resolving field (through fragments too) decide. Naming a field anywhere below counts, so the answer may read
/// more than needed, never less.
/// </summary>
internal static class MeasurementSelection
{
    public static MeasurementDetails Details(IResolveFieldContext context)
    {
        var details = MeasurementDetails.None;
        var visitedFragments = new HashSet<string>(StringComparer.Ordinal);
        Visit(context.FieldAst.SelectionSet, context.Document, visitedFragments, ref details);
        return details;
    }

    private static void Visit(GraphQLSelectionSet? selectionSet, GraphQLDocument document, HashSet<string> visitedFragments, ref MeasurementDetails details)
    {
        if (selectionSet is null)
        {
            return;
        }

        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    details |= Of(field.Name);
                    Visit(field.SelectionSet, document, visitedFragments, ref details);
                    break;
                case GraphQLInlineFragment inline:
                    Visit(inline.SelectionSet, document, visitedFragments, ref details);
                    break;
                case GraphQLFragmentSpread spread when visitedFragments.Add(spread.FragmentName.Name.StringValue):
                    Visit(document.FindFragmentDefinition(spread.FragmentName.Name.Value)?.SelectionSet, document, visitedFragments, ref details);
                    break;
            }
        }
    }

    private static MeasurementDetails Of(GraphQLName name) =>
        name == "reference" || name == "references" ? MeasurementDetails.References
        : name == "reportedIn" ? MeasurementDetails.ReportedIn
        : name == "changedFrom" ? MeasurementDetails.ChangedFrom
        : MeasurementDetails.None;
}
