using System.Globalization;
using LlzoGraph.Core;
using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Queries;
using LlzoGraph.Core.Units;

namespace LlzoGraph.Api.Schema.Filters;

/// <summary>
/// Turns the GraphQL <c>where</c>/<c>first</c>/<c>offset</c> arguments into a <see cref="MeasurementQuery"/> with
/// SI bounds. A filter the store cannot answer (an unreadable unit, a unit of the wrong dimension, bounds with no
/// unit to read them in, a page out of range) is a failure value naming what is wrong, never an exception.
/// </summary>
internal static class MeasurementFilter
{
    /// <summary>The largest page <c>first</c> may ask for.</summary>
    public const int MaxPageSize = 1000;

    /// <summary>The page size when <c>first</c> is not given.</summary>
    public const int DefaultPageSize = 100;

    /// <summary>
    /// Relative slack applied to SI bounds so that a value equal to a bound up to floating-point noise from unit
    /// conversion (0.7 mS/cm stored as 0.06999999999999999 S/m) compares as equal: <c>gt</c> excludes it,
    /// <c>gte</c> includes it. Papers report a handful of significant digits, so nothing real is this close.
    /// </summary>
    internal const double RelativeTolerance = 1e-9;

    public static Parsed<MeasurementQuery> ToQuery(MeasurementWhere? where, int first, int offset)
    {
        if (first is < 0 or > MaxPageSize)
        {
            return Parsed<MeasurementQuery>.Failure(
                $"first must be between 0 and {MaxPageSize} (got {first.ToString(CultureInfo.InvariantCulture)}); page with offset for more");
        }

        if (offset < 0)
        {
            return Parsed<MeasurementQuery>.Failure($"offset must not be negative (got {offset.ToString(CultureInfo.InvariantCulture)})");
        }

        var query = new MeasurementQuery { Limit = first, Offset = offset };
        if (where is null)
        {
            return Parsed<MeasurementQuery>.Success(query);
        }

        var flat = Flat(where, query);
        if (!flat.Ok)
        {
            return flat;
        }

        var tree = FilterTree.Extra(where);
        return !tree.Ok ? Parsed<MeasurementQuery>.Failure(tree.Error!)
            : tree.Value!.Count == 0 ? flat
            : Parsed<MeasurementQuery>.Success(flat.Value! with { Where = tree.Value.Count == 1 ? tree.Value[0] : new AllOf(tree.Value) });
    }

    /// <summary>The parts of <paramref name="where"/> a <see cref="MeasurementQuery"/> holds without a filter tree, added to <paramref name="query"/>.</summary>
    internal static Parsed<MeasurementQuery> Flat(MeasurementWhere where, MeasurementQuery query)
    {
        var properties = Combine(where.Property?.Eq, where.Property?.In);
        query = query with
        {
            Properties = properties,
            SubjectKinds = Combine(where.Subject?.Kind?.Eq, where.Subject?.Kind?.In),
            SubjectNameContains = string.IsNullOrWhiteSpace(where.Subject?.Name?.Contains) ? null : where.Subject.Name.Contains.Trim(),
            PaperId = string.IsNullOrWhiteSpace(where.Paper?.Id) ? null : where.Paper.Id.Trim(),
            EvidenceTextContains = string.IsNullOrWhiteSpace(where.Evidence?.Text?.Contains) ? null : where.Evidence.Text.Contains.Trim(),
        };

        if (where.Condition is { } condition)
        {
            var bounds = ConditionBounds(condition);
            if (!bounds.Ok)
            {
                return Parsed<MeasurementQuery>.Failure(bounds.Error!);
            }

            query = query with { Condition = bounds.Value };
        }

        return where.Value is null || properties is { Count: 0 }
            ? Parsed<MeasurementQuery>.Success(query)
            : WithValue(query, where.Value, properties);
    }

