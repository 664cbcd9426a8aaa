using System.Collections.Concurrent;
using LlzoGraph.Core;
using LlzoGraph.Core.Units;

namespace LlzoGraph.Api.Schema;

/// <summary>
/// Parses unit text once: a page of measurements asks for the same <c>value(unit:)</c> on every row.
/// Bounded, so clients sending endless distinct strings cannot grow it without limit.
/// </summary>
internal static class UnitCache
{
    private const int Capacity = 1024;

    private static readonly ConcurrentDictionary<string, Parsed<Unit>> Cache = new(StringComparer.Ordinal);

    public static Parsed<Unit> Parse(string text)
    {
        if (Cache.TryGetValue(text, out var cached))
        {
            return cached;
        }

        var parsed = Unit.Parse(text);
        if (Cache.Count < Capacity)
        {
            Cache.TryAdd(text, parsed);
        }

        return parsed;
    }
}
