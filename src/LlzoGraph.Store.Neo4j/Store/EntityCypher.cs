namespace LlzoGraph.Store.Neo4j.Store;

/// <summary>
/// The statements of entities (materials and strategies): aliases, listings and the curators' overlay on them, all
/// values as parameters. The overlay follows the SQLite store's tables: <c>(entity)-[:ALSO_CALLED]->(:Alias {entityId,
/// alias, folded, paperId, editId})</c> (paperId '' for a curator's alias), <c>mergedInto</c>/<c>mergeEdit</c> and the label <c>:Merged</c>
/// on a merged-away entity, <c>(:MeasurementSubject {measurementId, subjectId, subjectKind, editId})</c> for a split,
/// <c>(:EntityEdit)</c> for every edit, <c>curated</c> on every entity an edit touched (never deleted as an orphan), and
/// <c>extractedSubjectId</c>/<c>extractedSubjectKind</c> and the label <c>:Moved</c> on a measurement the overlay
/// moved. A paper's aliases hang from it too (<c>(:Paper)-[:GAVE_ALIAS]->(:Alias)</c>), so its re-ingest finds them by the paper.
/// </summary>
internal static class EntityCypher
{
    public const string DeletePaperAliases = "MATCH (:Paper {id: $paper})-[:GAVE_ALIAS]->(a:Alias) DETACH DELETE a";

    public const string InsertPaperAliases = """
        MATCH (p:Paper {id: $paper})
        UNWIND $rows AS r
        MATCH (x:Material {id: r.entity})
        MERGE (x)-[:ALSO_CALLED]->(a:Alias {entityId: r.entity, folded: r.folded, paperId: $paper})
        ON CREATE SET a.alias = r.alias
        MERGE (p)-[:GAVE_ALIAS]->(a)
        """;

    /// <summary>A curator's alias (paperId ''), kept unless the edit that added it is undone.</summary>
    public const string InsertCuratedAlias = """
        OPTIONAL MATCH (x:Material {id: $entity})
        OPTIONAL MATCH (y:Strategy {id: $entity})
        WITH coalesce(x, y) AS e
        WHERE e IS NOT NULL
        MERGE (e)-[:ALSO_CALLED]->(a:Alias {entityId: $entity, folded: $folded, paperId: ''})
        ON CREATE SET a.alias = $alias, a.editId = $edit
        """;

    /// <summary>The merged entity's aliases become curated aliases of the kept one.</summary>
    public const string AliasesOfEntity = """
        OPTIONAL MATCH (x:Material {id: $id})
        OPTIONAL MATCH (y:Strategy {id: $id})
        WITH coalesce(x, y) AS e
        MATCH (e)-[:ALSO_CALLED]->(a:Alias)
        RETURN a.alias, a.folded
        """;

    public const string DeleteAliasesOfEdit = "MATCH (a:Alias {editId: $edit}) DETACH DELETE a";

    /// <summary>id, name, kind ('Material' for a material), the entity it is merged into (or null) and that merge's edit.</summary>
    public const string FindEntity = """
        MATCH (e:Material {id: $id}) RETURN e.id AS id, e.name AS name, 'Material' AS kind, e.mergedInto AS keptId, e.mergeEdit AS edit
        UNION ALL
        MATCH (e:Strategy {id: $id}) RETURN e.id AS id, e.name AS name, e.kind AS kind, e.mergedInto AS keptId, e.mergeEdit AS edit
        """;

    /// <summary>Marks entities an edit touched, so that ingestion never deletes them as orphans.</summary>
    public const string MarkCurated = """
        UNWIND $ids AS id
        OPTIONAL MATCH (x:Material {id: id})
        OPTIONAL MATCH (y:Strategy {id: id})
        WITH coalesce(x, y) AS e
        WHERE e IS NOT NULL
        SET e.curated = true
        """;

    public const string SetMerged = """
        OPTIONAL MATCH (x:Material {id: $merged})
        OPTIONAL MATCH (y:Strategy {id: $merged})
        WITH coalesce(x, y) AS e
        SET e.mergedInto = $kept, e.mergeEdit = $edit, e:Merged
        """;

    public const string ClearMerged = """
        OPTIONAL MATCH (x:Material {id: $merged})
        OPTIONAL MATCH (y:Strategy {id: $merged})
        WITH coalesce(x, y) AS e
        SET e.mergedInto = null, e.mergeEdit = null
        REMOVE e:Merged
        """;

    /// <summary>Every merge in force: the merged id, the id it is merged into, and the kind of that one.</summary>
    public const string Merges = """
        MATCH (e:Merged) RETURN e.id AS merged, e.mergedInto AS kept
        """;

    public const string KindsOf = """
        UNWIND $ids AS id
        OPTIONAL MATCH (x:Material {id: id})
        OPTIONAL MATCH (y:Strategy {id: id})
        WITH id, x, y
        WHERE x IS NOT NULL OR y IS NOT NULL
        RETURN id, CASE WHEN x IS NOT NULL THEN 'Material' ELSE y.kind END
        """;

