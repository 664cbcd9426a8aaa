namespace LlzoGraph.Store.Sqlite;

/// <summary>The statements of the curators' overlay and of API keys.</summary>
internal static class CurationSql
{
    public const string MeasurementExists = "SELECT COUNT(*) FROM measurement WHERE id = $id";

    public const string InsertEdit = """
        INSERT INTO curation_edit (id, measurement_id, action, author, at, comment, before, after)
        VALUES ($id, $measurement, $action, $author, $at, $comment, $before, $after)
        """;

    /// <summary>The latest decision; a correction keeps the name it gave until another correction changes it.</summary>
    public const string UpsertState = """
        INSERT INTO measurement_curation (measurement_id, action, author, at, subject_name, conflict)
        VALUES ($measurement, $action, $author, $at, $subject, NULL)
        ON CONFLICT (measurement_id) DO UPDATE SET
            action = excluded.action, author = excluded.author, at = excluded.at,
            subject_name = COALESCE(excluded.subject_name, measurement_curation.subject_name)
        """;

    /// <summary>A correction becomes the measurement's effective value, so filters and indexes see it.</summary>
    public const string ApplyCorrection = """
        UPDATE measurement SET value = $value, unit = $unit, si_value = $siValue, si_unit = $siUnit WHERE id = $id
        """;

    public const string History = """
        SELECT id, measurement_id, action, author, at, comment, before, after FROM curation_edit
        WHERE measurement_id = $id ORDER BY seq
        """;

    /// <summary>Conflicts first (curated facts a later ingest no longer extracts), then the least confident uncurated facts.</summary>
    public const string ReviewQueue = """
        SELECT m.id, mc.conflict FROM measurement m
        LEFT JOIN measurement_curation mc ON mc.measurement_id = m.id
        WHERE mc.conflict IS NOT NULL OR mc.measurement_id IS NULL
        ORDER BY mc.conflict IS NULL, (SELECT MAX(c.confidence) FROM evidence c WHERE c.measurement_id = m.id), m.id
        LIMIT $limit
        """;

    public const string InsertKey = "INSERT INTO api_key (id, owner, role, hash, created_at) VALUES ($id, $owner, $role, $hash, $at)";

    public const string FindKey = "SELECT id, owner, role FROM api_key WHERE hash = $hash";
}
