namespace LlzoGraph.Store.Neo4j.Store;

/// <summary>
/// Every Cypher statement the store runs, in one place; all values travel as parameters. The statements use only
/// what Neo4j 3.1 understands (and 4.4/5 still do): $parameters, UNWIND, MERGE, pattern predicates, map
/// projections are avoided. The schema statements, which do differ by version, are in schema/neo4j/*.cypher.
/// <para>
/// The graph: (:Paper)-[:HAS_SECTION]->(:Section), (:Paper)-[:LISTS {number}]->(:Reference),
/// (:Paper)-[:REPORTS]->(:Evidence)-[:OF]->(:Measurement)-[:ABOUT]->(:Strategy | :Material),
/// (:Measurement)-[:CITES]->(:Reference), (:Strategy)-[:MADE_OF]->(:Material). It follows the SQLite store's
/// tables one for one, and so its rules (see LlzoGraph.Store.Sqlite's PaperWriter).
/// </para>
/// </summary>
internal static class Cypher
{
    // ---- writing one paper (PaperWriter runs these in order, in one transaction) ----

    public const string UpsertPaper = "MERGE (p:Paper {id: $id}) SET p += $props";

    /// <summary>The subjects of the measurements the paper's previous version reported.</summary>
    public const string ReportedSubjects = """
        MATCH (:Paper {id: $paper})-[:REPORTS]->(:Evidence)-[:OF]->(m:Measurement)-[:ABOUT]->(s)
        RETURN DISTINCT s.id AS id, m.subjectKind = 'Material' AS material
        """;

    public const string MaterialsOfStrategies = """
        UNWIND $ids AS id
        MATCH (:Strategy {id: id})-[:MADE_OF]->(x:Material)
        RETURN DISTINCT x.id AS id
        """;

    /// <summary>References the paper listed or cited in its text, and those its reported measurements cite.</summary>
    public const string ReferencesOfPaper = """
        MATCH (:Paper {id: $paper})-[:LISTS]->(r:Reference) RETURN r.id AS id
        UNION
        MATCH (:Paper {id: $paper})-[:HAS_CITATION]->(:Citation)-[:TO]->(r:Reference) RETURN r.id AS id
        UNION
        MATCH (:Paper {id: $paper})-[:REPORTS]->(:Evidence)-[:OF]->(:Measurement)-[:CITES]->(r:Reference) RETURN r.id AS id
        """;

    /// <summary>
    /// Measurements only this paper reports go, with their edges; those others report too stay, and so does a
    /// curated measurement, whatever the new extraction says.
    /// </summary>
    public const string DeleteOwnMeasurements = """
        MATCH (:Paper {id: $paper})-[:REPORTS]->(:Evidence)-[:OF]->(m:Measurement)
        WITH DISTINCT m
        OPTIONAL MATCH (m)<-[:OF]-(:Evidence)<-[:REPORTS]-(o:Paper)
        WHERE o.id <> $paper
        WITH m, count(o) AS others
        WHERE others = 0 AND NOT (m)<-[:CURATES]-(:Curation)
        DETACH DELETE m
        """;

    /// <summary>The paper's evidence goes, but for that of curated measurements, which stays as it was.</summary>
    public const string DeleteEvidence = """
        MATCH (:Paper {id: $paper})-[:REPORTS]->(e:Evidence)
        WHERE NOT (e)-[:OF]->(:Measurement)<-[:CURATES]-(:Curation)
        DETACH DELETE e
        """;

    public const string DeleteCitations = "MATCH (:Paper {id: $paper})-[:HAS_CITATION]->(c:Citation) DETACH DELETE c";

    public const string DeleteSections = "MATCH (:Paper {id: $paper})-[:HAS_SECTION]->(s:Section) DETACH DELETE s";

    public const string DeleteListings = "MATCH (:Paper {id: $paper})-[l:LISTS]->() DELETE l";

