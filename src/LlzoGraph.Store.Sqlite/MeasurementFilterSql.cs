using System.Globalization;
using LlzoGraph.Core.Queries;
using Microsoft.Data.Sqlite;

namespace LlzoGraph.Store.Sqlite;

/// <summary>
/// Translates a <see cref="MeasurementPredicate"/> tree into one SQL condition over the measurement page query's
/// aliases (<c>m</c> the measurement, <c>st</c>/<c>mt</c> its strategy or material). Every value becomes a
/// parameter (<c>$w0</c>, <c>$w1</c>, …); only fixed SQL text and enum names ever reach the statement.
/// </summary>
internal static class MeasurementFilterSql
{
    /// <summary>The condition for <paramref name="predicate"/>, with its parameters added to <paramref name="command"/>.</summary>
    public static string Translate(SqliteCommand command, MeasurementPredicate predicate)
    {
        var next = 0;
        string Parameter(object value)
        {
            var name = "$w" + (next++).ToString(CultureInfo.InvariantCulture);
            command.Parameters.AddWithValue(name, value);
            return name;
        }

        string Bounds(string column, double? gt, double? gte, double? lt, double? lte)
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

                    parts.Add($"{column} {op} {Parameter(b)}");
                }
            }

            Add(">", gt);
            Add(">=", gte);
            Add("<", lt);
            Add("<=", lte);
            return parts.Count == 0 ? "1" : string.Join(" AND ", parts);
        }

        string In(string column, IEnumerable<string> values)
        {
            var names = values.Distinct().Select(v => Parameter(v)).ToList();
            return names.Count == 0 ? "0" : $"{column} IN ({string.Join(", ", names)})";
        }

        string Folded(string text) => Parameter(PaperWriter.Fold(text.Trim()));

        string Sql(MeasurementPredicate p) => p switch
        {
            AllOf all => all.Parts.Count == 0 ? "1" : "(" + string.Join(" AND ", all.Parts.Select(Sql)) + ")",
            AnyOf any => any.Parts.Count == 0 ? "0" : "(" + string.Join(" OR ", any.Parts.Select(Sql)) + ")",
            Not not => "NOT " + Sql(not.Part),
            PropertyIs property => In("m.property", property.Properties.Select(x => x.ToString())),
            SubjectKindIs kind => In("m.subject_kind", kind.Kinds.Select(x => x.ToString())),
            SubjectNameContains name => NameMatch($"instr({{0}}, {Folded(name.Text)}) > 0"),
            SubjectNameIs name => NameMatch($"{{0}} = {Folded(name.Name)}"),
            ReportedInPaper paper => $"EXISTS (SELECT 1 FROM evidence pe WHERE pe.measurement_id = m.id AND pe.paper_id = {Parameter(paper.PaperId)})",
            ValueWithin value => $"(m.si_unit = {Parameter(value.SiUnit)} AND {Bounds("m.si_value", value.GreaterThan, value.AtLeast, value.LessThan, value.AtMost)})",
            SomeCondition some => Condition(some.Condition),
            SomeReference reference => Reference(reference),
            SomeEvidence evidence => Evidence(evidence),
            _ => throw new NotSupportedException($"the SQLite store cannot evaluate a {p.GetType().Name} filter"),
        };

        // the subject's own name, a curator's correction of it, or any alias of the subject
        string NameMatch(string test) =>
            "(" + string.Format(CultureInfo.InvariantCulture, test, "COALESCE(st.name_folded, mt.name_folded, '')")
            + " OR EXISTS (SELECT 1 FROM entity_alias ea WHERE ea.entity_id = m.subject_id AND "
            + string.Format(CultureInfo.InvariantCulture, test, "ea.alias_folded") + "))";

        string Condition(ConditionBounds c) =>
            "EXISTS (SELECT 1 FROM json_each(m.conditions) c WHERE lower(json_extract(c.value, '$.name')) = "
            + Parameter(c.Name.Trim().ToLowerInvariant()) + " AND "
            + Bounds("json_extract(c.value, '$.siValue')", c.GreaterThan, c.AtLeast, c.LessThan, c.AtMost) + ")";

        string Reference(SomeReference r)
        {
            var parts = new List<string>();
            if (r.YearAtLeast is { } from)
            {
                parts.Add($"r.year >= {Parameter(from)}");
            }

            if (r.YearAtMost is { } to)
            {
                parts.Add($"r.year <= {Parameter(to)}");
            }

            if (r.AuthorContains is { } author)
            {
                parts.Add($"instr(lower(r.authors), {Parameter(author.Trim().ToLowerInvariant())}) > 0");
            }

            if (r.TitleContains is { } title)
            {
                parts.Add($"instr(lower(COALESCE(r.title, r.raw)), {Parameter(title.Trim().ToLowerInvariant())}) > 0");
            }

            if (r.Doi is { } doi)
            {
                parts.Add($"lower(r.doi) = {Parameter(doi.Trim().ToLowerInvariant())}");
            }

            return "EXISTS (SELECT 1 FROM measurement_reference mr JOIN reference r ON r.id = mr.reference_id WHERE mr.measurement_id = m.id"
                + string.Concat(parts.Select(x => " AND " + x)) + ")";
        }

        string Evidence(SomeEvidence e)
        {
            var parts = new List<string>();
            if (e.TextContains is { } text)
            {
                parts.Add($"instr(lower(x.text), {Parameter(text.Trim().ToLowerInvariant())}) > 0");
            }

            if (e.InTable is { } table)
            {
                parts.Add(table ? "x.kind = 'TableRow'" : "x.kind <> 'TableRow'");
            }

            if (e.SectionContains is { } section)
            {
                parts.Add($"instr(lower(x.section), {Parameter(section.Trim().ToLowerInvariant())}) > 0");
            }

            if (e.PaperId is { } paper)
            {
                parts.Add($"x.paper_id = {Parameter(paper)}");
            }

            return "EXISTS (SELECT 1 FROM evidence x WHERE x.measurement_id = m.id" + string.Concat(parts.Select(x => " AND " + x)) + ")";
        }

        return Sql(predicate);
    }
}
