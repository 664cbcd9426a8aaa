using System.Text.RegularExpressions;
using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Materials;
using LlzoGraph.Core.Units;

namespace LlzoGraph.Extraction.Quantities;

/// <summary>
/// Finds quantities in a sentence: a number (or range, or "from X to Y", or a central value with its spread, "x ± y")
/// followed by the longest run of tokens that the unit grammar accepts. Numbers without a unit are not quantities.
/// </summary>
public static partial class QuantityFinder
{
    private const int MaxUnitTokens = 4;

    /// <summary>Whether the character at <paramref name="index"/> lies inside a quantity after its first character: the unit of "10 nm".</summary>
    public static bool WithinQuantity(string sentence, int index) => Find(sentence).Any(q => q.Start < index && index < q.End);

    public static IReadOnlyList<QuantityMention> Find(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var text = PowersOfTenWithHyphens(sentence); // read with the powers marked; each quantity's text is written as given
        var found = new List<QuantityMention>();
        var position = 0;
        while (position < text.Length)
        {
            var m = Candidate().Match(text, position);
            if (!m.Success)
            {
                break;
            }

            position = m.Index + Math.Max(1, m.Length);
            if (m.Index > 0 && (char.IsLetter(text[m.Index - 1]) || text[m.Index - 1] is '-' or '_' or '.' or '/' or ',' && m.Groups["pre"].Length == 0 && m.Index > 1 && char.IsLetterOrDigit(text[m.Index - 2])))
            {
                continue; // part of a name such as "NCM811", "Li-7" or "Fig. 1", or a thousands group of "1,000"
            }

            if (Label().IsMatch(text.AsSpan(0, m.Groups["a"].Index)))
            {
                continue; // the number of a figure, table or equation: "Fig. 1g" is no gram, nor "3m" in "Figs. 2c and 3m"
            }

            if (OrbitalLetter().IsMatch(text.AsSpan(m.Groups["a"].Index + m.Groups["a"].Length))
                && Orbital().Match(text, 0, m.Index) is { Success: true } symbol && Elements.IsSymbol(symbol.Groups["symbol"].Value))
            {
                continue; // a core level an XPS spectrum names: "C 1s", "Zr 3d₅/₂" is no second or day
            }

            if (!m.Groups["b"].Success && WyckoffSite().IsMatch(text.AsSpan(m.Groups["a"].Index + m.Groups["a"].Length)))
            {
                continue; // a crystal site by its Wyckoff label: "tetrahedral 24d and octahedral 96h sites" is no day or hour
            }

            var unitStart = m.Index + m.Length;
            var (unit, unitEnd) = ReadUnit(text, unitStart);
            if (unit is null && !m.Groups["b"].Success && HyphenatedSize(text, unitStart) is { } size)
            {
                (unit, unitEnd) = size; // "a 10-nm LiNbO₃ layer", "a 2-h anneal"
            }

            if (unit is null && !m.Groups["b"].Success && ListOfValues(sentence, text, m) is { Count: > 0 } listed)
            {
                found.AddRange(listed); // "0.1, 0.6 and 0.9 mA cm⁻²"
                position = listed[^1].End;
                continue;
            }

            // "1.04 ± 0.02 Ω cm²" and "(6.2 ± 0.3) × 10⁻⁴ S cm⁻¹" report their central value; the spread stays in the text
            if (unit is null || !NumberText.TryParse(m.Groups["a"].Value + (m.Groups["exp"].Success ? " " + m.Groups["exp"].Value : ""), out var a))
            {
                continue;
            }

            double? b = null;
            if (m.Groups["b"].Success && NumberText.TryParse(m.Groups["b"].Value, out var upper))
            {
                b = upper;
                a = SharedPowerOfTen(m.Groups["a"].Value, a, m.Groups["b"].Value);
            }

            var lead = m.Groups["lead"].Value.Trim().ToLowerInvariant();
            var qualifier = Qualify(WithoutApproximation(m.Groups["pre"].Value.Trim().ToLowerInvariant()));
            var leadQualifies = m.Groups["pre"].Length == 0 && (lead == "about" || (lead == "over" && unit.Dimension != Dimension.Items));
            if (leadQualifies)
            {
                qualifier = Qualify(lead); // "about 5 h", "over 1000 h": the lead word is the qualifier ("over 500 cycles" stays a count)
            }

            // the quantity's text starts at its number or qualifier ("over 1000 h"), not at a word that introduces it
            var start = m.Groups["lead"].Success && !leadQualifies ? m.Groups["lead"].Index + m.Groups["lead"].Length : m.Index;
            if (Emphasis().IsMatch(m.Groups["pre"].Value))
            {
                start = m.Groups["pre"].Index + m.Groups["pre"].Length; // "as high as 2 mA cm⁻²" stresses the value, it does not qualify it
            }
            var written = sentence[start..unitEnd].Trim();
            if (b is not null && IsList(text, m))
            {
                // "500 and 450 °C" lists two values with one unit; "between 500 and 450 °C" is a range
                var firstEnd = m.Groups["a"].Index + m.Groups["a"].Length;
                found.Add(new QuantityMention(start, firstEnd, new Quantity(a, unit, qualifier, text: sentence[start..firstEnd]), lead, null));
                var second = m.Groups["b"].Index;
                found.Add(new QuantityMention(second, unitEnd, new Quantity(b.Value, unit, Qualifier.Exact, text: sentence[second..unitEnd].Trim()), lead, null)); // "at 500 and 450 °C": both "at"
                position = unitEnd;
                continue;
            }

            Quantity quantity;
            double? before = null;
            if ((m.Groups["from"].Success || lead == "from") && b is not null && IsChange(text, m.Index))
            {
                before = a;
                quantity = new Quantity(b.Value, unit, qualifier, text: written);
            }
            else if (b is not null)
            {
                quantity = new Quantity(Math.Min(a, b.Value), unit, Qualifier.Range, Math.Max(a, b.Value), written);
            }
            else
            {
                quantity = new Quantity(a, unit, qualifier, text: written);
            }

            found.Add(new QuantityMention(start, unitEnd, quantity, lead, before));
            position = unitEnd;
        }

        return JoinFromTo(sentence, found);
    }

