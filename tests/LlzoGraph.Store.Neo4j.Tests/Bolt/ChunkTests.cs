using LlzoGraph.Store.Neo4j.Bolt;
using LlzoGraph.Store.Neo4j.Bolt.IO;
using static LlzoGraph.Store.Neo4j.Tests.Bolt.Bytes;

namespace LlzoGraph.Store.Neo4j.Tests.Bolt;

public sealed class ChunkTests
{
    [Fact]
    public void A_small_message_is_one_chunk_and_an_end_marker()
    {
        // RESET (B0 0F) framed as in the spec: 00 02 B0 0F 00 00
        var writer = new ChunkWriter();
        writer.WriteMessage(FromHex("B00F"));
        Assert.Equal("0002B00F0000", Hex(writer.Written.Span));
    }

    [Theory]
    [InlineData(65_535, new[] { 65_535 })]
    [InlineData(65_536, new[] { 65_535, 1 })]
    [InlineData(131_071, new[] { 65_535, 65_535, 1 })]
    public void Messages_are_cut_into_chunks_of_at_most_65535_bytes(int size, int[] chunks)
    {
        var message = Enumerable.Range(0, size).Select(i => (byte)(i % 251)).ToArray();
        var writer = new ChunkWriter();
        writer.WriteMessage(message);
        var framed = writer.Written.ToArray();

        var at = 0;
        foreach (var chunk in chunks)
        {
            Assert.Equal(chunk, (framed[at] << 8) | framed[at + 1]);
            at += 2 + chunk;
        }

        Assert.Equal("0000", Hex(framed.AsSpan(at)));
        Assert.Equal(message, ReadOne(framed));
    }

    [Fact]
    public void A_smaller_chunk_size_cuts_sooner_and_reads_back_the_same()
    {
        var writer = new ChunkWriter(maxChunkSize: 2);
        writer.WriteMessage(FromHex("0102030405"));
        Assert.Equal("00020102" + "00020304" + "000105" + "0000", Hex(writer.Written.Span));
        Assert.Equal(FromHex("0102030405"), ReadOne(writer.Written.ToArray()));
    }

    [Fact]
    public async Task Noop_chunks_between_messages_are_skipped()
    {
        var reader = new ChunkReader(new MemoryStream(FromHex("0000 0000 0002B00F 0000 0000 0001 7E 0000")));
        Assert.Equal("B00F", Hex((await reader.ReadMessageAsync(default)).Span));
        Assert.Equal("7E", Hex((await reader.ReadMessageAsync(default)).Span));
    }

    [Fact]
    public async Task A_stream_that_ends_mid_message_is_a_lost_connection()
    {
        var reader = new ChunkReader(new MemoryStream(FromHex("0004B00F")));
        await Assert.ThrowsAsync<ServiceUnavailableException>(async () => await reader.ReadMessageAsync(default));
    }

    [Fact]
    public void An_empty_message_cannot_be_written()
    {
        Assert.Throws<ArgumentException>(() => new ChunkWriter().WriteMessage([]));
    }

    private static byte[] ReadOne(byte[] framed) =>
        new ChunkReader(new MemoryStream(framed)).ReadMessageAsync(default).AsTask().GetAwaiter().GetResult().ToArray();
}
