"""A meeting's review status (作成中 → 確認中 → 確定) and the signatories' sign-offs."""
from __future__ import annotations

from dataclasses import dataclass

from app.core.domain import DocumentId
from app.core.errors import WorkbenchError
from app.store.core import StoreBase, now_iso

STATUSES = ("作成中", "確認中", "確定")


@dataclass(frozen=True)
class Signoff:
    """A signatory's confirmation of the minutes."""

    signatory: str
    signed_at: str
    signed_by: str | None = None  # who recorded it (app/store/stamps.py)
    recorded_at: str | None = None


class SignoffsMixin(StoreBase):
    def status(self, doc_id: DocumentId) -> str:
        return str(self.scalar("SELECT status FROM documents WHERE id = ?", [doc_id]))

    def status_stamp(self, doc_id: DocumentId) -> tuple[str | None, str | None]:
        """Who moved the document to its status, and when (app/store/stamps.py)."""
        r = self.one("SELECT status_by, status_at FROM documents WHERE id = ?", [doc_id])
        return (r["status_by"], r["status_at"]) if r else (None, None)

    def set_status(self, doc_id: DocumentId, status: str) -> None:
        if status not in STATUSES:
            raise WorkbenchError("bad_value", what="状態", detail=status)
        with self.db.atomic():
            self.db.execute("UPDATE documents SET status = ? WHERE id = ?", [status, doc_id])

    def signatories(self, doc_id: DocumentId) -> list[str]:
        return [r[0] for r in self.db.execute(
            "SELECT label FROM signatories WHERE document_id=? ORDER BY position", [doc_id])]

    def add_signoff(self, doc_id: DocumentId, signatory: str, signed_at: str | None = None) -> None:
        with self.db.atomic():
            self.db.execute("INSERT INTO signoffs(document_id, signatory, signed_at) VALUES (?,?,?)"
                            " ON CONFLICT (document_id, signatory) DO UPDATE SET signed_at = excluded.signed_at",
                            [doc_id, signatory, signed_at or now_iso()])

    def remove_signoff(self, doc_id: DocumentId, signatory: str) -> None:
        with self.db.atomic():
            self.db.execute("DELETE FROM signoffs WHERE document_id=? AND signatory=?", [doc_id, signatory])

    def signoffs(self, doc_id: DocumentId) -> list[Signoff]:
        return [Signoff(r["signatory"], r["signed_at"], r.get("signed_by"), r.get("recorded_at")) for r in
                self.rows("SELECT * FROM signoffs WHERE document_id=? ORDER BY id", [doc_id])]
