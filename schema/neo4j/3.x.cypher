// LlzoGraph's Neo4j schema, in the syntax of Neo4j 3.x (Bolt 1; tested live on 3.1.1).
// Each statement runs in its own auto-commit transaction when the store opens; running them again is a no-op.
// The graph: (:Paper)-[:HAS_SECTION]->(:Section), (:Paper)-[:LISTS {number}]->(:Reference),
// (:Paper)-[:REPORTS]->(:Evidence)-[:OF]->(:Measurement)-[:ABOUT]->(:Strategy|:Material), (:Measurement)-[:CITES]->(:Reference),
// (:Strategy)-[:MADE_OF]->(:Material). See docs/neo4j.md.
CREATE CONSTRAINT ON (n:Paper) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:Material) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:Strategy) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:Reference) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:Measurement) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:Evidence) ASSERT n.id IS UNIQUE;
CREATE INDEX ON :Measurement(property);
CREATE INDEX ON :Measurement(siUnit);
CREATE INDEX ON :Strategy(kind);
// The curators' overlay (ingestion never writes it): the latest decision per measurement, every edit, API keys (hashed).
CREATE CONSTRAINT ON (n:Curation) ASSERT n.measurementId IS UNIQUE;
CREATE CONSTRAINT ON (n:CurationEdit) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:ApiKey) ASSERT n.hash IS UNIQUE;
CREATE INDEX ON :CurationEdit(measurementId);
// The curators' entity overlay: aliases, split moves and the attributed history of entity edits.
CREATE CONSTRAINT ON (n:EntityEdit) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:MeasurementSubject) ASSERT n.measurementId IS UNIQUE;
CREATE INDEX ON :EntityEdit(entityId);
CREATE INDEX ON :EntityEdit(otherId);
CREATE INDEX ON :Alias(entityId);
CREATE INDEX ON :Alias(editId);