    /// <summary>
    /// Three or more numbers listed with one unit after the last ("0.1, 0.6 and 0.9 mA cm⁻²", "1, 2, and 5 h"): each a
    /// value in that unit; none when the list ends without a unit.
    /// </summary>
    private static List<QuantityMention> ListOfValues(string sentence, string text, Match first)
    {
        var a = first.Groups["a"];
        var list = NumberList().Match(text, a.Index + a.Length);
        if (!list.Success || list.Index != a.Index + a.Length)
        {
            return [];
        }

        var last = list.Groups["n"].Captures[^1];
        var (unit, unitEnd) = ReadUnit(text, last.Index + last.Length + (text.Length > last.Index + last.Length && text[last.Index + last.Length] == ' ' ? 1 : 0));
        if (unit is null)
        {
            return [];
        }

        var lead = first.Groups["lead"].Value.Trim().ToLowerInvariant();
        var numbers = new List<(int Start, int End)> { (a.Index, a.Index + a.Length) };
        numbers.AddRange(list.Groups["n"].Captures.Select(c => (c.Index, c.Index + c.Length)));
        var result = new List<QuantityMention>();
        for (var k = 0; k < numbers.Count; k++)
        {
            var (start, end) = numbers[k];
            if (!NumberText.TryParse(text[start..end], out var value))
            {
                return [];
            }

            end = k == numbers.Count - 1 ? unitEnd : end;
            result.Add(new QuantityMention(start, end, new Quantity(value, unit, Qualifier.Exact, text: sentence[start..end].Trim()), lead)); // "at 0.1, 0.2 and 0.5 mA cm⁻²": each "at"
        }

        return result;
    }

