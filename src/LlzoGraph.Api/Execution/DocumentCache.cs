using GraphQLParser.AST;

namespace LlzoGraph.Api.Execution;

/// <summary>
/// Parsed documents that passed validation, by query text, at most <c>capacity</c> of them: the least recently used
/// goes when a new one comes. Safe to share between requests (documents are not changed by execution).
/// </summary>
internal sealed class DocumentCache(int capacity)
{
    private readonly Dictionary<string, LinkedListNode<(string Query, GraphQLDocument Document)>> byQuery = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Query, GraphQLDocument Document)> recency = new();
    private readonly Lock gate = new();

    public int Count
    {
        get
        {
            lock (gate)
            {
                return byQuery.Count;
            }
        }
    }

    public GraphQLDocument? Get(string query)
    {
        lock (gate)
        {
            if (!byQuery.TryGetValue(query, out var node))
            {
                return null;
            }

            recency.Remove(node);
            recency.AddFirst(node);
            return node.Value.Document;
        }
    }

    public void Add(string query, GraphQLDocument document)
    {
        if (capacity <= 0)
        {
            return;
        }

        lock (gate)
        {
            if (byQuery.TryGetValue(query, out var existing))
            {
                recency.Remove(existing);
            }
            else if (byQuery.Count >= capacity)
            {
                byQuery.Remove(recency.Last!.Value.Query);
                recency.RemoveLast();
            }

            byQuery[query] = recency.AddFirst((query, document));
        }
    }
}