    public const string InsertSections = """
        MATCH (p:Paper {id: $paper})
        UNWIND $rows AS r
        CREATE (p)-[:HAS_SECTION]->(:Section {paperId: $paper, ordinal: r.ordinal, number: r.number, title: r.title})
        """;

    /// <summary>An entity a curator touched (<c>curated</c>) stays: a merge must stay undoable, a split's entity must stay.</summary>
    public const string DeleteOrphanStrategies = """
        UNWIND $ids AS id
        MATCH (s:Strategy {id: id})
        WHERE NOT (s)<-[:ABOUT]-(:Measurement) AND s.curated IS NULL
        OPTIONAL MATCH (s)-[:ALSO_CALLED]->(a:Alias)
        DETACH DELETE s, a
        """;

    /// <summary>Describes a strategy that is new or that no measurement is about; returns the ids it (re)described.</summary>
    public const string UpsertStrategies = """
        UNWIND $rows AS r
        MERGE (s:Strategy {id: r.id})
        WITH s, r
        WHERE NOT (s)<-[:ABOUT]-(:Measurement)
        SET s.name = r.name, s.nameFolded = r.nameFolded, s.kind = r.kind
        WITH s
        OPTIONAL MATCH (s)-[e:MADE_OF]->()
        DELETE e
        RETURN DISTINCT s.id AS id
        """;

    /// <summary>Runs after the strategies: a material keeps its name while a measurement or a strategy uses it.</summary>
    public const string UpsertMaterials = """
        UNWIND $rows AS r
        MERGE (x:Material {id: r.id})
        WITH x, r
        WHERE NOT (x)<-[:ABOUT]-(:Measurement) AND NOT (x)<-[:MADE_OF]-(:Strategy)
        SET x.name = r.name, x.nameFolded = r.nameFolded, x.aliases = r.aliases
        """;

    public const string InsertMadeOf = """
        UNWIND $rows AS r
        MATCH (s:Strategy {id: r.strategy}), (x:Material {id: r.material})
        MERGE (s)-[:MADE_OF]->(x)
        RETURN count(*) AS linked
        """;

    /// <summary>A reference is (re)described only while no paper lists it.</summary>
    public const string UpsertReferences = """
        UNWIND $rows AS r
        MERGE (x:Reference {id: r.id})
        WITH x, r
        WHERE NOT (x)<-[:LISTS]-(:Paper)
        SET x += r.props
        """;

    public const string InsertListings = """
        MATCH (p:Paper {id: $paper})
        UNWIND $rows AS r
        MATCH (x:Reference {id: r.id})
        CREATE (p)-[:LISTS {number: r.number}]->(x)
        """;

    /// <summary>
    /// A measurement another paper already reported stays as it is; a new one is created with its ABOUT edge (a
    /// missing subject leaves <c>subject</c> null and fails the CREATE, as the SQLite trigger does). Returns how many
    /// rows found their subject, or already existed.
    /// </summary>
    public const string InsertMeasurements = """
        UNWIND $rows AS r
        OPTIONAL MATCH (existing:Measurement {id: r.id})
        WITH r, existing
        OPTIONAL MATCH (mat:Material {id: r.subjectId})
        WHERE existing IS NULL AND r.subjectKind = 'Material'
        OPTIONAL MATCH (st:Strategy {id: r.subjectId})
        WHERE existing IS NULL AND r.subjectKind <> 'Material' AND st.kind = r.subjectKind
        WITH r, existing, coalesce(mat, st) AS subject
        WHERE existing IS NOT NULL OR subject IS NOT NULL
        FOREACH (s IN CASE WHEN existing IS NULL THEN [subject] ELSE [] END |
            CREATE (m:Measurement)-[:ABOUT]->(s) SET m = r.props)
        RETURN count(*) AS written
        """;

    /// <summary>Evidence a curated measurement kept from an earlier ingest stays as it was (as does a repeated one).</summary>
    public const string InsertEvidence = """
        MATCH (p:Paper {id: $paper})
        UNWIND $rows AS r
        MATCH (m:Measurement {id: r.measurementId})
        MERGE (e:Evidence {id: r.id})
        ON CREATE SET e = r.props
        MERGE (p)-[:REPORTS]->(e)
        MERGE (e)-[:OF]->(m)
        RETURN count(*) AS written
        """;

