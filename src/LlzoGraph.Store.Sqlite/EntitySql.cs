namespace LlzoGraph.Store.Sqlite;

/// <summary>The statements of entities (materials and strategies): aliases, listings, and the curators' overlay on them.</summary>
internal static class EntitySql
{
    public const string DeletePaperAliases = "DELETE FROM entity_alias WHERE paper_id = $paper";

    public const string InsertAlias = """
        INSERT INTO entity_alias (entity_id, alias, alias_folded, paper_id, edit_id)
        VALUES ($entity, $alias, $folded, $paper, $edit) ON CONFLICT DO NOTHING
        """;

    public const string SetChangedFrom = "UPDATE measurement SET changed_from_id = $from WHERE id = $id";

    /// <summary>
    /// Applies the overlay to whatever ingestion wrote: measurements a curator moved (a split) go to their subject, the
    /// measurements of merged-away entities (through chains of merges) go to the entity finally kept, and a curator's
    /// added measurement is a conflict only when the extraction of its paper and section now reports another value for
    /// the same subject and property (never for not being extracted). Each move remembers where extraction put it.
    /// Every statement starts from the (small) overlay tables and reaches measurements by key, never by a scan.
    /// </summary>
    public const string ApplyOverlay = """
        UPDATE measurement SET
            extracted_subject_id = COALESCE(extracted_subject_id, subject_id),
            extracted_subject_kind = COALESCE(extracted_subject_kind, subject_kind),
            subject_id = (SELECT ms.subject_id FROM measurement_subject ms WHERE ms.measurement_id = measurement.id),
            subject_kind = (SELECT ms.subject_kind FROM measurement_subject ms WHERE ms.measurement_id = measurement.id)
        WHERE id IN (
            SELECT ms.measurement_id FROM measurement_subject ms JOIN measurement x ON x.id = ms.measurement_id
            WHERE x.subject_id <> ms.subject_id OR x.subject_kind <> ms.subject_kind);

        WITH RECURSIVE chain (merged_id, kept_id, depth) AS (
            SELECT merged_id, kept_id, 1 FROM entity_merge
            UNION ALL
            SELECT c.merged_id, m.kept_id, c.depth + 1 FROM chain c JOIN entity_merge m ON m.merged_id = c.kept_id WHERE c.depth < 64),
        final (merged_id, kept_id, kept_kind) AS (
            SELECT c.merged_id, c.kept_id, COALESCE((SELECT s.kind FROM strategy s WHERE s.id = c.kept_id), 'Material') FROM chain c
            WHERE NOT EXISTS (SELECT 1 FROM entity_merge m WHERE m.merged_id = c.kept_id))
        UPDATE measurement SET
            extracted_subject_id = COALESCE(measurement.extracted_subject_id, measurement.subject_id),
            extracted_subject_kind = COALESCE(measurement.extracted_subject_kind, measurement.subject_kind),
            subject_id = f.kept_id, subject_kind = f.kept_kind
        FROM final f
        WHERE measurement.subject_id = f.merged_id
          AND NOT EXISTS (SELECT 1 FROM measurement_subject ms WHERE ms.measurement_id = measurement.id);

        UPDATE measurement_curation SET conflict = (
            SELECT 'the latest extraction of the same paper and section reports ' || o.value || ' ' || o.unit
                   || ' for this subject and property, unlike the value a curator added'
            FROM measurement a
            JOIN evidence ae ON ae.measurement_id = a.id
            JOIN evidence oe ON oe.paper_id = ae.paper_id AND oe.section = ae.section AND oe.measurement_id <> a.id
            JOIN measurement o ON o.id = oe.measurement_id AND o.subject_id = a.subject_id AND o.property = a.property
            WHERE a.id = measurement_curation.measurement_id
              AND abs(o.si_value - a.si_value) > 1e-9 * abs(a.si_value)
              AND o.id NOT IN (SELECT entity_id FROM entity_edit WHERE action = 'AddMeasurement')
            ORDER BY o.id
            LIMIT 1)
        WHERE measurement_id IN (SELECT entity_id FROM entity_edit WHERE action = 'AddMeasurement');
        """;

    /// <summary>Puts every moved measurement back where extraction put it (the overlay is then applied again).</summary>
    public const string RestoreExtractedSubjects = """
        UPDATE measurement SET subject_id = extracted_subject_id, subject_kind = extracted_subject_kind,
                               extracted_subject_id = NULL, extracted_subject_kind = NULL
        WHERE extracted_subject_id IS NOT NULL
        """;

    /// <summary>id, name, kind ('Material' for a material) and whether it is merged into another, of either table.</summary>
    public const string FindEntity = """
        SELECT id, name, 'Material', EXISTS (SELECT 1 FROM entity_merge WHERE merged_id = $id) FROM material WHERE id = $id
        UNION ALL
        SELECT id, name, kind, EXISTS (SELECT 1 FROM entity_merge WHERE merged_id = $id) FROM strategy WHERE id = $id
        """;

