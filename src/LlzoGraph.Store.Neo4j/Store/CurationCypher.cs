namespace LlzoGraph.Store.Neo4j.Store;

/// <summary>
/// The statements of the curators' overlay and of API keys, all values as parameters. The overlay follows the
/// SQLite store's tables: (:CurationEdit) nodes keep every decision (who, when, before and after as JSON), one
/// (:Curation)-[:CURATES]->(:Measurement) node per measurement the latest, with a conflict a later ingest raised.
/// </summary>
internal static class CurationCypher
{
    public const string MeasurementExists = "MATCH (m:Measurement {id: $id}) RETURN count(m) AS found";

    /// <summary>Edits of a measurement are numbered in the order they were recorded.</summary>
    public const string InsertEdit = """
        OPTIONAL MATCH (previous:CurationEdit {measurementId: $measurement})
        WITH count(previous) AS seq
        CREATE (:CurationEdit {id: $id, measurementId: $measurement, seq: seq, action: $action, author: $author, at: $at,
                               comment: $comment, before: $before, after: $after})
        """;

    /// <summary>The latest decision; a correction keeps the name it gave until another correction changes it; a conflict stays until an ingest clears it.</summary>
    public const string UpsertState = """
        MATCH (m:Measurement {id: $measurement})
        MERGE (c:Curation {measurementId: $measurement})
        SET c.action = $action, c.author = $author, c.at = $at, c.subjectName = coalesce($subject, c.subjectName)
        MERGE (c)-[:CURATES]->(m)
        """;

    /// <summary>A correction becomes the measurement's effective value, so filters and sorting see it.</summary>
    public const string ApplyCorrection = """
        MATCH (m:Measurement {id: $id})
        SET m.value = $value, m.unit = $unit, m.siValue = $siValue, m.siUnit = $siUnit
        """;

    public const string History = """
        MATCH (e:CurationEdit {measurementId: $id})
        RETURN e.id, e.measurementId, e.action, e.author, e.at, e.comment, e.before, e.after
        ORDER BY e.seq
        """;

    /// <summary>Conflicts first (curated facts a later ingest no longer extracts), then the least confident uncurated facts.</summary>
    public const string ReviewQueue = """
        MATCH (m:Measurement)
        OPTIONAL MATCH (m)<-[:CURATES]-(c:Curation)
        WITH m, c
        WHERE c IS NULL OR c.conflict IS NOT NULL
        OPTIONAL MATCH (m)<-[:OF]-(e:Evidence)
        WITH m, c, max(e.confidence) AS confidence
        RETURN m.id, c.conflict
        ORDER BY CASE WHEN c.conflict IS NULL THEN 1 ELSE 0 END, coalesce(confidence, -1.0), m.id
        LIMIT $limit
        """;

    /// <summary>Sets the conflict a curated measurement had in the store it was migrated from.</summary>
    public const string RestoreConflict = "MATCH (c:Curation {measurementId: $measurement}) SET c.conflict = $conflict RETURN count(c) AS found";

    public const string InsertKey = "CREATE (:ApiKey {id: $id, owner: $owner, role: $role, hash: $hash, createdAt: $at})";

    public const string FindKey = "MATCH (k:ApiKey {hash: $hash}) RETURN k.id, k.owner, k.role";
}
