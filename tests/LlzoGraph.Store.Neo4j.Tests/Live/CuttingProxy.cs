using System.Net;
using System.Net.Sockets;

namespace LlzoGraph.Store.Neo4j.Tests.Live;

/// <summary>
/// A loopback TCP proxy in front of a server that can cut a connection once the client has sent a given number of
/// bytes through it — the server, as the client sees it, dies in the middle of a transaction.
/// </summary>
internal sealed class CuttingProxy : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly string targetHost;
    private readonly int targetPort;
    private readonly CancellationTokenSource stop = new();
    private readonly Task accepting;
    private long cutAfter = long.MaxValue;
    private int cuts;

    public CuttingProxy(string targetHost, int targetPort)
    {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        listener.Start();
        accepting = Task.Run(AcceptAsync);
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>How many connections were cut.</summary>
    public int Cuts => Volatile.Read(ref cuts);

    /// <summary>The next connection to send more than <paramref name="bytes"/> bytes (counted on each connection) is cut, once.</summary>
    public void CutNextAfter(long bytes) => Interlocked.Exchange(ref cutAfter, bytes);

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

        stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            var client = await listener.AcceptTcpClientAsync(stop.Token);
            _ = Task.Run(() => RelayAsync(client));
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        using var server = new TcpClient();
        using (client)
        {
            await server.ConnectAsync(targetHost, targetPort, stop.Token);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
            var upstream = PumpAsync(client.GetStream(), server.GetStream(), counting: true, linked.Token);
            var downstream = PumpAsync(server.GetStream(), client.GetStream(), counting: false, linked.Token);
            await Task.WhenAny(upstream, downstream);
            await linked.CancelAsync();
            client.Client.Close();
            server.Client.Close();
        }
    }

    private async Task PumpAsync(NetworkStream from, NetworkStream to, bool counting, CancellationToken token)
    {
        var buffer = new byte[8192];
        long sent = 0;
        try
        {
            while (true)
            {
                var read = await from.ReadAsync(buffer, token);
                if (read == 0)
                {
                    return;
                }

                if (counting)
                {
                    var limit = Interlocked.Read(ref cutAfter);
                    if (sent + read > limit && Interlocked.CompareExchange(ref cutAfter, long.MaxValue, limit) == limit)
                    {
                        Interlocked.Increment(ref cuts);
                        return; // drop this chunk and close both sides
                    }

                    sent += read;
                }

                await to.WriteAsync(buffer.AsMemory(0, read), token);
            }
        }
        catch (Exception)
        {
            // one side closed
        }
    }
}
