"""The query side of the search index: which rows match, newest first (used by app/search.py).

A word matches a row when the row's normalised text contains it (a phrase of bigram
tokens) or, for an unquoted word, when the row has its Sudachi terms side by side (one term
token, or a phrase of term-pair tokens). A filter is an AND of filter tokens in the same
FTS5 query (kind, document, agenda item, speaker, body, year/month/day); only the tag
filter, which changes as clerks tag, is checked on the row, and a tag that marks few rows
starts from those rows instead. Schema: ``search_sql.py``; tokens: ``search_tokens.py``.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from app.store import search_sql as q
from app.store.database import Database
from app.store.search_tokens import (
    agenda_token,
    any_of,
    body_token,
    date_cover,
    document_token,
    gram_tokens,
    kind_token,
    speaker_token,
    substring_match,
    variant_match,
    variant_tokens,
)

# A tag filter leaving at most this many rows is searched by scanning them with instr().
SCAN_MAX = 20_000
# An AND query's words are probed among this many newest rows; when the AND of each word's
# rarest index token leaves at most CHECK_SHARE of them, those tokens lead (see ``_lead``).
PROBE_ROWS = 5_000
CHECK_SHARE = 0.005
_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$")


class RowFilter(Protocol):
    """What ``app.services.search.SearchFilter`` provides (the store does not import app.services.search)."""

    @property
    def speaker(self) -> str | None: ...
    @property
    def body(self) -> str | None: ...
    @property
    def date_from(self) -> str | None: ...
    @property
    def date_to(self) -> str | None: ...
    @property
    def document_id(self) -> int | None: ...
    @property
    def agenda_item_id(self) -> int | None: ...
    @property
    def tag(self) -> str | None: ...
    @property
    def kinds(self) -> tuple[str, ...]: ...


@dataclass(frozen=True)
class QueryTerm:
    """One query word: its normalised text, and its Sudachi terms when variants count."""

    norm: str
    variants: tuple[str, ...] = ()


# --- filters ----------------------------------------------------------------------------
def date_bound(text: str | None, last: bool) -> dt.date | None:
    """An ISO date, or a year / year-month taken as its first (or last) day; None if absent.

    Raises ValueError for text that is no date."""
    if not text:
        return None
    m = _PARTIAL_DATE.match(text.strip())
    if not m:
        return dt.date.fromisoformat(text.strip())
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    if day is not None:
        return dt.date(year, int(month), int(day))
    if month is None:
        return dt.date(year, 12, 31) if last else dt.date(year, 1, 1)
    first = dt.date(year, int(month), 1)
    if not last:
        return first
    return dt.date(year + int(month) // 12, int(month) % 12 + 1, 1) - dt.timedelta(days=1)


def _date_tokens(db: Database, f: RowFilter) -> list[str]:
    """Year/month/day tokens covering the filter's dates within the workspace's meetings."""
    lo, hi = db.execute("SELECT min(date), max(date) FROM documents WHERE date IS NOT NULL").fetchone()
    if lo is None:
        return []
    first = max(d for d in (date_bound(f.date_from, False), date_bound(lo, False)) if d is not None)
    last = min(d for d in (date_bound(f.date_to, True), date_bound(hi, True)) if d is not None)
    return date_cover(first, last)


def _filter_expression(db: Database, f: RowFilter | None) -> str | None:
    """The FTS5 expression of every filter but the tag; None for no filter, '' when nothing
    can match."""
    if f is None:
        return None
    parts: list[list[str]] = []
    if f.document_id is not None:
        parts.append([document_token(f.document_id)])
    if f.agenda_item_id is not None:
        parts.append([agenda_token(f.agenda_item_id)])
    if f.speaker is not None:
        parts.append([speaker_token(f.speaker)])
    if f.kinds:
        parts.append([kind_token(k) for k in f.kinds])
    if f.body:
        sql = "SELECT DISTINCT body FROM documents WHERE body LIKE ?"
        parts.append([body_token(b) for (b,) in db.execute(sql, [f"%{f.body}%"])])
    if f.date_from or f.date_to:
        parts.append(_date_tokens(db, f))
    if not parts:
        return None
    if not all(parts):
        return ""
    return " AND ".join(f"({any_of(p)})" for p in parts)


def _with_filter(expr: str, filter_expr: str | None) -> str:
    return f"({expr}) AND ({filter_expr})" if filter_expr else expr


def _scan_sql(db: Database, f: RowFilter) -> tuple[list[str], list[Any]]:
    """WHERE conditions on search_rows r for the scan of a tag's rows (every filter)."""
    where: list[str] = [f"r.id IN ({q.TAGGED_ROWS})"]
    params: list[Any] = [f.tag]
    docs: list[str] = []
    dparams: list[Any] = []
    bounds = (("date >= ?", date_bound(f.date_from, False)), ("date <= ?", date_bound(f.date_to, True)))
    for cond, value in (("id = ?", f.document_id), ("coalesce(body, '') LIKE ?", f"%{f.body}%" if f.body else None),
                        *bounds):
        if value is not None:
            docs.append(cond)
            dparams.append(value.isoformat() if isinstance(value, dt.date) else value)
    if docs:
        where.append(f"r.document_id IN (SELECT id FROM documents WHERE {' AND '.join(docs)})")
        params += dparams
    for cond, value in (("r.agenda_item_id = ?", f.agenda_item_id), ("r.speaker = ?", f.speaker)):
        if value is not None:
            where.append(cond)
            params.append(value)
    if f.kinds:
        where.append(f"r.kind IN ({','.join('?' * len(f.kinds))})")
        params += list(f.kinds)
    return where, params


