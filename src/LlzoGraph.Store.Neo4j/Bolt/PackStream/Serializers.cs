namespace LlzoGraph.Store.Neo4j.Bolt.PackStream;

internal static class Fields
{
    public static void Expect(int fields, byte signature, params int[] allowed)
    {
        if (!allowed.Contains(fields))
        {
            throw new BoltProtocolException(
                $"structure 0x{signature:X2} has {fields} fields; expected {string.Join(" or ", allowed)}");
        }
    }

    public static IReadOnlyList<string> Strings(List<object?> list) =>
        list.Select(v => v as string ?? throw new BoltProtocolException("expected a list of strings")).ToList();

    public static int Int32(long value, string what) =>
        value is >= int.MinValue and <= int.MaxValue ? (int)value : throw new BoltProtocolException($"{what} {value} is out of range");
}

internal sealed class NodeSerializer(bool elementIds) : IStructureSerializer
{
    public const byte Signature = 0x4E;

    public IReadOnlyList<byte> Signatures { get; } = [Signature];

    public IReadOnlyList<Type> WritableTypes { get; } = [];

    public object Read(ref PackStreamReader reader, byte signature, int fields)
    {
        Fields.Expect(fields, signature, elementIds ? [4] : [3]);
        var id = reader.ReadInteger();
        var labels = Fields.Strings(reader.ReadList());
        var properties = reader.ReadMap();
        var elementId = elementIds ? reader.ReadValue() as string : null;
        return new Node(id, labels, properties, elementId);
    }

    public void Write(PackStreamWriter writer, object value) =>
        throw new BoltProtocolException("a node cannot be sent as a parameter");
}

internal sealed class RelationshipSerializer(bool elementIds) : IStructureSerializer
{
    public const byte Signature = 0x52;

    public IReadOnlyList<byte> Signatures { get; } = [Signature];

    public IReadOnlyList<Type> WritableTypes { get; } = [];

    public object Read(ref PackStreamReader reader, byte signature, int fields)
    {
        Fields.Expect(fields, signature, elementIds ? [8] : [5]);
        var id = reader.ReadInteger();
        var start = reader.ReadInteger();
        var end = reader.ReadInteger();
        var type = reader.ReadString();
        var properties = reader.ReadMap();
        return elementIds
            ? new Relationship(id, start, end, type, properties, reader.ReadValue() as string, reader.ReadValue() as string, reader.ReadValue() as string)
            : new Relationship(id, start, end, type, properties);
    }

    public void Write(PackStreamWriter writer, object value) =>
        throw new BoltProtocolException("a relationship cannot be sent as a parameter");
}

internal sealed class UnboundRelationshipSerializer(bool elementIds) : IStructureSerializer
{
    public const byte Signature = 0x72;

    public IReadOnlyList<byte> Signatures { get; } = [Signature];

    public IReadOnlyList<Type> WritableTypes { get; } = [];

    public object Read(ref PackStreamReader reader, byte signature, int fields)
    {
        Fields.Expect(fields, signature, elementIds ? [4] : [3]);
        var id = reader.ReadInteger();
        var type = reader.ReadString();
        var properties = reader.ReadMap();
        return new UnboundRelationship(id, type, properties, elementIds ? reader.ReadValue() as string : null);
    }

    public void Write(PackStreamWriter writer, object value) =>
        throw new BoltProtocolException("a relationship cannot be sent as a parameter");
}

internal sealed class PathSerializer : IStructureSerializer
{
    public const byte Signature = 0x50;

    public IReadOnlyList<byte> Signatures { get; } = [Signature];

    public IReadOnlyList<Type> WritableTypes { get; } = [];

    public object Read(ref PackStreamReader reader, byte signature, int fields)
    {
        Fields.Expect(fields, signature, 3);
        var nodes = reader.ReadList().Select(n => n as Node ?? throw new BoltProtocolException("a path's nodes must be nodes")).ToList();
        var relationships = reader.ReadList()
            .Select(r => r as UnboundRelationship ?? throw new BoltProtocolException("a path's relationships must be unbound relationships")).ToList();
        var indices = reader.ReadList().Select(i => i is long l ? l : throw new BoltProtocolException("a path's indices must be integers")).ToList();
        return new Path(nodes, relationships, indices);
    }

