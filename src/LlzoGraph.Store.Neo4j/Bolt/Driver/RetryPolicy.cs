using LlzoGraph.Core.Ports;

namespace LlzoGraph.Store.Neo4j.Bolt.Driver;

/// <summary>
/// Runs work again after a retriable failure (<see cref="GraphStoreException.IsRetriable"/>), waiting a delay that
/// starts at <c>initialDelay</c> and doubles (±20 % jitter) each time, until <c>maxRetryTime</c> has passed since
/// the first try; then the last failure is thrown.
/// </summary>
internal sealed class RetryPolicy(TimeSpan maxRetryTime, TimeSpan initialDelay, TimeProvider time)
{
    private const double Multiplier = 2.0;
    private const double Jitter = 0.2;

    public async Task<T> RunAsync<T>(Func<int, Task<T>> work, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var delay = initialDelay;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await work(attempt);
            }
            catch (GraphStoreException e) when (e.IsRetriable && !cancellationToken.IsCancellationRequested)
            {
                var elapsed = time.GetElapsedTime(started);
                if (elapsed >= maxRetryTime)
                {
                    throw;
                }

                var jittered = delay * (1 + (Jitter * ((Random.Shared.NextDouble() * 2) - 1)));
                if (elapsed + jittered > maxRetryTime)
                {
                    jittered = maxRetryTime - elapsed;
                }

                await Task.Delay(jittered, time, cancellationToken);
                delay *= Multiplier;
            }
        }
    }
}
