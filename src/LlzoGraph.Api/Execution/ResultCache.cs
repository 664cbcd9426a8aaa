namespace LlzoGraph.Api.Execution;

/// <summary>
/// Answers of read-only requests, by request and caller, valid for one data version of the store: the first lookup
/// under a new version drops them all, so an answer is never served after a write (ingest, curation, from any
/// process). An answer is stored under the version read before it was computed, and only while that is still the
/// current one. Answers over <see cref="MaxAnswerBytes"/> are not kept.
/// </summary>
internal sealed class ResultCache(int capacity)
{
    /// <summary>The largest answer kept: 1 MiB, so the cache holds at most <c>capacity</c> MiB.</summary>
    public const int MaxAnswerBytes = 1024 * 1024;

    private readonly LruCache<byte[]> answers = new(capacity);
    private readonly Lock gate = new();
    private long? version;

    public bool Enabled => capacity > 0;

    public byte[]? Get(string key, long dataVersion)
    {
        lock (gate)
        {
            if (version != dataVersion)
            {
                answers.Clear();
                version = dataVersion;
                return null;
            }
        }

        return answers.Get(key);
    }

    public void Add(string key, long dataVersion, byte[] answer)
    {
        if (answer.Length > MaxAnswerBytes)
        {
            return;
        }

        lock (gate)
        {
            if (version == dataVersion)
            {
                answers.Add(key, answer);
            }
        }
    }
}
