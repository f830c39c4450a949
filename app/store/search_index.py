"""The search index, kept inside the workspace file (owned by the search service).

Called inside the store's transactions: ``add_document`` after an import,
``remove_document`` before a delete, ``reindex`` after an edit of turns/comments/responses.
The query side (``candidates``, ``hit_rows``, ``term_row_counts`` …) is what ``app/search.py``,
``app/similar.py`` and ``app/keywords.py`` use; they never write SQL themselves.
Schema and strategy: see ``search_sql.py``.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Any, Iterable, Protocol, Sequence

from sqlite_utils import Database

from app.store import search_sql as q
from app.text import normalize
from app.tokens import terms_for_texts

KINDS = ("turn", "comment", "response")
# Above this many rows a filter is not selective enough to scan; the FTS index leads instead.
SCAN_MAX = 20_000
# An AND query's words are probed among this many newest rows; when the AND of each word's
# rarest index token leaves at most CHECK_SHARE of them, those tokens lead (see ``_lead``).
PROBE_ROWS = 5_000
CHECK_SHARE = 0.005
_CODES: dict[str, str] = {}
_SAFE_TERM = re.compile(r"^(?:[0-9a-z]|[^\x00-\x7f])+$")
_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


# --- encoding ---------------------------------------------------------------------------
def _code(ch: str) -> str:
    """A character as four base-36 digits (36**4 > every code point): ASCII-safe and fixed."""
    c = _CODES.get(ch)
    if c is None:
        n, out = ord(ch), []
        for _ in range(4):
            n, r = divmod(n, 36)
            out.append(_DIGITS[r])
        c = _CODES[ch] = "".join(reversed(out))
    return c


def encode_grams(norm: str) -> str:
    """The g column for normalised text: every character bigram, then the last character."""
    codes = [_code(ch) for ch in norm]
    if not codes:
        return ""
    grams = [a + b for a, b in zip(codes, codes[1:])]
    grams.append(codes[-1])
    return " ".join(grams)


def encode_term(term: str) -> str:
    """A Sudachi term as one token of the ascii tokenizer (hashed when it has ASCII symbols)."""
    if _SAFE_TERM.match(term):
        return term
    return "x" + hashlib.blake2b(term.encode("utf-8"), digest_size=8).hexdigest()


def _phrase(tokens: Sequence[str]) -> str:
    return '"' + " ".join(t.replace('"', '""') for t in tokens) + '"'


def substring_match(norm_query: str) -> str:
    """FTS5 expression for rows whose normalised text contains norm_query (exactly)."""
    codes = [_code(ch) for ch in norm_query]
    if len(codes) == 1:
        return f"g : {codes[0]}*"
    return "g : " + _phrase([a + b for a, b in zip(codes, codes[1:])])


def variant_match(terms: Sequence[str]) -> str:
    """FTS5 expression for rows containing the Sudachi terms consecutively."""
    return "t : " + _phrase([encode_term(t) for t in terms])


# --- writing ----------------------------------------------------------------------------
def prepare_terms(texts: Iterable[str]) -> dict[str, list[str]]:
    """The index terms of each text's normalised form, computed ahead of the import (pure:
    a worker process can run it while another file is being stored)."""
    norms = sorted({normalize(t or "") for t in texts})
    return dict(zip(norms, terms_for_texts(norms)))


def _insert(db: Database, kind: str, records: list[tuple[Any, ...]],
            prepared: dict[str, list[str]] | None = None) -> None:
    """Index records (id, document_id, speaker, agenda_item_id, text) of one kind; terms
    found in ``prepared`` are not tokenised again."""
    if not records:
        return
    norms = [normalize(r[4] or "") for r in records]
    known = prepared or {}
    missing = [n for n in norms if n not in known]
    computed = dict(zip(missing, terms_for_texts(missing))) if missing else {}
    all_terms = [known[n] if n in known else computed[n] for n in norms]
    conn = db.conn
    for r, norm, terms in zip(records, norms, all_terms):
        cur = conn.execute(q.INSERT_ROW, (kind, r[0], r[1], r[2], r[3], norm, " " + " ".join(terms) + " "))
        conn.execute(q.INSERT_FTS, (cur.lastrowid, encode_grams(norm),
                                    " ".join(encode_term(t) for t in terms)))


def _delete_where(db: Database, where: str, params: Sequence[Any]) -> None:
    rows = db.conn.execute(f"SELECT id, norm, terms FROM search_rows WHERE {where}", params).fetchall()
    db.conn.executemany(q.DELETE_FTS, [(i, encode_grams(n), " ".join(encode_term(t) for t in terms.split()))
                                       for i, n, terms in rows])
    db.conn.executemany("DELETE FROM search_rows WHERE id = ?", [(r[0],) for r in rows])


def add_document(db: Database, document_id: int, prepared: dict[str, list[str]] | None = None) -> None:
    """Index every turn, comment and response of a newly stored document.

    Transaction: the caller's (the import's). Tokenises with Sudachi (about 5,000 turns/s)
    what ``prepare_terms`` did not already do.
    """
    for kind in KINDS:
        records = db.conn.execute(q.SOURCES[kind] + " WHERE document_id = ? ORDER BY position",
                                  [document_id]).fetchall()
        _insert(db, kind, records, prepared)


def remove_document(db: Database, document_id: int) -> None:
    """Drop a document's rows from the index. Transaction: the caller's (the delete's)."""
    _delete_where(db, "document_id = ?", [document_id])


def reindex(db: Database, kind: str, ids: Iterable[int]) -> None:
    """Refresh the index rows of edited records (kind: turn, comment, response).

    An id whose record no longer exists just loses its row. Transaction: the caller's.
    """
    id_list = sorted(set(ids))
    for start in range(0, len(id_list), 500):
        chunk = id_list[start:start + 500]
        marks = ",".join("?" * len(chunk))
        _delete_where(db, f"kind = ? AND ref_id IN ({marks})", [kind, *chunk])
        records = db.conn.execute(q.SOURCES[kind] + f" WHERE id IN ({marks})", chunk).fetchall()
        _insert(db, kind, records)


def create_index(db: Database) -> None:
    """Migration step: create the index tables and index every stored document."""
    for statement in q.SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)
    for (doc_id,) in db.conn.execute("SELECT id FROM documents ORDER BY id").fetchall():
        add_document(db, doc_id)


