using GraphQL;
using LlzoGraph.Core.Units;

namespace LlzoGraph.Api.Schema;

/// <summary>
/// The <c>value(unit:)</c> arguments: a stored SI value expressed in the unit a client asks for. A unit that cannot
/// be read, or that measures something else, is a field error naming the unit and what the value is in.
/// </summary>
internal static class ValueConversion
{
    public const string InvalidUnitCode = "INVALID_UNIT";

    /// <summary>The SI value <paramref name="si"/> (in <paramref name="siUnit"/>) expressed in <paramref name="target"/>.</summary>
    public static double FromSi(double si, string siUnit, string target, string what) => Resolve(siUnit, target, what).FromSi(si);

    /// <summary>
    /// A value reported in <paramref name="reportedUnit"/> expressed in <paramref name="target"/> (for numbers the store
    /// keeps only as reported, such as the upper end of a range).
    /// </summary>
    public static double FromReported(double value, string reportedUnit, string siUnit, string target, string what)
    {
        var to = Resolve(siUnit, target, what);
        var from = UnitCache.Parse(reportedUnit);
        if (!from.Ok || !from.Value!.IsCompatibleWith(to))
        {
            throw new ExecutionError($"{what} was reported in \"{reportedUnit}\", which cannot be converted to \"{target}\"")
            {
                Code = InvalidUnitCode,
            };
        }

        return to.FromSi(from.Value.ToSi(value));
    }

    /// <summary>A quantity a client gives (a value, an optional upper bound, a unit); an unreadable unit or a non-finite number is an INVALID_UNIT error.</summary>
    public static Core.Facts.Quantity Quantity(double value, double? upper, string unitText, string what)
    {
        var unit = UnitCache.Parse(unitText);
        if (!unit.Ok)
        {
            throw new ExecutionError($"unit \"{unitText}\" of the {what} is not a unit that can be read ({unit.Error})") { Code = InvalidUnitCode };
        }

        if (!double.IsFinite(value) || upper is { } u && !double.IsFinite(u))
        {
            throw new ExecutionError($"the {what} must be a finite number") { Code = InvalidUnitCode };
        }

        return new Core.Facts.Quantity(value, unit.Value!, upperValue: upper);
    }

    private static Unit Resolve(string siUnit, string target, string what)
    {
        var parsed = UnitCache.Parse(target);
        if (!parsed.Ok)
        {
            throw new ExecutionError($"unit \"{target}\" is not a unit that can be read ({parsed.Error}); {what} is in {siUnit}")
            {
                Code = InvalidUnitCode,
            };
        }

        var unit = parsed.Value!;
        var stored = UnitCache.Parse(siUnit);
        var compatible = stored.Ok ? stored.Value!.IsCompatibleWith(unit) : unit.SiSymbol == siUnit;
        if (!compatible)
        {
            throw new ExecutionError(
                $"unit \"{target}\" (a unit of {unit.SiSymbol}) cannot express {what}, which is in {siUnit}; ask for a unit convertible to {siUnit}")
            {
                Code = InvalidUnitCode,
            };
        }

        return unit;
    }
}
