using System.Buffers.Binary;

namespace LlzoGraph.Store.Neo4j.Bolt.IO;

/// <summary>
/// Reads whole messages from a chunked stream: concatenates chunks until an empty chunk ends the message; an
/// empty chunk with no message begun is a NOOP (keep-alive) and is skipped.
/// </summary>
internal sealed class ChunkReader(Stream stream)
{
    private readonly byte[] header = new byte[2];
    private byte[] message = new byte[8192];

    /// <summary>Reads the next message; the returned memory is valid until the next call.</summary>
    public async ValueTask<ReadOnlyMemory<byte>> ReadMessageAsync(CancellationToken cancellationToken)
    {
        var length = 0;
        while (true)
        {
            await ReadExactlyAsync(header, cancellationToken);
            var size = BinaryPrimitives.ReadUInt16BigEndian(header);
            if (size == 0)
            {
                if (length == 0)
                {
                    continue; // NOOP
                }

                return message.AsMemory(0, length);
            }

            if (length + size > message.Length)
            {
                var larger = new byte[Math.Max(message.Length * 2, length + size)];
                message.AsSpan(0, length).CopyTo(larger);
                message = larger;
            }

            await ReadExactlyAsync(message.AsMemory(length, size), cancellationToken);
            length += size;
        }
    }

    private async ValueTask ReadExactlyAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        try
        {
            await stream.ReadExactlyAsync(buffer, cancellationToken);
        }
        catch (EndOfStreamException e)
        {
            throw new ServiceUnavailableException("the server closed the connection", e);
        }
        catch (IOException e)
        {
            throw new ServiceUnavailableException($"the connection to the server broke: {e.Message}", e);
        }
    }
}
