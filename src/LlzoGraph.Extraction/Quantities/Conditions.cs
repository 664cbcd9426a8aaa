using System.Text.RegularExpressions;
using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Units;

namespace LlzoGraph.Extraction.Quantities;

/// <summary>
/// Tells conditions from results: a temperature or a C-rate, or a current density, pressure or cycle count
/// introduced by "at", "under", "with", "after" (or "a stack pressure of"), and the charge a stripping test passes
/// after its current density ("0.1 mA cm⁻² and 0.1 mAh cm⁻²"), qualifies another value rather than being one (a temperature a
/// sample was made at, "annealed at 500 °C", is a processing temperature, not one the value was measured at); one a comparison
/// introduces ("compared with 0.2 mA cm⁻²") is a value.
/// </summary>
public static partial class Conditions
{
    private static readonly Unit CurrentDensity = Unit.Parse("A/m2").GetValueOrThrow();
    private static readonly Unit Pressure = Unit.Parse("Pa").GetValueOrThrow();
    private static readonly Unit ArealCharge = Unit.Parse("mAh/cm2").GetValueOrThrow();
    private static readonly Unit Kelvin = Unit.Parse("K").GetValueOrThrow();
    private static readonly Unit Celsius = Unit.Parse("°C").GetValueOrThrow();
    private static readonly Unit Hours = Unit.Parse("h").GetValueOrThrow();

    /// <summary>The condition name a mention of <paramref name="sentence"/> stands for, read from the text on both sides of it.</summary>
    public static string? NameIn(string sentence, QuantityMention mention) =>
        NameOf(mention, sentence[..mention.Start], sentence.AsSpan(mention.End));

    /// <summary>The condition name a mention stands for, or null when it is a result.</summary>
    /// <param name="mention">The quantity.</param>
    /// <param name="before">The sentence text before the quantity, which may introduce it ("at a current density of").</param>
    /// <param name="after">The sentence text after the quantity, which may say what it measures ("7 days in air", "40% relative humidity").</param>
    public static string? NameOf(QuantityMention mention, string before = "", ReadOnlySpan<char> after = default)
    {
        var unit = mention.Quantity.Unit;
        if (unit.Dimension == Hours.Dimension && mention.Lead == "after" && Exposure().IsMatch(after))
        {
            return "time"; // "remained below 15 Ω cm² after 7 days in air": how long the sample was exposed or run
        }

        if (unit.Symbol == "%" && Humidity().IsMatch(after))
        {
            return "relative humidity";
        }

        if (unit.Dimension == CurrentDensity.Dimension && EndsInFailure(before))
        {
            return null; // "the cell short-circuited at 0.3 mA cm⁻²": where it failed, its critical current density
        }

        if (unit.Dimension == CurrentDensity.Dimension && IntroducedCurrentDensity().IsMatch(before))
        {
            return "current density";
        }

        if (unit.Dimension == Pressure.Dimension && IntroducedPressure().IsMatch(before))
        {
            return "pressure";
        }

        if (unit.Dimension == Pressure.Dimension && MakingStep().IsMatch(before))
        {
            return null; // "hot-pressed at 40 MPa": a setting of how the sample was made, as its temperature is
        }

        if (unit.Dimension == ArealCharge.Dimension && AfterCurrentDensity().IsMatch(before))
        {
            return "areal capacity"; // a stripping test's "at 0.1 mA cm⁻² and 0.1 mAh cm⁻²": the charge passed per half-cycle
        }

        // "compared with 0.2 mA cm⁻²" gives the value it is compared with, not a condition of it
        var lead = mention.Lead.Length == 0 && JoinedToCondition(unit, before) ? "at" : mention.Lead; // "At 60 °C and 0.3 mA cm⁻²"
        var introduced = lead is "at" or "under" or "with" or "after" or "over" or "for" or "in" && !ComparedWith().IsMatch(before);
        if (unit.Dimension == Kelvin.Dimension)
        {
            return MakingStep().IsMatch(before) ? "processing temperature" : "temperature";
        }

        if (unit.IsCRate)
        {
            return "rate";
        }

        if (!introduced)
        {
            return null;
        }

        if (unit.Dimension == CurrentDensity.Dimension && lead is "at" or "under" or "with")
        {
            return "current density";
        }

        if (unit.Dimension == Pressure.Dimension && lead is "at" or "under" or "with")
        {
            return "pressure";
        }

        return unit.Dimension == Dimension.Items && lead is "after" or "over" or "for" ? "cycles" : null;
    }

