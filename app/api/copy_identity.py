"""How a row is named across workspaces, for ``workspace copy`` (app/api/workspace_copy.py).

Ids are the workspace's own: a server has rows of its own under the ids a laptop's file
uses for others. So each row is named by what survives a copy:

- a document by (sha256, revision) — its file and version;
- a participant, signatory, agenda item, category, response, turn or comment by its
  document and position;
- a tag by its name; a tagging by its ``uid`` (schema step copy_records); an action item
  by its tagging; a sign-off by document and signatory; a decision on a suggestion by its
  turn, kind and text; a trusted certificate by its fingerprint.

A row's *portable* form is every column but ``id`` (and a ``version`` counter of local
edits, and the who/when stamps the database writes itself), with each reference to another row (a document, a turn, a tag …) replaced by that
row's name, so the same row reads the same in both workspaces and its hash tells whether
it changed since the last copy.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.store import Store
from app.store.stamps import DATABASE_STAMPS

Row = dict[str, Any]

TARGET = "@target"  # taggings.target_id: a turn, comment or response by target_kind
TARGET_TABLES = {"turn": "turns", "comment": "comments", "response": "responses"}
# Not compared: the workspace's own id, a counter of local edits, and the stamps the database
# itself writes on every insert and update (who and when: app/store/stamps.py) — a copy is a
# write, so the destination's stamps name whoever ran it, then.
LOCAL_COLUMNS = frozenset({"id", "version", *DATABASE_STAMPS})


@dataclass(frozen=True)
class TableSpec:
    key: tuple[str, ...]  # the columns (references named) that name a row
    refs: Mapping[str, str] = field(default_factory=dict)  # column -> the table it refers to


_IN_DOCUMENT = TableSpec(("document_id", "position"), {"document_id": "documents"})
SPECS: dict[str, TableSpec] = {
    "documents": TableSpec(("sha256", "revision"), {"previous_id": "documents"}),
    "participants": _IN_DOCUMENT,
    "signatories": _IN_DOCUMENT,
    "agenda_items": _IN_DOCUMENT,
    "categories": _IN_DOCUMENT,
    "responses": _IN_DOCUMENT,
    "turns": TableSpec(("document_id", "position"), {"document_id": "documents", "agenda_item_id": "agenda_items"}),
    "comments": TableSpec(("document_id", "position"), {"document_id": "documents", "category_id": "categories",
                                                        "response_id": "responses"}),
    "tags": TableSpec(("name",), {"parent_id": "tags"}),
    "taggings": TableSpec(("uid",), {"tag_id": "tags", "document_id": "documents", "target_id": TARGET}),
    "action_items": TableSpec(("tagging_id",), {"tagging_id": "taggings", "lineage": "action_items"}),
    "signoffs": TableSpec(("document_id", "signatory"), {"document_id": "documents"}),
    "suggestion_decisions": TableSpec(("turn_id", "kind", "text"), {"document_id": "documents", "turn_id": "turns"}),
    "trusted_certificates": TableSpec(("fingerprint",)),
}
# Tables copied only with the whole workspace.
WHOLE_ONLY = ("trusted_certificates",)


def ref_table(spec: TableSpec, column: str, row: Row) -> str | None:
    target = spec.refs.get(column)
    return TARGET_TABLES.get(row.get("target_kind") or "") if target == TARGET else target


def row_hash(portable: Row | None) -> str | None:
    """A short fingerprint of a portable row (None for a missing one)."""
    if portable is None:
        return None
    text = json.dumps(portable, sort_keys=True, ensure_ascii=False, default=lambda v: bytes(v).hex())
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def _revision_links(documents: Sequence[Row]) -> dict[int, set[int]]:
    linked: dict[int, set[int]] = {}
    for d in documents:
        if d["previous_id"] is not None:
            linked.setdefault(d["id"], set()).add(d["previous_id"])
            linked.setdefault(d["previous_id"], set()).add(d["id"])
    return linked


def _chain(linked: dict[int, set[int]], chosen: Sequence[int]) -> set[int]:
    found, todo = set(chosen), list(chosen)
    while todo:
        for other in linked.get(todo.pop(), ()):
            if other not in found:
                found.add(other)
                todo.append(other)
    return found


def shared_columns(src: Store, dest: Store) -> dict[str, set[str]]:
    """Per table the columns both workspaces have (a program of another version may have
    added a column to one of them)."""
    theirs, ours = set(src.data_tables()), set(dest.data_tables())
    return {t: set(src.table_columns(t)) & set(dest.table_columns(t)) for t in theirs & ours}


def document_chain(documents: Sequence[Row], chosen: Sequence[int]) -> list[int]:
    """The chosen documents with every revision before and after them."""
    return sorted(_chain(_revision_links(documents), chosen))


def document_groups(documents: Sequence[Row], size: int) -> list[list[int]]:
    """The documents' ids in groups of about ``size``, each revision chain whole in one group."""
    linked = _revision_links(documents)
    groups: list[list[int]] = []
    seen: set[int] = set()
    for doc_id in sorted(d["id"] for d in documents):
        if doc_id in seen:
            continue
        chain = _chain(linked, [doc_id])
        seen.update(chain)
        if not groups or len(groups[-1]) >= size:
            groups.append([])
        groups[-1].extend(sorted(chain))
    return groups


