"""The search index of a server workspace: PostgreSQL's tsvector under a GIN index.

Each index row (``search_rows``) holds, in its ``tokens`` column, the same tokens the
file's FTS5 table holds (``search_tokens.py``): the character bigrams of its normalised
text (bare, as in the g column), its Sudachi terms (``t:``), the pairs of adjacent terms
(``q…``, as in the p column) and its filter tokens (``m:``). The prefixes keep the kinds
apart in one vector, so a word and its filters are one ``@@`` on one GIN index.

The vector holds no positions. A word is found by the AND of its bigram tokens (or the
prefix of its one character's code) and confirmed on the row's text by ``strpos``, as the
file's plans confirm with ``instr``; a variant by its term token or the AND of its pair
tokens, confirmed on the space-padded terms. A phrase query (``<->``) would not be cheaper:
GIN keeps no positions either, so every candidate's stored vector would be read back and
decompressed to check them — more work than the ``strpos`` that runs anyway — and
positions would double the vector and run into tsvector's limits (16,383 positions, 256 a
token) on long turns, where a phrase would then miss rows.

The vectors are built from the token strings themselves (``array_to_tsvector``), not by
``to_tsvector``: its parser splits at punctuation and its idea of a letter depends on the
server's locale, while these tokens must stay exactly as encoded. No extension is needed.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from app.store import search_sql as q
from app.store.database import Database
from app.store.search_filters import RowFilter, row_conditions, term_check
from app.store.search_tokens import (
    QueryTerm,
    encode_grams,
    encode_meta,
    encode_pairs,
    encode_term,
    padded_terms,
    pair_tokens,
    text_tokens,
)

FILL_BATCH = 2_000  # rows per UPDATE batch when the tokens of stored rows are filled in
TOKENS_COLUMN = "ALTER TABLE search_rows ADD COLUMN tokens tsvector"
TOKENS_INDEX = "CREATE INDEX IF NOT EXISTS search_rows_tokens ON search_rows USING gin (tokens)"
INSERT_ROW = ("INSERT INTO search_rows(kind, ref_id, document_id, speaker, agenda_item_id, norm, terms, tokens)"
              " VALUES (?,?,?,?,?,?,?, array_to_tsvector(?::text[]))")
SET_TOKENS = "UPDATE search_rows SET tokens = array_to_tsvector(?::text[]) WHERE id = ?"
SET_FILTERS = ("UPDATE search_rows SET speaker = ?, agenda_item_id = ?, tokens = array_to_tsvector(?::text[])"
               " WHERE id = ?")
# Newest rows of the words' checks on the row text and the filter columns, read newest
# first along the primary key (for a word in many rows), or the rows of the index's answer
# sorted (``id + 0``: not along the key) for a word in few.
# (OFFSET 0 fences the read: no condition may turn it into a join or an index scan of its
# own, which would read every row of a common speaker or body and sort them.)
NEWEST = """SELECT r.id, r.norm, r.terms FROM (SELECT id, kind, ref_id, document_id, speaker, agenda_item_id, norm,
terms FROM search_rows ORDER BY id DESC OFFSET 0) r WHERE {where} ORDER BY r.id DESC{limit}"""
# The tag check as a test on each row (an OFFSET keeps PostgreSQL from making it a join).
TAGGED_ROW = q.TAGGED[:-1] + " OFFSET 0)"
FROM_INDEX = "SELECT r.id, r.norm, r.terms FROM search_rows r WHERE r.tokens @@ {query}::tsquery{where}" \
             " ORDER BY r.id + 0 DESC{limit}"
# The newest-first read checks a row for about a sixth of what a row from the index costs
# (those lie scattered over the table; measured at 400,000 rows: 5 and 29 µs); it is chosen
# when it reads fewer rows weighted so. The share of matching rows is probed among the
# newest PROBE_ROWS rows.
NEWEST_ROW_COST = 0.17
PROBE_ROWS = 2_000
# The index is read over the newest ids expected to hold this many times the rows asked for;
# its bitmaps cost per entry (GIN's for every matching row, the key's for every id of the
# window) these shares of a row read from the table (measured at 1,000,000 rows).
WINDOW_SLACK = 2.0
GIN_ENTRY_COST = 0.08
KEY_ENTRY_COST = 0.014
PROBE = """SELECT count(*) FROM (SELECT id, kind, ref_id, document_id, speaker, agenda_item_id, norm, terms
FROM search_rows ORDER BY id DESC LIMIT {rows}) r WHERE {where}"""


# --- writing ----------------------------------------------------------------------------
def row_tokens(kind: str, document_id: int, speaker: str | None, agenda_item_id: int | None,
               norm: str, terms: Sequence[str], body: str | None, date: str | None) -> list[str]:
    """The tokens of one index row, each once (what its ``tokens`` vector holds)."""
    tokens = set(encode_grams(norm).split())
    tokens.update("t:" + encode_term(t) for t in terms)
    tokens.update(encode_pairs(terms).split())
    tokens.update("m:" + m for m in encode_meta(kind, document_id, speaker, agenda_item_id, body, date).split())
    return sorted(tokens)


def insert_rows(db: Database, kind: str, records: Sequence[Sequence[Any]], norms: Sequence[str],
                all_terms: Sequence[Sequence[str]]) -> None:
    """Index records (id, document_id, speaker, agenda_item_id, text) of one kind with their
    normalised texts and terms. Transaction: the caller's."""
    documents: dict[int, tuple[Any, Any]] = {}
    rows = []
    for r, norm, terms in zip(records, norms, all_terms):
        if r[1] not in documents:
            documents[r[1]] = db.execute("SELECT body, date FROM documents WHERE id = ?", [r[1]]).fetchone()
        body, date = documents[r[1]]
        rows.append((kind, r[0], r[1], r[2], r[3], norm, padded_terms(terms),
                     row_tokens(kind, r[1], r[2], r[3], norm, terms, body, date)))
    db.executemany(INSERT_ROW, rows)


