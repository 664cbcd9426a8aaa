using LlzoGraph.Store.Neo4j.Bolt;
using LlzoGraph.Store.Neo4j.Bolt.PackStream;
using static LlzoGraph.Store.Neo4j.Tests.Bolt.Bytes;

namespace LlzoGraph.Store.Neo4j.Tests.Bolt;

/// <summary>PackStream v1 values against the byte examples of the spec, and every size boundary on both sides.</summary>
public sealed class PackStreamTests
{
    [Theory]
    [InlineData(null, "C0")]
    [InlineData(true, "C3")]
    [InlineData(false, "C2")]
    public void Null_and_booleans_are_single_markers(object? value, string hex)
    {
        Assert.Equal(hex, Hex(Pack(value)));
        Assert.Equal(value, Unpack(FromHex(hex)));
    }

    [Theory]
    // spec examples
    [InlineData(1L, "01")]
    [InlineData(42L, "2A")]
    [InlineData(1234L, "C904D2")]
    // tiny int: -16..127
    [InlineData(-16L, "F0")]
    [InlineData(-1L, "FF")]
    [InlineData(0L, "00")]
    [InlineData(127L, "7F")]
    // INT_8: -128..-17
    [InlineData(-17L, "C8EF")]
    [InlineData(-128L, "C880")]
    // INT_16: -32768..-129 and 128..32767
    [InlineData(128L, "C90080")]
    [InlineData(-129L, "C9FF7F")]
    [InlineData(32767L, "C97FFF")]
    [InlineData(-32768L, "C98000")]
    // INT_32
    [InlineData(32768L, "CA00008000")]
    [InlineData(-32769L, "CAFFFF7FFF")]
    [InlineData(2147483647L, "CA7FFFFFFF")]
    [InlineData(-2147483648L, "CA80000000")]
    // INT_64
    [InlineData(2147483648L, "CB0000000080000000")]
    [InlineData(-2147483649L, "CBFFFFFFFF7FFFFFFF")]
    [InlineData(long.MaxValue, "CB7FFFFFFFFFFFFFFF")]
    [InlineData(long.MinValue, "CB8000000000000000")]
    public void Integers_take_the_smallest_form_that_holds_them(long value, string hex)
    {
        Assert.Equal(hex, Hex(Pack(value)));
        Assert.Equal(value, Unpack(FromHex(hex)));
    }

    [Fact]
    public void Integers_in_a_wider_form_than_needed_are_still_read()
    {
        Assert.Equal(1L, Unpack(FromHex("C801")));
        Assert.Equal(1L, Unpack(FromHex("C90001")));
        Assert.Equal(1L, Unpack(FromHex("CA00000001")));
        Assert.Equal(1L, Unpack(FromHex("CB0000000000000001")));
    }

    [Theory]
    [InlineData(1.1, "C13FF199999999999A")]
    [InlineData(-1.1, "C1BFF199999999999A")]
    [InlineData(0.0, "C10000000000000000")]
    [InlineData(double.PositiveInfinity, "C17FF0000000000000")]
    public void Floats_are_eight_byte_ieee_754(double value, string hex)
    {
        Assert.Equal(hex, Hex(Pack(value)));
        Assert.Equal(value, Unpack(FromHex(hex)));
    }

    [Fact]
    public void Nan_and_negative_zero_keep_their_bits()
    {
        Assert.True(double.IsNaN((double)Unpack(Pack(double.NaN))!));
        Assert.Equal("C18000000000000000", Hex(Pack(-0.0)));
        // any NaN goes out as the canonical quiet NaN, as the JavaScript driver and the server write it (golden bytes)
        Assert.Equal("C17FF8000000000000", Hex(Pack(double.NaN)));
        Assert.Equal("C17FF8000000000000", Hex(Pack(BitConverter.Int64BitsToDouble(0x7FF0_0000_0000_0001))));
    }

