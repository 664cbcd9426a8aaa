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
        SELECT 'strategy', subject_id FROM measurement WHERE paper_id = $paper AND subject_kind <> 'Material'
        UNION
        SELECT 'material', subject_id FROM measurement WHERE paper_id = $paper AND subject_kind = 'Material'
        UNION
        SELECT 'material', material_id FROM strategy_material
        WHERE strategy_id IN (SELECT subject_id FROM measurement WHERE paper_id = $paper AND subject_kind <> 'Material')
           OR strategy_id IN (SELECT value FROM json_each($strategies))
        UNION
        SELECT 'reference', reference_id FROM paper_reference WHERE paper_id = $paper
        """;

    /// <summary>Everything the paper owns: its sections, measurements with their reference edges, and its reference edges.</summary>
    public const string DeleteOwned = """
        DELETE FROM measurement_reference WHERE measurement_id IN (SELECT id FROM measurement WHERE paper_id = $paper);
        DELETE FROM measurement WHERE paper_id = $paper;
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

    public const string InsertPaperReference = """
        INSERT INTO paper_reference (paper_id, number, reference_id) VALUES ($paper, $number, $reference)
        """;

    public const string InsertMeasurement = """
        INSERT INTO measurement (
            id, paper_id, subject_id, subject_kind, property, value, upper_value, unit, si_value, si_upper_value, si_unit,
            qualifier, conditions, evidence_kind, evidence_section, evidence_text, evidence_block, evidence_table,
            evidence_row, evidence_page, evidence_box, confidence)
        VALUES (
            $id, $paper, $subject, $subjectKind, $property, $value, $upperValue, $unit, $siValue, $siUpperValue, $siUnit,
            $qualifier, $conditions, $evidenceKind, $evidenceSection, $evidenceText, $evidenceBlock, $evidenceTable,
            $evidenceRow, $evidencePage, $evidenceBox, $confidence)
        """;

    public static readonly string[] MeasurementParameters =
    [
        "$id", "$paper", "$subject", "$subjectKind", "$property", "$value", "$upperValue", "$unit", "$siValue",
        "$siUpperValue", "$siUnit", "$qualifier", "$conditions", "$evidenceKind", "$evidenceSection", "$evidenceText",
        "$evidenceBlock", "$evidenceTable", "$evidenceRow", "$evidencePage", "$evidenceBox", "$confidence",
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
        """;
}
