namespace LlzoGraph.Store.Sqlite;

/// <summary>The statements <see cref="PaperWriter"/> runs to replace one paper's contribution to the graph.</summary>
internal static class WriteSql
{
    public const string UpsertPaper = """
        INSERT INTO paper (id, title, authors, abstract, doi, year, source)
        VALUES ($id, $title, $authors, $abstract, $doi, $year, $source)
        ON CONFLICT (id) DO UPDATE SET
            title = excluded.title, authors = excluded.authors, abstract = excluded.abstract,
            doi = excluded.doi, year = excluded.year, source = excluded.source
        """;

    /// <summary>
    /// Shared nodes the paper's previous rows pointed at (and the materials of the strategies it may re-describe):
    /// the only nodes this upsert can leave orphaned.
    /// </summary>
    public const string OrphanCandidates = """
        WITH reported AS (
            SELECT m.subject_id, m.subject_kind FROM evidence e JOIN measurement m ON m.id = e.measurement_id
            WHERE e.paper_id = $paper)
        SELECT 'strategy', subject_id FROM reported WHERE subject_kind <> 'Material'
        UNION
        SELECT 'material', subject_id FROM reported WHERE subject_kind = 'Material'
        UNION
        SELECT 'material', material_id FROM strategy_material
        WHERE strategy_id IN (SELECT subject_id FROM reported WHERE subject_kind <> 'Material')
           OR strategy_id IN (SELECT value FROM json_each($strategies))
        UNION
        SELECT 'reference', reference_id FROM paper_reference WHERE paper_id = $paper
        UNION
        SELECT 'reference', reference_id FROM citation WHERE paper_id = $paper
        UNION
        SELECT 'reference', mr.reference_id FROM evidence e JOIN measurement_reference mr ON mr.measurement_id = e.measurement_id
        WHERE e.paper_id = $paper
        """;

    /// <summary>
    /// Everything the paper owns: its evidence, the measurements only it reported (with their reference edges, by
    /// cascade), its sections and its reference edges. Measurements other papers also report stay, with their
    /// other evidence; a curated measurement stays with all its evidence, whatever the new extraction says.
    /// </summary>
    public const string DeleteOwned = """
        DELETE FROM measurement
        WHERE id IN (SELECT measurement_id FROM evidence WHERE paper_id = $paper)
          AND NOT EXISTS (SELECT 1 FROM evidence o WHERE o.measurement_id = measurement.id AND o.paper_id <> $paper)
          AND NOT EXISTS (SELECT 1 FROM measurement_curation c WHERE c.measurement_id = measurement.id);
        DELETE FROM evidence
        WHERE paper_id = $paper
          AND NOT EXISTS (SELECT 1 FROM measurement_curation c WHERE c.measurement_id = evidence.measurement_id);
        DELETE FROM citation WHERE paper_id = $paper;
        DELETE FROM section WHERE paper_id = $paper;
        DELETE FROM paper_reference WHERE paper_id = $paper;
        """;

    public const string InsertSection = """
        INSERT INTO section (paper_id, ordinal, number, title) VALUES ($paper, $ordinal, $number, $title)
        """;

    // Shared nodes keep the description they have while something outside this paper uses them (this paper's own
    // rows are already deleted when these run); the paper that is a node's only user (re)describes it. So a
    // re-ingest of an unchanged paper changes no row, whatever was ingested in between.

    /// <summary>Affects one row when the strategy is new or this paper (re)describes it, none when it is kept.</summary>
    public const string UpsertStrategy = """
        INSERT INTO strategy (id, name, name_folded, kind) VALUES ($id, $name, $folded, $kind)
        ON CONFLICT (id) DO UPDATE SET name = excluded.name, name_folded = excluded.name_folded, kind = excluded.kind
        WHERE NOT EXISTS (SELECT 1 FROM measurement WHERE subject_id = excluded.id AND subject_kind <> 'Material')
        """;

    /// <summary>Runs after the strategies: the material edges left then belong to strategies something else uses.</summary>
    public const string UpsertMaterial = """
        INSERT INTO material (id, name, name_folded) VALUES ($id, $name, $folded)
        ON CONFLICT (id) DO UPDATE SET name = excluded.name, name_folded = excluded.name_folded
        WHERE NOT EXISTS (SELECT 1 FROM measurement WHERE subject_id = excluded.id AND subject_kind = 'Material')
          AND NOT EXISTS (SELECT 1 FROM strategy_material WHERE material_id = excluded.id)
        """;

