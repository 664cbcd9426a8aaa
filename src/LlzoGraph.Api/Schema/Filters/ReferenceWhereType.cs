using GraphQL.Types;

namespace LlzoGraph.Api.Schema.Filters;

/// <summary>The search over cited works: case-insensitive substrings of author, title and journal, the exact year, the citing paper.</summary>
internal sealed record ReferenceWhere(string? Author, string? Title, string? Journal, int? Year, string? Paper);

internal sealed class ReferenceWhereType : InputObjectGraphType<ReferenceWhere>
{
    public ReferenceWhereType()
    {
        Name = "ReferenceWhere";
        Description = "Which cited works: every condition given must hold.";
        Field<StringGraphType>("author").Description("A substring of an author's name, any case (\"Feng\").");
        Field<StringGraphType>("title").Description("A substring of the title, any case.");
        Field<StringGraphType>("journal").Description("A substring of the journal as printed, any case (\"Sci. Adv.\").");
        Field<IntGraphType>("year").Description("The year of publication.");
        Field<IdGraphType>("paper").Description("Only works this paper cites, numbered as it numbers them.");
    }
}
