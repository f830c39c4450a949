"""A meeting's structure as rows, to undo and redo corrections made after the import.

``snapshot_structure`` captures the meeting data, participants, 署名委員, agenda items,
turns and the tags (with their action items) on those turns; ``restore_structure`` puts
exactly that back, under the same ids, and reindexes only the turns whose indexed values
differ (the terms of unchanged texts are reused, so renaming a speaker or changing the date
of a long meeting does not tokenise it again).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.core.domain import DocumentId, TurnId
from app.store.core import StoreBase

MEETING_COLUMNS = ("title", "body", "session", "date", "start_time", "end_time", "venue")
# columns the search rows depend on besides the text: the filter tokens
INDEXED_MEETING_COLUMNS = ("body", "date")
Rows = tuple[tuple[Any, ...], ...]


@dataclass(frozen=True)
class StructureSnapshot:
    """A meeting's structure rows, to put back on undo."""

    document_id: DocumentId
    meeting: tuple[Any, ...]
    tables: tuple[tuple[str, tuple[str, ...], Rows], ...]  # table, columns, rows

    def rows(self, table: str) -> Rows:
        return next(rows for name, _cols, rows in self.tables if name == table)


# table -> the WHERE selecting the document's rows (parameter: the document id)
STRUCTURE_TABLES = (
    ("participants", "document_id = ?"),
    ("signatories", "document_id = ?"),
    ("agenda_items", "document_id = ?"),
    ("turns", "document_id = ?"),
    ("taggings", "document_id = ? AND target_kind = 'turn'"),
    ("action_items", "tagging_id IN (SELECT id FROM taggings WHERE document_id = ? AND target_kind = 'turn')"),
)
TURN_INDEXED = ("speaker", "agenda_item_id", "text")


class StructureSnapshotMixin(StoreBase):
    def snapshot_structure(self, doc_id: DocumentId) -> StructureSnapshot:
        meeting = self.db.execute(f"SELECT {', '.join(MEETING_COLUMNS)} FROM documents WHERE id = ?",
                                  [doc_id]).fetchone()
        tables = []
        for table, where in STRUCTURE_TABLES:
            cur = self.db.execute(f"SELECT * FROM {table} WHERE {where}", [doc_id])
            tables.append((table, tuple(d[0] for d in cur.description), tuple(tuple(r) for r in cur)))
        return StructureSnapshot(doc_id, tuple(meeting or ()), tuple(tables))

    def restore_structure(self, snap: StructureSnapshot) -> list[TurnId]:
        """Put the meeting back exactly as captured (one transaction). Returns the ids of the
        turns whose shown values changed, removed and re-added ones included."""
        before = self.snapshot_structure(snap.document_id)
        with self.db.atomic():
            self.db.defer_foreign_keys()
            sets = ", ".join(f"{c} = ?" for c in MEETING_COLUMNS)
            self.db.execute(f"UPDATE documents SET {sets} WHERE id = ?", [*snap.meeting, snap.document_id])
            for table, where in reversed(STRUCTURE_TABLES):
                self.db.execute(f"DELETE FROM {table} WHERE {where}", [snap.document_id])
            for table, columns, rows in snap.tables:
                cols = ", ".join(f'"{c}"' for c in columns)
                self.db.executemany(f"INSERT INTO {table} ({cols}) VALUES ({', '.join('?' * len(columns))})",
                                    rows)
                if "id" in columns:
                    self.db.ids_restored(table)
            return self.reindex_structure(before, snap.document_id)

    def reindex_structure(self, before: StructureSnapshot, doc_id: DocumentId) -> list[TurnId]:
        """Refresh the search rows of the turns that differ from ``before`` (all of them when
        the meeting's body or date changed). Transaction: the caller's. Returns their ids."""
        from app.store import search_index  # loaded when text is indexed, not at every start

        columns = next(cols for name, cols, _rows in before.tables if name == "turns")
        cur = self.db.execute("SELECT * FROM turns WHERE document_id = ?", [doc_id])
        if tuple(d[0] for d in cur.description) != columns:
            raise RuntimeError("turns changed shape")  # a migration ran between the two snapshots
        old = {row[0]: row for row in before.rows("turns")}
        new = {row[0]: tuple(row) for row in cur}
        changed = {i for i in old.keys() | new.keys() if old.get(i) != new.get(i)}
        indexed = [columns.index(c) for c in TURN_INDEXED]
        text = columns.index("text")
        meeting = self.db.execute(f"SELECT {', '.join(INDEXED_MEETING_COLUMNS)} FROM documents WHERE id = ?",
                                  [doc_id]).fetchone()
        was = tuple(before.meeting[MEETING_COLUMNS.index(c)] for c in INDEXED_MEETING_COLUMNS) if before.meeting else ()
        moved = meeting is not None and bool(was) and tuple(meeting) != was
        kept = set(old) & set(new)
        retext = {i for i in kept if old[i][text] != new[i][text]} | (set(new) - set(old)) | (set(old) - set(new))
        refilter = {i for i in kept - retext if moved or [old[i][k] for k in indexed] != [new[i][k] for k in indexed]}
        if retext:
            search_index.reindex(self.db, "turn", retext, search_index.stored_terms(self.db, "turn", retext))
        if refilter:  # same text: only the filter tokens, under the same index rows
            body, date = (was if was else (None, None))
            search_index.refresh_filters(self.db, "turn", refilter, body, date)
        return [TurnId(i) for i in sorted(changed)]