    public const string DeleteStrategyMaterials = "DELETE FROM strategy_material WHERE strategy_id = $strategy";

    public const string InsertStrategyMaterial = """
        INSERT INTO strategy_material (strategy_id, material_id) VALUES ($strategy, $material) ON CONFLICT DO NOTHING
        """;

    public const string UpsertReference = """
        INSERT INTO reference (id, authors, title, journal, year, volume, pages, doi, raw)
        VALUES ($id, $authors, $title, $journal, $year, $volume, $pages, $doi, $raw)
        ON CONFLICT (id) DO UPDATE SET
            authors = excluded.authors, title = excluded.title, journal = excluded.journal, year = excluded.year,
            volume = excluded.volume, pages = excluded.pages, doi = excluded.doi, raw = excluded.raw
        WHERE NOT EXISTS (SELECT 1 FROM paper_reference WHERE reference_id = excluded.id)
        """;

    public const string InsertCitation = """
        INSERT INTO citation (paper_id, ordinal, reference_id, number, form, section, block, text)
        VALUES ($paper, $ordinal, $reference, $number, $form, $section, $block, $text)
        """;

    public const string InsertPaperReference = """
        INSERT INTO paper_reference (paper_id, number, reference_id) VALUES ($paper, $number, $reference)
        """;

    /// <summary>A measurement another paper already reported is the same node: it stays as it is.</summary>
    public const string InsertMeasurement = """
        INSERT INTO measurement (
            id, subject_id, subject_kind, property, value, upper_value, unit, si_value, si_upper_value, si_unit, qualifier, conditions)
        VALUES (
            $id, $subject, $subjectKind, $property, $value, $upperValue, $unit, $siValue, $siUpperValue, $siUnit, $qualifier, $conditions)
        ON CONFLICT (id) DO NOTHING
        """;

    public static readonly string[] MeasurementParameters =
    [
        "$id", "$subject", "$subjectKind", "$property", "$value", "$upperValue", "$unit", "$siValue",
        "$siUpperValue", "$siUnit", "$qualifier", "$conditions",
    ];

    /// <summary>Evidence a curated measurement kept from an earlier ingest stays as it was.</summary>
    public const string InsertEvidence = """
        INSERT INTO evidence (id, measurement_id, paper_id, kind, section, text, block, table_label, row, page, box, confidence)
        VALUES ($id, $measurement, $paper, $kind, $section, $text, $block, $table, $row, $page, $box, $confidence)
        ON CONFLICT (id) DO NOTHING
        """;

    /// <summary>
    /// After a paper is written: its curated measurements that the new extraction still yields are in agreement, the
    /// others are conflicts for the review queue.
    /// </summary>
    public const string FlagCurationConflicts = """
        UPDATE measurement_curation
        SET conflict = CASE WHEN measurement_id IN (SELECT value FROM json_each($extracted)) THEN NULL ELSE $reason END
        WHERE measurement_id IN (SELECT measurement_id FROM evidence WHERE paper_id = $paper)
        """;

    public static readonly string[] EvidenceParameters =
    [
        "$id", "$measurement", "$paper", "$kind", "$section", "$text", "$block", "$table", "$row", "$page", "$box", "$confidence",
    ];

    public const string InsertMeasurementReference = """
        INSERT INTO measurement_reference (measurement_id, reference_id) VALUES ($measurement, $reference) ON CONFLICT DO NOTHING
        """;

    public const string DeleteOrphanStrategy = """
        DELETE FROM strategy WHERE id = $id
          AND NOT EXISTS (SELECT 1 FROM measurement WHERE subject_id = $id AND subject_kind <> 'Material')
        """;

    public const string DeleteOrphanMaterial = """
        DELETE FROM material WHERE id = $id
          AND NOT EXISTS (SELECT 1 FROM measurement WHERE subject_id = $id AND subject_kind = 'Material')
          AND NOT EXISTS (SELECT 1 FROM strategy_material WHERE material_id = $id)
        """;

    public const string DeleteOrphanReference = """
        DELETE FROM reference WHERE id = $id
          AND NOT EXISTS (SELECT 1 FROM paper_reference WHERE reference_id = $id)
          AND NOT EXISTS (SELECT 1 FROM measurement_reference WHERE reference_id = $id)
          AND NOT EXISTS (SELECT 1 FROM citation WHERE reference_id = $id)
        """;
}
