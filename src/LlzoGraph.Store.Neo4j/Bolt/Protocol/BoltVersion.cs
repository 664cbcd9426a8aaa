using System.Buffers.Binary;
using System.Globalization;

namespace LlzoGraph.Store.Neo4j.Bolt.Protocol;

/// <summary>A Bolt protocol version (major.minor).</summary>
public readonly record struct BoltVersion(int Major, int Minor) : IComparable<BoltVersion>
{
    public static readonly BoltVersion V1 = new(1, 0);
    public static readonly BoltVersion V44 = new(4, 4);
    public static readonly BoltVersion V50 = new(5, 0);
    public static readonly BoltVersion V51 = new(5, 1);
    public static readonly BoltVersion V53 = new(5, 3);
    public static readonly BoltVersion V54 = new(5, 4);

    public int CompareTo(BoltVersion other) => Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    public static bool operator <(BoltVersion a, BoltVersion b) => a.CompareTo(b) < 0;

    public static bool operator >(BoltVersion a, BoltVersion b) => a.CompareTo(b) > 0;

    public static bool operator <=(BoltVersion a, BoltVersion b) => a.CompareTo(b) <= 0;

    public static bool operator >=(BoltVersion a, BoltVersion b) => a.CompareTo(b) >= 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}");
}

/// <summary>
/// The opening exchange: the client sends the magic 60 60 B0 17 and four version proposals (each 00, range,
/// minor, major: "this minor and the <c>range</c> minors below it"); the server answers with the one it picked
/// (00 00 minor major) or zeros.
/// </summary>
internal static class Handshake
{
    public static readonly byte[] Magic = [0x60, 0x60, 0xB0, 0x17];

    /// <summary>A proposal: <paramref name="version"/> and the <paramref name="range"/> minor versions below it.</summary>
    public readonly record struct Proposal(BoltVersion Version, int Range = 0)
    {
        public bool Covers(BoltVersion v) => v.Major == Version.Major && v.Minor <= Version.Minor && v.Minor >= Version.Minor - Range;
    }

    /// <summary>What this client offers, best first: Bolt 5.4 down to 5.0, 4.4, and 1 (Neo4j 3.0–3.3).</summary>
    public static readonly IReadOnlyList<Proposal> Offered = [new(BoltVersion.V54, 4), new(BoltVersion.V44), new(BoltVersion.V1)];

    public static byte[] Request(IReadOnlyList<Proposal> proposals)
    {
        if (proposals.Count > 4)
        {
            throw new ArgumentException("a handshake holds at most four proposals", nameof(proposals));
        }

        var bytes = new byte[20];
        Magic.CopyTo(bytes, 0);
        for (var i = 0; i < proposals.Count; i++)
        {
            var p = proposals[i];
            bytes[4 + (i * 4) + 1] = checked((byte)p.Range);
            bytes[4 + (i * 4) + 2] = checked((byte)p.Version.Minor);
            bytes[4 + (i * 4) + 3] = checked((byte)p.Version.Major);
        }

        return bytes;
    }

    /// <summary>Reads the server's four-byte answer; throws when it picked none or answered with something else.</summary>
    public static BoltVersion ParseResponse(ReadOnlySpan<byte> response, IReadOnlyList<Proposal> proposals)
    {
        var raw = BinaryPrimitives.ReadUInt32BigEndian(response);
        if (raw == 0)
        {
            throw new BoltProtocolException("the server supports none of the Bolt versions this client offers (5.0–5.4, 4.4, 1)");
        }

        if (raw == 0x48545450)
        {
            throw new BoltProtocolException("the server answered in HTTP: the address is Neo4j's HTTP port, not its Bolt port (usually 7687)");
        }

        var version = new BoltVersion(response[3], response[2]);
        if (response[0] != 0 || response[1] != 0 || !proposals.Any(p => p.Covers(version)))
        {
            throw new BoltProtocolException($"the server answered the handshake with 0x{raw:X8}, which is no version this client offered");
        }

        return version;
    }
}