# --- querying ---------------------------------------------------------------------------
class RowFilter(Protocol):
    """What ``app.search.SearchFilter`` provides (the store does not import app.search)."""

    speaker: str | None
    body: str | None
    date_from: str | None
    date_to: str | None
    document_id: int | None
    agenda_item_id: int | None
    tag: str | None
    kinds: tuple[str, ...]


@dataclass(frozen=True)
class QueryTerm:
    """One query word: its normalised text, and its Sudachi terms when variants count."""

    norm: str
    variants: tuple[str, ...] = ()


def _document_ids(db: Database, f: RowFilter) -> list[int] | None:
    """Documents allowed by the document/body/date filters, None when none of them is set."""
    where, params = [], []  # type: ignore[var-annotated]
    for cond, value in (("id = ?", f.document_id), ("coalesce(body, '') LIKE ?", f"%{f.body}%" if f.body else None),
                        ("date >= ?", f.date_from), ("date <= ?", f.date_to)):
        if value is not None:
            where.append(cond)
            params.append(value)
    if f.agenda_item_id is not None:
        where.append("id = (SELECT document_id FROM agenda_items WHERE id = ?)")
        params.append(f.agenda_item_id)
    if not where:
        return None
    return [r[0] for r in db.conn.execute(f"SELECT id FROM documents WHERE {' AND '.join(where)}", params)]


def _filter_sql(db: Database, f: RowFilter | None) -> tuple[list[str], list[Any]]:
    """WHERE conditions on search_rows r for a filter; ``['0']`` when nothing can match."""
    if f is None:
        return [], []
    where, params = [], []  # type: ignore[var-annotated]
    docs = _document_ids(db, f)
    if docs is not None:
        if not docs:
            return ["0"], []
        where.append(f"r.document_id IN ({','.join(str(int(d)) for d in docs)})")
    for cond, value in (("r.agenda_item_id = ?", f.agenda_item_id), ("r.speaker = ?", f.speaker)):
        if value is not None:
            where.append(cond)
            params.append(value)
    if f.kinds:
        where.append(f"r.kind IN ({','.join('?' * len(f.kinds))})")
        params += list(f.kinds)
    if f.tag:
        where.append(q.TAGGED)
        params.append(f.tag)
    return where, params


def _instr_sql(term: QueryTerm, alias: str = "r") -> tuple[str, list[Any]]:
    """A row check equal to the term's FTS expression: the exact text in norm, or the
    variant terms side by side in the space-padded terms column."""
    if term.variants:
        return (f"(instr({alias}.norm, ?) > 0 OR instr({alias}.terms, ?) > 0)",
                [term.norm, " " + " ".join(term.variants) + " "])
    return f"instr({alias}.norm, ?) > 0", [term.norm]


