using System.Buffers;
using System.Net.Security;
using System.Net.Sockets;
using LlzoGraph.Store.Neo4j.Bolt.IO;
using LlzoGraph.Store.Neo4j.Bolt.Messages;
using LlzoGraph.Store.Neo4j.Bolt.PackStream;
using LlzoGraph.Store.Neo4j.Bolt.Protocol;

namespace LlzoGraph.Store.Neo4j.Bolt.Connection;

/// <summary>The answer to one request: its summary (SUCCESS, FAILURE or IGNORED) and the records before it.</summary>
internal sealed record Reply(Response Summary, IReadOnlyList<IReadOnlyList<object?>> Records)
{
    public IReadOnlyDictionary<string, object?> Metadata => Summary.Metadata;
}

/// <summary>
/// One Bolt connection: TCP (and TLS), the handshake, authentication, then pipelined exchanges — a batch of
/// requests is written in one flush and their replies are read in order. A FAILURE makes the server ignore the
/// rest of the batch; the connection then clears it (ACK_FAILURE on Bolt 1, RESET after) before throwing, so
/// it is ready for work again. Any I/O error, protocol violation or cancellation mid-exchange breaks the
/// connection (<see cref="IsBroken"/>), which is then only fit for disposal. Not thread-safe: one user at a time.
/// </summary>
internal sealed class BoltConnection : IAsyncDisposable
{
    private readonly Stream stream;
    private readonly ChunkReader reader;
    private readonly ChunkWriter chunks = new();
    private readonly ArrayBufferWriter<byte> message = new(4096);
    private int disposed;

    private BoltConnection(Stream stream, ServerAddress address, BoltProtocol protocol)
    {
        this.stream = stream;
        reader = new ChunkReader(stream);
        Address = address;
        Protocol = protocol;
    }

    public ServerAddress Address { get; }

    public BoltProtocol Protocol { get; }

    /// <summary>The server's "Neo4j/x.y.z", from the authentication SUCCESS.</summary>
    public string? ServerAgent { get; private set; }

    public string? ConnectionId { get; private set; }

    public bool IsBroken { get; private set; }

    public bool IsUsable => !IsBroken && Volatile.Read(ref disposed) == 0;

    /// <summary>When the connection was last handed back to a pool.</summary>
    public DateTimeOffset IdleSince { get; set; }

