using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LlzoGraph.Store.Neo4j.Bolt.IO;
using LlzoGraph.Store.Neo4j.Bolt.Messages;
using LlzoGraph.Store.Neo4j.Bolt.PackStream;

namespace LlzoGraph.Store.Neo4j.Tests.Bolt;

/// <summary>
/// Golden bytes made once by the official JavaScript driver (npm neo4j-driver, its PackStream packer and chunker;
/// see tests/neo4j/golden/README.md): our writer must produce the same bytes, our chunk writer the same frames,
/// and our reader must read the driver's bytes back to the same values.
/// </summary>
public sealed class GoldenBytesTests
{
    private static readonly Lazy<JsonDocument> Golden = new(() =>
        JsonDocument.Parse(File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "golden", "packstream-golden.json"))));

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var c in Golden.Value.RootElement.GetProperty("cases").EnumerateArray())
        {
            data.Add(c.GetProperty("description").GetString()!);
        }

        return data;
    }

    [Fact]
    public void The_golden_file_was_made_by_the_official_driver_and_covers_every_kind()
    {
        var root = Golden.Value.RootElement;
        Assert.StartsWith("neo4j-driver@", root.GetProperty("driver").GetString(), StringComparison.Ordinal);
        var cases = root.GetProperty("cases").EnumerateArray().ToList();
        Assert.True(cases.Count >= 90, $"{cases.Count} cases");
        var tags = cases.Where(c => c.GetProperty("kind").GetString() == "value").Select(c => c.GetProperty("value").GetProperty("t").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "null", "bool", "int", "float", "string", "bytes", "bytesOfSize", "list", "listOfSize", "map", "mapOfSize", "struct", "point2d" }, tags);
        Assert.Contains(cases, c => c.GetProperty("kind").GetString() == "message" && c.GetProperty("name").GetString() == "RUN");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Our_bytes_equal_the_drivers_and_read_back_to_the_same_value(string description)
    {
        var c = Case(description);
        byte[] ours;
        object? expected;
        if (c.GetProperty("kind").GetString() == "value")
        {
            var value = c.GetProperty("value");
            ours = Pack(w => WriteTyped(w, value));
            expected = Build(value);
        }
        else
        {
            var message = Message(c);
            ours = Pack(message.Write);
            expected = new Structure((byte)c.GetProperty("signature").GetInt32(), c.GetProperty("fields").EnumerateArray().Select(Build).ToList());
        }

        AssertSameBytes(c, ours, "hex", "sha256");

        // the driver's bytes are ours (compared above), so reading ours reads the driver's
        var read = new PackStreamReader(ours, StructureFormat.Bolt5);
        var actual = c.GetProperty("kind").GetString() == "message" ? ReadMessage(ref read) : read.ReadValue();
        Assert.True(read.AtEnd, "bytes left after the value");
        AssertSameValue(expected, actual, "$");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Our_chunk_writer_frames_like_the_drivers_and_our_reader_unframes_it(string description)
    {
        var c = Case(description);
        var message = c.GetProperty("kind").GetString() == "message"
            ? Pack(Message(c).Write)
            : Pack(w => WriteTyped(w, c.GetProperty("value")));
        var chunks = new ChunkWriter();
        chunks.WriteMessage(message);
        AssertSameBytes(c, chunks.Written.ToArray(), "chunkedHex", "chunkedSha256", "chunkedLength");

        var reader = new ChunkReader(new MemoryStream(chunks.Written.ToArray()));
        var unframed = await reader.ReadMessageAsync(CancellationToken.None);
        Assert.Equal(message, unframed.ToArray());
    }

    private static JsonElement Case(string description) =>
        Golden.Value.RootElement.GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("description").GetString() == description);

    private static byte[] Pack(Action<PackStreamWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        write(new PackStreamWriter(buffer, StructureFormat.Bolt5));
        return buffer.WrittenSpan.ToArray();
    }

    private static void AssertSameBytes(JsonElement c, byte[] ours, string hexName, string shaName, string lengthName = "length")
    {
        Assert.Equal(c.GetProperty(lengthName).GetInt32(), ours.Length);
        if (c.TryGetProperty(hexName, out var hex))
        {
            Assert.Equal(hex.GetString(), Convert.ToHexString(ours));
        }
        else if (hexName == "hex")
        {
            Assert.StartsWith(c.GetProperty("headHex").GetString()!, Convert.ToHexString(ours.AsSpan(0, 16)), StringComparison.Ordinal);
        }

        Assert.Equal(c.GetProperty(shaName).GetString(), Convert.ToHexStringLower(SHA256.HashData(ours)));
    }

    private static IRequestMessage Message(JsonElement c)
    {
        var fields = c.GetProperty("fields").EnumerateArray().Select(Build).ToList();
        static IReadOnlyDictionary<string, object?> Map(object? o) => (Dictionary<string, object?>)o!;
        return c.GetProperty("name").GetString() switch
        {
            "RUN" => new RunMessage((string)fields[0]!, Map(fields[1]), fields.Count > 2 ? Map(fields[2]) : null),
            "INIT" => new InitMessage((string)fields[0]!, Map(fields[1])),
            "PULL_ALL" => EmptyMessage.PullAll,
            "RESET" => EmptyMessage.Reset,
            "GOODBYE" => EmptyMessage.Goodbye,
            "PULL" => MapMessage.Pull((long)Map(fields[0])["n"]!, Map(fields[0]).TryGetValue("qid", out var qid) ? (long)qid! : -1),
            var name => throw new InvalidOperationException($"no message {name}"),
        };
    }

    private static Structure ReadMessage(ref PackStreamReader reader)
    {
        var (count, signature) = reader.ReadStructHeader();
        var fields = new List<object?>();
        for (var i = 0; i < count; i++)
        {
            fields.Add(reader.ReadValue());
        }

        return new Structure(signature, fields);
    }

    /// <summary>Writes a typed value; structures the writer has no type for are written field by field.</summary>
    private static void WriteTyped(PackStreamWriter writer, JsonElement value)
    {
        if (value.GetProperty("t").GetString() == "struct")
        {
            var fields = value.GetProperty("fields").EnumerateArray().ToList();
            writer.WriteStructHeader(fields.Count, (byte)value.GetProperty("sig").GetInt32());
            foreach (var field in fields)
            {
                WriteTyped(writer, field);
            }

            return;
        }

        writer.WriteValue(Build(value));
    }

    /// <summary>The .NET value a typed JSON value stands for, as our reader returns it.</summary>
    private static object? Build(JsonElement v)
    {
        switch (v.GetProperty("t").GetString())
        {
            case "null": return null;
            case "bool": return v.GetProperty("v").GetBoolean();
            case "int": return long.Parse(v.GetProperty("v").GetString()!, CultureInfo.InvariantCulture);
            case "float":
                return v.GetProperty("v").GetString() switch
                {
                    "NaN" => double.NaN,
                    "Infinity" => double.PositiveInfinity,
                    "-Infinity" => double.NegativeInfinity,
                    "-0" => -0.0,
                    var s => double.Parse(s!, CultureInfo.InvariantCulture),
                };
            case "string":
                var text = v.GetProperty("v").GetString()!;
                return v.TryGetProperty("repeat", out var repeat) ? new StringBuilder().Insert(0, text, repeat.GetInt32()).ToString() : text;
            case "bytes": return Convert.FromHexString(v.GetProperty("v").GetString()!);
            case "bytesOfSize": return Enumerable.Range(0, v.GetProperty("size").GetInt32()).Select(i => unchecked((byte)((i % 256) - 128))).ToArray();
            case "list": return v.GetProperty("v").EnumerateArray().Select(Build).ToList();
            case "listOfSize": return Enumerable.Range(0, v.GetProperty("size").GetInt32()).Select(i => (object?)(long)(i % 100)).ToList();
            case "map":
                var map = new Dictionary<string, object?>();
                foreach (var pair in v.GetProperty("v").EnumerateArray())
                {
                    map.Add(pair[0].GetString()!, Build(pair[1]));
                }

                return map;
            case "mapOfSize":
                var generated = new Dictionary<string, object?>();
                for (var i = 0; i < v.GetProperty("size").GetInt32(); i++)
                {
                    generated.Add(string.Create(CultureInfo.InvariantCulture, $"k{i}"), (long)(i % 100));
                }

                return generated;
            case "struct": return new Structure((byte)v.GetProperty("sig").GetInt32(), v.GetProperty("fields").EnumerateArray().Select(Build).ToList());
            case "point2d": return new Point(v.GetProperty("srid").GetInt32(), v.GetProperty("x").GetDouble(), v.GetProperty("y").GetDouble());
            case "point3d": return new Point(v.GetProperty("srid").GetInt32(), v.GetProperty("x").GetDouble(), v.GetProperty("y").GetDouble(), v.GetProperty("z").GetDouble());
            case var t: throw new InvalidOperationException($"unknown tag {t}");
        }
    }

    private static void AssertSameValue(object? expected, object? actual, string at)
    {
        switch (expected)
        {
            case null: Assert.Null(actual); break;
            case double d when double.IsNaN(d): Assert.True(double.IsNaN(Assert.IsType<double>(actual))); break;
            case double d:
                Assert.Equal(BitConverter.DoubleToInt64Bits(d), BitConverter.DoubleToInt64Bits(Assert.IsType<double>(actual)));
                break;
            case byte[] bytes: Assert.Equal(bytes, Assert.IsType<byte[]>(actual)); break;
            case List<object?> list:
                var actualList = Assert.IsType<List<object?>>(actual);
                Assert.Equal(list.Count, actualList.Count);
                for (var i = 0; i < list.Count; i++)
                {
                    AssertSameValue(list[i], actualList[i], $"{at}[{i}]");
                }

                break;
            case Dictionary<string, object?> map:
                var actualMap = Assert.IsType<Dictionary<string, object?>>(actual);
                Assert.Equal(map.Keys, actualMap.Keys);
                foreach (var (key, value) in map)
                {
                    AssertSameValue(value, actualMap[key], $"{at}.{key}");
                }

                break;
            case Structure s:
                var actualStructure = Assert.IsType<Structure>(actual);
                Assert.Equal(s.Signature, actualStructure.Signature);
                AssertSameValue(s.Fields.ToList(), actualStructure.Fields.ToList(), at);
                break;
            default: Assert.Equal(expected, actual); break;
        }
    }
}
