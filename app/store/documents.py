"""Storing whole documents: import in one transaction, list, load back, remove."""
from __future__ import annotations

import json
from typing import Any

from app.core.domain import (
    COMMENTS,
    MINUTES,
    AgendaItem,
    Category,
    Comment,
    CommentTable,
    Document,
    DocumentId,
    Meeting,
    Minutes,
    Participant,
    Response,
    Source,
    Turn,
)
from app.core.errors import WorkbenchError
from app.store.core import dumps, now_iso
from app.store.listing import DocumentListing


def document_title(doc: Document) -> str:
    if isinstance(doc, Minutes):
        return doc.meeting.title or doc.source.path.rsplit("/", 1)[-1]
    return doc.title or doc.source.path.rsplit("/", 1)[-1]


class DocumentsMixin(DocumentListing):
    """Documents whole: store, list (``DocumentListing``), load back, remove."""

    def find_by_hash(self, sha256: str) -> DocumentId | None:
        found = self.scalar("SELECT id FROM documents WHERE sha256 = ? ORDER BY revision LIMIT 1", [sha256])
        return DocumentId(found) if found is not None else None

    def save_document(self, doc: Document, prepared: dict[str, list[str]] | None = None) -> DocumentId:
        """Store a parsed document and index it, all in one transaction (``prepared``: index
        terms from ``search_index.prepare_terms``, so a worker can tokenise ahead).

        Raises WorkbenchError('duplicate') when the same file (by hash) is already stored.
        """
        from app.store import search_index  # loaded when text is indexed, not at every start

        existing = self.find_by_hash(doc.source.sha256) if doc.source.sha256 else None
        if existing is not None:
            raise WorkbenchError("duplicate", path=doc.source.path, doc_id=existing)
        with self.db.atomic():
            doc_id = self._insert_document(doc)
            if isinstance(doc, Minutes):
                self._insert_minutes(doc_id, doc)
            else:
                self._insert_comments(doc_id, doc)
            search_index.add_document(self.db, doc_id, prepared)
        return doc_id

    def _insert_document(self, doc: Document, revision: int = 1, previous: int | None = None) -> DocumentId:
        row: dict[str, Any] = {
            "kind": doc.kind, "title": document_title(doc), "path": doc.source.path,
            "sha256": doc.source.sha256, "format": doc.source.format, "pages": doc.source.pages,
            "imported_at": now_iso(), "warnings": dumps(list(doc.warnings)),
            "revision": revision, "previous_id": previous,
        }
        if isinstance(doc, Minutes):
            m = doc.meeting
            row.update(body=m.body, session=m.session, date=m.date, start_time=m.start,
                       end_time=m.end, venue=m.venue)
        else:
            row.update(declared_total=doc.declared_total)
            if doc.notes:  # the column's default is no notes
                row.update(notes=dumps(list(doc.notes)))
        return DocumentId(self.db.insert_row("documents", row))

    def _insert_minutes(self, doc_id: DocumentId, doc: Minutes) -> None:
        ex = self.db.executemany
        ex("INSERT INTO participants(document_id, position, label, name, title, role, grp) VALUES (?,?,?,?,?,?,?)",
           [(doc_id, i, p.label, p.name, p.title, p.role, p.group) for i, p in enumerate(doc.participants)])
        ex("INSERT INTO signatories(document_id, position, label) VALUES (?,?,?)",
           [(doc_id, i, s) for i, s in enumerate(doc.signatories)])
        agenda_ids = []
        for i, a in enumerate(doc.agenda):
            agenda_ids.append(self.db.insert("INSERT INTO agenda_items(document_id, position, label) VALUES (?,?,?)",
                                             [doc_id, i, a.label]))
        ex("INSERT INTO turns(document_id, position, speaker, name, participant, agenda_item_id, text, page)"
           " VALUES (?,?,?,?,?,?,?,?)",
           [(doc_id, i, t.speaker, t.name, t.participant,
             agenda_ids[t.agenda] if t.agenda is not None and 0 <= t.agenda < len(agenda_ids) else None,
             t.text, t.page) for i, t in enumerate(doc.turns)])

    def _insert_comments(self, doc_id: DocumentId, doc: CommentTable) -> None:
        cat_ids, resp_ids = [], []
        for i, c in enumerate(doc.categories):
            cat_ids.append(self.db.insert("INSERT INTO categories(document_id, position, label, declared)"
                                          " VALUES (?,?,?,?)", [doc_id, i, c.label, c.declared]))
        for i, r in enumerate(doc.responses):
            resp_ids.append(self.db.insert("INSERT INTO responses(document_id, position, text, revised)"
                                           " VALUES (?,?,?,?)", [doc_id, i, r.text, int(r.revised)]))

        def pick(ids: list[Any], i: int | None) -> Any:
            return ids[i] if i is not None and 0 <= i < len(ids) else None

        self.db.executemany(
            "INSERT INTO comments(document_id, position, no, text, page, category_id, response_id, fields)"
            " VALUES (?,?,?,?,?,?,?,?)",
            [(doc_id, i, c.no, c.text, c.page, pick(cat_ids, c.category), pick(resp_ids, c.response),
              dumps([list(f) for f in c.fields])) for i, c in enumerate(doc.comments)])

    def mark_sample(self, doc_id: DocumentId) -> None:
        """Mark a document as one of the samples a first start shows (the tree says so)."""
        with self.db.atomic():
            self.db.execute("UPDATE documents SET sample = 1 WHERE id = ?", [doc_id])

    def all_speakers(self) -> list[str]:
        """Every speaker label of every stored meeting once, sorted (the search filter's list).

        Read from the search rows' speaker index (a million turns: 0.4 s; scanning the turns
        themselves took 7 s)."""
        return [r[0] for r in self.db.execute(
            "SELECT DISTINCT speaker FROM search_rows WHERE speaker IS NOT NULL ORDER BY speaker")]

    def document_row(self, doc_id: DocumentId) -> dict[str, Any]:
        row = self.one("SELECT * FROM documents WHERE id = ?", [doc_id])
        if row is None:
            raise WorkbenchError("no_document", doc_id=doc_id)
        return row

    def load_document(self, doc_id: DocumentId) -> Document:
        """The stored document as the domain type the parsers produce (for exports, round trips)."""
        d = self.document_row(doc_id)
        source = Source(d["path"], d["format"], d["pages"], d["sha256"])
        warnings = tuple(json.loads(d["warnings"]))
        if d["kind"] == MINUTES:
            return self._load_minutes(doc_id, d, source, warnings)
        return self._load_comments(doc_id, d, source, warnings)

    def _load_minutes(self, doc_id: DocumentId, d: dict[str, Any], source: Source,
                      warnings: tuple[str, ...]) -> Minutes:
        agenda = list(self.rows("SELECT id, label FROM agenda_items WHERE document_id=? ORDER BY position", [doc_id]))
        index = {a["id"]: i for i, a in enumerate(agenda)}
        turns = tuple(Turn(speaker=t["speaker"], text=t["text"], name=t["name"], participant=t["participant"],
                           agenda=index.get(t["agenda_item_id"]), page=t["page"])
                      for t in self.rows("SELECT * FROM turns WHERE document_id=? ORDER BY position", [doc_id]))
        parts = tuple(Participant(p["label"], p["name"], p["title"], p["role"], p["grp"]) for p in
                      self.rows("SELECT * FROM participants WHERE document_id=? ORDER BY position", [doc_id]))
        signs = tuple(r["label"] for r in
                      self.rows("SELECT label FROM signatories WHERE document_id=? ORDER BY position", [doc_id]))
        meeting = Meeting(d["title"], d["body"], d["session"], d["date"], d["start_time"], d["end_time"], d["venue"])
        return Minutes(source, meeting, parts, signs, tuple(AgendaItem(a["label"]) for a in agenda), turns, warnings)

    def _load_comments(self, doc_id: DocumentId, d: dict[str, Any], source: Source,
                       warnings: tuple[str, ...]) -> CommentTable:
        cats = list(self.rows("SELECT * FROM categories WHERE document_id=? ORDER BY position", [doc_id]))
        resps = list(self.rows("SELECT * FROM responses WHERE document_id=? ORDER BY position", [doc_id]))
        ci = {c["id"]: i for i, c in enumerate(cats)}
        ri = {r["id"]: i for i, r in enumerate(resps)}
        comments = tuple(Comment(no=c["no"], text=c["text"], category=ci.get(c["category_id"]),
                                 response=ri.get(c["response_id"]), page=c["page"],
                                 fields=tuple((k, v) for k, v in json.loads(c["fields"])))
                         for c in self.rows("SELECT * FROM comments WHERE document_id=? ORDER BY position", [doc_id]))
        return CommentTable(source, d["title"], d["declared_total"],
                            tuple(Category(c["label"], c["declared"]) for c in cats), comments,
                            tuple(Response(r["text"], bool(r["revised"])) for r in resps), warnings,
                            notes=tuple(json.loads(d.get("notes") or "[]")))

    def delete_document(self, doc_id: DocumentId) -> None:
        """Remove a document and everything hanging off it (turns, tags, action items)."""
        from app.store import search_index  # loaded when text is indexed, not at every start

        with self.db.atomic():
            search_index.remove_document(self.db, doc_id)
            self.db.execute("DELETE FROM documents WHERE id = ?", [doc_id])

    def kind_of(self, doc_id: DocumentId) -> str:
        return str(self.document_row(doc_id)["kind"])


__all__ = ["COMMENTS", "MINUTES", "DocumentsMixin"]
