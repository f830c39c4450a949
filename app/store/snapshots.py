"""Whole-document snapshots, so undoing an import and redoing it brings back the same ids
(later undo steps refer to the document's turns and tags by id)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.core.domain import DocumentId
from app.store.core import StoreBase

# Parents before children, so foreign keys hold while rows go back in.
DOCUMENT_TABLES = ("documents", "participants", "signatories", "agenda_items", "categories", "responses",
                   "turns", "comments", "taggings", "signoffs", "suggestion_decisions")


@dataclass(frozen=True)
class DocumentSnapshot:
    """Every row of a document, to put back (undo of a delete)."""

    document_id: DocumentId
    tables: tuple[tuple[str, tuple[str, ...], tuple[tuple[Any, ...], ...]], ...]


class SnapshotsMixin(StoreBase):
    def snapshot_document(self, doc_id: DocumentId) -> DocumentSnapshot:
        """Every row of a document and of what hangs off it (tags, action items, sign-offs)."""
        tables = []
        for table in DOCUMENT_TABLES:
            key = "id" if table == "documents" else "document_id"
            cur = self.db.execute(f"SELECT * FROM {table} WHERE {key} = ?", [doc_id])
            tables.append((table, tuple(d[0] for d in cur.description), tuple(tuple(r) for r in cur)))
        cur = self.db.execute("SELECT a.* FROM action_items a JOIN taggings g ON g.id = a.tagging_id"
                              " WHERE g.document_id = ?", [doc_id])
        tables.append(("action_items", tuple(d[0] for d in cur.description), tuple(tuple(r) for r in cur)))
        return DocumentSnapshot(doc_id, tuple(tables))

    def restore_document(self, snap: DocumentSnapshot) -> None:
        """Put a deleted document back exactly as snapshotted, in one transaction."""
        from app.store import search_index  # loaded when text is indexed, not at every start

        with self.db.atomic():
            for table, columns, rows in snap.tables:
                cols = ", ".join(f'"{c}"' for c in columns)
                self.db.executemany(f"INSERT INTO {table} ({cols}) VALUES ({', '.join('?' * len(columns))})",
                                    rows)
                if "id" in columns:
                    self.db.ids_restored(table)
            search_index.add_document(self.db, snap.document_id)