def set_filters(db: Database, kind: str, changes: Sequence[tuple[Any, ...]]) -> None:
    """Rewrite the filter columns and tokens of rows whose text is unchanged: changes are
    (row id, document id, new speaker, new agenda item id, norm, padded terms, body, date)."""
    db.executemany(SET_FILTERS, [(speaker, agenda, row_tokens(kind, doc, speaker, agenda, norm, terms.split(),
                                                              body, date), row_id)
                                 for row_id, doc, speaker, agenda, norm, terms, body, date in changes])


def create_tokens(db: Database) -> None:
    """The tokens column and its GIN index on a server workspace's index rows, filled for
    the rows already stored (no Sudachi needed: the terms are stored). Idempotent."""
    if "tokens" not in db.columns("search_rows"):
        db.execute(TOKENS_COLUMN)
    cur = db.execute(q.ROW_SOURCES + " WHERE r.tokens IS NULL ORDER BY r.id")
    pending = cur.fetchall()
    for start in range(0, len(pending), FILL_BATCH):
        db.executemany(SET_TOKENS, [(row_tokens(kind, doc, speaker, agenda, norm, terms.split(), body, date), i)
                                    for i, kind, doc, speaker, agenda, norm, terms, body, date
                                    in pending[start:start + FILL_BATCH]])
    db.execute(TOKENS_INDEX)


# --- reading ----------------------------------------------------------------------------
def _operand(token: str, prefix: bool = False) -> str:
    """One tsquery operand, quoted (its text taken as is, no dictionary)."""
    quoted = "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"
    return quoted + ":*" if prefix else quoted


def _all_of(tokens: Sequence[str]) -> str:
    return " & ".join(_operand(t) for t in tokens)


def term_query(term: QueryTerm, variants: bool = True) -> str:
    """tsquery text of the rows that may hold a word (a superset: confirmed on the row)."""
    grams = text_tokens(term.norm)
    exact = _operand(grams[0], prefix=True) if len(term.norm) == 1 else _all_of(grams)
    if not (variants and term.variants):
        return f"({exact})"
    if len(term.variants) == 1:
        alternative = _operand("t:" + encode_term(term.variants[0]))
    else:
        alternative = _all_of(pair_tokens(term.variants))
    return f"({exact} | {alternative})"


def filter_query(groups: list[list[str]]) -> str:
    """tsquery text of the rows holding one filter token of each group."""
    return " & ".join("(" + " | ".join(_operand("m:" + t) for t in g) + ")" for g in groups)


def _literal(text: str) -> str:
    """A tsquery text as an SQL string literal (inlined, so the planner sees it)."""
    return "'" + text.replace("'", "''") + "'"


