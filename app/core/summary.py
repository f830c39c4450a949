"""The light part of the domain types: the record ids, the two document kinds and
``DocumentSummary``, a stored document as the document list shows it.

Apart from ``app/core/domain.py`` (which re-exports every name here) so that ``gijiroku list``
loads no dataclass: the domain's thirty dataclasses and the ``dataclasses`` module take about
40 ms at every start, longer than the listing itself.
"""
from __future__ import annotations

from typing import NamedTuple, NewType

DocumentId = NewType("DocumentId", int)
TurnId = NewType("TurnId", int)
AgendaItemId = NewType("AgendaItemId", int)
CommentId = NewType("CommentId", int)
ResponseId = NewType("ResponseId", int)
TagId = NewType("TagId", int)
TaggingId = NewType("TaggingId", int)
ActionItemId = NewType("ActionItemId", int)

MINUTES = "minutes"
COMMENTS = "comments"


class DocumentSummary(NamedTuple):
    """A stored document as the document list shows it (``gijiroku list --json`` prints
    ``_asdict()``: these fields, in this order)."""

    id: DocumentId
    kind: str
    title: str
    path: str
    sha256: str
    format: str
    imported_at: str
    body: str | None = None
    date: str | None = None
    status: str = "作成中"
    items: int = 0  # turns or comments
    sample: bool = False  # one of the sample documents of the first start
