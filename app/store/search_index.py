"""The search index, kept inside the workspace (owned by the search service): FTS5 in a
file, tsvector under GIN on a server (``search_server.py``).

Called inside the store's transactions: ``add_document`` after an import,
``remove_document`` before a delete, ``reindex`` after an edit of turns/comments/responses.
The reading side here (``document_terms``, ``term_row_count`` …) serves ``app/similar.py``
and ``app/keywords.py``; the search itself is ``search_query.py``. Neither app module
writes SQL. Schema: ``search_sql.py``; tokens: ``search_tokens.py``.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, cast

from app.core.text import normalize
from app.core.tokens import terms_for_texts
from app.store import search_server
from app.store import search_sql as q
from app.store.database import Database, SqliteDatabase
from app.store.search_tokens import encode_grams, encode_meta, encode_pairs, encode_terms, padded_terms, variant_match

KINDS = ("turn", "comment", "response")
FILL_BATCH = 2_000  # rows per executemany when the FTS table is rebuilt


# --- writing ----------------------------------------------------------------------------
def prepare_terms(texts: Iterable[str]) -> dict[str, list[str]]:
    """The index terms of each text's normalised form, computed ahead of the import (pure:
    a worker process can run it while another file is being stored)."""
    norms = sorted({normalize(t or "") for t in texts})
    return dict(zip(norms, terms_for_texts(norms)))


def _fts_values(row: Sequence[Any]) -> tuple[Any, ...]:
    """The FTS row for (id, kind, document_id, speaker, agenda_item_id, norm, terms, body, date)."""
    row_id, kind, doc_id, speaker, agenda, norm, terms, body, date = row
    words = terms.split()
    return (row_id, encode_grams(norm), encode_terms(words), encode_pairs(words),
            encode_meta(kind, doc_id, speaker, agenda, body, date))


def _insert(db: Database, kind: str, records: list[tuple[Any, ...]],
            prepared: dict[str, list[str]] | None = None, fts: bool = True) -> None:
    """Index records (id, document_id, speaker, agenda_item_id, text) of one kind; terms
    found in ``prepared`` are not tokenised again. ``fts=False`` fills search_rows only."""
    if not records:
        return
    norms = [normalize(r[4] or "") for r in records]
    known = prepared or {}
    missing = [n for n in norms if n not in known]
    computed = dict(zip(missing, terms_for_texts(missing))) if missing else {}
    all_terms = [known[n] if n in known else computed[n] for n in norms]
    if db.dialect == "postgresql":
        if fts:  # a server's index: the tokens beside the row (app/store/search_server.py)
            search_server.insert_rows(db, kind, records, norms, all_terms)
        else:  # a schema step before the tokens column (search_server.create_tokens fills it)
            db.executemany(q.INSERT_ROW, [(kind, r[0], r[1], r[2], r[3], norm, padded_terms(terms))
                                          for r, norm, terms in zip(records, norms, all_terms)])
        return
    conn = cast(SqliteDatabase, db).conn
    # The rows get the ids SQLite would give them one by one (the largest id + 1, …): the
    # caller's transaction holds the write lock, so both tables are filled by executemany.
    first = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM search_rows").fetchone()[0]
    rows = [(first + i, kind, r[0], r[1], r[2], r[3], norm, padded_terms(terms))
            for i, (r, norm, terms) in enumerate(zip(records, norms, all_terms))]
    conn.executemany(q.INSERT_ROW_WITH_ID, rows)
    if fts:
        documents = {doc_id: conn.execute("SELECT body, date FROM documents WHERE id = ?", [doc_id]).fetchone()
                     for doc_id in {r[1] for r in records}}
        conn.executemany(q.INSERT_FTS, (_fts_values((row[0], kind, *row[3:], *documents[row[3]])) for row in rows))


def _delete_where(db: Database, where: str, params: Sequence[Any]) -> None:
    rows = db.execute(f"{q.ROW_SOURCES} WHERE {where}", params).fetchall()
    if db.dialect == "sqlite":
        db.executemany(q.DELETE_FTS, [_fts_values(r) for r in rows])
    db.executemany("DELETE FROM search_rows WHERE id = ?", [(r[0],) for r in rows])


def add_document(db: Database, document_id: int, prepared: dict[str, list[str]] | None = None) -> None:
    """Index every turn, comment and response of a newly stored document.

    Transaction: the caller's (the import's). Tokenises with Sudachi (about 5,000 turns/s)
    what ``prepare_terms`` did not already do.
    """
    for kind in KINDS:
        records = db.execute(q.SOURCES[kind] + " WHERE document_id = ? ORDER BY position",
                                  [document_id]).fetchall()
        _insert(db, kind, records, prepared)


def remove_document(db: Database, document_id: int) -> None:
    """Drop a document's rows from the index. Transaction: the caller's (the delete's)."""
    _delete_where(db, "r.document_id = ?", [document_id])


def reindex(db: Database, kind: str, ids: Iterable[int], prepared: dict[str, list[str]] | None = None) -> None:
    """Refresh the index rows of edited records (kind: turn, comment, response); texts found
    in ``prepared`` (normalised text -> terms) are not tokenised again.

    An id whose record no longer exists just loses its row. Transaction: the caller's.
    """
    id_list = sorted(set(ids))
    for start in range(0, len(id_list), 500):
        chunk = id_list[start:start + 500]
        marks = ",".join("?" * len(chunk))
        _delete_where(db, f"r.kind = ? AND r.ref_id IN ({marks})", [kind, *chunk])
        records = db.execute(q.SOURCES[kind] + f" WHERE id IN ({marks})", chunk).fetchall()
        _insert(db, kind, records, prepared)


def refresh_filters(db: Database, kind: str, ids: Iterable[int], old_body: str | None, old_date: str | None) -> None:
    """Records whose text is unchanged but whose speaker, agenda item or document (body,
    date) changed: only their filter tokens (the m column) and filter columns are rewritten,
    under the same row ids; ``old_body``/``old_date`` are the document's values the rows were
    indexed with. Transaction: the caller's."""
    id_list = sorted(set(ids))
    for start in range(0, len(id_list), 500):
        chunk = id_list[start:start + 500]
        marks = ",".join("?" * len(chunk))
        now = {r[0]: r for r in db.execute(q.SOURCES[kind] + f" WHERE id IN ({marks})", chunk)}
        rows = db.execute("SELECT r.id, r.ref_id, r.document_id, r.speaker, r.agenda_item_id, r.norm, r.terms,"
                               " d.body, d.date FROM search_rows r JOIN documents d ON d.id = r.document_id"
                               f" WHERE r.kind = ? AND r.ref_id IN ({marks})", [kind, *chunk]).fetchall()
        deletes, inserts, updates, changes = [], [], [], []
        for row_id, ref_id, doc_id, speaker, agenda, norm, terms, body, date in rows:
            if ref_id not in now:
                continue
            _ref, _doc, new_speaker, new_agenda, _text = now[ref_id]
            if db.dialect == "postgresql":
                changes.append((row_id, doc_id, new_speaker, new_agenda, norm, terms, body, date))
                continue
            old = _fts_values((row_id, kind, doc_id, speaker, agenda, norm, terms, old_body, old_date))
            deletes.append(old)
            inserts.append((*old[:4], encode_meta(kind, doc_id, new_speaker, new_agenda, body, date)))
            updates.append((new_speaker, new_agenda, row_id))
        if db.dialect == "postgresql":
            search_server.set_filters(db, kind, changes)
            continue
        db.executemany(q.DELETE_FTS, deletes)
        db.executemany(q.INSERT_FTS, inserts)
        db.executemany("UPDATE search_rows SET speaker = ?, agenda_item_id = ? WHERE id = ?", updates)


def stored_terms(db: Database, kind: str, ids: Iterable[int]) -> dict[str, list[str]]:
    """The terms already indexed for these records (normalised text -> terms), so a change
    that leaves their text alone (a speaker, an agenda item, the meeting's date) reindexes
    them without tokenising again."""
    out: dict[str, list[str]] = {}
    id_list = sorted(set(ids))
    for start in range(0, len(id_list), 500):
        chunk = id_list[start:start + 500]
        sql = f"SELECT norm, terms FROM search_rows WHERE kind = ? AND ref_id IN ({','.join('?' * len(chunk))})"
        out.update((norm, terms.split()) for norm, terms in db.execute(sql, [kind, *chunk]))
    return out


def create_index(db: Database) -> None:
    """Migration step 2: the index tables in their first shape, search_rows filled from every
    stored document (step 4 then builds search_fts from search_rows)."""
    for statement in q.SCHEMA.split(";"):
        if statement.strip() and (db.dialect == "sqlite" or "VIRTUAL" not in statement):
            db.ddl(statement)
    for (doc_id,) in db.execute("SELECT id FROM documents ORDER BY id").fetchall():
        for kind in KINDS:
            records = db.execute(q.SOURCES[kind] + " WHERE document_id = ? ORDER BY position",
                                      [doc_id]).fetchall()
            _insert(db, kind, records, fts=False)


def rebuild_fts(db: Database) -> None:
    """Migration step 4: search_fts again, with the term-pair and filter-token columns,
    from search_rows (no Sudachi needed: the terms are stored). About 3,700 rows/s.
    (A server workspace gets its index in ``create_server_tokens``.)"""
    if db.dialect != "sqlite":
        return
    db.execute("DROP TABLE IF EXISTS search_fts")
    db.execute(q.FTS_WITH_FILTER_TOKENS)
    cur = db.execute(q.ROW_SOURCES + " ORDER BY r.id")
    while batch := cur.fetchmany(FILL_BATCH):
        db.executemany(q.INSERT_FTS, [_fts_values(r) for r in batch])


def create_server_tokens(db: Database) -> None:
    """Migration step: a server workspace's index tokens under GIN (search_server.py),
    filled for the rows already stored; nothing to do in a file."""
    if db.dialect == "postgresql":
        search_server.create_tokens(db)


# --- reading (for keywords and similar comments; the search itself: search_query.py) ----
def document_terms(db: Database, document_id: int, kinds: Sequence[str] = KINDS) -> list[tuple[str, int, str]]:
    """(kind, record id, terms) of a document's index rows, in stored order."""
    marks = ",".join("?" * len(kinds))
    return [(k, i, t) for k, i, t in db.execute(
        f"SELECT kind, ref_id, terms FROM search_rows WHERE document_id = ? AND kind IN ({marks}) ORDER BY id",
        [document_id, *kinds])]


def row_count(db: Database) -> int:
    """Rows in the index (turns + comments + responses of every document)."""
    return int(db.execute("SELECT count(*) FROM search_rows").fetchone()[0])


def term_row_count(db: Database, term: str) -> int:
    """In how many index rows a Sudachi term occurs (for idf)."""
    if db.dialect == "postgresql":
        return search_server.term_row_count(db, term)
    sql = "SELECT count(*) FROM search_fts WHERE search_fts MATCH ?"
    return int(db.execute(sql, [variant_match([term])]).fetchone()[0])
