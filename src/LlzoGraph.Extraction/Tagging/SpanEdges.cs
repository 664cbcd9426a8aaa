namespace LlzoGraph.Extraction.Tagging;

/// <summary>
/// Mends the edges of a decoded span: separators ("/", ",", "=", a lone dash) and function words ("of", "the") at
/// either end are not part of an entity, nor are brackets around it ("(LSM)" → "LSM"). A span that opens a bracket inside and ends before its
/// closing token takes that token in ("SrMo₁₋ₓMgₓO₃ (x = 0.1" + ")").
/// </summary>
internal static class SpanEdges
{
    private static readonly HashSet<string> Separators = ["/", ",", ";", ":", "=", "-", "–", "—", "|", "+", "&"];

    /// <summary>Function words no entity starts or ends with ("cycling of", "of its initial capacity").</summary>
    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "for", "the", "an", "its", "their", "at", "on", "with", "and", "or", "to", "by", "as",
    };

    /// <summary>The mended first and last token of the span, or null when nothing but separators is left.</summary>
    public static (int First, int Last)? Repair(IReadOnlyList<Token> tokens, int first, int last)
    {
        last = BeforeBreak(tokens, first, last);
        while (true)
        {
            if (first > last)
            {
                return null;
            }

            if (Separators.Contains(tokens[first].Text) || FunctionWords.Contains(tokens[first].Text) || IsClosing(tokens[first].Text) || IsOpening(tokens[first].Text))
            {
                first++;
            }
            else if (Separators.Contains(tokens[last].Text) || FunctionWords.Contains(tokens[last].Text) || tokens[last].Text == "in" || IsOpening(tokens[last].Text))
            {
                last--;
            }
            else
            {
                break;
            }
        }

        var open = Unclosed(tokens, first, last);
        if (open > 0 && last + 1 < tokens.Count && IsClosing(tokens[last + 1].Text))
        {
            return (first, last + 1);
        }

        if (IsClosing(tokens[last].Text) && open < 0 && last > first)
        {
            return Repair(tokens, first, last - 1);
        }

        return (first, last);
    }

    /// <summary>
    /// The last token before a break inside the span: a closing bracket it did not open ("600 °C)11" ends at "°C") or a
    /// comma or semicolon outside its brackets ("LSTO, M" ends at "LSTO"; "(x = 0.1, 0.2)" holds its comma).
    /// </summary>
    private static int BeforeBreak(IReadOnlyList<Token> tokens, int first, int last)
    {
        var depth = 0;
        for (var t = first + 1; t <= last; t++)
        {
            var text = tokens[t].Text;
            if (IsOpening(text))
            {
                depth++;
            }
            else if (IsClosing(text) && --depth < 0 || depth == 0 && text is "," or ";")
            {
                return t - 1;
            }
        }

        return last;
    }

    /// <summary>Brackets opened and not closed within the span (negative when more close than open).</summary>
    private static int Unclosed(IReadOnlyList<Token> tokens, int first, int last)
    {
        var depth = 0;
        for (var t = first; t <= last; t++)
        {
            if (IsOpening(tokens[t].Text))
            {
                depth++;
            }
            else if (IsClosing(tokens[t].Text))
            {
                depth--;
            }
        }

        return depth;
    }

    private static bool IsOpening(string text) => text is "(" or "[" or "{";

    private static bool IsClosing(string text) => text is ")" or "]" or "}";
}
