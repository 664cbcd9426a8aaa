-- 001_initial: the knowledge graph as typed tables (a property graph in relational form).
-- Nodes: paper, section, material, strategy, reference, measurement.
-- Edges: strategy_material, paper_reference, measurement_reference.
-- Enum columns hold the C# enum member name ('CriticalCurrentDensity', 'Interlayer', 'TableRow').
-- JSON columns: authors = ["A. Author", ...]; conditions = [{"name","value","unit","siValue","siUnit"}, ...];
-- evidence_box = {"left","bottom","right","top"} in PDF points.
-- Applied by LlzoGraph.Store.Sqlite in one transaction and recorded in schema_migrations.

CREATE TABLE paper (
    id       TEXT NOT NULL PRIMARY KEY,
    title    TEXT NOT NULL,
    authors  TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(authors)),
    abstract TEXT,
    doi      TEXT,
    year     INTEGER,
    source   TEXT NOT NULL
) STRICT;

CREATE TABLE section (
    paper_id TEXT    NOT NULL REFERENCES paper (id) ON DELETE CASCADE,
    ordinal  INTEGER NOT NULL,
    number   TEXT    NOT NULL,
    title    TEXT    NOT NULL,
    PRIMARY KEY (paper_id, ordinal)
) STRICT, WITHOUT ROWID;

-- name_folded is the lower-invariant name, for case-insensitive substring search (written by the store).
CREATE TABLE material (
    id          TEXT NOT NULL PRIMARY KEY,
    name        TEXT NOT NULL,
    name_folded TEXT NOT NULL
) STRICT;

CREATE TABLE strategy (
    id          TEXT NOT NULL PRIMARY KEY,
    name        TEXT NOT NULL,
    name_folded TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind <> 'Material')
) STRICT;

CREATE INDEX strategy_by_kind ON strategy (kind);

CREATE TABLE strategy_material (
    strategy_id TEXT NOT NULL REFERENCES strategy (id) ON DELETE CASCADE,
    material_id TEXT NOT NULL REFERENCES material (id),
    PRIMARY KEY (strategy_id, material_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX strategy_material_by_material ON strategy_material (material_id, strategy_id);

-- A cited work, shared by every paper that cites it (identified by DOI, else by author/year/journal/volume/page).
CREATE TABLE reference (
    id      TEXT NOT NULL PRIMARY KEY,
    authors TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(authors)),
    title   TEXT,
    journal TEXT,
    year    INTEGER,
    volume  TEXT,
    pages   TEXT,
    doi     TEXT,
    raw     TEXT NOT NULL
) STRICT;

-- number is what the citing paper calls the reference ("[12]").
CREATE TABLE paper_reference (
    paper_id     TEXT    NOT NULL REFERENCES paper (id) ON DELETE CASCADE,
    number       INTEGER NOT NULL,
    reference_id TEXT    NOT NULL REFERENCES reference (id),
    PRIMARY KEY (paper_id, number)
) STRICT, WITHOUT ROWID;

CREATE INDEX paper_reference_by_reference ON paper_reference (reference_id, paper_id, number);

-- subject_id names a material when subject_kind = 'Material', else a strategy of that kind (see triggers below).
CREATE TABLE measurement (
    id               TEXT    NOT NULL PRIMARY KEY,
    paper_id         TEXT    NOT NULL REFERENCES paper (id) ON DELETE CASCADE,
    subject_id       TEXT    NOT NULL,
    subject_kind     TEXT    NOT NULL,
    property         TEXT    NOT NULL,
    value            REAL    NOT NULL,
    upper_value      REAL,
    unit             TEXT    NOT NULL,
    si_value         REAL    NOT NULL,
    si_upper_value   REAL,
    si_unit          TEXT    NOT NULL,
    qualifier        TEXT    NOT NULL,
    conditions       TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(conditions)),
    evidence_kind    TEXT    NOT NULL,
    evidence_section TEXT    NOT NULL,
    evidence_text    TEXT    NOT NULL,
    evidence_block   INTEGER NOT NULL,
    evidence_table   TEXT,
    evidence_row     INTEGER,
    evidence_page    INTEGER,
    evidence_box     TEXT CHECK (evidence_box IS NULL OR json_valid(evidence_box)),
    confidence       REAL    NOT NULL
) STRICT;

CREATE INDEX measurement_by_property_unit_value ON measurement (property, si_unit, si_value);
CREATE INDEX measurement_by_property_kind_value ON measurement (property, subject_kind, si_value);
CREATE INDEX measurement_by_paper ON measurement (paper_id);
CREATE INDEX measurement_by_subject ON measurement (subject_id);

CREATE TABLE measurement_reference (
    measurement_id TEXT NOT NULL REFERENCES measurement (id) ON DELETE CASCADE,
    reference_id   TEXT NOT NULL REFERENCES reference (id),
    PRIMARY KEY (measurement_id, reference_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX measurement_reference_by_reference ON measurement_reference (reference_id, measurement_id);

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

-- A measurement may only cite a reference its own paper lists, so every cited reference has a number.
CREATE TRIGGER measurement_reference_listed_by_paper
BEFORE INSERT ON measurement_reference
WHEN NOT EXISTS (
    SELECT 1
    FROM measurement m
    JOIN paper_reference pr ON pr.paper_id = m.paper_id AND pr.reference_id = NEW.reference_id
    WHERE m.id = NEW.measurement_id)
BEGIN
    SELECT RAISE(ABORT, 'measurement cites a reference its paper does not list');
END;
