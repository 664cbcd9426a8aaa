using System.Collections.Frozen;

namespace LlzoGraph.Store.Neo4j.Bolt.PackStream;

/// <summary>Reads and writes the values of one kind of PackStream structure (one class per structure).</summary>
internal interface IStructureSerializer
{
    /// <summary>The tag bytes this serializer reads.</summary>
    IReadOnlyList<byte> Signatures { get; }

    /// <summary>The .NET types this serializer writes (none for structures only servers send).</summary>
    IReadOnlyList<Type> WritableTypes { get; }

    object Read(ref PackStreamReader reader, byte signature, int fields);

    void Write(PackStreamWriter writer, object value);
}

/// <summary>
/// The structures one protocol version speaks: graph values with or without element ids, date-times in the
/// UTC form of Bolt 5 or the legacy local-seconds form of Bolt 4.
/// </summary>
internal sealed class StructureFormat
{
    private readonly FrozenDictionary<byte, IStructureSerializer> readers;
    private readonly FrozenDictionary<Type, IStructureSerializer> writers;

    private StructureFormat(string name, bool utcDateTime, bool elementIds)
    {
        Name = name;
        UtcDateTime = utcDateTime;
        ElementIds = elementIds;
        IStructureSerializer[] serializers =
        [
            new NodeSerializer(elementIds), new RelationshipSerializer(elementIds), new UnboundRelationshipSerializer(elementIds),
            new PathSerializer(), new DateSerializer(), new TimeSerializer(), new LocalTimeSerializer(),
            new LocalDateTimeSerializer(), new DateTimeSerializer(utcDateTime), new ZonedDateTimeSerializer(utcDateTime),
            new DurationSerializer(), new PointSerializer(),
        ];
        readers = serializers.SelectMany(s => s.Signatures.Select(sig => (sig, s))).ToFrozenDictionary(p => p.sig, p => p.s);
        writers = serializers.SelectMany(s => s.WritableTypes.Select(t => (t, s))).ToFrozenDictionary(p => p.t, p => p.s);
    }

    /// <summary>Bolt 1–4: numeric ids only, date-times in local seconds (tags 0x46, 0x66).</summary>
    public static StructureFormat Legacy { get; } = new("legacy", utcDateTime: false, elementIds: false);

    /// <summary>Bolt 5: element ids, date-times in UTC seconds (tags 0x49, 0x69).</summary>
    public static StructureFormat Bolt5 { get; } = new("bolt5", utcDateTime: true, elementIds: true);

    public string Name { get; }

    public bool UtcDateTime { get; }

    public bool ElementIds { get; }

    public object Read(ref PackStreamReader reader, byte signature, int fields) =>
        readers.TryGetValue(signature, out var serializer)
            ? serializer.Read(ref reader, signature, fields)
            : reader.ReadUnknownStructure(signature, fields);

    public bool TryWrite(PackStreamWriter writer, object value)
    {
        if (!writers.TryGetValue(value.GetType(), out var serializer))
        {
            return false;
        }

        serializer.Write(writer, value);
        return true;
    }

    public override string ToString() => Name;
}