def _fts_expression(terms: Sequence[QueryTerm], variants: bool = True) -> str:
    """FTS5 expression for rows matching every term (exactly, or also by variants)."""
    parts = []
    for t in terms:
        expr = substring_match(t.norm)
        if variants and t.variants:
            expr = f"({expr}) OR ({variant_match(t.variants)})"
        parts.append(f"({expr})")
    return " AND ".join(parts)


def candidates(db: Database, terms: Sequence[QueryTerm], f: RowFilter | None,
               cap: int | None) -> list[tuple[int, str, str]]:
    """(row id, norm, terms) of the newest rows matching every term and the filter, newest
    first, at most cap (None: all). Exact: a row is returned only if it matches, and no
    newer matching row is left out.

    Thread: the store's. Plans: a scan with instr() when the filter leaves few rows;
    otherwise the FTS index, checking the filter on a covering index. Variant phrases of
    common Sudachi terms (で は な) are costly to intersect, so the exact words run first:
    when they alone fill cap, the variant query only needs the rowids above the last one.
    """
    if not terms:
        return []
    where, params = _filter_sql(db, f)
    if where == ["0"]:
        return []
    if where and _few_rows(db, where, params):
        return _scan(db, terms, where, params, cap)
    lead = _lead(db, terms)
    if lead is not None:
        return _led(db, lead[1], lead[0], where, params, cap)
    if cap is not None and any(t.variants for t in terms):
        exact = _fts_ids(db, _fts_expression(terms, variants=False), where, params, cap)
        floor = exact[-1] if len(exact) >= cap else None
        ids = _fts_ids(db, _fts_expression(terms), where, params, cap, floor)
    else:
        ids = _fts_ids(db, _fts_expression(terms), where, params, cap)
    return row_texts(db, ids)


def _scan(db: Database, terms: Sequence[QueryTerm], where: list[str], params: list[Any],
          cap: int | None) -> list[tuple[int, str, str]]:
    """The newest rows of a small filtered set that match every term, by instr()."""
    conds, cparams = list(where), list(params)
    for t in terms:
        sql, p = _instr_sql(t)
        conds.append(sql)
        cparams += p
    limit = f" LIMIT {int(cap)}" if cap is not None else ""
    sql = f"SELECT r.id, r.norm, r.terms FROM search_rows r WHERE {' AND '.join(conds)} ORDER BY r.id DESC"
    return db.conn.execute(sql + limit, cparams).fetchall()


def _lead(db: Database, terms: Sequence[QueryTerm]) -> tuple[str, list[QueryTerm]] | None:
    """(FTS expression, words to check on the row text) for an AND query better matched by
    each word's rarest index token, or None for the plain FTS AND of the words' phrases.

    Each word's rarest token (a bigram of its text, OR a term of its variants: a superset
    of its rows) is found by counting among the newest PROBE_ROWS rows (about 0.2 ms a
    token). When the AND of those tokens leaves at most CHECK_SHARE of the probed rows,
    they go to the index and every word is checked on the row text: FTS5 would otherwise
    step through every co-occurrence of a common phrase's tokens (する こと で, 為る こと
    だ), but checking a row costs 5-20 µs (a page read each on a 1M-row workspace), so
    only a sparse candidate set pays. Either way the rows returned are the same."""
    if len(terms) < 2:
        return None
    above = (db.conn.execute("SELECT max(id) FROM search_rows").fetchone()[0] or 0) - PROBE_ROWS
    expr, checked = _mixed(terms, [_rarest_tokens(db, t, above)[1] for t in terms], [True] * len(terms))
    return (expr, checked) if _probe(db, expr, above) <= CHECK_SHARE * PROBE_ROWS else None


def _mixed(terms: Sequence[QueryTerm], tokens: Sequence[str],
           dense: Sequence[bool]) -> tuple[str, list[QueryTerm]]:
    """The AND of each word's phrase, or of its rarest tokens when dense (then to check)."""
    parts = [f"({tok if d else _fts_expression([t])})" for t, tok, d in zip(terms, tokens, dense)]
    return " AND ".join(parts), [t for t, d in zip(terms, dense) if d]


