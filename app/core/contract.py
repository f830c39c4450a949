"""Documents to and from the JSON of ``gijiroku parse`` (``../shared/CONTRACT.md``)."""
from __future__ import annotations

from typing import Any

from app.core.domain import (
    AgendaItem,
    Category,
    Comment,
    CommentTable,
    Document,
    Meeting,
    Minutes,
    Participant,
    Response,
    Source,
    Turn,
)


def _source(s: Source) -> dict[str, Any]:
    return {"path": s.path, "format": s.format, "pages": s.pages, "sha256": s.sha256}


def to_json(doc: Document) -> dict[str, Any]:
    """The contract's JSON object for a parsed document."""
    if isinstance(doc, Minutes):
        m = doc.meeting
        return {
            "kind": "minutes",
            "source": _source(doc.source),
            "meeting": {"title": m.title, "body": m.body, "session": m.session, "date": m.date,
                        "start": m.start, "end": m.end, "venue": m.venue},
            "participants": [{"label": p.label, "name": p.name, "title": p.title,
                              "role": p.role, "group": p.group} for p in doc.participants],
            "signatories": list(doc.signatories),
            "agenda": [{"label": a.label} for a in doc.agenda],
            "turns": [{"speaker": t.speaker, "name": t.name, "participant": t.participant,
                       "agenda": t.agenda, "text": t.text, "page": t.page} for t in doc.turns],
            "warnings": list(doc.warnings),
        }
    return {
        "kind": "comments",
        "source": _source(doc.source),
        "title": doc.title,
        "declared_total": doc.declared_total,
        "categories": [{"label": c.label, "declared": c.declared} for c in doc.categories],
        "comments": [{"no": c.no, "category": c.category, "text": c.text,
                      "response": c.response, "page": c.page, "fields": dict(c.fields)}
                     for c in doc.comments],
        "responses": [{"text": r.text, "revised": r.revised} for r in doc.responses],
        "warnings": list(doc.warnings),
        "notes": list(doc.notes),
    }


def from_json(data: dict[str, Any]) -> Document:
    """The document a contract JSON object describes (inverse of ``to_json``)."""
    s = data.get("source") or {}
    source = Source(path=s.get("path", ""), format=s.get("format", ""), pages=s.get("pages"),
                    sha256=s.get("sha256", ""))
    if data.get("kind") == "minutes":
        return Minutes(
            source=source,
            meeting=Meeting(**{k: (data.get("meeting") or {}).get(k) for k in
                               ("title", "body", "session", "date", "start", "end", "venue")}),
            participants=tuple(Participant(**{k: p.get(k) for k in
                                              ("label", "name", "title", "role", "group")})
                               for p in data.get("participants", [])),
            signatories=tuple(data.get("signatories", [])),
            agenda=tuple(AgendaItem(a["label"]) for a in data.get("agenda", [])),
            turns=tuple(Turn(speaker=t.get("speaker"), text=t.get("text", ""), name=t.get("name"),
                             participant=t.get("participant"), agenda=t.get("agenda"),
                             page=t.get("page")) for t in data.get("turns", [])),
            warnings=tuple(data.get("warnings", [])),
        )
    return CommentTable(
        source=source,
        title=data.get("title"),
        declared_total=data.get("declared_total"),
        categories=tuple(Category(c["label"], c.get("declared")) for c in data.get("categories", [])),
        comments=tuple(Comment(no=str(c.get("no")), text=c.get("text", ""), category=c.get("category"),
                               response=c.get("response"), page=c.get("page"),
                               fields=tuple((c.get("fields") or {}).items()))
                       for c in data.get("comments", [])),
        responses=tuple(Response(r.get("text", ""), bool(r.get("revised"))) for r in data.get("responses", [])),
        warnings=tuple(data.get("warnings", [])),
        notes=tuple(data.get("notes", [])),
    )
