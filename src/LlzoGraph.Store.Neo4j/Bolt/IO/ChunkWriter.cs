using System.Buffers;
using System.Buffers.Binary;

namespace LlzoGraph.Store.Neo4j.Bolt.IO;

/// <summary>
/// Frames messages for the wire: each message is cut into chunks of at most <see cref="MaxChunkSize"/> bytes,
/// each behind its two-byte big-endian size, and ends with an empty chunk (00 00).
/// </summary>
internal sealed class ChunkWriter
{
    public const int MaxChunkSize = 65_535;

    private readonly ArrayBufferWriter<byte> frames = new(8192);
    private readonly int maxChunkSize;

    public ChunkWriter(int maxChunkSize = MaxChunkSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChunkSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxChunkSize, MaxChunkSize);
        this.maxChunkSize = maxChunkSize;
    }

    /// <summary>The framed bytes of every message written since the last <see cref="Clear"/>.</summary>
    public ReadOnlyMemory<byte> Written => frames.WrittenMemory;

    public void WriteMessage(ReadOnlySpan<byte> message)
    {
        if (message.IsEmpty)
        {
            throw new ArgumentException("a message is never empty (an empty chunk ends a message)", nameof(message));
        }

        while (!message.IsEmpty)
        {
            var size = Math.Min(message.Length, maxChunkSize);
            var span = frames.GetSpan(2 + size);
            BinaryPrimitives.WriteUInt16BigEndian(span, (ushort)size);
            message[..size].CopyTo(span[2..]);
            frames.Advance(2 + size);
            message = message[size..];
        }

        WriteNoop();
    }

    /// <summary>An empty chunk: ends a message, or on its own is a keep-alive the reader ignores.</summary>
    public void WriteNoop()
    {
        var span = frames.GetSpan(2);
        span[0] = 0;
        span[1] = 0;
        frames.Advance(2);
    }

    public void Clear() => frames.ResetWrittenCount();
}