def candidates(db: Database, terms: Sequence[QueryTerm], f: RowFilter | None, groups: list[list[str]] | None,
               tag: str | None, cap: int | None) -> list[tuple[int, str, str]]:
    """(row id, norm, terms) of the newest rows matching every term, the filter and the tag,
    newest first, at most cap (None: all) — the file's ``candidates`` answer.

    Three plans, all exact (the words checked on the row text; filters on the row's columns,
    or as tokens in the index), chosen by the share of matches among the newest rows
    (``_newest_share``): for common matches, the rows read newest first until cap of them
    pass the checks (left to itself, PostgreSQL reads newest first but tests each row's
    vector, which costs ten times the text check: it decompresses the vector); otherwise the
    GIN index's rows holding every word's tokens and the filter tokens, sorted — over the
    newest ids only where those are expected to hold the cap twice over (``_newest_window``),
    and over all rows when they do not."""
    query = " & ".join([*(term_query(t) for t in terms), *([filter_query(groups)] if groups else [])])
    checks, params = [], []
    for t in terms:
        sql, p = term_check(db, t)
        checks.append(sql)
        params += p
    if tag is not None:
        checks.append(q.TAGGED)
        params.append(tag)
    limit = f" LIMIT {int(cap)}" if cap is not None else ""
    share, last = _newest_share(db, f, checks, params) if cap is not None else (0.0, 0)
    plan = _cheapest_plan(cap, share, last) if cap is not None else "index"
    if cap is not None and plan == "newest":
        where, wparams = row_conditions(db, f, row_by_row=True) if f is not None else ([], [])
        row_checks = [TAGGED_ROW if c == q.TAGGED else c for c in checks]
        sql = NEWEST.format(where=" AND ".join([*row_checks, *where]), limit=limit)
        return _found(db.execute(sql, [*params, *wparams]))
    if cap is not None and plan == "window":
        window = _newest_window(db, query, checks, params, cap, int(cap / share * WINDOW_SLACK), last)
        if window is not None:
            return window
    sql = FROM_INDEX.format(query=_literal(query), where="".join(f" AND {w}" for w in checks), limit=limit)
    return _found(db.execute(sql, params))


def _found(rows: Any) -> list[tuple[int, str, str]]:
    return [(int(i), str(n), str(t)) for i, n, t in rows]


def _cheapest_plan(cap: int, share: float, last: int) -> str:
    """'newest', 'window' or 'index': the plan that reads the fewest rows, weighted by what
    a row costs each (in rows fetched from the index): newest first about cap / share rows
    at NEWEST_ROW_COST; the window about WINDOW_SLACK * cap rows from the index plus its two
    bitmaps; the whole index share * last rows. The window is no plan when it would span
    most of the table (a second query for nothing saved)."""
    if not share:
        return "index"
    costs = {"newest": cap / share * NEWEST_ROW_COST, "index": share * last}
    span = cap / share * WINDOW_SLACK
    if span < last / 2:
        costs["window"] = cap * WINDOW_SLACK + share * last * GIN_ENTRY_COST + span * KEY_ENTRY_COST
    return min(costs, key=lambda plan: costs[plan])


def _newest_window(db: Database, query: str, checks: list[str], params: list[Any], cap: int, span: int,
                   last: int) -> list[tuple[int, str, str]] | None:
    """The index's answer among the newest ``span`` ids when it holds cap rows (then they
    are the newest cap of all: every older row lies below the window), else None. A word
    in thousands of rows otherwise has every one of them read from the table to keep the
    newest cap; the id range lets PostgreSQL AND the GIN bitmap with the key's and read
    only the window's (at 1,000,000 rows: 2,000 rows read instead of 12,000)."""
    sql = FROM_INDEX.format(query=_literal(query), where="".join(f" AND {w}" for w in [*checks, "r.id > ?"]),
                            limit=f" LIMIT {int(cap)}")
    with db.atomic():
        # Left to itself, PostgreSQL may walk the key's range testing each row's vector
        # (decompressing it: 800 ms where the bitmaps take 160); bitmap scans only, for
        # this statement.
        before = db.execute("SELECT current_setting('enable_indexscan')").fetchone()[0]
        db.execute("SET LOCAL enable_indexscan = off")
        rows = _found(db.execute(sql, [*params, last - span]))
        db.execute("SELECT set_config('enable_indexscan', ?, true)", [before])
    return rows if len(rows) >= cap else None


def _newest_share(db: Database, f: RowFilter | None, checks: list[str], params: list[Any]) -> tuple[float, int]:
    """The share of the newest PROBE_ROWS rows that match (the words checked on their text,
    the filters on their columns), and the newest id. Reading newest first takes about
    cap / share rows, the index about share * all rows (PostgreSQL's own estimate takes a
    word's bigrams as independent and is often a hundred times too low)."""
    where, wparams = row_conditions(db, f, row_by_row=True) if f is not None else ([], [])
    sql = PROBE.format(rows=PROBE_ROWS, where=" AND ".join([*checks, *where]))
    hits = int(db.execute(sql, [*params, *wparams]).fetchone()[0])
    if hits == 0:
        return 0.0, 0
    last = max(1, int(db.execute("SELECT max(id) FROM search_rows").fetchone()[0] or 0))
    return hits / min(PROBE_ROWS, last), last


def term_row_count(db: Database, term: str) -> int:
    """In how many index rows a Sudachi term occurs (for idf)."""
    sql = "SELECT count(*) FROM search_rows WHERE tokens @@ ?::tsquery"
    return int(db.execute(sql, [_operand("t:" + encode_term(term))]).fetchone()[0])