    /// <summary>
    /// The sentence with each power of ten that a conversion wrote with a hyphen for its lost superscript minus given a
    /// minus sign instead (same length, so every offset holds): one of a pair ("10-4 to 10-3 S/cm") and one that would
    /// otherwise read as a falling range ("10-8 S/cm"). "10-20 nm" stays a range.
    /// </summary>
    private static string PowersOfTenWithHyphens(string sentence)
    {
        if (!sentence.Contains("10-", StringComparison.Ordinal))
        {
            return sentence;
        }

        var chars = sentence.ToCharArray();
        foreach (Match m in HyphenPowerOfTen().Matches(sentence))
        {
            chars[m.Groups["dash"].Index] = '−';
        }

        return new string(chars);
    }

    /// <summary>
    /// "from 2 mS cm⁻¹ to 5 mS cm⁻¹", each number with its unit, is one change (after a verb of change) or one range.
    /// </summary>
    private static List<QuantityMention> JoinFromTo(string text, List<QuantityMention> found)
    {
        for (var i = 0; i + 1 < found.Count; i++)
        {
            var (from, to) = (found[i], found[i + 1]);
            if (from.Lead != "from" || from.Before is not null || from.Quantity.UpperValue is not null || to.Quantity.UpperValue is not null
                || !text[from.End..to.Start].Trim().Equals("to", StringComparison.OrdinalIgnoreCase)
                || !from.Quantity.Unit.IsCompatibleWith(to.Quantity.Unit))
            {
                continue;
            }

            var unit = to.Quantity.Unit;
            var first = from.Quantity.Unit.ConvertTo(from.Quantity.Value, unit).GetValueOrThrow();
            var written = text[from.Start..to.End];
            var joined = IsChange(text, from.Start)
                ? new QuantityMention(from.Start, to.End, new Quantity(to.Quantity.Value, unit, to.Quantity.Qualifier, text: written), from.Lead, first)
                : new QuantityMention(from.Start, to.End, new Quantity(Math.Min(first, to.Quantity.Value), unit, Qualifier.Range, Math.Max(first, to.Quantity.Value), written), from.Lead);
            found[i] = joined;
            found.RemoveAt(i + 1);
        }

        return found;
    }