def _rarest_tokens(db: Database, t: QueryTerm, above: int) -> tuple[int, str]:
    """(probe count, expression) of the word's rarest text token, OR its rarest variant term."""
    codes = [_code(ch) for ch in t.norm]
    grams = {f"g : {codes[0]}*"} if len(codes) == 1 else {f"g : {a}{b}" for a, b in zip(codes, codes[1:])}
    count, expr = min((_probe(db, g, above), g) for g in grams)
    if t.variants:
        n, v = min((_probe(db, v, above), v) for v in {variant_match([v]) for v in t.variants})
        count, expr = count + n, f"({expr}) OR ({v})"
    return count, expr


def _probe(db: Database, expr: str, above: int) -> int:
    sql = "SELECT count(*) FROM search_fts WHERE search_fts MATCH ? AND rowid > ?"
    return int(db.conn.execute(sql, [expr, above]).fetchone()[0])


def _led(db: Database, terms: Sequence[QueryTerm], lead: str, where: list[str],
         params: list[Any], cap: int | None) -> list[tuple[int, str, str]]:
    """The newest rows matching every term: the lead expression's FTS hits (filter checked
    on the covering index), the given words then checked on the row's norm/terms."""
    conds, cparams = [], list(params)
    for t in terms:
        sql, p = _instr_sql(t, "s")
        conds.append(sql)
        cparams += p
    filt = [("+" + w) if w.startswith("r.document_id IN") else w for w in where]
    sql = q.LED.format(join=q.FILTER_JOIN if where else "", where="".join(f" AND {w}" for w in filt + conds),
                       limit=f" LIMIT {int(cap)}" if cap is not None else "")
    return db.conn.execute(sql, [lead, *cparams]).fetchall()


def _fts_ids(db: Database, expr: str, where: list[str], params: list[Any], cap: int | None,
             floor: int | None = None) -> list[int]:
    """Rowids of FTS hits for expr that pass the filter, newest first (>= floor if given)."""
    # "+" keeps SQLite from probing the covering index once per listed document and hit.
    conds = [("+" + w) if w.startswith("r.document_id IN") else w for w in where]
    sql = q.FTS_IDS.format(join=q.FILTER_JOIN if where else "",
                           floor=f" AND f.rowid >= {int(floor)}" if floor is not None else "",
                           where="".join(f" AND {w}" for w in conds),
                           limit=f" LIMIT {int(cap)}" if cap is not None else "")
    return [r[0] for r in db.conn.execute(sql, [expr, *params])]


def row_texts(db: Database, ids: Sequence[int]) -> list[tuple[int, str, str]]:
    """(id, norm, terms) of index rows, in the order of ids; missing rows are left out."""
    found: dict[int, tuple[int, str, str]] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start:start + 500])
        found.update((r[0], r) for r in db.conn.execute(q.ROW_TEXTS.format(marks=",".join("?" * len(chunk))), chunk))
    return [found[i] for i in ids if i in found]


def _few_rows(db: Database, where: list[str], params: list[Any]) -> bool:
    sql = f"SELECT count(*) FROM (SELECT 1 FROM search_rows r WHERE {' AND '.join(where)} LIMIT {SCAN_MAX + 1})"
    return int(db.conn.execute(sql, params).fetchone()[0]) <= SCAN_MAX


def hit_rows(db: Database, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """What a result list shows for index rows: record, document, speaker, agenda, text.

    A row whose record is already gone (deleted after its last reindex in the same
    transaction) is left out."""
    out: dict[int, dict[str, Any]] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start:start + 500])
        cur = db.conn.execute(q.HIT_DETAILS.format(marks=",".join("?" * len(chunk))), chunk)
        cols = [d[0] for d in cur.description]
        out.update((r[0], row) for r in cur if (row := dict(zip(cols, r)))["alive"] is not None)
    return out


def document_terms(db: Database, document_id: int, kinds: Sequence[str] = KINDS) -> list[tuple[str, int, str]]:
    """(kind, record id, terms) of a document's index rows, in stored order."""
    marks = ",".join("?" * len(kinds))
    return [(k, i, t) for k, i, t in db.conn.execute(
        f"SELECT kind, ref_id, terms FROM search_rows WHERE document_id = ? AND kind IN ({marks}) ORDER BY id",
        [document_id, *kinds])]


def row_count(db: Database) -> int:
    """Rows in the index (turns + comments + responses of every document)."""
    return int(db.conn.execute("SELECT count(*) FROM search_rows").fetchone()[0])


def term_row_count(db: Database, term: str) -> int:
    """In how many index rows a Sudachi term occurs (for idf)."""
    sql = "SELECT count(*) FROM search_fts WHERE search_fts MATCH ?"
    return int(db.conn.execute(sql, [variant_match([term])]).fetchone()[0])
