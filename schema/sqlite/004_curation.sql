-- 004_curation: the curators' overlay. Ingestion never writes these tables, and never deletes a curated
-- measurement or its evidence; a curated measurement that a re-ingest no longer extracts is flagged as a conflict.
-- curation_edit keeps every decision (who, when, before, after); measurement_curation the latest per measurement.

CREATE TABLE curation_edit (
    seq            INTEGER PRIMARY KEY AUTOINCREMENT,
    id             TEXT    NOT NULL UNIQUE,
    measurement_id TEXT    NOT NULL,
    action         TEXT    NOT NULL CHECK (action IN ('Confirm', 'Reject', 'Correct')),
    author         TEXT    NOT NULL,
    at             TEXT    NOT NULL,
    comment        TEXT,
    before         TEXT CHECK (before IS NULL OR json_valid(before)),
    after          TEXT CHECK (after IS NULL OR json_valid(after))
) STRICT;

CREATE INDEX curation_edit_by_measurement ON curation_edit (measurement_id, seq);

CREATE TABLE measurement_curation (
    measurement_id TEXT    NOT NULL PRIMARY KEY,
    action         TEXT    NOT NULL,
    author         TEXT    NOT NULL,
    at             TEXT    NOT NULL,
    subject_name   TEXT,
    conflict       TEXT
) STRICT;

-- API keys: only a SHA-256 hash of each key is kept.
CREATE TABLE api_key (
    id         TEXT NOT NULL PRIMARY KEY,
    owner      TEXT NOT NULL,
    role       TEXT NOT NULL CHECK (role IN ('Reader', 'Curator', 'Admin')),
    hash       TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
) STRICT;
