namespace LlzoGraph.Store.Sqlite;

/// <summary>Relatedness queries: papers by shared cited works and subjects, strategies by shared materials and properties.</summary>
internal static class RelatedSql
{
    /// <summary>Columns: paper (6), shared works, shared subjects.</summary>
    public const string RelatedPapers = """
        WITH works AS (SELECT reference_id FROM paper_reference WHERE paper_id = $paper),
             subjects AS (SELECT DISTINCT m.subject_id FROM evidence e JOIN measurement m ON m.id = e.measurement_id WHERE e.paper_id = $paper),
             shared AS (
                 SELECT pr.paper_id, COUNT(DISTINCT pr.reference_id) AS works, 0 AS subjects
                 FROM paper_reference pr WHERE pr.reference_id IN (SELECT reference_id FROM works) AND pr.paper_id <> $paper
                 GROUP BY pr.paper_id
                 UNION ALL
                 SELECT e.paper_id, 0, COUNT(DISTINCT m.subject_id)
                 FROM evidence e JOIN measurement m ON m.id = e.measurement_id
                 WHERE m.subject_id IN (SELECT subject_id FROM subjects) AND e.paper_id <> $paper
                 GROUP BY e.paper_id)
        SELECT p.id, p.title, p.authors, p.doi, p.year, p.source, SUM(s.works), SUM(s.subjects)
        FROM shared s JOIN paper p ON p.id = s.paper_id
        GROUP BY p.id
        ORDER BY SUM(s.works) + SUM(s.subjects) DESC, p.title, p.id
        LIMIT $limit
        """;

    /// <summary>Columns: id, name, kind, shared materials, shared properties.</summary>
    public const string SimilarStrategies = """
        WITH materials AS (SELECT material_id FROM strategy_material WHERE strategy_id = $strategy),
             properties AS (SELECT DISTINCT property FROM measurement WHERE subject_id = $strategy),
             me AS (SELECT kind FROM strategy WHERE id = $strategy),
             scored AS (
                 SELECT s.id, s.name, s.kind,
                        (SELECT COUNT(*) FROM strategy_material sm WHERE sm.strategy_id = s.id AND sm.material_id IN (SELECT material_id FROM materials)) AS materials,
                        CASE WHEN s.kind = (SELECT kind FROM me)
                             THEN (SELECT COUNT(DISTINCT m.property) FROM measurement m WHERE m.subject_id = s.id AND m.property IN (SELECT property FROM properties))
                             ELSE 0 END AS properties
                 FROM strategy s WHERE s.id <> $strategy)
        SELECT id, name, kind, materials, properties FROM scored
        WHERE materials > 0 OR properties > 0
        ORDER BY 2 * materials + properties DESC, name, id
        LIMIT $limit
        """;
}
