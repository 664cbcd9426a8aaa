using System.Buffers;
using System.Globalization;
using LlzoGraph.Store.Neo4j.Bolt.PackStream;

namespace LlzoGraph.Store.Neo4j.Tests.Bolt;

/// <summary>Packs and unpacks single values; writes and reads bytes as hex ("C1 3F F1 99 …").</summary>
internal static class Bytes
{
    public static byte[] Pack(object? value, StructureFormat? format = null)
    {
        var buffer = new ArrayBufferWriter<byte>();
        new PackStreamWriter(buffer, format ?? StructureFormat.Bolt5).WriteValue(value);
        return buffer.WrittenSpan.ToArray();
    }

    public static object? Unpack(byte[] bytes, StructureFormat? format = null)
    {
        var reader = new PackStreamReader(bytes, format ?? StructureFormat.Bolt5);
        var value = reader.ReadValue();
        Assert.True(reader.AtEnd, "bytes left after the value");
        return value;
    }

    public static string Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexString(bytes);

    public static byte[] FromHex(string hex) => Convert.FromHexString(hex.Replace(" ", string.Empty, StringComparison.Ordinal));

    public static string Repeat(char c, int count) => new(c, count);

    public static string Header(byte marker, long size, int width) => width switch
    {
        1 => string.Create(CultureInfo.InvariantCulture, $"{marker:X2}{size:X2}"),
        2 => string.Create(CultureInfo.InvariantCulture, $"{marker:X2}{size:X4}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{marker:X2}{size:X8}"),
    };
}
