using LlzoGraph.Core;
using LlzoGraph.Core.Queries;

namespace LlzoGraph.Api.Schema.Filters;

/// <summary>
/// Turns the parts of a <c>where</c> that need a filter tree (<c>AND</c>, <c>OR</c>, <c>NOT</c>, relationship
/// filters <c>some</c>/<c>none</c>, a name's <c>eq</c>) into <see cref="MeasurementPredicate"/>s. A nested
/// <c>where</c> becomes a whole tree, its plain parts as leaves, each value bound converted to SI with the unit and
/// properties of its own <c>where</c>. A filter that cannot be read is a failure value naming the problem.
/// </summary>
internal static class FilterTree
{
    /// <summary>The tree parts of <paramref name="where"/> (none when it has only plain parts).</summary>
    public static Parsed<IReadOnlyList<MeasurementPredicate>> Extra(MeasurementWhere where)
    {
        var parts = new List<MeasurementPredicate>();
        if (where.Subject?.Name?.Eq is { } name && !string.IsNullOrWhiteSpace(name))
        {
            parts.Add(new SubjectNameIs(name.Trim()));
        }

        string? error = null;
        MeasurementPredicate? Nested(MeasurementWhere child)
        {
            var whole = Whole(child);
            error ??= whole.Error;
            return whole.Value;
        }

        if (where.And is { } and)
        {
            parts.Add(new AllOf(and.Select(Nested).OfType<MeasurementPredicate>().ToList()));
        }

        if (where.Or is { } or)
        {
            parts.Add(new AnyOf(or.Select(Nested).OfType<MeasurementPredicate>().ToList()));
        }

        if (where.Not is { } not && Nested(not) is { } negated)
        {
            parts.Add(new Not(negated));
        }

        void Relation<T>(RelationFilter<T>? relation, string what, Func<T, Parsed<MeasurementPredicate>> leaf)
            where T : class
        {
            if (relation is null)
            {
                return;
            }

            foreach (var (match, negate) in new[] { (relation.Some, false), (relation.None, true) })
            {
                if (match is null)
                {
                    continue;
                }

                var parsed = leaf(match);
                if (!parsed.Ok)
                {
                    error ??= $"{what}.{(negate ? "none" : "some")}: {parsed.Error}";
                    continue;
                }

                parts.Add(negate ? new Not(parsed.Value!) : parsed.Value!);
            }
        }

        Relation(where.Conditions, "conditions", Condition);
        Relation(where.References, "references", Reference);
        Relation(where.Evidence is { } e ? new RelationFilter<EvidenceMatch>(e.Some, e.None) : null, "evidence", Evidence);
        return error is null ? Parsed<IReadOnlyList<MeasurementPredicate>>.Success(parts) : Parsed<IReadOnlyList<MeasurementPredicate>>.Failure(error);
    }

    /// <summary>A nested <c>where</c> as one predicate: its plain parts as leaves and its tree parts.</summary>
    private static Parsed<MeasurementPredicate> Whole(MeasurementWhere where)
    {
        var flat = MeasurementFilter.Flat(where, new MeasurementQuery());
        if (!flat.Ok)
        {
            return Parsed<MeasurementPredicate>.Failure(flat.Error!);
        }

        var extra = Extra(where);
        if (!extra.Ok)
        {
            return Parsed<MeasurementPredicate>.Failure(extra.Error!);
        }

        var parts = Leaves(flat.Value!).Concat(extra.Value!).ToList();
        return Parsed<MeasurementPredicate>.Success(parts.Count == 1 ? parts[0] : new AllOf(parts));
    }

    /// <summary>The plain filters of a query as leaves.</summary>
    private static IEnumerable<MeasurementPredicate> Leaves(MeasurementQuery q)
    {
        if (q.Properties is { } properties)
        {
            yield return new PropertyIs(properties);
        }

        if (q.SubjectKinds is { } kinds)
        {
            yield return new SubjectKindIs(kinds);
        }

        if (q.SubjectNameContains is { } name)
        {
            yield return new SubjectNameContains(name);
        }

        if (q.PaperId is { } paper)
        {
            yield return new ReportedInPaper(paper);
        }

        if (q.EvidenceTextContains is { } text)
        {
            yield return new SomeEvidence(TextContains: text);
        }

        if (q.Condition is { } condition)
        {
            yield return new SomeCondition(condition);
        }

        if (q.SiUnit is { } unit)
        {
            yield return new ValueWithin(unit, q.GreaterThan, q.AtLeast, q.LessThan, q.AtMost);
        }
    }

    private static Parsed<MeasurementPredicate> Condition(ConditionMatch match)
    {
        if (match.Name?.Eq is not { } name || string.IsNullOrWhiteSpace(name))
        {
            return Parsed<MeasurementPredicate>.Failure("name needs eq, e.g. name: { eq: \"temperature\" }");
        }

        var bounds = MeasurementFilter.ConditionBounds(new ConditionFilter(name, match.Value));
        return bounds.Ok ? Parsed<MeasurementPredicate>.Success(new SomeCondition(bounds.Value!)) : Parsed<MeasurementPredicate>.Failure(bounds.Error!);
    }

    private static Parsed<MeasurementPredicate> Reference(ReferenceMatch match)
    {
        int? from = null, to = null;
        if (match.Year is { } year)
        {
            from = Max(Max(year.Eq, year.Gte), year.Gt + 1);
            to = Min(Min(year.Eq, year.Lte), year.Lt - 1);
        }

        return Parsed<MeasurementPredicate>.Success(new SomeReference(from, to, Text(match.Author?.Contains), Text(match.Title?.Contains), Text(match.Doi?.Eq)));
    }

    private static Parsed<MeasurementPredicate> Evidence(EvidenceMatch match) => Parsed<MeasurementPredicate>.Success(
        new SomeEvidence(Text(match.Text?.Contains), match.Table, Text(match.Section?.Contains), Text(match.Paper)));

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static int? Max(int? a, int? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    private static int? Min(int? a, int? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);
}