    /// <summary>The SI unit of each condition extraction writes.</summary>
    private static readonly Dictionary<string, string> ConditionUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        ["temperature"] = "K", ["processing temperature"] = "K", ["current density"] = "A/m2", ["pressure"] = "Pa", ["cycles"] = "cycles", ["rate"] = "Hz",
        ["areal capacity"] = Unit.Parse("mAh/cm2").GetValueOrThrow().SiSymbol, ["time"] = Unit.Parse("h").GetValueOrThrow().SiSymbol,
        ["relative humidity"] = Unit.Parse("%").GetValueOrThrow().SiSymbol,
    };

    /// <summary>A condition's bounds in SI; bounds need a unit, which must fit the bounds' meaning.</summary>
    internal static Parsed<ConditionBounds> ConditionBounds(ConditionFilter condition)
    {
        if (string.IsNullOrWhiteSpace(condition.Name))
        {
            return Parsed<ConditionBounds>.Failure("condition.name must name a condition, e.g. \"temperature\"");
        }

        var value = condition.Value;
        if (value is null || !value.HasBounds)
        {
            return Parsed<ConditionBounds>.Success(new ConditionBounds(condition.Name.Trim()));
        }

        var unit = value.Unit is null ? Parsed<Unit>.Failure("no unit") : UnitCache.Parse(value.Unit);
        if (!unit.Ok)
        {
            return Parsed<ConditionBounds>.Failure($"condition.value needs a readable unit for its bounds (got \"{value.Unit}\")");
        }

        if (ConditionUnits.TryGetValue(condition.Name.Trim(), out var expected) && unit.Value!.SiSymbol != expected)
        {
            return Parsed<ConditionBounds>.Failure($"condition.value.unit \"{value.Unit}\" cannot measure {condition.Name.Trim()} (in {expected})");
        }

        double? Si(double? v) => v is { } x ? unit.Value!.ToSi(x) : null;
        return Parsed<ConditionBounds>.Success(new ConditionBounds(condition.Name.Trim(), Si(value.Gte), Si(value.Lte), Si(value.Gt), Si(value.Lt)));
    }

    /// <summary>True when the query cannot match anything (an empty <c>in</c>, or <c>eq</c> outside <c>in</c>).</summary>
    public static bool MatchesNothing(MeasurementQuery query) =>
        query.Properties is { Count: 0 } || query.SubjectKinds is { Count: 0 } || query.Limit == 0;

    private static Parsed<MeasurementQuery> WithValue(MeasurementQuery query, QuantityFilter value, IReadOnlyList<Property>? properties)
    {
        Unit unit;
        if (value.Unit is not null)
        {
            var parsed = UnitCache.Parse(value.Unit);
            if (!parsed.Ok)
            {
                return Parsed<MeasurementQuery>.Failure(
                    $"value.unit \"{value.Unit}\" is not a unit that can be read ({parsed.Error}){Expectation(properties)}");
            }

            unit = parsed.Value!;
            if (properties is not null && !properties.Any(p => PropertyVocabulary.Get(p).Accepts(unit)))
            {
                return Parsed<MeasurementQuery>.Failure(
                    $"value.unit \"{value.Unit}\" (a unit of {unit.SiSymbol}) cannot measure {Describe(properties)}{Expectation(properties)}");
            }
        }
        else if (!value.HasBounds)
        {
            return Parsed<MeasurementQuery>.Success(query);
        }
        else if (properties is null)
        {
            return Parsed<MeasurementQuery>.Failure(
                "value bounds need value.unit when no property is given, e.g. value: { gt: 2, unit: \"mA/cm2\" }");
        }
        else
        {
            var units = properties.Select(p => PropertyVocabulary.Get(p).Unit).ToList();
            if (units.Select(u => u.Dimension).Distinct().Count() > 1)
            {
                return Parsed<MeasurementQuery>.Failure(
                    $"value bounds without value.unit are ambiguous: {Describe(properties)} have different units; give value.unit");
            }

            unit = units[0];
        }

        var bounds = new[] { value.Gt, value.Gte, value.Lt, value.Lte }.Select(b => b is { } v ? unit.ToSi(v) : (double?)null).ToArray();
        if (bounds.Any(b => b is { } v && !double.IsFinite(v)))
        {
            return Parsed<MeasurementQuery>.Failure($"a value bound is out of range once converted from {unit.Symbol} to {unit.SiSymbol}");
        }

        return Parsed<MeasurementQuery>.Success(query with
        {
            SiUnit = unit.SiSymbol,
            GreaterThan = Nudge(bounds[0], up: true),
            AtLeast = Nudge(bounds[1], up: false),
            LessThan = Nudge(bounds[2], up: false),
            AtMost = Nudge(bounds[3], up: true),
        });
    }

    private static double? Nudge(double? bound, bool up) =>
        bound is { } b ? b + ((up ? 1 : -1) * Math.Abs(b) * RelativeTolerance) : null;

    private static List<T>? Combine<T>(T? eq, IReadOnlyList<T>? @in)
        where T : struct, Enum
    {
        if (eq is { } e)
        {
            return @in is null || @in.Contains(e) ? [e] : [];
        }

        return @in?.Distinct().ToList();
    }

    private static string Describe(IReadOnlyList<Property> properties) =>
        string.Join(", ", properties.Select(p => $"{EnumName(p)} (in {PropertyVocabulary.Get(p).Unit.SiSymbol})"));

    private static string Expectation(IReadOnlyList<Property>? properties)
    {
        if (properties is null || properties.Count == 0)
        {
            return string.Empty;
        }

        var expected = properties.Select(p => PropertyVocabulary.Get(p).Unit).DistinctBy(u => u.Dimension)
            .Select(u => $"{u.SiSymbol} (e.g. {u.Symbol})");
        return $"; {string.Join(", ", properties.Select(EnumName))} expects a unit convertible to {string.Join(" or ", expected)}";
    }

    /// <summary>The GraphQL name of a property, as clients wrote it: CRITICAL_CURRENT_DENSITY.</summary>
    internal static string EnumName(Property property) => GraphQL.StringExtensions.ToConstantCase(property.ToString());
}
