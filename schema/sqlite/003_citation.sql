-- 003_citation: in-text citations. One row per citation a paper makes in a sentence, caption or table row,
-- pointing at the cited work (reference) and numbered as the citing paper numbers it; form says how it was
-- written (Superscript, TrailingNumber, Bracketed, RefMention, AuthorYear, TableColumn).

CREATE TABLE citation (
    paper_id     TEXT    NOT NULL REFERENCES paper (id) ON DELETE CASCADE,
    ordinal      INTEGER NOT NULL,
    reference_id TEXT    NOT NULL REFERENCES reference (id),
    number       INTEGER NOT NULL,
    form         TEXT    NOT NULL,
    section      TEXT    NOT NULL,
    block        INTEGER NOT NULL,
    text         TEXT    NOT NULL,
    PRIMARY KEY (paper_id, ordinal)
) STRICT, WITHOUT ROWID;

CREATE INDEX citation_by_reference ON citation (reference_id, paper_id);

-- Cited works are found by DOI when the citing paper printed one; papers by DOI to connect the two.
CREATE INDEX reference_by_doi ON reference (lower(doi)) WHERE doi IS NOT NULL;
CREATE INDEX paper_by_doi ON paper (lower(doi)) WHERE doi IS NOT NULL;
