"""SQL of the search index (kept apart so ``search_index.py`` stays readable).

``search_rows`` holds one row per turn, comment and response: its normalised text
(``norm``, for exact substring checks and snippets) and its Sudachi terms (``terms``,
space-padded, for checking spelling variants on a row). ``search_fts`` is a contentless
FTS5 table with the same rowids; its columns g (character bigrams: a phrase of bigrams is
an exact substring match for any query of two or more characters), t (terms), p (pairs of
adjacent terms) and m (filter tokens) are described in ``search_tokens.py``.

The first shape of ``search_fts`` (migration step 2) had only g and t; step 4 rebuilt it
with p and m from ``search_rows``, so filters and variant phrases are FTS5 tokens too.
``search_rows_filter`` (step 3) covers the filter columns keyed by id, for the tag filter
that is still checked on the row.
"""
from __future__ import annotations

SCHEMA = """
CREATE TABLE search_rows (
  id INTEGER PRIMARY KEY, kind TEXT NOT NULL, ref_id INTEGER NOT NULL,
  document_id INTEGER NOT NULL, speaker TEXT, agenda_item_id INTEGER,
  norm TEXT NOT NULL, terms TEXT NOT NULL, UNIQUE (kind, ref_id)
);
CREATE INDEX search_rows_document ON search_rows(document_id, agenda_item_id);
CREATE INDEX search_rows_speaker ON search_rows(speaker);
CREATE VIRTUAL TABLE search_fts USING fts5(g, t, content='', tokenize='ascii')
"""

FTS_WITH_FILTER_TOKENS = """CREATE VIRTUAL TABLE search_fts USING fts5(g, t, p, m, content='', tokenize='ascii')"""

FILTER_INDEX = """CREATE INDEX IF NOT EXISTS search_rows_filter
  ON search_rows(id, document_id, speaker, kind, agenda_item_id, ref_id)"""

SOURCES = {
    "turn": "SELECT id, document_id, speaker, agenda_item_id, text FROM turns",
    "comment": "SELECT id, document_id, NULL, NULL, text FROM comments",
    "response": "SELECT id, document_id, NULL, NULL, text FROM responses",
}

INSERT_ROW = ("INSERT INTO search_rows(kind, ref_id, document_id, speaker, agenda_item_id, norm, terms)"
              " VALUES (?,?,?,?,?,?,?)")
INSERT_ROW_WITH_ID = ("INSERT INTO search_rows(id, kind, ref_id, document_id, speaker, agenda_item_id, norm, terms)"
                      " VALUES (?,?,?,?,?,?,?,?)")
INSERT_FTS = "INSERT INTO search_fts(rowid, g, t, p, m) VALUES (?,?,?,?,?)"
DELETE_FTS = "INSERT INTO search_fts(search_fts, rowid, g, t, p, m) VALUES ('delete', ?, ?, ?, ?, ?)"
# What the FTS columns of index rows are computed from (their document's body and date).
ROW_SOURCES = """SELECT r.id, r.kind, r.document_id, r.speaker, r.agenda_item_id, r.norm, r.terms, d.body, d.date
FROM search_rows r JOIN documents d ON d.id = r.document_id"""

# The records behind hits, with what a result list shows.
HIT_DETAILS = """
SELECT r.id, r.kind, r.ref_id, r.document_id, r.speaker, d.title, d.date,
       coalesce(t.text, c.text, p.text) AS text, a.label AS agenda, c.no AS comment_no,
       coalesce(t.id, c.id, p.id) AS alive
FROM search_rows r JOIN documents d ON d.id = r.document_id
LEFT JOIN turns t ON r.kind = 'turn' AND t.id = r.ref_id
LEFT JOIN comments c ON r.kind = 'comment' AND c.id = r.ref_id
LEFT JOIN responses p ON r.kind = 'response' AND p.id = r.ref_id
LEFT JOIN agenda_items a ON a.id = r.agenda_item_id
WHERE r.id IN ({marks})
"""

# Index rows of the records tagged with a tag name (few, as a rule: the scan's starting set).
TAGGED_ROWS = """SELECT r.id FROM taggings g JOIN tags tg ON tg.id = g.tag_id
JOIN search_rows r ON r.kind = g.target_kind AND r.ref_id = g.target_id WHERE tg.name = ?"""

TAGGED = """EXISTS (SELECT 1 FROM taggings g JOIN tags tg ON tg.id = g.tag_id
            WHERE g.target_kind = r.kind AND g.target_id = r.ref_id AND tg.name = ?)"""

# Newest FTS hits (rowids) of an expression; {join} / {where} add the tag filter, {floor} a
# lower rowid bound. The covering index keeps the tag check off the wide rows.
FTS_IDS = """SELECT f.rowid FROM search_fts f{join}
WHERE search_fts MATCH ?{floor}{where} ORDER BY f.rowid DESC{limit}"""
FILTER_JOIN = " CROSS JOIN search_rows r INDEXED BY search_rows_filter ON r.id = f.rowid"

# An AND query matched by each word's rarest index token (a superset), newest first, filtered
# like FTS_IDS; {where} then checks every word on the row (s) by instr().
LED = """SELECT s.id, s.norm, s.terms FROM search_fts f{join}
CROSS JOIN search_rows s ON s.id = f.rowid
WHERE search_fts MATCH ?{where} ORDER BY f.rowid DESC{limit}"""

ROW_TEXTS = "SELECT id, norm, terms FROM search_rows WHERE id IN ({marks})"
