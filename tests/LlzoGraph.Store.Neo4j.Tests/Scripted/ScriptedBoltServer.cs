using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using LlzoGraph.Store.Neo4j.Bolt.IO;
using LlzoGraph.Store.Neo4j.Bolt.PackStream;

namespace LlzoGraph.Store.Neo4j.Tests.Scripted;

/// <summary>
/// An in-process Bolt server that replays scripts of our own format, one script per accepted connection:
/// <code>
/// !: BOLT 5.4                       the version it answers the handshake with
/// C: RUN "RETURN 1" {} {"*": "*"}   a message the client must send: name, then each field as JSON
/// S: SUCCESS {"fields": ["x"]}      a message it sends back (SUCCESS, RECORD, FAILURE, IGNORED)
/// S: &lt;NOOP&gt;                         an empty chunk (keep-alive)
/// S: &lt;EXIT&gt;                         close the connection there
/// </code>
/// In expected client fields "*" matches any value, and an object with a "*" key matches any extra keys.
/// Consecutive S: lines go out in one write. Mismatches are collected in <see cref="Errors"/> (a test asserts
/// there are none) and close the connection.
/// </summary>
internal sealed class ScriptedBoltServer : IAsyncDisposable
{
    private static readonly Dictionary<byte, string> V1Names = new()
    {
        [0x01] = "INIT", [0x0E] = "ACK_FAILURE", [0x0F] = "RESET", [0x10] = "RUN", [0x2F] = "DISCARD_ALL", [0x3F] = "PULL_ALL",
    };

    private static readonly Dictionary<byte, string> Names = new()
    {
        [0x01] = "HELLO", [0x02] = "GOODBYE", [0x0F] = "RESET", [0x10] = "RUN", [0x11] = "BEGIN", [0x12] = "COMMIT",
        [0x13] = "ROLLBACK", [0x2F] = "DISCARD", [0x3F] = "PULL", [0x54] = "TELEMETRY", [0x66] = "ROUTE", [0x6A] = "LOGON", [0x6B] = "LOGOFF",
    };

    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly ConcurrentQueue<string> scripts = new();
    private readonly ConcurrentQueue<string> errors = new();
    private readonly List<Task> connections = [];
    private readonly CancellationTokenSource stop = new();
    private readonly Task accepting;
    private readonly X509Certificate2? certificate;

