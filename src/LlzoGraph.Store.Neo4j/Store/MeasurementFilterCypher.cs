using System.Globalization;
using LlzoGraph.Core.Queries;

namespace LlzoGraph.Store.Neo4j.Store;

/// <summary>
/// Translates a <see cref="MeasurementPredicate"/> tree into one Cypher condition on the measurement <c>m</c>, with
/// the SQLite store's semantics (see its MeasurementFilterSql). Every value becomes a parameter (<c>$w0</c>, <c>$w1</c>,
/// …); only fixed Cypher text and enum names reach the statement. Relations are tested with pattern comprehensions and
/// conditions through the parallel lists <c>conditionNames</c>/<c>conditionSiValues</c>, as Neo4j 3.1 cannot parse JSON.
/// </summary>
internal static class MeasurementFilterCypher
{
    /// <summary>The condition for <paramref name="predicate"/>, with its parameters added to <paramref name="parameters"/>.</summary>
    public static string Translate(MeasurementPredicate predicate, Dictionary<string, object?> parameters)
    {
        var next = 0;
        string Parameter(object value)
        {
            var name = "w" + (next++).ToString(CultureInfo.InvariantCulture);
            parameters[name] = value;
            return "$" + name;
        }

        string Bounds(string value, double? gt, double? gte, double? lt, double? lte)
        {
            var parts = new List<string>();
            void Add(string op, double? bound)
            {
                if (bound is { } b)
                {
                    if (double.IsNaN(b))
                    {
                        throw new ArgumentException("a filter bound must be a number, not NaN", nameof(predicate));
                    }

                    parts.Add($"{value} {op} {Parameter(b)}");
                }
            }

            Add(">", gt);
            Add(">=", gte);
            Add("<", lt);
            Add("<=", lte);
            return parts.Count == 0 ? "true" : string.Join(" AND ", parts);
        }

        string In(string property, IEnumerable<string> values)
        {
            var list = values.Distinct().Select(v => (object?)v).ToList();
            return list.Count == 0 ? "false" : $"{property} IN {Parameter(list)}";
        }

        static string Lower(string text) => text.Trim().ToLowerInvariant();

        // Some related node matches: the pattern comprehension yields one element per match.
        static string Some(string pattern, IReadOnlyCollection<string> parts) =>
            $"size([{pattern}{(parts.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", parts))} | 1]) > 0";

        string Cypher(MeasurementPredicate p) => p switch
        {
            AllOf all => all.Parts.Count == 0 ? "true" : "(" + string.Join(" AND ", all.Parts.Select(Cypher)) + ")",
            AnyOf any => any.Parts.Count == 0 ? "false" : "(" + string.Join(" OR ", any.Parts.Select(Cypher)) + ")",
            Not not => "NOT (" + Cypher(not.Part) + ")",
            PropertyIs property => In("m.property", property.Properties.Select(x => x.ToString())),
            SubjectKindIs kind => In("m.subjectKind", kind.Kinds.Select(x => x.ToString())),
            SubjectNameContains name => NameMatch("CONTAINS", PaperWriter.Fold(name.Text.Trim())),
            SubjectNameIs name => NameMatch("=", PaperWriter.Fold(name.Name.Trim())),
            ReportedInPaper paper => Some("(m)<-[:OF]-(:Evidence)<-[:REPORTS]-(xp:Paper)", [$"xp.id = {Parameter(paper.PaperId)}"]),
            ValueWithin value => $"(m.siUnit = {Parameter(value.SiUnit)} AND {Bounds("m.siValue", value.GreaterThan, value.AtLeast, value.LessThan, value.AtMost)})",
            SomeCondition some => Condition(some.Condition),
            SomeReference reference => Reference(reference),
            SomeEvidence evidence => Evidence(evidence),
            _ => throw new NotSupportedException($"the Neo4j store cannot evaluate a {p.GetType().Name} filter"),
        };

        // the subject's own name or any alias of the subject
        string NameMatch(string op, string folded)
        {
            var text = Parameter(folded);
            return $"any(n IN [(m)-[:ABOUT]->(ns) | ns.nameFolded] + [(m)-[:ABOUT]->()-[:ALSO_CALLED]->(na:Alias) | na.folded] WHERE n {op} {text})";
        }

        string Condition(ConditionBounds c) =>
            "any(i IN range(0, size(coalesce(m.conditionNames, [])) - 1) WHERE toLower(m.conditionNames[i]) = "
            + Parameter(Lower(c.Name)) + " AND " + Bounds("m.conditionSiValues[i]", c.GreaterThan, c.AtLeast, c.LessThan, c.AtMost) + ")";

        string Reference(SomeReference r)
        {
            var parts = new List<string>();
            if (r.YearAtLeast is { } from)
            {
                parts.Add($"xr.year >= {Parameter((long)from)}");
            }

            if (r.YearAtMost is { } to)
            {
                parts.Add($"xr.year <= {Parameter((long)to)}");
            }

            if (r.AuthorContains is { } author)
            {
                parts.Add($"any(a IN coalesce(xr.authors, []) WHERE toLower(a) CONTAINS {Parameter(Lower(author))})");
            }

            if (r.TitleContains is { } title)
            {
                parts.Add($"toLower(coalesce(xr.title, xr.raw)) CONTAINS {Parameter(Lower(title))}");
            }

            if (r.Doi is { } doi)
            {
                parts.Add($"toLower(xr.doi) = {Parameter(Lower(doi))}");
            }

            return Some("(m)-[:CITES]->(xr:Reference)", parts);
        }

        string Evidence(SomeEvidence e)
        {
            var parts = new List<string>();
            if (e.TextContains is { } text)
            {
                parts.Add($"toLower(xe.text) CONTAINS {Parameter(Lower(text))}");
            }

            if (e.InTable is { } table)
            {
                parts.Add(table ? "xe.kind = 'TableRow'" : "xe.kind <> 'TableRow'");
            }

            if (e.SectionContains is { } section)
            {
                parts.Add($"toLower(xe.section) CONTAINS {Parameter(Lower(section))}");
            }

            if (e.PaperId is { } paper)
            {
                parts.Add($"xp.id = {Parameter(paper)}");
            }

            return Some("(m)<-[:OF]-(xe:Evidence)<-[:REPORTS]-(xp:Paper)", parts);
        }

        return Cypher(predicate);
    }
}
