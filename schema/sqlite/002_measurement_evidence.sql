-- 002_measurement_evidence: a measurement is a fact shared by every paper that reports it.
-- The measurement node keeps the fact (subject, property, quantity, conditions); where a paper reports it (a
-- sentence or a table row, with its section, page and box) moves to the new evidence table, one row per place
-- per paper. Two reviews repeating one original value then give one measurement with two evidence rows
-- (two reportedIn edges) instead of two measurements. Existing rows are carried over as they are.

DROP TRIGGER measurement_subject_exists_on_insert;
DROP TRIGGER measurement_subject_exists_on_update;
DROP TRIGGER material_in_use_by_measurement;
DROP TRIGGER strategy_in_use_by_measurement;
DROP TRIGGER measurement_reference_listed_by_paper;

ALTER TABLE measurement_reference RENAME TO measurement_reference_001;
ALTER TABLE measurement RENAME TO measurement_001;
DROP INDEX measurement_by_property_unit_value;
DROP INDEX measurement_by_property_kind_value;
DROP INDEX measurement_by_paper;
DROP INDEX measurement_by_subject;
DROP INDEX measurement_reference_by_reference;

-- subject_id names a material when subject_kind = 'Material', else a strategy of that kind (see triggers below).
CREATE TABLE measurement (
    id             TEXT NOT NULL PRIMARY KEY,
    subject_id     TEXT NOT NULL,
    subject_kind   TEXT NOT NULL,
    property       TEXT NOT NULL,
    value          REAL NOT NULL,
    upper_value    REAL,
    unit           TEXT NOT NULL,
    si_value       REAL NOT NULL,
    si_upper_value REAL,
    si_unit        TEXT NOT NULL,
    qualifier      TEXT NOT NULL,
    conditions     TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(conditions))
) STRICT;

CREATE INDEX measurement_by_property_unit_value ON measurement (property, si_unit, si_value);
CREATE INDEX measurement_by_property_kind_value ON measurement (property, subject_kind, si_value);
CREATE INDEX measurement_by_subject ON measurement (subject_id);

-- Where a paper reports a measurement; the measurement's reportedIn edges. confidence is the extractor's.
CREATE TABLE evidence (
    id             TEXT    NOT NULL PRIMARY KEY,
    measurement_id TEXT    NOT NULL REFERENCES measurement (id) ON DELETE CASCADE,
    paper_id       TEXT    NOT NULL REFERENCES paper (id) ON DELETE CASCADE,
    kind           TEXT    NOT NULL,
    section        TEXT    NOT NULL,
    text           TEXT    NOT NULL,
    block          INTEGER NOT NULL,
    table_label    TEXT,
    row            INTEGER,
    page           INTEGER,
    box            TEXT CHECK (box IS NULL OR json_valid(box)),
    confidence     REAL    NOT NULL
) STRICT;

CREATE INDEX evidence_by_measurement ON evidence (measurement_id, paper_id, block);
CREATE INDEX evidence_by_paper ON evidence (paper_id, measurement_id);

CREATE TABLE measurement_reference (
    measurement_id TEXT NOT NULL REFERENCES measurement (id) ON DELETE CASCADE,
    reference_id   TEXT NOT NULL REFERENCES reference (id),
    PRIMARY KEY (measurement_id, reference_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX measurement_reference_by_reference ON measurement_reference (reference_id, measurement_id);

INSERT INTO measurement (id, subject_id, subject_kind, property, value, upper_value, unit, si_value, si_upper_value, si_unit, qualifier, conditions)
SELECT id, subject_id, subject_kind, property, value, upper_value, unit, si_value, si_upper_value, si_unit, qualifier, conditions
FROM measurement_001;

INSERT INTO evidence (id, measurement_id, paper_id, kind, section, text, block, table_label, row, page, box, confidence)
SELECT id, id, paper_id, evidence_kind, evidence_section, evidence_text, evidence_block, evidence_table, evidence_row,
       evidence_page, evidence_box, confidence
FROM measurement_001;

INSERT INTO measurement_reference (measurement_id, reference_id)
SELECT measurement_id, reference_id FROM measurement_reference_001;

DROP TABLE measurement_reference_001;
DROP TABLE measurement_001;

-- The polymorphic subject edge cannot be a foreign key; these triggers keep it one in effect.
CREATE TRIGGER measurement_subject_exists_on_insert
BEFORE INSERT ON measurement
WHEN (NEW.subject_kind = 'Material' AND NOT EXISTS (SELECT 1 FROM material WHERE id = NEW.subject_id))
  OR (NEW.subject_kind <> 'Material'
      AND NOT EXISTS (SELECT 1 FROM strategy WHERE id = NEW.subject_id AND kind = NEW.subject_kind))
BEGIN
    SELECT RAISE(ABORT, 'measurement subject does not exist: no material or strategy of that kind has this id');
END;

CREATE TRIGGER measurement_subject_exists_on_update
BEFORE UPDATE OF subject_id, subject_kind ON measurement
WHEN (NEW.subject_kind = 'Material' AND NOT EXISTS (SELECT 1 FROM material WHERE id = NEW.subject_id))
  OR (NEW.subject_kind <> 'Material'
      AND NOT EXISTS (SELECT 1 FROM strategy WHERE id = NEW.subject_id AND kind = NEW.subject_kind))
BEGIN
    SELECT RAISE(ABORT, 'measurement subject does not exist: no material or strategy of that kind has this id');
END;

CREATE TRIGGER material_in_use_by_measurement
BEFORE DELETE ON material
WHEN EXISTS (SELECT 1 FROM measurement WHERE subject_id = OLD.id AND subject_kind = 'Material')
BEGIN
    SELECT RAISE(ABORT, 'material is the subject of a measurement');
END;

CREATE TRIGGER strategy_in_use_by_measurement
BEFORE DELETE ON strategy
WHEN EXISTS (SELECT 1 FROM measurement WHERE subject_id = OLD.id AND subject_kind <> 'Material')
BEGIN
    SELECT RAISE(ABORT, 'strategy is the subject of a measurement');
END;

-- A measurement may only cite a reference that a paper reporting it lists, so every cited reference has a number.
CREATE TRIGGER measurement_reference_listed_by_a_reporting_paper
BEFORE INSERT ON measurement_reference
WHEN NOT EXISTS (
    SELECT 1
    FROM evidence e
    JOIN paper_reference pr ON pr.paper_id = e.paper_id AND pr.reference_id = NEW.reference_id
    WHERE e.measurement_id = NEW.measurement_id)
BEGIN
    SELECT RAISE(ABORT, 'measurement cites a reference no paper reporting it lists');
END;
