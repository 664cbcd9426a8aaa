using LlzoGraph.Store.Neo4j.Bolt.Connection;
using LlzoGraph.Store.Neo4j.Bolt.Messages;

namespace LlzoGraph.Store.Neo4j.Bolt.Driver;

/// <summary>One row of a result, read by column name or position.</summary>
public sealed class Record(IReadOnlyDictionary<string, int> columns, IReadOnlyList<object?> values)
{
    public IReadOnlyList<object?> Values { get; } = values;

    public object? this[int index] => Values[index];

    public object? this[string key] => columns.TryGetValue(key, out var index)
        ? Values[index]
        : throw new KeyNotFoundException($"the result has no column '{key}' (it has {string.Join(", ", columns.Keys)})");
}

/// <summary>A query's columns, every record, and the metadata of its closing SUCCESS (bookmark, statistics, …).</summary>
public sealed class QueryResult
{
    internal QueryResult(IReadOnlyList<string> keys, IReadOnlyList<Record> records, IReadOnlyDictionary<string, object?> summary, int batches)
    {
        Keys = keys;
        Records = records;
        Summary = summary;
        Batches = batches;
    }

    public IReadOnlyList<string> Keys { get; }

    public IReadOnlyList<Record> Records { get; }

    public IReadOnlyDictionary<string, object?> Summary { get; }

    /// <summary>How many PULLs it took (1 unless the server paged with has_more).</summary>
    public int Batches { get; }

    /// <summary>
    /// Runs <paramref name="run"/> and pulls its records in batches of <paramref name="fetchSize"/> (pipelined with
    /// the RUN), pulling again while the server says has_more.
    /// </summary>
    internal static async Task<QueryResult> ExecuteAsync(BoltConnection connection, IRequestMessage run, int fetchSize, CancellationToken cancellationToken)
    {
        var protocol = connection.Protocol;
        var replies = await connection.ExchangeAsync([run, protocol.Pull(fetchSize, -1)], cancellationToken);
        var runMetadata = replies[0].Metadata;
        var keys = runMetadata.TryGetValue("fields", out var f) && f is List<object?> fields ? fields.OfType<string>().ToList() : [];
        var qid = runMetadata.TryGetValue("qid", out var q) && q is long id ? id : -1;
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < keys.Count; i++)
        {
            columns[keys[i]] = i;
        }

        var records = new List<Record>();
        var pull = replies[1];
        var batches = 1;
        while (true)
        {
            records.AddRange(pull.Records.Select(values => new Record(columns, values)));
            if (!(pull.Metadata.TryGetValue("has_more", out var more) && more is true))
            {
                break;
            }

            pull = (await connection.ExchangeAsync([protocol.Pull(fetchSize, qid)], cancellationToken))[0];
            batches++;
        }

        return new QueryResult(keys, records, pull.Metadata, batches);
    }
}
