namespace LlzoGraph.Store.Neo4j.Bolt.PackStream;

/// <summary>A structure no serializer knows: its tag byte and its fields, kept as read.</summary>
public sealed record Structure(byte Signature, IReadOnlyList<object?> Fields);

/// <summary>A node: its legacy numeric id, labels, properties, and (Bolt 5+) its element id.</summary>
public sealed record Node(long Id, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties, string? ElementId = null);

public sealed record Relationship(
    long Id,
    long StartNodeId,
    long EndNodeId,
    string Type,
    IReadOnlyDictionary<string, object?> Properties,
    string? ElementId = null,
    string? StartNodeElementId = null,
    string? EndNodeElementId = null);

/// <summary>A relationship inside a path, whose endpoints the path gives.</summary>
public sealed record UnboundRelationship(long Id, string Type, IReadOnlyDictionary<string, object?> Properties, string? ElementId = null);

/// <summary>
/// A path as sent: its distinct nodes and relationships, and the sequence of (relationship index, node index)
/// pairs walking it; a relationship index is 1-based and negative when the step walks it backwards.
/// </summary>
public sealed record Path(IReadOnlyList<Node> Nodes, IReadOnlyList<UnboundRelationship> Relationships, IReadOnlyList<long> Indices)
{
    /// <summary>The nodes in walking order, starting with the first node.</summary>
    public IReadOnlyList<Node> Walk()
    {
        if (Indices.Count % 2 != 0)
        {
            throw new BoltProtocolException("a path's index sequence must hold pairs");
        }

        var walk = new List<Node> { Nodes[0] };
        for (var i = 0; i < Indices.Count; i += 2)
        {
            var relationship = Indices[i];
            if (relationship == 0 || Math.Abs(relationship) > Relationships.Count || Indices[i + 1] < 0 || Indices[i + 1] >= Nodes.Count)
            {
                throw new BoltProtocolException("a path's index points outside its nodes or relationships");
            }

            walk.Add(Nodes[(int)Indices[i + 1]]);
        }

        return walk;
    }
}

/// <summary>A time of day with an offset from UTC (Cypher <c>time</c>), to the nanosecond.</summary>
public readonly record struct OffsetTime(long NanosecondOfDay, int OffsetSeconds)
{
    public TimeOnly Time => new(NanosecondOfDay / 100);
}

/// <summary>A local date and time in a named time zone (Cypher <c>datetime</c> with a zone id).</summary>
public readonly record struct ZonedDateTime(DateTime LocalDateTime, string ZoneId, int? OffsetSeconds = null);

/// <summary>Cypher <c>duration</c>: months, days, seconds and nanoseconds kept apart, as Neo4j does.</summary>
public readonly record struct Duration(long Months, long Days, long Seconds, int Nanoseconds);

/// <summary>A point in a coordinate reference system (2D when <see cref="Z"/> is null).</summary>
public readonly record struct Point(int Srid, double X, double Y, double? Z = null);