class Side:
    """One workspace's rows of the copied documents (and its tags; with the whole workspace,
    its trusted certificates), each under its portable name."""

    def __init__(self, store: Store, document_ids: Sequence[int] | None, whole: bool,
                 shared: Mapping[str, set[str]] | None = None) -> None:
        """``shared``: per table the columns both workspaces have (only those are compared)."""
        self.store = store
        present = store.data_tables()
        self.tables = [t for t in SPECS if t in present and (whole or t not in WHOLE_ONLY)]
        self.raw: dict[str, dict[str, Row]] = {}  # table -> name -> the row as stored
        self.portable: dict[str, dict[str, Row]] = {}  # table -> name -> the portable row
        self.name_of: dict[str, dict[int, str]] = {}  # table -> id -> name
        self.id_of: dict[str, dict[str, int]] = {}  # table -> name -> id
        for table in self.tables:
            spec = SPECS[table]
            rows = store.table_rows(table, document_ids)
            self.raw[table], self.name_of[table], self.id_of[table] = {}, {}, {}
            for row in rows:
                name = json.dumps([self.portable_value(spec, c, row) for c in spec.key], ensure_ascii=False)
                self.raw[table][name] = row
                if "id" in row:
                    self.name_of[table][row["id"]] = name
                    self.id_of[table][name] = row["id"]
        for table in self.tables:  # after every name is known: references within a table too
            spec = SPECS[table]
            columns = shared.get(table, set()) if shared is not None else None
            self.portable[table] = {name: {c: self.portable_value(spec, c, row) for c in row
                                           if c not in LOCAL_COLUMNS and (columns is None or c in columns)}
                                    for name, row in self.raw[table].items()}

    def portable_value(self, spec: TableSpec, column: str, row: Row) -> Any:
        value = row[column]
        table = ref_table(spec, column, row)
        if column not in spec.refs or value is None:
            return bytes(value) if isinstance(value, memoryview) else value
        if table is None:
            return f"?{value}"
        return self.name_of.get(table, {}).get(value, f"?{table}:{value}")

    def local_value(self, spec: TableSpec, column: str, row: Row) -> tuple[Any, bool]:
        """A portable value as this workspace stores it; False when the row it names is not here."""
        value = row[column]
        if column not in spec.refs or value is None:
            return value, True
        table = ref_table(spec, column, row)
        found = self.id_of.get(table or "", {}).get(value)
        return found, found is not None

    def where(self, table: str, name: str) -> Row:
        """The columns that find the row here (its id, or its natural key)."""
        row = self.raw[table][name]
        return {c: row[c] for c in self.store.row_key_columns(table)}

    def remember(self, table: str, name: str, raw: Row, portable: Row) -> None:
        self.raw[table][name] = raw
        self.portable[table][name] = portable
        if raw.get("id") is not None:
            self.id_of[table][name] = raw["id"]
            self.name_of[table][raw["id"]] = name