    /// <summary>The paper's in-text citations, each pointing at a work it lists; returns how many were written.</summary>
    public const string InsertInTextCitations = """
        MATCH (p:Paper {id: $paper})
        UNWIND $rows AS r
        MATCH (x:Reference {id: r.reference})
        CREATE (p)-[:HAS_CITATION]->(:Citation {paperId: $paper, ordinal: r.ordinal, number: r.number, form: r.form,
                                               section: r.section, block: r.block, text: r.text})-[:TO]->(x)
        RETURN count(*) AS written
        """;

    /// <summary>
    /// After a paper is written: its curated measurements the new extraction still yields are in agreement, the
    /// others are conflicts for the review queue.
    /// </summary>
    public const string FlagCurationConflicts = """
        MATCH (:Paper {id: $paper})-[:REPORTS]->(:Evidence)-[:OF]->(m:Measurement)<-[:CURATES]-(c:Curation)
        WITH DISTINCT m, c
        SET c.conflict = CASE WHEN m.id IN $extracted THEN null ELSE $reason END
        """;

    /// <summary>A measurement may only cite a reference that a paper reporting it lists; returns the edges made.</summary>
    public const string InsertCitations = """
        UNWIND $rows AS r
        MATCH (m:Measurement {id: r.measurement})<-[:OF]-(:Evidence)<-[:REPORTS]-(:Paper)-[:LISTS]->(x:Reference {id: r.reference})
        WITH DISTINCT m, x
        MERGE (m)-[:CITES]->(x)
        RETURN count(*) AS cited
        """;

    public const string DeleteOrphanMaterials = """
        UNWIND $ids AS id
        MATCH (x:Material {id: id})
        WHERE NOT (x)<-[:ABOUT]-(:Measurement) AND NOT (x)<-[:MADE_OF]-(:Strategy) AND x.curated IS NULL
        OPTIONAL MATCH (x)-[:ALSO_CALLED]->(a:Alias)
        DETACH DELETE x, a
        """;

    public const string DeleteOrphanReferences = """
        UNWIND $ids AS id
        MATCH (x:Reference {id: id})
        WHERE NOT (x)<-[:LISTS]-(:Paper) AND NOT (x)<-[:CITES]-(:Measurement) AND NOT (x)<-[:TO]-(:Citation)
        DETACH DELETE x
        """;

    // ---- reading ----

    /// <summary>
    /// The page's measurements. Filters on the measurement, then on its subject's folded name and its curated
    /// state (a rejected one only when asked for); the evidence shown is the first (by paper id, block, row, id) —
    /// within the paper asked for, which also restricts the page to its measurements; confidence is the best of all
    /// its evidence, 1 once a curator confirmed or corrected it; a corrected subject name replaces the extracted one.
    /// Columns read by <see cref="Rows.Measurement"/>. <see cref="MeasurementCypher"/> fills <c>{where}</c> (filters,
    /// parameters only), <c>{order}</c> (the sort keys) and places <see cref="BestConfidence"/> before the page when
    /// the page is sorted by it, after it otherwise.
    /// </summary>
    public const string FindMeasurements = """
        MATCH (m:Measurement)
        {where}
        OPTIONAL MATCH (m)-[:ABOUT]->(s)
        WITH m, s
        WHERE $name IS NULL OR s.nameFolded CONTAINS $name
        OPTIONAL MATCH (m)<-[:CURATES]-(cur:Curation)
        WITH m, s, cur
        WHERE $includeRejected OR cur IS NULL OR cur.action <> 'Reject'
        MATCH (m)<-[:OF]-(e:Evidence)<-[:REPORTS]-(p:Paper)
        WHERE $paper IS NULL OR p.id = $paper
        WITH m, s, cur, e, p
        ORDER BY p.id, e.block, coalesce(e.row, -1), e.id
        WITH m, cur, coalesce(cur.subjectName, s.name, '') AS subject, collect([e, p])[0] AS first
        WITH m, cur, subject, first[0] AS e, first[1] AS p
        {confidenceBeforePage}
        WITH m, cur, subject, e, p{confidence}
        ORDER BY {order}
        SKIP $offset LIMIT $limit
        {confidenceAfterPage}
        RETURN m.id, m.subjectId, subject, m.subjectKind, m.property, m.value, m.upperValue, m.unit,
               m.siValue, m.siUnit, m.qualifier, m.conditions,
               e.kind, e.section, e.text, e.table, e.row, e.page, e.box, confidence,
               p.id, p.title, p.authors, p.doi, p.year, p.source,
               cur.action, cur.author, cur.at, cur.conflict, m.changedFromId
        ORDER BY {order}
        """;

