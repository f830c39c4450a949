"""What a search filter asks of the index, for both backends (used by ``search_query.py``).

Every filter but the tag becomes groups of filter tokens (``search_tokens.py``): a row
passes when it holds one token of each group. The tag filter, which changes as clerks tag,
is checked on the row; ``scan_conditions`` is every filter as conditions on the rows of a
tag (the scan of a rarely used tag).
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any, Protocol

from app.store import search_sql as q
from app.store.database import Database
from app.store.search_tokens import (
    QueryTerm,
    agenda_token,
    body_token,
    date_cover,
    document_token,
    kind_token,
    padded_terms,
    speaker_token,
)

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


def like(db: Database) -> str:
    """The operator of a body filter: SQLite's LIKE ignores the case of ASCII letters,
    PostgreSQL's does not (its ILIKE does)."""
    return "ILIKE" if db.dialect == "postgresql" else "LIKE"


def _date_tokens(db: Database, f: RowFilter) -> list[str]:
    """Year/month/day tokens covering the filter's dates within the workspace's meetings."""
    lo, hi = db.execute("SELECT min(date), max(date) FROM documents WHERE date IS NOT NULL").fetchone()
    if lo is None:
        return []
    first = max(d for d in (date_bound(f.date_from, False), date_bound(lo, False)) if d is not None)
    last = min(d for d in (date_bound(f.date_to, True), date_bound(hi, True)) if d is not None)
    return date_cover(first, last)


def filter_groups(db: Database, f: RowFilter | None) -> list[list[str]] | None:
    """The filter tokens of every filter but the tag, one group per filter (a row needs one
    token of each); None for no such filter. An empty group: nothing can match."""
    if f is None:
        return None
    groups: list[list[str]] = []
    if f.document_id is not None:
        groups.append([document_token(f.document_id)])
    if f.agenda_item_id is not None:
        groups.append([agenda_token(f.agenda_item_id)])
    if f.speaker is not None:
        groups.append([speaker_token(f.speaker)])
    if f.kinds:
        groups.append([kind_token(k) for k in f.kinds])
    if f.body:
        sql = f"SELECT DISTINCT body FROM documents WHERE body {like(db)} ?"
        groups.append([body_token(b) for (b,) in db.execute(sql, [f"%{f.body}%"])])
    if f.date_from or f.date_to:
        groups.append(_date_tokens(db, f))
    return groups or None


def row_conditions(db: Database, f: RowFilter, row_by_row: bool = False) -> tuple[list[str], list[Any]]:
    """WHERE conditions on search_rows r for every filter but the tag. ``row_by_row``
    (PostgreSQL): the documents as an array tested on each row, never a join that would
    drive the read (a plan that must read rows newest first)."""
    where: list[str] = []
    params: list[Any] = []
    docs: list[str] = []
    dparams: list[Any] = []
    bounds = (("date >= ?", date_bound(f.date_from, False)), ("date <= ?", date_bound(f.date_to, True)))
    body = f"coalesce(body, '') {like(db)} ?"
    for cond, value in (("id = ?", f.document_id), (body, f"%{f.body}%" if f.body else None), *bounds):
        if value is not None:
            docs.append(cond)
            dparams.append(value.isoformat() if isinstance(value, dt.date) else value)
    if docs:
        documents = f"SELECT id FROM documents WHERE {' AND '.join(docs)}"
        where.append(f"r.document_id = ANY(ARRAY({documents}))" if row_by_row else f"r.document_id IN ({documents})")
        params += dparams
    for cond, value in (("r.agenda_item_id = ?", f.agenda_item_id), ("r.speaker = ?", f.speaker)):
        if value is not None:
            where.append(cond)
            params.append(value)
    if f.kinds:
        where.append(f"r.kind IN ({','.join('?' * len(f.kinds))})")
        params += list(f.kinds)
    return where, params


def scan_conditions(db: Database, f: RowFilter) -> tuple[list[str], list[Any]]:
    """WHERE conditions on search_rows r for the scan of a tag's rows (every filter)."""
    where, params = row_conditions(db, f)
    return [f"r.id IN ({q.TAGGED_ROWS})", *where], [f.tag, *params]


def term_check(db: Database, term: QueryTerm, alias: str = "r") -> tuple[str, list[Any]]:
    """A row check equal to the term's index match: the exact text in norm, or the variant
    terms side by side in the space-padded terms column (SQLite's instr is PostgreSQL's
    strpos, with the same arguments)."""
    find = "strpos" if db.dialect == "postgresql" else "instr"
    if term.variants:
        return (f"({find}({alias}.norm, ?) > 0 OR {find}({alias}.terms, ?) > 0)",
                [term.norm, padded_terms(term.variants)])
    return f"{find}({alias}.norm, ?) > 0", [term.norm]