def _few_tagged(db: Database, tag: str) -> bool:
    sql = f"SELECT count(*) FROM ({q.TAGGED_ROWS} LIMIT {SCAN_MAX + 1})"
    return int(db.execute(sql, [tag]).fetchone()[0]) <= SCAN_MAX


# --- plans ------------------------------------------------------------------------------
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

    Thread: the store's. Plans: a scan with instr() of the rows a rare tag marks;
    otherwise the FTS index with the filter tokens (a tag checked on a covering index).
    Variant phrases are costlier than the exact words, so those run first when they are
    likely to fill cap alone: then only rows above the last one can still come in, and only
    through some word's variant (``_variant_only_expression``). (When the exact words are
    rare, that first pass would walk the whole index for nothing, so the newest PROBE_ROWS
    rows decide.)
    """
    if not terms:
        return []
    filter_expr = _filter_expression(db, f)
    if filter_expr == "":
        return []
    where: list[str] = []
    params: list[Any] = []
    if f is not None and f.tag:
        if _few_tagged(db, f.tag):
            return _scan(db, terms, *_scan_sql(db, f), cap)
        where, params = [q.TAGGED], [f.tag]
    lead = _lead(db, terms, filter_expr)
    if lead is not None:
        return _led(db, lead[1], lead[0], where, params, cap)
    exact_expr = _with_filter(_fts_expression(terms, variants=False), filter_expr)
    if cap is not None and any(t.variants for t in terms) and _may_fill(db, exact_expr, cap):
        exact = _fts_ids(db, exact_expr, where, params, cap)
        if len(exact) >= cap:
            more = _fts_ids(db, _with_filter(_variant_only_expression(terms), filter_expr), where, params, cap,
                            exact[-1])
            ids = sorted(set(exact) | set(more), reverse=True)[:cap]
        else:
            ids = _fts_ids(db, _with_filter(_fts_expression(terms), filter_expr), where, params, cap)
    else:
        ids = _fts_ids(db, _with_filter(_fts_expression(terms), filter_expr), where, params, cap)
    return row_texts(db, ids)


def _variant_only_expression(terms: Sequence[QueryTerm]) -> str:
    """FTS5 expression for rows matching every term where some term matches by its variants:
    the OR over those terms of (its variant phrase AND every other term). Variant phrases of
    two or more terms are phrases of rare pair tokens, so each part starts from few rows."""
    parts = []
    for i, t in enumerate(terms):
        if t.variants:
            others = [f"({_fts_expression([o])})" for j, o in enumerate(terms) if j != i]
            parts.append(" AND ".join([f"({variant_match(t.variants)})", *others]))
    return " OR ".join(f"({p})" for p in parts)


def _may_fill(db: Database, expr: str, cap: int) -> bool:
    """Whether expr's matches, at their density among the newest PROBE_ROWS rows, would
    reach cap over the whole index (a guess either way only costs time)."""
    last = db.execute("SELECT max(id) FROM search_rows").fetchone()[0] or 0
    if last <= PROBE_ROWS:
        return True
    return _probe(db, expr, last - PROBE_ROWS) * last / PROBE_ROWS >= cap


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
    return [(int(i), str(n), str(t)) for i, n, t in db.execute(sql + limit, cparams)]


def _lead(db: Database, terms: Sequence[QueryTerm],
          filter_expr: str | None = None) -> tuple[str, list[QueryTerm]] | None:
    """(FTS expression, words to check on the row text) for an AND query better matched by
    each word's rarest index token, or None for the plain FTS AND of the words' phrases.

    Each word's rarest token (a bigram of its text, OR a term or term pair of its variants:
    a superset of its rows) is found by counting among the newest PROBE_ROWS rows (about
    0.2 ms a token). When the AND of those tokens leaves at most CHECK_SHARE of the probed
    rows, they go to the index and every word is checked on the row text: FTS5 would
    otherwise step through every co-occurrence of a common phrase's tokens, but checking a
    row costs 5-20 µs (a page read each on a 1M-row workspace), so only a sparse candidate
    set pays. Either way the rows returned are the same."""
    if len(terms) < 2:
        return None
    above = (db.execute("SELECT max(id) FROM search_rows").fetchone()[0] or 0) - PROBE_ROWS
    expr, checked = _mixed(terms, [_rarest_tokens(db, t, above)[1] for t in terms], [True] * len(terms))
    expr = _with_filter(expr, filter_expr)
    return (expr, checked) if _probe(db, expr, above) <= CHECK_SHARE * PROBE_ROWS else None


def _mixed(terms: Sequence[QueryTerm], tokens: Sequence[str],
           dense: Sequence[bool]) -> tuple[str, list[QueryTerm]]:
    """The AND of each word's phrase, or of its rarest tokens when dense (then to check)."""
    parts = [f"({tok if d else _fts_expression([t])})" for t, tok, d in zip(terms, tokens, dense)]
    return " AND ".join(parts), [t for t, d in zip(terms, dense) if d]


