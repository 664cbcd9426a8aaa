// LlzoGraph's Neo4j schema, in the syntax of Neo4j 4.4 and 5.x (named, IF NOT EXISTS, FOR … REQUIRE).
// Each statement runs in its own auto-commit transaction when the store opens; running them again is a no-op.
// The same graph as 3.x.cypher; see docs/neo4j.md.
CREATE CONSTRAINT llzograph_paper_id IF NOT EXISTS FOR (n:Paper) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT llzograph_material_id IF NOT EXISTS FOR (n:Material) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT llzograph_strategy_id IF NOT EXISTS FOR (n:Strategy) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT llzograph_reference_id IF NOT EXISTS FOR (n:Reference) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT llzograph_measurement_id IF NOT EXISTS FOR (n:Measurement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT llzograph_evidence_id IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE;
CREATE INDEX llzograph_measurement_property IF NOT EXISTS FOR (n:Measurement) ON (n.property);
CREATE INDEX llzograph_measurement_si_unit IF NOT EXISTS FOR (n:Measurement) ON (n.siUnit);
CREATE INDEX llzograph_strategy_kind IF NOT EXISTS FOR (n:Strategy) ON (n.kind);
// The curators' overlay (ingestion never writes it): the latest decision per measurement, every edit, API keys (hashed).
CREATE CONSTRAINT llzograph_curation_measurement IF NOT EXISTS FOR (n:Curation) REQUIRE n.measurementId IS UNIQUE;
CREATE CONSTRAINT llzograph_curation_edit_id IF NOT EXISTS FOR (n:CurationEdit) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT llzograph_api_key_hash IF NOT EXISTS FOR (n:ApiKey) REQUIRE n.hash IS UNIQUE;
CREATE INDEX llzograph_curation_edit_measurement IF NOT EXISTS FOR (n:CurationEdit) ON (n.measurementId);
// The curators' entity overlay: aliases, split moves and the attributed history of entity edits.
CREATE CONSTRAINT llzograph_entity_edit_id IF NOT EXISTS FOR (n:EntityEdit) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT llzograph_measurement_subject IF NOT EXISTS FOR (n:MeasurementSubject) REQUIRE n.measurementId IS UNIQUE;
CREATE INDEX llzograph_entity_edit_entity IF NOT EXISTS FOR (n:EntityEdit) ON (n.entityId);
CREATE INDEX llzograph_entity_edit_other IF NOT EXISTS FOR (n:EntityEdit) ON (n.otherId);
CREATE INDEX llzograph_alias_entity IF NOT EXISTS FOR (n:Alias) ON (n.entityId);
CREATE INDEX llzograph_alias_edit IF NOT EXISTS FOR (n:Alias) ON (n.editId);
