using LlzoGraph.Store.Neo4j.Bolt;
using LlzoGraph.Store.Neo4j.Bolt.PackStream;
using static LlzoGraph.Store.Neo4j.Tests.Bolt.Bytes;
using Path = LlzoGraph.Store.Neo4j.Bolt.PackStream.Path;

namespace LlzoGraph.Store.Neo4j.Tests.Bolt;

/// <summary>The structures, one serializer each: graph values as servers send them, temporal and spatial both ways.</summary>
public sealed class StructureTests
{
    [Fact]
    public void A_bolt5_node_has_an_element_id_and_a_legacy_node_has_not()
    {
        // Node(id=1, labels=["Person"], properties={name: "Alice"}, element_id="4:x:1")
        var bolt5 = (Node)Unpack(FromHex("B4 4E 01 91 86506572736F6E A1 846E616D65 85416C696365 85343A783A31"))!;
        Assert.Equal((1L, "Person", "Alice", "4:x:1"), (bolt5.Id, bolt5.Labels.Single(), bolt5.Properties["name"], bolt5.ElementId));

        var legacy = (Node)Unpack(FromHex("B3 4E 01 91 86506572736F6E A0"), StructureFormat.Legacy)!;
        Assert.Null(legacy.ElementId);
        Assert.Throws<BoltProtocolException>(() => Unpack(FromHex("B3 4E 01 91 86506572736F6E A0"), StructureFormat.Bolt5));
    }

    [Fact]
    public void A_relationship_carries_its_endpoints_and_type()
    {
        var legacy = (Relationship)Unpack(FromHex("B5 52 07 01 02 85 4B4E4F5753 A1 8573696E6365 C907E4"), StructureFormat.Legacy)!;
        Assert.Equal((7L, 1L, 2L, "KNOWS", 2020L), (legacy.Id, legacy.StartNodeId, legacy.EndNodeId, legacy.Type, legacy.Properties["since"]));

        var bolt5 = (Relationship)Unpack(FromHex("B8 52 07 01 02 85 4B4E4F5753 A0 81 37 81 31 81 32"))!;
        Assert.Equal(("7", "1", "2"), (bolt5.ElementId, bolt5.StartNodeElementId, bolt5.EndNodeElementId));
    }

    [Fact]
    public void A_path_reads_its_nodes_relationships_and_walk()
    {
        // (a)-[r1]->(b)<-[r2]-(c): nodes [a, b, c], rels [r1, r2], indices [1, 1, -2, 2]
        var hex = "B3 50 93 B3 4E 01 90 A0 B3 4E 02 90 A0 B3 4E 03 90 A0 92 B3 72 0A 81 58 A0 B3 72 0B 81 59 A0 94 01 01 FE 02";
        var path = (Path)Unpack(FromHex(hex), StructureFormat.Legacy)!;
        Assert.Equal([1L, 2L, 3L], path.Walk().Select(n => n.Id));
        Assert.Equal(["X", "Y"], path.Relationships.Select(r => r.Type));
        Assert.Equal([1L, 1L, -2L, 2L], path.Indices);
    }

    [Fact]
    public void A_path_index_outside_its_lists_is_refused()
    {
        var path = new Path([new Node(1, [], new Dictionary<string, object?>())], [], [1, 0]);
        Assert.Throws<BoltProtocolException>(() => path.Walk());
    }

    [Fact]
    public void Graph_values_cannot_be_sent()
    {
        Assert.Throws<BoltProtocolException>(() => Pack(new Node(1, [], new Dictionary<string, object?>())));
    }

    [Fact]
    public void Dates_count_days_from_the_epoch()
    {
        Assert.Equal("B14400", Hex(Pack(new DateOnly(1970, 1, 1))));
        Assert.Equal("B144C9 4A31".Replace(" ", string.Empty, StringComparison.Ordinal), Hex(Pack(new DateOnly(2022, 1, 1)))); // 18993 days
        Assert.Equal("B144FF", Hex(Pack(new DateOnly(1969, 12, 31))));
        Assert.Equal(new DateOnly(2022, 1, 1), Unpack(FromHex("B144C94A31")));
        Assert.Throws<BoltProtocolException>(() => Unpack(FromHex("B144CB7FFFFFFFFFFFFFFF")));
    }