    /// <summary>Whether the text before a value ends with a cell failing at it ("failed at", "short-circuited at").</summary>
    public static bool EndsInFailure(string before) => FailedAt().IsMatch(before);

    /// <summary>Whether the text before a value ends by comparing it with another ("compared with", "versus").</summary>
    public static bool IntroducesComparison(string before) => ComparedWith().IsMatch(before);

    /// <summary>
    /// Whether the value is joined by "and" to a condition introduced by "at" or "under" ("At 60 °C and 0.3 mA cm⁻²"),
    /// and not a second result parallel to one of its own dimension that condition follows ("a CCD of 0.9 mA cm⁻² at
    /// 25 °C and 2.2 mA cm⁻² at 60 °C").
    /// </summary>
    private static bool JoinedToCondition(Unit unit, string before)
    {
        var joined = AfterConditionAnd().Match(before);
        if (!joined.Success)
        {
            return false;
        }

        var head = before[..joined.Index].TrimEnd();
        var found = QuantityFinder.Find(head);
        var previous = found.Count > 0 ? found[^1] : null;
        return previous is null || previous.End != head.Length || previous.Quantity.Unit.Dimension != unit.Dimension;
    }

    /// <summary>Conditions stated in words: "at room temperature" is 25 °C.</summary>
    public static IEnumerable<(int Position, Condition Condition)> InWords(string text)
    {
        foreach (Match m in RoomTemperature().Matches(text))
        {
            yield return (m.Index, new Condition("temperature", new Quantity(25, Celsius, Qualifier.Approximately, text: m.Value)));
        }
    }

    [GeneratedRegex(@"\b(?:failed|fails|fail|short[- ]?circuited|short[- ]?circuits|shorted|shorts)\s+(?:already\s+|only\s+|even\s+)?at\s+(?:a\s+current\s+density\s+of\s+)?[~≈]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex FailedAt();

    [GeneratedRegex(@"(?<!critical\s)\bcurrent densit(?:y|ies)\s*(?:of|=|:)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex IntroducedCurrentDensity();

    /// <summary>A condition introduced by "at" or "under", then "and": the next value is introduced by it too.</summary>
    [GeneratedRegex(@"\b(?:at|under)\s+[~≈]?\s*\d[\d.,]*\s*[^\s\d,;][^\s,;]*(?:\s[^\s\d,;][^\s,;]*)?\s+and\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AfterConditionAnd();

    [GeneratedRegex(@"\b(?:stack(?:ing)?|external|applied)\s+pressures?\s*(?:of|=|:)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex IntroducedPressure();

    [GeneratedRegex(@"\d\s*[mµμ]?A\s*(?:/\s*)?cm\S*\s+and\s*$")]
    private static partial Regex AfterCurrentDensity();

    /// <summary>A step of making the sample right before a temperature or pressure ("annealed in Ar at", "after heat treatment of Li₇La₃Zr₂O₁₂ at", "SPS at", "carbothermal reduction at", "cells assembled at", "densified at 1100 °C under").</summary>
    [GeneratedRegex(@"\b(?:anneal\w*|sinter\w*|calcin\w*|heat(?:ed|ing)|treat(?:ed|ment)|quench\w*|dried|drying|press(?:ed|ing)|deposit(?:ed|ion)|grown|synthesi[sz]\w*|fir(?:ed|ing)|(?:(?:carbo)?thermal|carbon)\s+reduction|infiltrat\w*|mill(?:ed|ing)|melt(?:ed|ing)|assembl(?:ed|ing)|densif(?:ied|ying|ication)|SPS)\s+(?:[^\s,;]+\s+){0,3}?(?:at|to|at\s+[^\s,;]+(?:\s+[^\s,;]+)?\s+under)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex MakingStep();

    [GeneratedRegex(@"\b(?:compared|comparison|relative)\s+(?:with|to)\s*$|\b(?:versus|vs\.?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ComparedWith();

    /// <summary>What a time after which a value was measured was spent in: air or humidity, storage, exposure or operation.</summary>
    [GeneratedRegex(@"^\s*(?:at\s+\d[\d.]*\s*%|(?:(?:in|under)\s+(?:(?:dry|moist|humid|wet|ambient|laboratory|open)\s+)?air|of\s+(?:air\s+)?(?:exposure|storage|ageing|aging|operation)|(?:in|under)\s+(?:storage|ambient))\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Exposure();

    [GeneratedRegex(@"^\s*(?:relative\s+humidity|RH)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Humidity();

    [GeneratedRegex(@"\b(?:room|ambient)[\s-]temperature\b|\bRT\b", RegexOptions.IgnoreCase)]
    private static partial Regex RoomTemperature();
}