    [Theory]
    [InlineData("", "80")]
    [InlineData("A", "8141")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "D01A4142434445464748494A4B4C4D4E4F505152535455565758595A")]
    [InlineData("Größenmaßstäbe", "D0124772C3B6C39F656E6D61C39F7374C3A46265")]
    public void Strings_from_the_spec(string value, string hex)
    {
        Assert.Equal(hex, Hex(Pack(value)));
        Assert.Equal(value, Unpack(FromHex(hex)));
    }

    [Theory]
    [InlineData(15, "8F")]
    [InlineData(16, "D010")]
    [InlineData(255, "D0FF")]
    [InlineData(256, "D10100")]
    [InlineData(65535, "D1FFFF")]
    [InlineData(65536, "D200010000")]
    public void String_sizes_switch_marker_at_16_256_and_65536_bytes(int length, string header)
    {
        var value = Repeat('a', length);
        var bytes = Pack(value);
        Assert.Equal(header, Hex(bytes.AsSpan(0, header.Length / 2)));
        Assert.Equal(header.Length / 2 + length, bytes.Length);
        Assert.Equal(value, Unpack(bytes));
    }

    [Fact]
    public void A_string_size_counts_utf8_bytes_not_characters()
    {
        // 8 characters, 16 bytes: past the tiny limit
        var bytes = Pack("ΓΓΓΓΓΓΓΓ");
        Assert.Equal("D010", Hex(bytes.AsSpan(0, 2)));
        Assert.Equal("ΓΓΓΓΓΓΓΓ", Unpack(bytes));
    }

    [Theory]
    [InlineData(0, "CC00")]
    [InlineData(1, "CC01")]
    [InlineData(255, "CCFF")]
    [InlineData(256, "CD0100")]
    [InlineData(65535, "CDFFFF")]
    [InlineData(65536, "CE00010000")]
    public void Byte_arrays_have_no_tiny_form(int length, string header)
    {
        var value = Enumerable.Range(0, length).Select(i => (byte)i).ToArray();
        var bytes = Pack(value);
        Assert.Equal(header, Hex(bytes.AsSpan(0, header.Length / 2)));
        Assert.Equal(value, (byte[])Unpack(bytes)!);
    }

    [Fact]
    public void Lists_from_the_spec()
    {
        Assert.Equal("90", Hex(Pack(Array.Empty<object?>())));
        Assert.Equal("93010203", Hex(Pack(new object?[] { 1L, 2L, 3L })));
        Assert.Equal("93C13FF199999999999A8178C3", Hex(Pack(new object?[] { 1.1, "x", true })));
        Assert.Equal(
            "D41A0102030405060708090A0B0C0D0E0F101112131415161718191A",
            Hex(Pack(Enumerable.Range(1, 26).Select(i => (object?)(long)i).ToList())));
        Assert.Equal(new List<object?> { 1L, 2L, 3L }, Unpack(FromHex("93010203")));
    }

    [Theory]
    [InlineData(15, "9F")]
    [InlineData(16, "D410")]
    [InlineData(255, "D4FF")]
    [InlineData(256, "D50100")]
    [InlineData(65535, "D5FFFF")]
    [InlineData(65536, "D600010000")]
    public void List_sizes_switch_marker_at_16_256_and_65536_items(int count, string header)
    {
        var value = Enumerable.Repeat((object?)0L, count).ToList();
        var bytes = Pack(value);
        Assert.Equal(header, Hex(bytes.AsSpan(0, header.Length / 2)));
        Assert.Equal(count, ((List<object?>)Unpack(bytes)!).Count);
    }

    [Fact]
    public void Maps_from_the_spec()
    {
        Assert.Equal("A0", Hex(Pack(new Dictionary<string, object?>())));
        Assert.Equal("A1816101", Hex(Pack(new Dictionary<string, object?> { ["a"] = 1L })));
        Assert.Equal("A18D6F6E652074776F207468726565" + "8C4B696B6920736173696B6B61", Hex(Pack(new Dictionary<string, object?> { ["one two three"] = "Kiki sasikka" })));
        var read = (Dictionary<string, object?>)Unpack(FromHex("A28161018162C3"))!;
        Assert.Equal(1L, read["a"]);
        Assert.Equal(true, read["b"]);
    }

    [Theory]
    [InlineData(15, "AF")]
    [InlineData(16, "D810")]
    [InlineData(255, "D8FF")]
    [InlineData(256, "D90100")]
    [InlineData(65535, "D9FFFF")]
    [InlineData(65536, "DA00010000")]
    public void Map_sizes_switch_marker_at_16_256_and_65536_entries(int count, string header)
    {
        var value = Enumerable.Range(0, count).ToDictionary(i => "k" + i, i => (object?)(long)i);
        var bytes = Pack(value);
        Assert.Equal(header, Hex(bytes.AsSpan(0, header.Length / 2)));
        var read = (Dictionary<string, object?>)Unpack(bytes)!;
        Assert.Equal(count, read.Count);
        Assert.Equal((long)(count - 1), read["k" + (count - 1)]);
    }

    [Fact]
    public void A_repeated_map_key_keeps_the_last_value()
    {
        var read = (Dictionary<string, object?>)Unpack(FromHex("A2816101816102"))!;
        Assert.Equal(2L, Assert.Single(read).Value);
    }

    [Fact]
    public void Nested_values_round_trip()
    {
        var value = new Dictionary<string, object?>
        {
            ["list"] = new List<object?> { 1L, "two", new Dictionary<string, object?> { ["three"] = 3.0 }, null },
            ["bytes"] = new byte[] { 1, 2 },
        };
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(value), System.Text.Json.JsonSerializer.Serialize(Unpack(Pack(value))));
    }

    [Fact]
    public void Structure_headers_hold_up_to_15_fields_and_more_are_refused()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        var writer = new PackStreamWriter(buffer, StructureFormat.Bolt5);
        writer.WriteStructHeader(15, 0x7A);
        Assert.Equal("BF7A", Hex(buffer.WrittenSpan));
        Assert.Throws<BoltProtocolException>(() => writer.WriteStructHeader(16, 0x7A));
    }

    [Fact]
    public void An_unknown_structure_is_kept_with_its_tag_and_fields()
    {
        var read = Assert.IsType<Structure>(Unpack(FromHex("B2 7A 01 8178")));
        Assert.Equal(0x7A, read.Signature);
        Assert.Equal([1L, "x"], read.Fields);
    }

    [Theory]
    [InlineData("D1 00")]          // size cut short
    [InlineData("83 61 62")]       // string shorter than its size
    [InlineData("92 01")]          // list missing an item
    [InlineData("C9 01")]          // int16 cut short
    [InlineData("DF")]             // reserved marker
    [InlineData("A1 01 01")]       // map key not a string
    public void Broken_bytes_are_a_protocol_error_not_a_crash(string hex)
    {
        Assert.Throws<BoltProtocolException>(() => Unpack(FromHex(hex)));
    }

    [Fact]
    public void Values_of_unsupported_types_are_refused_with_their_type()
    {
        var error = Assert.Throws<BoltProtocolException>(() => Pack(new Version(1, 0)));
        Assert.Contains("Version", error.Message, StringComparison.Ordinal);
        Assert.Throws<BoltProtocolException>(() => Pack(ulong.MaxValue));
    }

    [Fact]
    public void Clr_integers_floats_enums_and_dictionaries_are_sent_as_their_packstream_kind()
    {
        Assert.Equal("2A", Hex(Pack(42)));
        Assert.Equal("2A", Hex(Pack((short)42)));
        Assert.Equal("2A", Hex(Pack((byte)42)));
        Assert.Equal(Hex(Pack(1.5)), Hex(Pack(1.5f)));
        Assert.Equal(Hex(Pack("Read")), Hex(Pack(Neo4j.Bolt.Protocol.AccessMode.Read)));
        Assert.Equal("A1816101", Hex(Pack(new Dictionary<string, int> { ["a"] = 1 })));
        Assert.Equal("92 01 02".Replace(" ", string.Empty, StringComparison.Ordinal), Hex(Pack(new HashSet<int> { 1, 2 })));
    }
}