    public void Write(PackStreamWriter writer, object value) =>
        throw new BoltProtocolException("a path cannot be sent as a parameter");
}

/// <summary>Date (0x44): days since 1970-01-01, as <see cref="DateOnly"/>.</summary>
internal sealed class DateSerializer : IStructureSerializer
{
    public const byte Signature = 0x44;
    private const int EpochDayNumber = 719_162; // DateOnly(1970, 1, 1).DayNumber

    public IReadOnlyList<byte> Signatures { get; } = [Signature];

    public IReadOnlyList<Type> WritableTypes { get; } = [typeof(DateOnly)];

    public object Read(ref PackStreamReader reader, byte signature, int fields)
    {
        Fields.Expect(fields, signature, 1);
        var days = reader.ReadInteger();
        var dayNumber = EpochDayNumber + days;
        if (dayNumber < DateOnly.MinValue.DayNumber || dayNumber > DateOnly.MaxValue.DayNumber)
        {
            throw new BoltProtocolException($"the date {days} days from 1970-01-01 lies outside the years 1–9999 .NET can hold");
        }

        return DateOnly.FromDayNumber((int)dayNumber);
    }

    public void Write(PackStreamWriter writer, object value)
    {
        writer.WriteStructHeader(1, Signature);
        writer.Write((long)((DateOnly)value).DayNumber - EpochDayNumber);
    }
}

/// <summary>Time (0x54): nanoseconds since midnight and an offset in seconds, as <see cref="OffsetTime"/>.</summary>
internal sealed class TimeSerializer : IStructureSerializer
{
    public const byte Signature = 0x54;

    public IReadOnlyList<byte> Signatures { get; } = [Signature];

    public IReadOnlyList<Type> WritableTypes { get; } = [typeof(OffsetTime)];

    public object Read(ref PackStreamReader reader, byte signature, int fields)
    {
        Fields.Expect(fields, signature, 2);
        return new OffsetTime(reader.ReadInteger(), Fields.Int32(reader.ReadInteger(), "an offset of"));
    }

    public void Write(PackStreamWriter writer, object value)
    {
        var time = (OffsetTime)value;
        writer.WriteStructHeader(2, Signature);
        writer.Write(time.NanosecondOfDay);
        writer.Write(time.OffsetSeconds);
    }
}

/// <summary>LocalTime (0x74): nanoseconds since midnight, as <see cref="TimeOnly"/> (to 100 ns).</summary>
internal sealed class LocalTimeSerializer : IStructureSerializer
{
    public const byte Signature = 0x74;

    public IReadOnlyList<byte> Signatures { get; } = [Signature];

    public IReadOnlyList<Type> WritableTypes { get; } = [typeof(TimeOnly)];

    public object Read(ref PackStreamReader reader, byte signature, int fields)
    {
        Fields.Expect(fields, signature, 1);
        return new TimeOnly(reader.ReadInteger() / 100);
    }

    public void Write(PackStreamWriter writer, object value)
    {
        writer.WriteStructHeader(1, Signature);
        writer.Write(((TimeOnly)value).Ticks * 100);
    }
}

/// <summary>Seconds and nanoseconds since the epoch, split the way Neo4j splits them (nanoseconds 0–999 999 999).</summary>
internal static class EpochTime
{
    private static readonly long EpochTicks = DateTime.UnixEpoch.Ticks;

    public static (long Seconds, long Nanoseconds) Split(DateTime dateTime)
    {
        var ticks = dateTime.Ticks - EpochTicks;
        var seconds = Math.DivRem(ticks, TimeSpan.TicksPerSecond, out var remainder);
        if (remainder < 0)
        {
            seconds--;
            remainder += TimeSpan.TicksPerSecond;
        }

        return (seconds, remainder * 100);
    }

