using System.Buffers;
using System.Buffers.Binary;
using System.Collections;
using System.Text;

namespace LlzoGraph.Store.Neo4j.Bolt.PackStream;

/// <summary>
/// Writes PackStream v1 values into a growing buffer, always in the smallest form that holds them. Structures
/// (nodes, temporal values, points, and the Bolt messages themselves) are written by the serializers of a
/// <see cref="StructureFormat"/>.
/// </summary>
internal sealed class PackStreamWriter(IBufferWriter<byte> output, StructureFormat format)
{
    public StructureFormat Format { get; } = format;

    public void WriteNull() => WriteByte(Marker.Null);

    public void Write(bool value) => WriteByte(value ? Marker.True : Marker.False);

    public void Write(long value)
    {
        if (value is >= -16 and <= 127)
        {
            WriteByte(unchecked((byte)(sbyte)value));
        }
        else if (value is >= sbyte.MinValue and <= sbyte.MaxValue)
        {
            var span = output.GetSpan(2);
            span[0] = Marker.Int8;
            span[1] = unchecked((byte)(sbyte)value);
            output.Advance(2);
        }
        else if (value is >= short.MinValue and <= short.MaxValue)
        {
            var span = output.GetSpan(3);
            span[0] = Marker.Int16;
            BinaryPrimitives.WriteInt16BigEndian(span[1..], (short)value);
            output.Advance(3);
        }
        else if (value is >= int.MinValue and <= int.MaxValue)
        {
            var span = output.GetSpan(5);
            span[0] = Marker.Int32;
            BinaryPrimitives.WriteInt32BigEndian(span[1..], (int)value);
            output.Advance(5);
        }
        else
        {
            var span = output.GetSpan(9);
            span[0] = Marker.Int64;
            BinaryPrimitives.WriteInt64BigEndian(span[1..], value);
            output.Advance(9);
        }
    }

    /// <summary>
    /// An 8-byte IEEE 754 float. Any NaN is sent as the canonical quiet NaN 7FF8000000000000, as the official
    /// drivers and the server (Java's <c>doubleToLongBits</c>) write it; .NET's <see cref="double.NaN"/> has the sign
    /// bit set (FFF8…). Found by the golden bytes of the JavaScript driver.
    /// </summary>
    public void Write(double value)
    {
        var span = output.GetSpan(9);
        span[0] = Marker.Float64;
        if (double.IsNaN(value))
        {
            BinaryPrimitives.WriteInt64BigEndian(span[1..], 0x7FF8_0000_0000_0000);
        }
        else
        {
            BinaryPrimitives.WriteDoubleBigEndian(span[1..], value);
        }

        output.Advance(9);
    }

    public void Write(string value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        WriteHeader(length, Marker.TinyStringBase, Marker.String8, Marker.String16, Marker.String32);
        var span = output.GetSpan(length);
        Encoding.UTF8.GetBytes(value, span);
        output.Advance(length);
    }

    public void Write(ReadOnlySpan<byte> bytes)
    {
        // Byte arrays have no tiny form.
        WriteHeader(bytes.Length, tinyBase: null, Marker.Bytes8, Marker.Bytes16, Marker.Bytes32);
        bytes.CopyTo(output.GetSpan(bytes.Length));
        output.Advance(bytes.Length);
    }

    public void WriteListHeader(int count) => WriteHeader(count, Marker.TinyListBase, Marker.List8, Marker.List16, Marker.List32);

    public void WriteMapHeader(int count) => WriteHeader(count, Marker.TinyMapBase, Marker.Map8, Marker.Map16, Marker.Map32);

    public void WriteStructHeader(int fields, byte signature)
    {
        if (fields is < 0 or > Marker.MaxStructFields)
        {
            throw new BoltProtocolException($"a structure holds 0 to {Marker.MaxStructFields} fields, not {fields}");
        }

        var span = output.GetSpan(2);
        span[0] = (byte)(Marker.TinyStructBase | fields);
        span[1] = signature;
        output.Advance(2);
    }

    public void WriteMap(IEnumerable<KeyValuePair<string, object?>> map)
    {
        var entries = map as ICollection<KeyValuePair<string, object?>> ?? map.ToList();
        WriteMapHeader(entries.Count);
        foreach (var (key, value) in entries)
        {
            Write(key);
            WriteValue(value);
        }
    }

    public void WriteList<T>(IReadOnlyCollection<T> list)
    {
        WriteListHeader(list.Count);
        foreach (var item in list)
        {
            WriteValue(item);
        }
    }

    /// <summary>Writes any value a query parameter may hold; throws for a type PackStream cannot carry.</summary>
    public void WriteValue(object? value)
    {
        switch (value)
        {
            case null: WriteNull(); break;
            case bool b: Write(b); break;
            case long l: Write(l); break;
            case int i: Write(i); break;
            case short s: Write(s); break;
            case sbyte sb: Write(sb); break;
            case byte by: Write(by); break;
            case ushort us: Write(us); break;
            case uint ui: Write(ui); break;
            case ulong ul when ul <= long.MaxValue: Write((long)ul); break;
            case double d: Write(d); break;
            case float f: Write(f); break;
            case decimal m: Write((double)m); break;
            case string str: Write(str); break;
            case char c: Write(c.ToString()); break;
            case Enum e: Write(e.ToString()); break;
            case byte[] bytes: Write(bytes); break;
            case ReadOnlyMemory<byte> memory: Write(memory.Span); break;
            case IEnumerable<KeyValuePair<string, object?>> map: WriteMap(map); break;
            case IDictionary dictionary: WriteDictionary(dictionary); break;
            default:
                if (Format.TryWrite(this, value))
                {
                    break;
                }

                if (value is IEnumerable enumerable)
                {
                    var items = enumerable.Cast<object?>().ToList();
                    WriteList(items);
                    break;
                }

                throw new BoltProtocolException($"a value of type {value.GetType().Name} cannot be sent to Neo4j");
        }
    }

    private void WriteDictionary(IDictionary dictionary)
    {
        WriteMapHeader(dictionary.Count);
        foreach (DictionaryEntry entry in dictionary)
        {
            Write(entry.Key as string ?? throw new BoltProtocolException("map keys sent to Neo4j must be strings"));
            WriteValue(entry.Value);
        }
    }

    private void WriteByte(byte value)
    {
        output.GetSpan(1)[0] = value;
        output.Advance(1);
    }

    private void WriteHeader(int size, byte? tinyBase, byte marker8, byte marker16, byte marker32)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        if (tinyBase is { } tiny && size < 16)
        {
            WriteByte((byte)(tiny | size));
        }
        else if (size <= byte.MaxValue)
        {
            var span = output.GetSpan(2);
            span[0] = marker8;
            span[1] = (byte)size;
            output.Advance(2);
        }
        else if (size <= ushort.MaxValue)
        {
            var span = output.GetSpan(3);
            span[0] = marker16;
            BinaryPrimitives.WriteUInt16BigEndian(span[1..], (ushort)size);
            output.Advance(3);
        }
        else
        {
            var span = output.GetSpan(5);
            span[0] = marker32;
            BinaryPrimitives.WriteInt32BigEndian(span[1..], size);
            output.Advance(5);
        }
    }
}