    [Fact]
    public void Local_times_count_nanoseconds_since_midnight()
    {
        var time = new TimeOnly(12, 34, 56, 789);
        var bytes = Pack(time);
        Assert.Equal("B174", Hex(bytes.AsSpan(0, 2)));
        Assert.Equal(time.Ticks * 100, Assert.IsType<long>(Unpack(bytes.AsSpan(2).ToArray())));
        Assert.Equal(time, Unpack(bytes));
    }

    [Fact]
    public void Offset_times_keep_nanoseconds_and_offset()
    {
        var time = new OffsetTime(45_296_000_000_123, 3600);
        Assert.Equal(time, Unpack(Pack(time)));
        Assert.Equal(new TimeOnly(12, 34, 56), new OffsetTime(45_296_000_000_000, 0).Time);
    }

    [Fact]
    public void Local_date_times_are_seconds_and_nanoseconds_of_wall_time()
    {
        var value = new DateTime(2024, 2, 29, 23, 59, 58, DateTimeKind.Unspecified).AddTicks(1234567);
        var bytes = Pack(value);
        Assert.Equal("B264", Hex(bytes.AsSpan(0, 2)));
        Assert.Equal(value, Unpack(bytes));

        // before the epoch the nanoseconds stay positive: -0.5 s is (-1 s, 500 000 000 ns)
        Assert.Equal("B264FFCA1DCD6500", Hex(Pack(DateTime.UnixEpoch.AddMilliseconds(-500).ToUniversalTime() is var _ ? new DateTime(1969, 12, 31, 23, 59, 59, 500, DateTimeKind.Unspecified) : default)));
    }

    [Fact]
    public void Date_times_with_offset_count_utc_seconds_on_bolt5_and_wall_seconds_before()
    {
        var value = new DateTimeOffset(1970, 1, 1, 1, 0, 0, TimeSpan.FromHours(1)); // = 00:00 UTC
        Assert.Equal("B3490000C90E10", Hex(Pack(value, StructureFormat.Bolt5)));
        Assert.Equal("B346C90E1000C90E10", Hex(Pack(value, StructureFormat.Legacy)));
        Assert.Equal(value, Unpack(Pack(value, StructureFormat.Bolt5)));
        Assert.Equal(value, Unpack(Pack(value, StructureFormat.Legacy), StructureFormat.Legacy));
        Assert.Equal(value.Offset, ((DateTimeOffset)Unpack(Pack(value))!).Offset);
    }

    [Fact]
    public void Zoned_date_times_name_their_zone()
    {
        var value = new ZonedDateTime(new DateTime(2024, 7, 1, 12, 0, 0), "Europe/Berlin");
        var utc = (ZonedDateTime)Unpack(Pack(value, StructureFormat.Bolt5))!;
        Assert.Equal((value.LocalDateTime, "Europe/Berlin", (int?)7200), (utc.LocalDateTime, utc.ZoneId, utc.OffsetSeconds));
        Assert.Equal(0x69, Pack(value, StructureFormat.Bolt5)[1]);

        var legacy = (ZonedDateTime)Unpack(Pack(value, StructureFormat.Legacy), StructureFormat.Legacy)!;
        Assert.Equal(value, legacy);
        Assert.Equal(0x66, Pack(value, StructureFormat.Legacy)[1]);
    }

    [Fact]
    public void Durations_keep_months_days_seconds_and_nanoseconds_apart()
    {
        var value = new Duration(14, 3, 3600, 5);
        Assert.Equal("B4450E03C90E1005", Hex(Pack(value)));
        Assert.Equal(value, Unpack(Pack(value)));
    }

    [Fact]
    public void Points_are_two_or_three_dimensional()
    {
        var flat = new Point(7203, 1.0, 2.0);
        var bytes = Pack(flat);
        Assert.Equal("B358C91C23", Hex(bytes.AsSpan(0, 5)));
        Assert.Equal(flat, Unpack(bytes));

        var space = new Point(9157, 1.0, 2.0, 3.0);
        Assert.Equal(0x59, Pack(space)[1]);
        Assert.Equal(space, Unpack(Pack(space)));
    }

    [Fact]
    public void A_structure_with_the_wrong_field_count_is_refused()
    {
        Assert.Throws<BoltProtocolException>(() => Unpack(FromHex("B2 44 00 00")));
    }
}