    /// <summary>Listens on a free loopback port; with <paramref name="certificate"/>, every connection is TLS first (an SslStream with it).</summary>
    public ScriptedBoltServer(X509Certificate2? certificate = null)
    {
        this.certificate = certificate;
        listener.Start();
        accepting = Task.Run(AcceptAsync);
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public string Address => string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{Port}");

    public IReadOnlyCollection<string> Errors => errors;

    /// <summary>Every line played, in order (for a failing test's message).</summary>
    public IReadOnlyCollection<string> Log => log;

    private readonly ConcurrentQueue<string> log = new();

    /// <summary>How many connections were accepted.</summary>
    public int Accepted { get; private set; }

    /// <summary>Adds the script the next unscripted connection plays.</summary>
    public ScriptedBoltServer Then(string script)
    {
        scripts.Enqueue(script);
        return this;
    }

    /// <summary>Waits until every accepted connection has played its script to the end.</summary>
    public async Task FinishedAsync()
    {
        Task[] running;
        lock (connections)
        {
            running = [.. connections];
        }

        await Task.WhenAll(running).WaitAsync(TimeSpan.FromSeconds(10));
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        try
        {
            await accepting;
        }
        catch (Exception)
        {
            // stopping
        }
    }

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            var client = await listener.AcceptTcpClientAsync(stop.Token);
            Accepted++;
            var script = scripts.TryDequeue(out var s) ? s : null;
            var task = Task.Run(() => PlayAsync(client, script));
            lock (connections)
            {
                connections.Add(task);
            }
        }
    }

    private async Task PlayAsync(TcpClient client, string? script)
    {
        using var _ = client;
        Stream stream = client.GetStream();
        if (script is null)
        {
            errors.Enqueue("a connection arrived with no script left for it");
            return;
        }

        if (certificate is not null)
        {
            var ssl = new SslStream(stream, leaveInnerStreamOpen: false);
            stream = ssl;
            try
            {
                await ssl.AuthenticateAsServerAsync(new SslServerAuthenticationOptions { ServerCertificate = certificate }, stop.Token);
            }
            catch (Exception e) when (e is AuthenticationException or IOException)
            {
                log.Enqueue("TLS handshake refused: " + e.Message);
                await ssl.DisposeAsync();
                return;
            }
        }

        var lines = script.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        var version = lines.First(l => l.StartsWith("!: BOLT ", StringComparison.Ordinal))["!: BOLT ".Length..].Split('.');
        var (major, minor) = (byte.Parse(version[0], CultureInfo.InvariantCulture), byte.Parse(version.ElementAtOrDefault(1) ?? "0", CultureInfo.InvariantCulture));
        var format = major >= 5 ? StructureFormat.Bolt5 : StructureFormat.Legacy;
        var names = major == 1 ? V1Names : Names;
        var reader = new ChunkReader(stream);
        var chunks = new ChunkWriter();
        try
        {
            var handshake = new byte[20];
            await stream.ReadExactlyAsync(handshake, stop.Token);
            await stream.WriteAsync(new byte[] { 0, 0, minor, major }, stop.Token);

            foreach (var line in lines.Where(l => !l.StartsWith("!:", StringComparison.Ordinal)))
            {
                log.Enqueue(line);
                if (line.StartsWith("C:", StringComparison.Ordinal))
                {
                    await FlushAsync(stream, chunks);
                    var received = Describe((await reader.ReadMessageAsync(stop.Token)).Span, format, names);
                    if (!Matches(line[2..].Trim(), received))
                    {
                        errors.Enqueue($"expected {line[2..].Trim()}\n     got {received}");
                        return;
                    }
                }
                else if (line == "S: <EXIT>")
                {
                    await FlushAsync(stream, chunks);
                    return;
                }
                else if (line == "S: <NOOP>")
                {
                    chunks.WriteNoop();
                }
                else if (line.StartsWith("S:", StringComparison.Ordinal))
                {
                    chunks.WriteMessage(Encode(line[2..].Trim(), format));
                }
            }

            await FlushAsync(stream, chunks);

            // played to the end: wait for the client to hang up
            var tail = new byte[1];
            while (await stream.ReadAsync(tail, stop.Token) > 0)
            {
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or LlzoGraph.Store.Neo4j.Bolt.ServiceUnavailableException)
        {
            // the client hung up
        }
        catch (Exception e)
        {
            errors.Enqueue("the server failed: " + e);
        }
    }

    private static async Task FlushAsync(Stream stream, ChunkWriter chunks)
    {
        if (chunks.Written.Length > 0)
        {
            await stream.WriteAsync(chunks.Written);
            chunks.Clear();
        }
    }

    /// <summary>A received message as "NAME json json".</summary>
    private static string Describe(ReadOnlySpan<byte> message, StructureFormat format, Dictionary<byte, string> names)
    {
        var reader = new PackStreamReader(message, format);
        var (fields, signature) = reader.ReadStructHeader();
        var parts = new List<string> { names.TryGetValue(signature, out var name) ? name : $"0x{signature:X2}" };
        for (var i = 0; i < fields; i++)
        {
            parts.Add(JsonSerializer.Serialize(reader.ReadValue()));
        }

        return string.Join(' ', parts);
    }

    private static bool Matches(string expected, string received)
    {
        var (expectedName, expectedFields) = Split(expected);
        var (receivedName, receivedFields) = Split(received);
        return expectedName == receivedName
            && expectedFields.Count == receivedFields.Count
            && expectedFields.Zip(receivedFields).All(p => Matches(p.First, p.Second));
    }

    private static bool Matches(JsonElement expected, JsonElement actual)
    {
        if (expected.ValueKind == JsonValueKind.String && expected.GetString() == "*")
        {
            return true;
        }

        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                if (actual.ValueKind != JsonValueKind.Object)
                {
                    return false;
                }

                var open = expected.TryGetProperty("*", out _);
                var keys = expected.EnumerateObject().Where(p => p.Name != "*").ToList();
                if (!open && actual.EnumerateObject().Count() != keys.Count)
                {
                    return false;
                }

                return keys.All(p => actual.TryGetProperty(p.Name, out var value) && Matches(p.Value, value));
            case JsonValueKind.Array:
                return actual.ValueKind == JsonValueKind.Array && expected.GetArrayLength() == actual.GetArrayLength()
                    && expected.EnumerateArray().Zip(actual.EnumerateArray()).All(p => Matches(p.First, p.Second));
            case JsonValueKind.Number:
                return actual.ValueKind == JsonValueKind.Number && expected.GetDouble() == actual.GetDouble();
            default:
                return expected.ValueKind == actual.ValueKind && expected.ToString() == actual.ToString();
        }
    }

    /// <summary>"NAME {json} [json]" into the name and each JSON field.</summary>
    private static (string Name, List<JsonElement> Fields) Split(string text)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0)
        {
            return (text, []);
        }

        var fields = new List<JsonElement>();
        var bytes = System.Text.Encoding.UTF8.GetBytes(text[(space + 1)..]);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowMultipleValues = true });
        while (reader.Read())
        {
            // ParseValue reads the whole value starting at the current token and leaves the reader on its last token
            using var document = JsonDocument.ParseValue(ref reader);
            fields.Add(document.RootElement.Clone());
        }

        return (text[..space], fields);
    }

    private static byte[] Encode(string text, StructureFormat format)
    {
        var (name, fields) = Split(text);
        var signature = name switch
        {
            "SUCCESS" => (byte)0x70,
            "RECORD" => (byte)0x71,
            "IGNORED" => (byte)0x7E,
            "FAILURE" => (byte)0x7F,
            _ => throw new InvalidOperationException($"the script sends an unknown message '{name}'"),
        };
        var buffer = new ArrayBufferWriter<byte>();
        var writer = new PackStreamWriter(buffer, format);
        writer.WriteStructHeader(fields.Count, signature);
        foreach (var field in fields)
        {
            writer.WriteValue(ToValue(field));
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static object? ToValue(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => json.GetString(),
        JsonValueKind.Number when json.TryGetInt64(out var l) => l,
        JsonValueKind.Number => json.GetDouble(),
        JsonValueKind.Array => json.EnumerateArray().Select(ToValue).ToList(),
        JsonValueKind.Object => json.EnumerateObject().ToDictionary(p => p.Name, p => ToValue(p.Value)),
        _ => throw new InvalidOperationException($"unsupported JSON {json.ValueKind}"),
    };
}