    public static DateTime Join(long seconds, long nanoseconds, DateTimeKind kind)
    {
        if (nanoseconds is < 0 or > 999_999_999)
        {
            throw new BoltProtocolException($"nanoseconds {nanoseconds} must lie in 0–999 999 999");
        }

        try
        {
            return new DateTime(checked(EpochTicks + (seconds * TimeSpan.TicksPerSecond) + (nanoseconds / 100)), kind);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
        {
            throw new BoltProtocolException($"the date-time {seconds} s from the epoch lies outside the years 1–9999 .NET can hold");
        }
    }
}

/// <summary>LocalDateTime (0x64): seconds and nanoseconds of wall time, as <see cref="DateTime"/> of unspecified kind.</summary>
internal sealed class LocalDateTimeSerializer : IStructureSerializer
{
    public const byte Signature = 0x64;

    public IReadOnlyList<byte> Signatures { get; } = [Signature];

    public IReadOnlyList<Type> WritableTypes { get; } = [typeof(DateTime)];

    public object Read(ref PackStreamReader reader, byte signature, int fields)
    {
        Fields.Expect(fields, signature, 2);
        return EpochTime.Join(reader.ReadInteger(), reader.ReadInteger(), DateTimeKind.Unspecified);
    }

    public void Write(PackStreamWriter writer, object value)
    {
        var dateTime = (DateTime)value;
        if (dateTime.Kind == DateTimeKind.Utc)
        {
            // A UTC DateTime is an instant: send it as a date-time with offset zero.
            writer.WriteValue(new DateTimeOffset(dateTime));
            return;
        }

        var (seconds, nanoseconds) = EpochTime.Split(dateTime);
        writer.WriteStructHeader(2, Signature);
        writer.Write(seconds);
        writer.Write(nanoseconds);
    }
}

/// <summary>
/// DateTime with an offset, as <see cref="DateTimeOffset"/>: Bolt 5's 0x49 counts UTC seconds, the legacy 0x46
/// counts the seconds of the local wall time. Both are read whatever the version.
/// </summary>
internal sealed class DateTimeSerializer(bool utc) : IStructureSerializer
{
    public const byte UtcSignature = 0x49;
    public const byte LegacySignature = 0x46;

    public IReadOnlyList<byte> Signatures { get; } = [UtcSignature, LegacySignature];

    public IReadOnlyList<Type> WritableTypes { get; } = [typeof(DateTimeOffset)];

    public object Read(ref PackStreamReader reader, byte signature, int fields)
    {
        Fields.Expect(fields, signature, 3);
        var seconds = reader.ReadInteger();
        var nanoseconds = reader.ReadInteger();
        var offset = TimeSpan.FromSeconds(reader.ReadInteger());
        var wall = signature == UtcSignature
            ? EpochTime.Join(seconds, nanoseconds, DateTimeKind.Unspecified) + offset
            : EpochTime.Join(seconds, nanoseconds, DateTimeKind.Unspecified);
        return new DateTimeOffset(wall, offset);
    }

    public void Write(PackStreamWriter writer, object value)
    {
        var dateTime = (DateTimeOffset)value;
        var (seconds, nanoseconds) = EpochTime.Split(utc ? dateTime.UtcDateTime : dateTime.DateTime);
        writer.WriteStructHeader(3, utc ? UtcSignature : LegacySignature);
        writer.Write(seconds);
        writer.Write(nanoseconds);
        writer.Write((long)dateTime.Offset.TotalSeconds);
    }
}

/// <summary>
/// DateTime in a named zone, as <see cref="ZonedDateTime"/>: Bolt 5's 0x69 counts UTC seconds (the zone's rules
/// give the wall time), the legacy 0x66 counts the seconds of the wall time.
/// </summary>
internal sealed class ZonedDateTimeSerializer(bool utc) : IStructureSerializer
{
    public const byte UtcSignature = 0x69;
    public const byte LegacySignature = 0x66;

    public IReadOnlyList<byte> Signatures { get; } = [UtcSignature, LegacySignature];