    /// <summary>Measurements a curator moved (a split) go to their subject, remembering where extraction put them.</summary>
    public const string ApplySplits = """
        MATCH (ms:MeasurementSubject)
        MATCH (m:Measurement {id: ms.measurementId})
        WHERE m.subjectId <> ms.subjectId OR m.subjectKind <> ms.subjectKind
        OPTIONAL MATCH (tm:Material {id: ms.subjectId})
        OPTIONAL MATCH (ts:Strategy {id: ms.subjectId})
        WITH m, ms, coalesce(tm, ts) AS target
        WHERE target IS NOT NULL
        OPTIONAL MATCH (m)-[old:ABOUT]->()
        DELETE old
        WITH DISTINCT m, ms, target
        SET m.extractedSubjectId = coalesce(m.extractedSubjectId, m.subjectId),
            m.extractedSubjectKind = coalesce(m.extractedSubjectKind, m.subjectKind),
            m.subjectId = ms.subjectId, m.subjectKind = ms.subjectKind, m:Moved
        CREATE (m)-[:ABOUT]->(target)
        """;

    public const string SplitMeasurementIds = "MATCH (ms:MeasurementSubject) RETURN ms.measurementId";

    /// <summary>The measurements of merged-away entities go to the entity finally kept (rows: merged, kept, kind), but for split ones.</summary>
    public const string ApplyMerges = """
        UNWIND $rows AS r
        OPTIONAL MATCH (mm:Material {id: r.merged})
        OPTIONAL MATCH (sm:Strategy {id: r.merged})
        WITH r, coalesce(mm, sm) AS source
        OPTIONAL MATCH (tm:Material {id: r.kept})
        OPTIONAL MATCH (ts:Strategy {id: r.kept})
        WITH r, source, coalesce(tm, ts) AS target
        WHERE source IS NOT NULL AND target IS NOT NULL
        MATCH (source)<-[old:ABOUT]-(m:Measurement)
        WHERE NOT m.id IN $split
        DELETE old
        SET m.extractedSubjectId = coalesce(m.extractedSubjectId, m.subjectId),
            m.extractedSubjectKind = coalesce(m.extractedSubjectKind, m.subjectKind),
            m.subjectId = r.kept, m.subjectKind = r.kind, m:Moved
        CREATE (m)-[:ABOUT]->(target)
        """;

    /// <summary>Puts every moved measurement back where extraction put it (the overlay is then applied again).</summary>
    public const string RestoreExtractedSubjects = """
        MATCH (m:Moved)
        WHERE m.extractedSubjectId IS NOT NULL
        OPTIONAL MATCH (tm:Material {id: m.extractedSubjectId})
        OPTIONAL MATCH (ts:Strategy {id: m.extractedSubjectId})
        WITH m, coalesce(tm, ts) AS target
        OPTIONAL MATCH (m)-[old:ABOUT]->()
        DELETE old
        WITH DISTINCT m, target
        SET m.subjectId = m.extractedSubjectId, m.subjectKind = m.extractedSubjectKind,
            m.extractedSubjectId = null, m.extractedSubjectKind = null
        REMOVE m:Moved
        FOREACH (t IN CASE WHEN target IS NULL THEN [] ELSE [target] END | CREATE (m)-[:ABOUT]->(t))
        """;

    /// <summary>
    /// A curator's added measurement is a conflict only when the extraction of its paper and section now reports
    /// another value for the same subject and property (never for not being extracted).
    /// </summary>
    public const string FlagAddedConflicts = """
        MATCH (ed:EntityEdit {action: 'AddMeasurement'})
        WITH collect(ed.entityId) AS added
        UNWIND added AS id
        MATCH (a:Measurement {id: id})<-[:CURATES]-(c:Curation)
        OPTIONAL MATCH (a)<-[:OF]-(ae:Evidence)<-[:REPORTS]-(:Paper)-[:REPORTS]->(oe:Evidence)-[:OF]->(o:Measurement)
        WHERE oe.section = ae.section AND o.id <> a.id AND o.subjectId = a.subjectId AND o.property = a.property
          AND abs(o.siValue - a.siValue) > 1e-9 * abs(a.siValue) AND NOT o.id IN added
        WITH c, o
        ORDER BY o.id
        WITH c, collect(o) AS others
        WITH c, CASE WHEN size(others) = 0 THEN null ELSE others[0] END AS other
        SET c.conflict = CASE WHEN other IS NULL THEN null
            ELSE 'the latest extraction of the same paper and section reports ' + toString(other.value) + ' ' + other.unit
                 + ' for this subject and property, unlike the value a curator added' END
        """;

    /// <summary>Listing filters: the name or an alias contains $name; merged-away entities are left out.</summary>
    private const string NameMatches = """
        ($name IS NULL OR e.nameFolded CONTAINS $name OR size([(e)-[:ALSO_CALLED]->(a:Alias) WHERE a.folded CONTAINS $name | 1]) > 0)
          AND e.mergedInto IS NULL
        """;

    private const string KindMatches = " AND ($kinds IS NULL OR e.kind IN $kinds)";

