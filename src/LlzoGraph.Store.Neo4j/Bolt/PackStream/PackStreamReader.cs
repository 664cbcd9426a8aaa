using System.Buffers.Binary;
using System.Text;

namespace LlzoGraph.Store.Neo4j.Bolt.PackStream;

/// <summary>
/// Reads PackStream v1 values from one whole message. Lists come back as <c>List&lt;object?&gt;</c>, maps as
/// <c>Dictionary&lt;string, object?&gt;</c>, integers as <see cref="long"/>, floats as <see cref="double"/>, byte
/// arrays as <c>byte[]</c>, and structures through the serializers of a <see cref="StructureFormat"/> (a
/// structure none knows comes back as a <see cref="Structure"/>).
/// </summary>
internal ref struct PackStreamReader(ReadOnlySpan<byte> data, StructureFormat format)
{
    private readonly ReadOnlySpan<byte> data = data;
    private int position;

    public readonly StructureFormat Format { get; } = format;

    public readonly bool AtEnd => position >= data.Length;

    public readonly int Position => position;

    public object? ReadValue()
    {
        var marker = PeekByte();
        if (marker <= 0x7F || marker >= 0xF0)
        {
            position++;
            return (long)unchecked((sbyte)marker);
        }

        switch (marker & 0xF0)
        {
            case Marker.TinyStringBase:
                position++;
                return ReadUtf8(marker & 0x0F);
            case Marker.TinyListBase:
                position++;
                return ReadListItems(marker & 0x0F);
            case Marker.TinyMapBase:
                position++;
                return ReadMapEntries(marker & 0x0F);
            case Marker.TinyStructBase:
                position++;
                return ReadStructBody(marker & 0x0F);
        }

        position++;
        return marker switch
        {
            Marker.Null => null,
            Marker.True => true,
            Marker.False => false,
            Marker.Float64 => BinaryPrimitives.ReadDoubleBigEndian(Take(8)),
            Marker.Int8 => (long)unchecked((sbyte)Take(1)[0]),
            Marker.Int16 => (long)BinaryPrimitives.ReadInt16BigEndian(Take(2)),
            Marker.Int32 => (long)BinaryPrimitives.ReadInt32BigEndian(Take(4)),
            Marker.Int64 => BinaryPrimitives.ReadInt64BigEndian(Take(8)),
            Marker.Bytes8 or Marker.Bytes16 or Marker.Bytes32 => Take(ReadSize(marker - Marker.Bytes8)).ToArray(),
            Marker.String8 or Marker.String16 or Marker.String32 => ReadUtf8(ReadSize(marker - Marker.String8)),
            Marker.List8 or Marker.List16 or Marker.List32 => ReadListItems(ReadSize(marker - Marker.List8)),
            Marker.Map8 or Marker.Map16 or Marker.Map32 => ReadMapEntries(ReadSize(marker - Marker.Map8)),
            Marker.Struct8 => ReadStructBody(Take(1)[0]),
            Marker.Struct16 => ReadStructBody(BinaryPrimitives.ReadUInt16BigEndian(Take(2))),
            _ => throw new BoltProtocolException($"unknown PackStream marker 0x{marker:X2} at byte {position - 1}"),
        };
    }

    public string ReadString() => ReadValue() as string ?? throw Unexpected("a string");

    public long ReadInteger() => ReadValue() is long l ? l : throw Unexpected("an integer");

    public double ReadFloat() => ReadValue() is double d ? d : throw Unexpected("a float");

    public Dictionary<string, object?> ReadMap() => ReadValue() as Dictionary<string, object?> ?? throw Unexpected("a map");

    public List<object?> ReadList() => ReadValue() as List<object?> ?? throw Unexpected("a list");

    /// <summary>Reads a structure header: its field count and signature.</summary>
    public (int Fields, byte Signature) ReadStructHeader()
    {
        var marker = TakeByte();
        var fields = marker switch
        {
            >= Marker.TinyStructBase and <= Marker.TinyStructBase + Marker.MaxStructFields => marker & 0x0F,
            Marker.Struct8 => TakeByte(),
            Marker.Struct16 => BinaryPrimitives.ReadUInt16BigEndian(Take(2)),
            _ => throw new BoltProtocolException($"expected a structure, found marker 0x{marker:X2}"),
        };
        return (fields, TakeByte());
    }

    private object ReadStructBody(int fields)
    {
        var signature = TakeByte();
        return Format.Read(ref this, signature, fields);
    }

    /// <summary>Reads <paramref name="fields"/> values as a <see cref="Structure"/> (for tags no serializer knows).</summary>
    public Structure ReadUnknownStructure(byte signature, int fields)
    {
        var values = new object?[fields];
        for (var i = 0; i < fields; i++)
        {
            values[i] = ReadValue();
        }

        return new Structure(signature, values);
    }

    private List<object?> ReadListItems(int count)
    {
        var list = new List<object?>(Math.Min(count, 1024));
        for (var i = 0; i < count; i++)
        {
            list.Add(ReadValue());
        }

        return list;
    }

    private Dictionary<string, object?> ReadMapEntries(int count)
    {
        var map = new Dictionary<string, object?>(Math.Min(count, 1024), StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var key = ReadValue() as string ?? throw new BoltProtocolException("a map key must be a string");

            // The spec lets a later entry with the same key replace an earlier one.
            map[key] = ReadValue();
        }

        return map;
    }

    /// <summary>A size after a 8/16/32 marker; <paramref name="width"/> is 0, 1 or 2 for 1, 2 or 4 bytes.</summary>
    private int ReadSize(int width)
    {
        long size = width switch
        {
            0 => TakeByte(),
            1 => BinaryPrimitives.ReadUInt16BigEndian(Take(2)),
            2 => BinaryPrimitives.ReadUInt32BigEndian(Take(4)),
            _ => throw new BoltProtocolException("bad size width"),
        };
        if (size > int.MaxValue)
        {
            throw new BoltProtocolException($"a size of {size} is more than this client can hold");
        }

        return (int)size;
    }

    private string ReadUtf8(int length) => Encoding.UTF8.GetString(Take(length));

    private readonly byte PeekByte()
    {
        if (position >= data.Length)
        {
            throw new BoltProtocolException("the message ends in the middle of a value");
        }

        return data[position];
    }

    private byte TakeByte() => Take(1)[0];

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count < 0 || position + count > data.Length)
        {
            throw new BoltProtocolException($"the message ends in the middle of a value (needs {count} more bytes at byte {position}, has {data.Length - position})");
        }

        var span = data.Slice(position, count);
        position += count;
        return span;
    }

    private readonly BoltProtocolException Unexpected(string what) => new($"expected {what} at byte {position}");
}