    public const string KeptOf = "SELECT kept_id, edit_id FROM entity_merge WHERE merged_id = $id";

    /// <summary>The visible (not rejected) measurements an entity is the subject of.</summary>
    private const string Count = """
        (SELECT COUNT(*) FROM measurement x LEFT JOIN measurement_curation c ON c.measurement_id = x.id
         WHERE x.subject_id = e.id AND (c.action IS NULL OR c.action <> 'Reject'))
        """;

    private const string NameMatches = """
        ($name IS NULL OR instr(e.name_folded, $name) > 0
         OR EXISTS (SELECT 1 FROM entity_alias a WHERE a.entity_id = e.id AND instr(a.alias_folded, $name) > 0))
        AND NOT EXISTS (SELECT 1 FROM entity_merge g WHERE g.merged_id = e.id)
        """;

    public const string Materials = "SELECT e.id, e.name, 'Material', " + Count + " FROM material e WHERE " + NameMatches
        + " ORDER BY e.name_folded, e.id LIMIT $limit OFFSET $offset";

    /// <summary>One entity by id, in the columns of <see cref="Materials"/>.</summary>
    public const string EntityById = "SELECT e.id, e.name, 'Material', " + Count + " FROM material e WHERE e.id = $id "
        + "UNION ALL SELECT e.id, e.name, e.kind, " + Count + " FROM strategy e WHERE e.id = $id";

    public const string CountMaterials = "SELECT COUNT(*) FROM material e WHERE " + NameMatches;

    private const string KindMatches = " AND ($kinds IS NULL OR e.kind IN (SELECT value FROM json_each($kinds)))";

    public const string Strategies = "SELECT e.id, e.name, e.kind, " + Count + " FROM strategy e WHERE " + NameMatches + KindMatches
        + " ORDER BY e.name_folded, e.id LIMIT $limit OFFSET $offset";

    public const string CountStrategies = "SELECT COUNT(*) FROM strategy e WHERE " + NameMatches + KindMatches;

    public const string AliasesOf = """
        SELECT entity_id, alias, alias_folded FROM entity_alias
        WHERE entity_id IN (SELECT value FROM json_each($ids))
        ORDER BY entity_id, alias_folded, paper_id
        """;

    public const string ChangedFromOf = """
        SELECT id, changed_from_id FROM measurement
        WHERE id IN (SELECT value FROM json_each($ids)) AND changed_from_id IS NOT NULL
        """;

    public const string InsertEdit = """
        INSERT INTO entity_edit (id, action, entity_id, other_id, author, at, comment, before, after)
        VALUES ($id, $action, $entity, $other, $author, $at, $comment, $before, $after)
        """;

    public const string History = """
        SELECT id, action, entity_id, other_id, author, at, comment, before, after FROM entity_edit
        WHERE entity_id = $id OR other_id = $id ORDER BY seq
        """;

    public const string InsertMerge = "INSERT INTO entity_merge (merged_id, kept_id, edit_id) VALUES ($merged, $kept, $edit)";

    public const string DeleteMerge = "DELETE FROM entity_merge WHERE merged_id = $merged";

    public const string DeleteAliasesOfEdit = "DELETE FROM entity_alias WHERE edit_id = $edit";

    /// <summary>The merged entity's names become curated aliases of the kept one.</summary>
    public const string CopyAliases = """
        INSERT INTO entity_alias (entity_id, alias, alias_folded, paper_id, edit_id)
        SELECT $kept, alias, alias_folded, '', $edit FROM entity_alias WHERE entity_id = $merged
        ON CONFLICT DO NOTHING
        """;

    public const string SubjectsOf = "SELECT id, subject_id FROM measurement WHERE id IN (SELECT value FROM json_each($ids))";

    public const string InsertMaterial = "INSERT INTO material (id, name, name_folded) VALUES ($id, $name, $folded)";

    public const string InsertStrategy = "INSERT INTO strategy (id, name, name_folded, kind) VALUES ($id, $name, $folded, $kind)";

    public const string CopyStrategyMaterials = """
        INSERT INTO strategy_material (strategy_id, material_id)
        SELECT $new, material_id FROM strategy_material WHERE strategy_id = $old ON CONFLICT DO NOTHING
        """;

    public const string InsertMeasurementSubject = """
        INSERT INTO measurement_subject (measurement_id, subject_id, subject_kind, edit_id) VALUES ($measurement, $subject, $kind, $edit)
        ON CONFLICT (measurement_id) DO UPDATE SET subject_id = excluded.subject_id, subject_kind = excluded.subject_kind, edit_id = excluded.edit_id
        """;

    public const string PaperExists = "SELECT COUNT(*) FROM paper WHERE id = $id";

    public const string ReferenceNumbered = "SELECT reference_id FROM paper_reference WHERE paper_id = $paper AND number = $number";
}