    /// <summary>The visible (not rejected) measurements of each entity in rows (e, kind); columns id, name, kind, count.</summary>
    private const string Counted = """
        OPTIONAL MATCH (e)<-[:ABOUT]-(x:Measurement)
        WHERE NOT (x)<-[:CURATES]-(:Curation {action: 'Reject'})
        RETURN e.id, e.name, kind, count(x) AS measurements, e.nameFolded AS folded
        ORDER BY folded, e.id
        """;

    public const string Materials = "MATCH (e:Material) WHERE " + NameMatches
        + "\nWITH e, 'Material' AS kind ORDER BY e.nameFolded, e.id SKIP $offset LIMIT $limit\n" + Counted;

    public const string CountMaterials = "MATCH (e:Material) WHERE " + NameMatches + "\nRETURN count(e)";

    public const string Strategies = "MATCH (e:Strategy) WHERE " + NameMatches + KindMatches
        + "\nWITH e, e.kind AS kind ORDER BY e.nameFolded, e.id SKIP $offset LIMIT $limit\n" + Counted;

    public const string CountStrategies = "MATCH (e:Strategy) WHERE " + NameMatches + KindMatches + "\nRETURN count(e)";

    /// <summary>One entity by id, in the columns of <see cref="Materials"/>.</summary>
    public const string EntityById = """
        OPTIONAL MATCH (x:Material {id: $id})
        OPTIONAL MATCH (y:Strategy {id: $id})
        WITH coalesce(x, y) AS e, CASE WHEN x IS NOT NULL THEN 'Material' ELSE y.kind END AS kind
        WHERE e IS NOT NULL
        """ + "\n" + Counted;

    public const string AliasesOf = """
        UNWIND $ids AS id
        OPTIONAL MATCH (x:Material {id: id})
        OPTIONAL MATCH (y:Strategy {id: id})
        WITH id, coalesce(x, y) AS e
        MATCH (e)-[:ALSO_CALLED]->(a:Alias)
        RETURN id, a.alias, a.folded
        ORDER BY id, a.folded, a.paperId
        """;

    /// <summary>Edits are numbered in the order they were recorded, across all entities.</summary>
    public const string InsertEdit = """
        OPTIONAL MATCH (previous:EntityEdit)
        WITH count(previous) AS seq
        CREATE (:EntityEdit {id: $id, seq: seq, action: $action, entityId: $entity, otherId: $other, author: $author, at: $at,
                             comment: $comment, before: $before, after: $after})
        """;

    public const string History = """
        MATCH (e:EntityEdit)
        WHERE e.entityId = $id OR e.otherId = $id
        RETURN e.id, e.action, e.entityId, e.otherId, e.author, e.at, e.comment, e.before, e.after
        ORDER BY e.seq
        """;

    public const string SubjectsOf = """
        UNWIND $ids AS id
        MATCH (m:Measurement {id: id})
        RETURN m.id, m.subjectId
        """;

    public const string InsertMaterial = "CREATE (:Material {id: $id, name: $name, nameFolded: $folded, curated: true})";

    public const string InsertStrategy = "CREATE (:Strategy {id: $id, name: $name, nameFolded: $folded, kind: $kind, curated: true})";

    public const string CopyStrategyMaterials = """
        MATCH (:Strategy {id: $old})-[:MADE_OF]->(x:Material), (s:Strategy {id: $new})
        MERGE (s)-[:MADE_OF]->(x)
        """;

    public const string InsertMeasurementSubject = """
        MERGE (ms:MeasurementSubject {measurementId: $measurement})
        SET ms.subjectId = $subject, ms.subjectKind = $kind, ms.editId = $edit
        """;

    public const string PaperExists = "MATCH (p:Paper {id: $id}) RETURN count(p)";

    public const string ReferenceNumbered = "MATCH (:Paper {id: $paper})-[l:LISTS]->(r:Reference) WHERE l.number = $number RETURN r.id";

    // ---- restoring an overlay copied from another store (migrate) ----

    public const string HeldEdits = "UNWIND $ids AS id MATCH (e:EntityEdit {id: id}) RETURN e.id";

    /// <summary>An entity a split created in the source store, as it was there.</summary>
    public const string RestoreMaterial = "MERGE (x:Material {id: $id}) ON CREATE SET x.name = $name, x.nameFolded = $folded SET x.curated = true";

    public const string RestoreStrategy = """
        MERGE (s:Strategy {id: $id}) ON CREATE SET s.name = $name, s.nameFolded = $folded, s.kind = $kind
        SET s.curated = true
        WITH s
        UNWIND $materials AS material
        MATCH (x:Material {id: material})
        MERGE (s)-[:MADE_OF]->(x)
        """;

    /// <summary>A curator's added measurement's state: confirmed by whoever added it (later edits are replayed after).</summary>
    public const string RestoreAddedState = """
        MATCH (m:Measurement {id: $measurement})
        MERGE (c:Curation {measurementId: $measurement})
        ON CREATE SET c.action = 'Confirm', c.author = $author, c.at = $at
        MERGE (c)-[:CURATES]->(m)
        """;
}