    /// <summary>Whether "X and Y unit" lists two values: joined by "and", not after "between".</summary>
    private static bool IsList(string text, Match m) =>
        m.Groups["sep"].Value.Equals("and", StringComparison.OrdinalIgnoreCase)
        && !text[..m.Index].TrimEnd().EndsWith("between", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether "from X to Y" at <paramref name="index"/> follows a verb of change in its clause ("decreased from",
    /// "lowered the Li|LLZO|Li overpotential at 0.1 mA cm⁻² from"), not "ranging from". The clause ends at a bracket or
    /// at punctuation before a space, not at the point of a number or formula ("Li6.4La3Zr1.4Ta0.6O12").
    /// </summary>
    private static bool IsChange(string text, int index)
    {
        var before = text[Math.Max(0, index - 100)..index];
        var bounds = ClauseBound().Matches(before);
        return ChangeVerb().IsMatch(bounds.Count > 0 ? before[(bounds[^1].Index + bounds[^1].Length)..] : before);
    }

    [GeneratedRegex(@"[,;.](?=\s)|\(")]
    private static partial Regex ClauseBound();

    /// <summary>The longest run of up to four tokens after <paramref name="start"/> that parses as a unit.</summary>
    private static (Unit? Unit, int End) ReadUnit(string text, int start)
    {
        var tokens = UnitToken().Matches(text[start..Math.Min(text.Length, start + 40)]);
        Unit? best = null;
        var bestEnd = start;
        for (var k = 0; k < Math.Min(MaxUnitTokens, tokens.Count); k++)
        {
            if (k > 0 && text.AsSpan(start + tokens[k - 1].Index + tokens[k - 1].Length, tokens[k].Index - tokens[k - 1].Index - tokens[k - 1].Length) is var gap
                && !(gap.IsEmpty || gap is " "))
            {
                break; // more than one space between tokens, or a bracket: "(0.3 mA cm⁻²)." ends at the bracket
            }

            if (k == 0 && tokens[0].Index > 1)
            {
                break;
            }

            var end = start + tokens[k].Index + tokens[k].Length;
            var unitText = WithoutCitation(text[start..end]).TrimEnd('.'); // "… 2 mA cm⁻²." ends a sentence, not the unit
            end = start + unitText.Length;
            var parsed = Unit.Parse(unitText);
            if (parsed.Ok)
            {
                best = parsed.Value;
                bestEnd = end;
            }
        }

        return (best, bestEnd);
    }

    /// <summary>A length or time joined to its number by a hyphen, as an adjective before a noun ("10-nm", "1.5-μm", "2-h").</summary>
    private static (Unit Unit, int End)? HyphenatedSize(string text, int hyphen)
    {
        if (hyphen + 1 >= text.Length || text[hyphen] != '-' || !char.IsLetter(text[hyphen + 1]))
        {
            return null;
        }

        var end = hyphen + 1;
        while (end < text.Length && (char.IsLetter(text[end]) || text[end] is 'µ' or 'μ'))
        {
            end++; // the unit ends at the next hyphen or space: "20-µm-thick"
        }

        return Unit.Parse(text[(hyphen + 1)..end]) is { Ok: true, Value: { } unit } && (unit.Dimension == Dimension.L || unit.Dimension == Dimension.T)
            ? (unit, end)
            : null;
    }

    /// <summary>A unit without the citation marker a conversion glued after the full stop ("cm².¹³⁹", "cm⁻².163").</summary>
    private static string WithoutCitation(string unitText)
    {
        var stop = unitText.LastIndexOf('.');
        return stop > 0 && stop < unitText.Length - 1 && unitText[(stop + 1)..].All(c => char.IsAsciiDigit(c) || c is ',' or '–' or '-' or '⁰' or '¹' or '²' or '³' or (>= '⁴' and <= '⁹'))
            ? unitText[..stop]
            : unitText;
    }

    /// <summary>
    /// The first number of a pair whose power of ten is written once, after the second ("2–4 × 10⁻⁴" is 2 × 10⁻⁴ to
    /// 4 × 10⁻⁴): a mantissa below ten with no power of its own takes the second's.
    /// </summary>
    private static double SharedPowerOfTen(string first, double value, string second)
    {
        var power = Factor().Match(second);
        return power.Success && !Factor().IsMatch(first) && !first.StartsWith("10", StringComparison.Ordinal) && Math.Abs(value) < 10
            && NumberText.TryParse("1 " + power.Value, out var factor)
            ? value * factor
            : value;
    }

    [GeneratedRegex(NumberText.TimesPowerOfTen)]
    private static partial Regex Factor();

    /// <summary>A bound written with an approximation after it ("above ~2.9 V", "up to about 700 °C") is the bound.</summary>
    private static string WithoutApproximation(string pre) =>
        pre.Length <= 1 ? pre : ApproximationAfterBound().Replace(pre.TrimEnd('~', '≈').TrimEnd(), "");

    [GeneratedRegex(@"(?<=\w)\s+(?:about|approximately|around|roughly|nearly)$")]
    private static partial Regex ApproximationAfterBound();

    private static Qualifier Qualify(string pre) => pre switch
    {
        "~" or "≈" or "about" or "approximately" or "around" or "nearly" or "ca." or "roughly" => Qualifier.Approximately,
        "<" or "less than" or "below" or "lower than" or "under" => Qualifier.LessThan,
        "≤" or "up to" or "at most" or "no more than" => Qualifier.AtMost,
        ">" or "more than" or "over" or "above" or "beyond" or "higher than" or "exceed" or "exceeded" or "exceeding" or "exceeds" => Qualifier.GreaterThan,
        "≥" or "at least" => Qualifier.AtLeast,
        _ => Qualifier.Exact,
    };

    /// <summary>The rest of a list of two or more further numbers: ", 0.6 and 0.9", ", 2, and 5", ", 2, 5".</summary>
    [GeneratedRegex(@"\G(?:\s*,\s*(?<n>" + NumberText.Pattern + @")){1,}?(?:\s*,?\s*(?:and|or)\s+(?<n>" + NumberText.Pattern + @"))")]
    private static partial Regex NumberList();

    /// <summary>A "10-n" that is a power of ten: the first or second of a pair, or one whose exponent is a single digit (a range cannot fall).</summary>
    [GeneratedRegex(@"(?<![\w.,−-])10(?<dash>-)(?:\d{1,2}(?![\d.,])(?=\s*(?:to|–|~|and)\s*10[-−]\d)|(?<=(?<![\w.,])10[-−]\d{1,2}\s*(?:to|–|~|and)\s*10-)\d{1,2}(?![\d.,])|[1-9](?![\d.,\-–]))")]
    private static partial Regex HyphenPowerOfTen();

    [GeneratedRegex(@"(?<lead>\b(?:at|under|of|to|for|by|with|in|over|after|from|reaching|is|was|were|be|about)\s+)?(?<pre>(?:~|≈|<|>|≤|≥|about|approximately|around|nearly|ca\.|roughly|less than|more than|lower than|higher than|up to|at most|at least|no more than|as high as|as low as|over|above|beyond|below|exceed(?:s|ed|ing)?)\s*(?:[~≈]\s*|(?<=\w\s+)(?:about|approximately|around|roughly|nearly)\s+)?)?(?<from>from\s+)?(?:\(\s*(?<a>" + NumberText.Pattern + @")\s*±\s*(?<pm>" + NumberText.Pattern + @")\s*\)\s?(?<exp>" + NumberText.TimesPowerOfTen + @")|(?<a>" + NumberText.Pattern + @")(?:\s*±\s*(?<pm>" + NumberText.Pattern + @"))?)(?:\s*(?<sep>[-–−~]|to|and)\s*(?:[~≈∼]\s*)?(?<b>" + NumberText.Pattern + @"))?\s?", RegexOptions.IgnoreCase)]
    private static partial Regex Candidate();

    /// <summary>A letter glued to a number, in a list of such labels that ends in "sites" or "positions" (Wyckoff labels: "8a, 16f and 32g sites").</summary>
    [GeneratedRegex(@"^[a-z](?:(?:\s*,\s*|\s+(?:and|or)\s+)(?:(?:tetrahedral|octahedral)\s+)?\d{1,3}[a-z])*\s+(?:(?:tetrahedral|octahedral|interstitial|Li|lithium)\s+)?(?:sites?|positions?)\b")]
    private static partial Regex WyckoffSite();

    /// <summary>An element symbol right before a number: with an orbital letter glued to it, the number names a core level.</summary>
    [GeneratedRegex(@"\b(?<symbol>[A-Z][a-z]?)\s$")]
    private static partial Regex Orbital();

    [GeneratedRegex(@"^[spdf](?![\p{L}])")]
    private static partial Regex OrbitalLetter();

    [GeneratedRegex(@"\b(?:Fig(?:ure)?s?|Tables?|Eqs?|Equations?|Schemes?|Sections?|Refs?)\.?\s*(?:S?\d+[a-zA-Z]?\s*(?:,|and|&|–|-)\s*)*$", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    /// <summary>Words that stress a value or are a verb of it, not a qualifier written with it ("as high as", "exceeding").</summary>
    [GeneratedRegex(@"^(?:as (?:high|low) as|exceed(?:s|ed|ing)?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\b(?:decreas|reduc|increas|improv|enhanc|drop|declin|lower|rais|rose|rise|rising|boost|fell|fall|grew|grow|jump|chang|cut|shr[ai]nk|dimin|climb|soar|plummet|went|go(?:es)?\b|elevat|extend|prolong|lift|suppress|promot)\w*", RegexOptions.IgnoreCase)]
    private static partial Regex ChangeVerb();

    [GeneratedRegex(@"[^\s,;:()\[\]]+")]
    private static partial Regex UnitToken();
}
