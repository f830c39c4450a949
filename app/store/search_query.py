"""The query side of the search index: which rows match, newest first (used by app/search.py).

A word matches a row when the row's normalised text contains it (a phrase of bigram
tokens) or, for an unquoted word, when the row has its Sudachi terms side by side (one term
token, or a phrase of term-pair tokens). A filter is an AND of filter tokens in the same
FTS5 query (kind, document, agenda item, speaker, body, year/month/day); only the tag
filter, which changes as clerks tag, is checked on the row, and a tag that marks few rows
starts from those rows instead. Schema: ``search_sql.py``; tokens: ``search_tokens.py``;
filters: ``search_filters.py``. A server workspace has the same tokens in a tsvector: its
plans are ``search_server.py`` (the tag scan here serves both).
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from app.store import search_server
from app.store import search_sql as q
from app.store.database import Database
from app.store.search_filters import RowFilter, filter_groups, scan_conditions, term_check
from app.store.search_filters import date_bound as date_bound  # the CLI's and tests' name for it
from app.store.search_tokens import QueryTerm, any_of, gram_tokens, substring_match, variant_match, variant_tokens

# A tag filter leaving at most this many rows is searched by scanning them with instr().
SCAN_MAX = 20_000
# An AND query's words are probed among this many newest rows; when the AND of each word's
# rarest index token leaves at most CHECK_SHARE of them, those tokens lead (see ``_lead``).
PROBE_ROWS = 5_000
CHECK_SHARE = 0.005

__all__ = ["QueryTerm", "RowFilter", "candidates", "date_bound", "hit_rows", "row_texts"]


def _filter_expression(groups: list[list[str]] | None) -> str | None:
    """The FTS5 expression of the filter token groups; None for no filter."""
    if groups is None:
        return None
    return " AND ".join(f"({any_of(p)})" for p in groups)


def _with_filter(expr: str, filter_expr: str | None) -> str:
    return f"({expr}) AND ({filter_expr})" if filter_expr else expr


def _few_tagged(db: Database, tag: str) -> bool:
    sql = f"SELECT count(*) FROM ({q.TAGGED_ROWS} LIMIT {SCAN_MAX + 1}) AS tagged"
    return int(db.execute(sql, [tag]).fetchone()[0]) <= SCAN_MAX


# --- plans ------------------------------------------------------------------------------
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
    groups = filter_groups(db, f)
    if groups is not None and not all(groups):
        return []
    tag = f.tag if f is not None and f.tag else None
    if f is not None and tag is not None and _few_tagged(db, tag):
        return _scan(db, terms, *scan_conditions(db, f), cap)
    if db.dialect == "postgresql":
        return search_server.candidates(db, terms, f, groups, tag, cap)
    filter_expr = _filter_expression(groups)
    where: list[str] = [q.TAGGED] if tag is not None else []
    params: list[Any] = [tag] if tag is not None else []
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
        sql, p = term_check(db, t)
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
        sql, p = term_check(db, t, "s")
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
