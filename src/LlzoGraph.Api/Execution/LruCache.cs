namespace LlzoGraph.Api.Execution;

/// <summary>
/// Values by string key, at most <c>capacity</c> of them: the least recently used goes when a new one comes.
/// Thread-safe; a capacity of 0 keeps nothing.
/// </summary>
internal sealed class LruCache<TValue>(int capacity)
    where TValue : class
{
    private readonly Dictionary<string, LinkedListNode<(string Key, TValue Value)>> byKey = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, TValue Value)> recency = new();
    private readonly Lock gate = new();

    public int Count
    {
        get
        {
            lock (gate)
            {
                return byKey.Count;
            }
        }
    }

    public TValue? Get(string key)
    {
        lock (gate)
        {
            if (!byKey.TryGetValue(key, out var node))
            {
                return null;
            }

            recency.Remove(node);
            recency.AddFirst(node);
            return node.Value.Value;
        }
    }

    public void Add(string key, TValue value)
    {
        if (capacity <= 0)
        {
            return;
        }

        lock (gate)
        {
            if (byKey.TryGetValue(key, out var existing))
            {
                recency.Remove(existing);
            }
            else if (byKey.Count >= capacity)
            {
                byKey.Remove(recency.Last!.Value.Key);
                recency.RemoveLast();
            }

            byKey[key] = recency.AddFirst((key, value));
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            byKey.Clear();
            recency.Clear();
        }
    }
}