    public IReadOnlyList<Type> WritableTypes { get; } = [typeof(ZonedDateTime)];

    public object Read(ref PackStreamReader reader, byte signature, int fields)
    {
        Fields.Expect(fields, signature, 3);
        var seconds = reader.ReadInteger();
        var nanoseconds = reader.ReadInteger();
        var zoneId = reader.ReadString();
        if (signature == LegacySignature)
        {
            return new ZonedDateTime(EpochTime.Join(seconds, nanoseconds, DateTimeKind.Unspecified), zoneId);
        }

        var instant = EpochTime.Join(seconds, nanoseconds, DateTimeKind.Utc);
        var offset = Zone(zoneId).GetUtcOffset(instant);
        return new ZonedDateTime(DateTime.SpecifyKind(instant + offset, DateTimeKind.Unspecified), zoneId, (int)offset.TotalSeconds);
    }

    public void Write(PackStreamWriter writer, object value)
    {
        var zoned = (ZonedDateTime)value;
        var wall = DateTime.SpecifyKind(zoned.LocalDateTime, DateTimeKind.Unspecified);
        DateTime counted;
        if (utc)
        {
            var offset = zoned.OffsetSeconds is { } known ? TimeSpan.FromSeconds(known) : Zone(zoned.ZoneId).GetUtcOffset(wall);
            counted = wall - offset;
        }
        else
        {
            counted = wall;
        }

        var (seconds, nanoseconds) = EpochTime.Split(counted);
        writer.WriteStructHeader(3, utc ? UtcSignature : LegacySignature);
        writer.Write(seconds);
        writer.Write(nanoseconds);
        writer.Write(zoned.ZoneId);
    }

    private static TimeZoneInfo Zone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new BoltProtocolException($"the time zone '{id}' is not known on this machine", e);
        }
    }
}

internal sealed class DurationSerializer : IStructureSerializer
{
    public const byte Signature = 0x45;

    public IReadOnlyList<byte> Signatures { get; } = [Signature];

    public IReadOnlyList<Type> WritableTypes { get; } = [typeof(Duration)];

    public object Read(ref PackStreamReader reader, byte signature, int fields)
    {
        Fields.Expect(fields, signature, 4);
        return new Duration(reader.ReadInteger(), reader.ReadInteger(), reader.ReadInteger(), Fields.Int32(reader.ReadInteger(), "nanoseconds"));
    }

    public void Write(PackStreamWriter writer, object value)
    {
        var duration = (Duration)value;
        writer.WriteStructHeader(4, Signature);
        writer.Write(duration.Months);
        writer.Write(duration.Days);
        writer.Write(duration.Seconds);
        writer.Write(duration.Nanoseconds);
    }
}

/// <summary>Point2D (0x58: srid, x, y) and Point3D (0x59: srid, x, y, z).</summary>
internal sealed class PointSerializer : IStructureSerializer
{
    public const byte Signature2D = 0x58;
    public const byte Signature3D = 0x59;

    public IReadOnlyList<byte> Signatures { get; } = [Signature2D, Signature3D];

    public IReadOnlyList<Type> WritableTypes { get; } = [typeof(Point)];

    public object Read(ref PackStreamReader reader, byte signature, int fields)
    {
        Fields.Expect(fields, signature, signature == Signature2D ? 3 : 4);
        var srid = Fields.Int32(reader.ReadInteger(), "an srid of");
        var x = reader.ReadFloat();
        var y = reader.ReadFloat();
        return signature == Signature2D ? new Point(srid, x, y) : new Point(srid, x, y, reader.ReadFloat());
    }

    public void Write(PackStreamWriter writer, object value)
    {
        var point = (Point)value;
        writer.WriteStructHeader(point.Z is null ? 3 : 4, point.Z is null ? Signature2D : Signature3D);
        writer.Write((long)point.Srid);
        writer.Write(point.X);
        writer.Write(point.Y);
        if (point.Z is { } z)
        {
            writer.Write(z);
        }
    }
}
