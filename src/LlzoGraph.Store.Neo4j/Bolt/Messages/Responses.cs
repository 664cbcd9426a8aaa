using LlzoGraph.Store.Neo4j.Bolt.PackStream;

namespace LlzoGraph.Store.Neo4j.Bolt.Messages;

internal enum ResponseKind
{
    Success = 0x70,
    Record = 0x71,
    Ignored = 0x7E,
    Failure = 0x7F,
}

/// <summary>A message the server sends: SUCCESS and FAILURE carry metadata, RECORD its values, IGNORED nothing.</summary>
internal sealed record Response(ResponseKind Kind, IReadOnlyDictionary<string, object?> Metadata, IReadOnlyList<object?> Values)
{
    private static readonly Dictionary<string, object?> NoMetadata = [];

    public static Response Read(ReadOnlySpan<byte> message, StructureFormat format)
    {
        var reader = new PackStreamReader(message, format);
        var (fields, signature) = reader.ReadStructHeader();
        Response response = (ResponseKind)signature switch
        {
            ResponseKind.Success when fields == 1 => new(ResponseKind.Success, reader.ReadMap(), []),
            ResponseKind.Failure when fields == 1 => new(ResponseKind.Failure, reader.ReadMap(), []),
            ResponseKind.Record when fields == 1 => new(ResponseKind.Record, NoMetadata, reader.ReadList()),
            ResponseKind.Ignored when fields == 0 => new(ResponseKind.Ignored, NoMetadata, []),
            _ => throw new BoltProtocolException($"unexpected response 0x{signature:X2} with {fields} fields"),
        };
        if (!reader.AtEnd)
        {
            throw new BoltProtocolException($"{response.Kind} message has {message.Length - reader.Position} bytes after its fields");
        }

        return response;
    }

    public Neo4jException ToException() => Neo4jException.FromFailure(
        Metadata.TryGetValue("code", out var code) && code is string c ? c : "Neo.DatabaseError.General.UnknownError",
        Metadata.TryGetValue("message", out var message) && message is string m ? m : "(no message)");
}
