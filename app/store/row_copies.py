"""Rows as they are, for copying a workspace into another (app/api/workspace_copy.py).

Every column a table has is read at run time (``db.columns``), so columns that later schema
steps add travel too. The search index is not copied: the destination builds its own
(a file's FTS5 table and a server's index differ). ``copy_records`` keeps, per row, the
hash of what the last copy with another workspace left in both (migration step
copy_records); ``workspace_identity`` names this workspace to the other.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from app.core.domain import BUILTIN_TAGS
from app.store.core import StoreBase

# The data tables, parents before children (foreign keys are deferred anyway).
DATA_TABLES = ("documents", "participants", "signatories", "agenda_items", "categories", "responses", "turns",
               "comments", "tags", "taggings", "action_items", "signoffs", "suggestion_decisions",
               "trusted_certificates")
# Tables that describe this workspace rather than its contents, and the search index.
NOT_COPIED = ("schema_version", "copy_records", "workspace_identity")
NOT_COPIED_PREFIXES = ("search_", "sqlite_")
# How a document's rows are selected (the parameter list: the document ids).
DOCUMENT_ROWS = {
    "documents": "id IN ({marks})",
    "action_items": "tagging_id IN (SELECT id FROM taggings WHERE document_id IN ({marks}))",
}
# The primary key of the tables that have no id column.
NATURAL_KEYS = {"signatories": ("document_id", "position"), "trusted_certificates": ("fingerprint",)}

BATCH_ROWS = 5_000  # rows read at a time from a large table

Row = dict[str, Any]
CopyRecord = tuple[str, str]  # table, row key


def _quoted(columns: Iterable[str]) -> str:
    return ", ".join(f'"{c}"' for c in columns)


class RowCopiesMixin(StoreBase):
    def workspace_uid(self) -> str:
        """This workspace's identity (made by its first opening with migration step copy_records)."""
        return str(self.scalar("SELECT uid FROM workspace_identity"))

    def data_tables(self) -> list[str]:
        """Every table with the workspace's contents, parents first; a table a later step adds
        comes after the known ones."""
        if self.db.dialect == "sqlite":
            sql = "SELECT name FROM sqlite_master WHERE type = 'table'"
        else:
            sql = "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
        present = {str(r[0]) for r in self.db.execute(sql).fetchall()}
        extra = sorted(t for t in present if t not in DATA_TABLES and t not in NOT_COPIED
                       and not t.startswith(NOT_COPIED_PREFIXES))
        return [t for t in DATA_TABLES if t in present] + extra

    def table_columns(self, table: str) -> list[str]:
        """Every column of the table as it is now, id first, the rest by name."""
        columns = self.db.columns(table)
        return (["id"] if "id" in columns else []) + sorted(columns - {"id"})

    def row_key_columns(self, table: str) -> tuple[str, ...]:
        """What names one row of the table inside this workspace."""
        return NATURAL_KEYS.get(table, ("id",))

    def table_rows(self, table: str, document_ids: Sequence[int] | None = None) -> list[Row]:
        """Every row of the table with every column; with ``document_ids``, only the rows of
        those documents (tables that belong to no document give all their rows)."""
        columns = self.table_columns(table)
        sql = f"SELECT {_quoted(columns)} FROM {table}"
        params: list[Any] = []
        if document_ids is not None and (table in DOCUMENT_ROWS or "document_id" in columns):
            marks = ",".join("?" * len(document_ids)) or "NULL"
            sql += " WHERE " + DOCUMENT_ROWS.get(table, "document_id IN ({marks})").format(marks=marks)
            params = list(document_ids)
        sql += " ORDER BY " + _quoted(self.row_key_columns(table))
        cur = self.db.execute(sql, params)
        return [dict(zip(columns, (bytes(v) if isinstance(v, memoryview) else v for v in r))) for r in cur]

    def table_batches(self, table: str, size: int | None = None) -> Iterator[list[Row]]:
        """Every row of the table, ``size`` at a time by id (a million turns never sit in
        memory at once); a table without ids comes whole (signatories, certificates: few)."""
        columns = self.table_columns(table)
        if "id" not in columns:
            yield self.table_rows(table)
            return
        size = size or BATCH_ROWS
        last: int | None = None
        while True:
            after = "" if last is None else " WHERE id > ?"
            cur = self.db.execute(f"SELECT {_quoted(columns)} FROM {table}{after} ORDER BY id LIMIT ?",
                                  [size] if last is None else [last, size])
            rows: list[Row] = [dict(zip(columns, (bytes(v) if isinstance(v, memoryview) else v for v in r)))
                               for r in cur]
            if not rows:
                return
            yield rows
            last = rows[-1]["id"]

    def belongs_to_documents(self, table: str) -> bool:
        """Whether the table's rows are those of one document each (else the workspace's)."""
        return table in DOCUMENT_ROWS or "document_id" in self.db.columns(table)

    def is_empty_workspace(self) -> bool:
        """Nothing stored yet: no rows but the built-in tags as a new workspace has them."""
        for table in self.data_tables():
            if table == "tags":
                names = [r[0] for r in self.db.execute("SELECT name FROM tags").fetchall()]
                if set(names) - set(BUILTIN_TAGS):
                    return False
            elif self.db.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() is not None:
                return False
        return True

    @contextmanager
    def reading_snapshot(self) -> Iterator[None]:
        """Reads that all see one moment of the workspace while others go on writing (a
        deferred read transaction in a file; a repeatable-read, read-only one on a server)."""
        if self.db.dialect == "postgresql":
            with self.db.atomic():
                self.db.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                yield
            return
        self.db.execute("BEGIN")
        try:
            yield
        finally:
            self.db.execute("COMMIT")

    @contextmanager
    def copying_into(self) -> Iterator[None]:
        """One transaction for a copy into this workspace: foreign keys checked at its end, and
        on a server a repeatable read, so a row another clerk changes while the copy compares
        it makes the copy fail (and change nothing) rather than be overwritten."""
        with self.db.atomic():
            if self.db.dialect == "postgresql":
                self.db.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            self.db.defer_foreign_keys()
            yield

    # --- writing (inside the caller's transaction) ---------------------------------------
    def put_rows(self, table: str, rows: list[Row]) -> None:
        """Insert rows exactly as given, ids included (a whole copy into an empty workspace)."""
        if not rows:
            return
        columns = list(rows[0])
        self.db.insert_many(table, columns, ([r[c] for c in columns] for r in rows))
        if "id" in columns:
            self.db.ids_restored(table)

    def clear_table(self, table: str) -> None:
        self.db.execute(f"DELETE FROM {table}")

    def add_row(self, table: str, row: Row) -> int | None:
        """Insert one row under a new id (returned; None for a table without ids)."""
        if "id" in self.db.columns(table):
            return self.db.insert_row(table, {k: v for k, v in row.items() if k != "id"})
        self.db.execute(f"INSERT INTO {table} ({_quoted(row)}) VALUES ({', '.join('?' * len(row))})",
                        list(row.values()))
        return None

    def change_row(self, table: str, where: Row, values: Row) -> None:
        if values:
            sets = ", ".join(f'"{c}" = ?' for c in values)
            cond = " AND ".join(f'"{c}" = ?' for c in where)
            self.db.execute(f"UPDATE {table} SET {sets} WHERE {cond}", [*values.values(), *where.values()])

    def drop_row(self, table: str, where: Row) -> None:
        cond = " AND ".join(f'"{c}" = ?' for c in where)
        self.db.execute(f"DELETE FROM {table} WHERE {cond}", list(where.values()))

    def indexed_terms(self, document_ids: Sequence[int] | None = None) -> dict[str, list[str]]:
        """The index terms this workspace computed (normalised text -> terms), of these
        documents or of all, so a copy's destination does not tokenise the same texts again."""
        sql, params = "SELECT norm, terms FROM search_rows", list(document_ids or [])
        if document_ids is not None:
            sql += f" WHERE document_id IN ({','.join('?' * len(params)) or 'NULL'})"
        return {norm: terms.split() for norm, terms in self.db.execute(sql, params)}

    def reindex_documents(self, document_ids: Iterable[int], prepared: dict[str, list[str]] | None = None) -> None:
        """Build the search rows of these documents again from their stored text (texts found
        in ``prepared`` are not tokenised again)."""
        from app.store import search_index  # loaded when text is indexed, not at every start

        for doc_id in sorted(set(document_ids)):
            search_index.remove_document(self.db, doc_id)
            search_index.add_document(self.db, doc_id, prepared)

    # --- what earlier copies left --------------------------------------------------------
    def copy_records(self, peer: str) -> dict[CopyRecord, tuple[str, int]]:
        """(table, row key) -> (row hash, generation) of the rows the copies with ``peer`` left equal."""
        return {(t, k): (h, int(g)) for t, k, h, g in self.db.execute(
            "SELECT tbl, row_key, row_hash, generation FROM copy_records WHERE peer = ?", [peer]).fetchall()}

    def save_copy_records(self, peer: str, records: Iterable[tuple[str, str, str, int]]) -> None:
        """Record (table, row key, row hash, generation) for ``peer``, replacing older ones."""
        self.db.executemany("INSERT INTO copy_records(peer, tbl, row_key, row_hash, generation) VALUES (?,?,?,?,?)"
                            " ON CONFLICT (peer, tbl, row_key) DO UPDATE SET row_hash = excluded.row_hash,"
                            " generation = excluded.generation", [(peer, *r) for r in records])

    def add_copy_records(self, peer: str, records: Iterable[tuple[str, str, str, int]]) -> None:
        """Record rows a whole copy brought (there are no records for ``peer`` yet: see
        ``forget_all_copy_records``)."""
        self.db.insert_many("copy_records", ("peer", "tbl", "row_key", "row_hash", "generation"),
                            ((peer, *r) for r in records))

    def forget_all_copy_records(self, peer: str) -> None:
        self.db.execute("DELETE FROM copy_records WHERE peer = ?", [peer])

    def forget_copy_records(self, peer: str, keys: Iterable[CopyRecord]) -> None:
        self.db.executemany("DELETE FROM copy_records WHERE peer = ? AND tbl = ? AND row_key = ?",
                            [(peer, t, k) for t, k in keys])