    /// <summary>Adds <c>confidence</c> to the rows (m, cur, subject, e, p) of <see cref="FindMeasurements"/>.</summary>
    public const string BestConfidence = """
        MATCH (m)<-[:OF]-(c:Evidence)
        WITH m, cur, subject, e, p, max(c.confidence) AS best
        WITH m, cur, subject, e, p, CASE WHEN cur IS NOT NULL AND cur.action IN ['Confirm', 'Correct'] THEN 1.0 ELSE best END AS confidence
        """;

    /// <summary>
    /// The references each (measurement, shown paper) pair cites, numbered as that paper numbers them, else with
    /// the lowest number any reporting paper gives. Columns read by <see cref="Rows.Reference"/>.
    /// </summary>
    public const string ReferencesOfMeasurements = """
        UNWIND $pairs AS pair
        MATCH (m:Measurement {id: pair[0]})-[:CITES]->(r:Reference)
        OPTIONAL MATCH (:Paper {id: pair[1]})-[own:LISTS]->(r)
        WITH pair, m, r, min(own.number) AS ownNumber
        OPTIONAL MATCH (m)<-[:OF]-(:Evidence)<-[:REPORTS]-(:Paper)-[other:LISTS]->(r)
        WITH pair, r, ownNumber, min(other.number) AS otherNumber
        RETURN pair[0] AS measurementId, r.id AS id, coalesce(ownNumber, otherNumber) AS number, r.authors, r.title,
               r.journal, r.year, r.volume, r.pages, r.doi, r.raw
        ORDER BY measurementId, number, id
        """;

    /// <summary>Every evidence of the listed measurements with its paper, in the order the page picks the first.</summary>
    public const string EvidenceOfMeasurements = """
        UNWIND $ids AS id
        MATCH (m:Measurement {id: id})<-[:OF]-(e:Evidence)<-[:REPORTS]-(p:Paper)
        RETURN id, e.kind, e.section, e.text, e.table, e.row, e.page, e.box,
               p.id, p.title, p.authors, p.doi, p.year, p.source
        ORDER BY id, p.id, e.block, coalesce(e.row, -1), e.id
        """;

    public const string ListPapers = """
        MATCH (p:Paper)
        RETURN p.id, p.title, p.authors, p.doi, p.year, p.source
        ORDER BY p.title, p.id
        """;

    public const string Statistics = """
        OPTIONAL MATCH (n:Paper) WITH count(n) AS papers
        OPTIONAL MATCH (n:Section) WITH papers, count(n) AS sections
        OPTIONAL MATCH (n:Material) WITH papers, sections, count(n) AS materials
        OPTIONAL MATCH (n:Strategy) WITH papers, sections, materials, count(n) AS strategies
        OPTIONAL MATCH (n:Measurement) WITH papers, sections, materials, strategies, count(n) AS measurements
        OPTIONAL MATCH (n:Reference)
        RETURN papers, sections, materials, strategies, measurements, count(n) AS references
        """;

    /// <summary>Empties the database (tests, and `migrate --replace`), in batches so a large graph fits in memory.</summary>
    public const string DeleteBatch = "MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS deleted";
}