    public static async Task<BoltConnection> OpenAsync(
        ServerAddress address, ConnectionSettings settings, IReadOnlyDictionary<string, object?>? routing, CancellationToken cancellationToken)
    {
        var client = new TcpClient { NoDelay = true };
        Stream? stream = null;
        try
        {
            using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                timeout.CancelAfter(settings.ConnectTimeout);
                try
                {
                    await client.ConnectAsync(address.Host, address.Port, timeout.Token);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    throw new ServiceUnavailableException($"could not connect to {address} within {settings.ConnectTimeout.TotalSeconds:0} s");
                }
                catch (SocketException e)
                {
                    throw new ServiceUnavailableException($"could not connect to {address}: {e.Message}", e);
                }
            }

            stream = client.GetStream();
            if (settings.Tls != TlsMode.None)
            {
                var ssl = new SslStream(stream, leaveInnerStreamOpen: false, settings.Validate);
                stream = ssl;
                try
                {
                    await ssl.AuthenticateAsClientAsync(new SslClientAuthenticationOptions { TargetHost = address.Host }, cancellationToken);
                }
                catch (System.Security.Authentication.AuthenticationException e)
                {
                    throw new TlsException(
                        $"TLS with {address} failed: {e.Message} " +
                        $"({(settings.Tls == TlsMode.Verified ? "the server's certificate must be trusted by this machine; a self-signed one is accepted only with bolt+ssc:// or neo4j+ssc://" : "the server refused the TLS handshake")})",
                        e);
                }
                catch (IOException e)
                {
                    throw new ServiceUnavailableException($"TLS with {address} failed: {e.Message}", e);
                }
            }

            var version = await HandshakeAsync(stream, address, cancellationToken);
            var connection = new BoltConnection(stream, address, BoltProtocol.For(version));
            try
            {
                await connection.AuthenticateAsync(settings, routing, cancellationToken);
            }
            catch
            {
                await connection.DisposeAsync();
                throw;
            }

            return connection;
        }
        catch
        {
            if (stream is not null)
            {
                await stream.DisposeAsync();
            }

            client.Dispose();
            throw;
        }
    }

    private static async Task<BoltVersion> HandshakeAsync(Stream stream, ServerAddress address, CancellationToken cancellationToken)
    {
        var answer = new byte[4];
        try
        {
            await stream.WriteAsync(Handshake.Request(Handshake.Offered), cancellationToken);
            await stream.FlushAsync(cancellationToken);
            await stream.ReadExactlyAsync(answer, cancellationToken);
        }
        catch (Exception e) when (e is IOException or EndOfStreamException)
        {
            throw new ServiceUnavailableException($"the handshake with {address} failed: {e.Message}", e);
        }

        return Handshake.ParseResponse(answer, Handshake.Offered);
    }

    private async Task AuthenticateAsync(ConnectionSettings settings, IReadOnlyDictionary<string, object?>? routing, CancellationToken cancellationToken)
    {
        // A failed HELLO/INIT/LOGON leaves the server closing the connection: nothing to clear, report the failure.
        var replies = await ExchangeAsync(Protocol.Authenticate(settings.UserAgent, settings.Auth, routing), cancellationToken, clearFailure: false);
        var hello = replies[0].Metadata;
        ServerAgent = hello.TryGetValue("server", out var server) ? server as string : null;
        ConnectionId = hello.TryGetValue("connection_id", out var id) ? id as string : null;
        if (replies[^1].Metadata.TryGetValue("credentials_expired", out var expired) && expired is true)
        {
            throw new AuthenticationException("Neo.ClientError.Security.CredentialsExpired",
                "the password of this user has expired and must be changed before the server runs queries");
        }
    }

    /// <summary>
    /// Sends <paramref name="requests"/> in one flush and reads one reply per request. On a FAILURE, clears it
    /// and throws its <see cref="Neo4jException"/>.
    /// </summary>
    public async Task<IReadOnlyList<Reply>> ExchangeAsync(
        IReadOnlyList<IRequestMessage> requests, CancellationToken cancellationToken, bool clearFailure = true)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);
        if (IsBroken)
        {
            throw new ServiceUnavailableException($"the connection to {Address} is broken");
        }

        var replies = new List<Reply>(requests.Count);
        Response? failure = null;
        try
        {
            await SendAsync(requests, cancellationToken);
            foreach (var _ in requests)
            {
                var reply = await ReceiveAsync(cancellationToken);
                if (reply.Summary.Kind == ResponseKind.Failure)
                {
                    failure ??= reply.Summary;
                }
                else if (reply.Summary.Kind == ResponseKind.Ignored && failure is null)
                {
                    throw new BoltProtocolException("the server ignored a request without reporting a failure first");
                }

                replies.Add(reply);
            }

            if (failure is not null && !clearFailure)
            {
                await BreakAsync();
            }
            else if (failure is not null)
            {
                await SendAsync([Protocol.AfterFailure], cancellationToken);
                var cleared = await ReceiveAsync(cancellationToken);
                if (cleared.Summary.Kind != ResponseKind.Success)
                {
                    throw new BoltProtocolException($"the server answered {Protocol.AfterFailure.Name} with {cleared.Summary.Kind}");
                }
            }
        }
        catch (Exception e) when (e is not Neo4jException || e is ServiceUnavailableException or BoltProtocolException)
        {
            await BreakAsync();
            if (e is IOException io)
            {
                throw new ServiceUnavailableException($"the connection to {Address} broke: {io.Message}", io);
            }

            throw;
        }

        return failure is null ? replies : throw failure.ToException();
    }

    /// <summary>Says GOODBYE (when the version has it) and closes.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }

        if (!IsBroken && Protocol.Goodbye is { } goodbye)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
                await SendAsync([goodbye], timeout.Token);
            }
            catch (Exception)
            {
                // the server may already be gone; closing is all that is left
            }
        }

        await stream.DisposeAsync();
    }

    private async Task SendAsync(IReadOnlyList<IRequestMessage> requests, CancellationToken cancellationToken)
    {
        chunks.Clear();
        foreach (var request in requests)
        {
            message.ResetWrittenCount();
            request.Write(new PackStreamWriter(message, Protocol.Format));
            chunks.WriteMessage(message.WrittenSpan);
        }

        await stream.WriteAsync(chunks.Written, cancellationToken);
        await stream.FlushAsync(cancellationToken);
    }

    private async Task<Reply> ReceiveAsync(CancellationToken cancellationToken)
    {
        List<IReadOnlyList<object?>>? records = null;
        while (true)
        {
            var bytes = await reader.ReadMessageAsync(cancellationToken);
            var response = Response.Read(bytes.Span, Protocol.Format);
            if (response.Kind == ResponseKind.Record)
            {
                (records ??= []).Add(response.Values);
                continue;
            }

            return new Reply(response, records ?? (IReadOnlyList<IReadOnlyList<object?>>)[]);
        }
    }

    private async ValueTask BreakAsync()
    {
        IsBroken = true;
        try
        {
            await stream.DisposeAsync();
        }
        catch (Exception)
        {
            // already broken
        }
    }
}
