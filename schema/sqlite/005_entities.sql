-- 005_entities: aliases, before/after links, and the curators' overlay on entities (materials and strategies).
-- changed_from_id: for the "after" value of a before/after pair, the "before" measurement (no foreign key: the pair
-- may be written in either order). extracted_subject_*: where the extraction put a measurement that the curators'
-- overlay (a merge or a split) moved to another subject; null for a measurement where extraction put it.

ALTER TABLE measurement ADD COLUMN changed_from_id TEXT;
ALTER TABLE measurement ADD COLUMN extracted_subject_id TEXT;
ALTER TABLE measurement ADD COLUMN extracted_subject_kind TEXT;

-- Other names of a material or strategy. paper_id is the paper that gave the alias (replaced when it is re-ingested),
-- or '' for a curator's alias (kept for ever; edit_id names the edit that added it).
CREATE TABLE entity_alias (
    entity_id    TEXT NOT NULL,
    alias        TEXT NOT NULL,
    alias_folded TEXT NOT NULL,
    paper_id     TEXT NOT NULL DEFAULT '',
    edit_id      TEXT,
    PRIMARY KEY (entity_id, alias_folded, paper_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX entity_alias_by_alias ON entity_alias (alias_folded, entity_id);
CREATE INDEX entity_alias_by_paper ON entity_alias (paper_id);

-- Every curator's edit of an entity, kept for ever: merges and their undoing, splits, aliases, added measurements.
-- entity_id is what the edit is about (the kept entity of a merge, the measurement a curator added); other_id the
-- other entity involved (the merged one, the new one of a split, the subject of an added measurement).
CREATE TABLE entity_edit (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    id        TEXT NOT NULL UNIQUE,
    action    TEXT NOT NULL CHECK (action IN ('Merge', 'Unmerge', 'Split', 'AddAlias', 'AddMeasurement')),
    entity_id TEXT NOT NULL,
    other_id  TEXT,
    author    TEXT NOT NULL,
    at        TEXT NOT NULL,
    comment   TEXT,
    before    TEXT,
    after     TEXT
) STRICT;

CREATE INDEX entity_edit_by_entity ON entity_edit (entity_id, seq);
CREATE INDEX entity_edit_by_other ON entity_edit (other_id, seq);

-- Merges in force: the measurements of merged_id (whatever ingest writes later) belong to kept_id.
CREATE TABLE entity_merge (
    merged_id TEXT NOT NULL PRIMARY KEY,
    kept_id   TEXT NOT NULL,
    edit_id   TEXT NOT NULL
) STRICT;

-- Measurements a curator moved to another subject (a split): they stay there whatever ingest writes later.
CREATE TABLE measurement_subject (
    measurement_id TEXT NOT NULL PRIMARY KEY,
    subject_id     TEXT NOT NULL,
    subject_kind   TEXT NOT NULL,
    edit_id        TEXT NOT NULL
) STRICT;

-- An entity a curator touched is never deleted as an orphan: a merge must stay undoable, a split's entity must stay.
CREATE TRIGGER material_kept_for_curators
BEFORE DELETE ON material
WHEN EXISTS (SELECT 1 FROM entity_edit WHERE entity_id = OLD.id OR other_id = OLD.id)
BEGIN
    SELECT RAISE(IGNORE);
END;

CREATE TRIGGER strategy_kept_for_curators
BEFORE DELETE ON strategy
WHEN EXISTS (SELECT 1 FROM entity_edit WHERE entity_id = OLD.id OR other_id = OLD.id)
BEGIN
    SELECT RAISE(IGNORE);
END;
