"""The document list, which ``gijiroku list`` reads on its own: ``DocumentListing`` opens a
workspace like the whole ``Store`` (whose documents verbs build on it) but loads none of
the store's other verbs, nor the domain's dataclasses."""
from __future__ import annotations

from app.core.summary import DocumentId, DocumentSummary
from app.store.core import StoreBase

LIST_SQL = """SELECT d.*, CASE d.kind WHEN 'minutes'
                THEN (SELECT count(*) FROM turns t WHERE t.document_id = d.id)
                ELSE (SELECT count(*) FROM comments c WHERE c.document_id = d.id) END AS items
              FROM documents d ORDER BY coalesce(d.body, ''), coalesce(d.date, ''), d.id"""


class DocumentListing(StoreBase):
    """A workspace opened to read its list of documents."""

    def list_documents(self) -> list[DocumentSummary]:
        return [DocumentSummary(id=DocumentId(r["id"]), kind=r["kind"], title=r["title"], path=r["path"],
                                sha256=r["sha256"], format=r["format"], imported_at=r["imported_at"],
                                body=r["body"], date=r["date"], status=r["status"], items=r["items"],
                                sample=bool(r["sample"]))
                for r in self.rows(LIST_SQL)]