def _rarest_tokens(db: Database, t: QueryTerm, above: int) -> tuple[int, str]:
    """(probe count, expression) of the word's rarest text token, OR its rarest variant token."""
    count, expr = min((_probe(db, g, above), g) for g in gram_tokens(t.norm))
    if t.variants:
        n, v = min((_probe(db, v, above), v) for v in variant_tokens(t.variants))
        count, expr = count + n, f"({expr}) OR ({v})"
    return count, expr


def _probe(db: Database, expr: str, above: int) -> int:
    sql = "SELECT count(*) FROM search_fts WHERE search_fts MATCH ? AND rowid > ?"
    return int(db.execute(sql, [expr, above]).fetchone()[0])


def _led(db: Database, terms: Sequence[QueryTerm], lead: str, where: list[str],
         params: list[Any], cap: int | None) -> list[tuple[int, str, str]]:
    """The newest rows matching every term: the lead expression's FTS hits (tag checked on
    the covering index), the given words then checked on the row's norm/terms."""
    conds, cparams = [], list(params)
    for t in terms:
        sql, p = _instr_sql(t, "s")
        conds.append(sql)
        cparams += p
    sql = q.LED.format(join=q.FILTER_JOIN if where else "", where="".join(f" AND {w}" for w in where + conds),
                       limit=f" LIMIT {int(cap)}" if cap is not None else "")
    return [(int(i), str(n), str(t)) for i, n, t in db.execute(sql, [lead, *cparams])]


def _fts_ids(db: Database, expr: str, where: list[str], params: list[Any], cap: int | None,
             floor: int | None = None) -> list[int]:
    """Rowids of FTS hits for expr that pass the tag check, newest first (>= floor if given)."""
    sql = q.FTS_IDS.format(join=q.FILTER_JOIN if where else "",
                           floor=f" AND f.rowid >= {int(floor)}" if floor is not None else "",
                           where="".join(f" AND {w}" for w in where),
                           limit=f" LIMIT {int(cap)}" if cap is not None else "")
    return [r[0] for r in db.execute(sql, [expr, *params])]


# --- rows -------------------------------------------------------------------------------
def row_texts(db: Database, ids: Sequence[int]) -> list[tuple[int, str, str]]:
    """(id, norm, terms) of index rows, in the order of ids; missing rows are left out."""
    found: dict[int, tuple[int, str, str]] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start:start + 500])
        found.update((r[0], r) for r in db.execute(q.ROW_TEXTS.format(marks=",".join("?" * len(chunk))), chunk))
    return [found[i] for i in ids if i in found]


def hit_rows(db: Database, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """What a result list shows for index rows: record, document, speaker, agenda, text.

    A row whose record is already gone (deleted after its last reindex in the same
    transaction) is left out."""
    out: dict[int, dict[str, Any]] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start:start + 500])
        cur = db.execute(q.HIT_DETAILS.format(marks=",".join("?" * len(chunk))), chunk)
        cols = [d[0] for d in cur.description]
        out.update((r[0], row) for r in cur if (row := dict(zip(cols, r)))["alive"] is not None)
    return out
