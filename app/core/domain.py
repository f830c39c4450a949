"""Domain types shared by every layer: what a parsed or stored document is made of.

Frozen dataclasses only; no Qt, no SQL. The parse types mirror the JSON of
``gijiroku parse`` (see ``app/contract.py`` for the conversion), the stored types add ids.
The ids, the document kinds and ``DocumentSummary`` live in ``app/core/summary.py`` (no
dataclass: ``gijiroku list`` loads only that) and are re-exported here.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields
from functools import cached_property
from typing import Any

from app.core.summary import COMMENTS as COMMENTS
from app.core.summary import MINUTES as MINUTES
from app.core.summary import ActionItemId as ActionItemId
from app.core.summary import AgendaItemId as AgendaItemId
from app.core.summary import CommentId as CommentId
from app.core.summary import DocumentId as DocumentId
from app.core.summary import DocumentSummary as DocumentSummary
from app.core.summary import ResponseId as ResponseId
from app.core.summary import TaggingId as TaggingId
from app.core.summary import TagId as TagId
from app.core.summary import TurnId as TurnId


@dataclass(frozen=True)
class Source:
    """The file a document came from. ``sha256`` identifies it across imports."""

    path: str
    format: str  # pdf, docx, xlsx, txt
    pages: int | None = None
    sha256: str = ""


@dataclass(frozen=True)
class Meeting:
    """When and where a meeting was held, as its minutes print it."""

    title: str | None = None
    body: str | None = None
    session: str | None = None
    date: str | None = None  # ISO yyyy-mm-dd
    start: str | None = None  # HH:MM
    end: str | None = None
    venue: str | None = None


@dataclass(frozen=True)
class Participant:
    """One line of the attendance list."""

    label: str  # as printed in the attendance list: 曽根委員, 渋谷情報政策課長, 事務局
    name: str | None = None
    title: str | None = None  # 委員, 情報政策課長
    role: str | None = None  # 座長, 委員長 (a role held in this meeting)
    group: str | None = None  # 委員, 仙台市, 事務局


@dataclass(frozen=True)
class AgendaItem:
    """A heading of the proceedings (議題)."""

    label: str


@dataclass(frozen=True)
class Turn:
    """One speaker's uninterrupted speech, or a note (speaker None)."""

    speaker: str | None
    text: str
    name: str | None = None
    participant: str | None = None
    agenda: int | None = None  # index into Minutes.agenda
    page: int | None = None


@dataclass(frozen=True)
class Minutes:
    """A parsed meeting record: the meeting, who attended, the agenda and the turns."""

    source: Source
    meeting: Meeting
    participants: tuple[Participant, ...] = ()
    signatories: tuple[str, ...] = ()
    agenda: tuple[AgendaItem, ...] = ()
    turns: tuple[Turn, ...] = ()
    warnings: tuple[str, ...] = ()
    kind: str = MINUTES


@dataclass(frozen=True)
class Category:
    """A group heading of a comment table, with the count it declares."""

    label: str
    declared: int | None = None


@dataclass(frozen=True)
class Comment:
    """One public comment as the table numbers it."""

    no: str
    text: str
    category: int | None = None  # index into CommentTable.categories
    response: int | None = None  # index into CommentTable.responses
    page: int | None = None
    fields: tuple[tuple[str, str], ...] = ()  # extra columns: (header, value)


@dataclass(frozen=True)
class Response:
    """The secretariat's answer to one or more comments."""

    text: str
    revised: bool = False  # the plan is revised because of the comment(s)


@dataclass(frozen=True)
class CommentTable:
    """A parsed table of public comments and the answers to them."""

    source: Source
    title: str | None = None
    declared_total: int | None = None
    categories: tuple[Category, ...] = ()
    comments: tuple[Comment, ...] = ()
    responses: tuple[Response, ...] = ()
    warnings: tuple[str, ...] = ()
    kind: str = COMMENTS
    # Text of the document outside the comments and answers (the lines under the title,
    # notes between the tables), in reading order: nothing the parse read is dropped.
    notes: tuple[str, ...] = ()


Document = Minutes | CommentTable


# --- stored records -------------------------------------------------------------------

@dataclass(frozen=True)
class StoredTurn:
    """A turn as stored, with its ids."""

    id: TurnId
    document_id: DocumentId
    position: int
    speaker: str | None
    text: str
    name: str | None = None
    participant: str | None = None
    agenda_item_id: AgendaItemId | None = None
    page: int | None = None
    # raised by every edit: an edit of an older version is refused (edit_conflict); two reads of
    # the same content are equal whatever their versions
    version: int = field(default=1, compare=False)


@dataclass(frozen=True)
class StoredAgendaItem:
    """An agenda item as stored, with its ids."""

    id: AgendaItemId
    document_id: DocumentId
    position: int
    label: str


@dataclass(frozen=True)
class StoredParticipant:
    """An attendance line as stored, with its ids."""

    id: int
    document_id: DocumentId
    position: int
    label: str  # as in the attendance list; turns and 署名委員 name the participant by it
    name: str | None = None
    title: str | None = None
    role: str | None = None
    grp: str | None = None  # 委員, 仙台市, 事務局


@dataclass(frozen=True)
class StoredComment:
    """A comment as stored, with its ids and its category's label."""

    id: CommentId
    document_id: DocumentId
    position: int
    no: str
    text: str
    category: str | None = None
    response_id: ResponseId | None = None
    page: int | None = None
    fields: tuple[tuple[str, str], ...] = ()
    version: int = field(default=1, compare=False)


@dataclass(frozen=True)
class StoredResponse:
    """An answer as stored, with its ids."""

    id: ResponseId
    document_id: DocumentId
    position: int
    text: str
    revised: bool = False
    version: int = field(default=1, compare=False)


TAG_ISSUE = "論点"
TAG_DECISION = "決定事項"
TAG_ACTION = "対応事項"
TAG_PRIVATE = "非公開"
BUILTIN_TAGS = (TAG_ISSUE, TAG_DECISION, TAG_ACTION, TAG_PRIVATE)

STATUS_TODO, STATUS_DOING, STATUS_DONE, STATUS_HOLD = "未着手", "対応中", "完了", "保留"
ACTION_STATUSES = (STATUS_TODO, STATUS_DOING, STATUS_DONE, STATUS_HOLD)
REVIEW_NONE, REVIEW_APPROVED, REVIEW_RETURNED = "", "承認", "差戻し"


@dataclass(frozen=True)
class Tag:
    """A tag a clerk can put on turns, comments and answers."""

    id: TagId
    name: str
    color: str = "#888888"
    parent_id: TagId | None = None


@dataclass(frozen=True)
class Tagging:
    """A tag on a turn or comment, or on a span [start, end) of its text."""

    id: TaggingId
    tag_id: TagId
    target_kind: str  # "turn" | "comment" | "response"
    target_id: int
    start: int | None = None
    end: int | None = None
    memo: str = ""
    uid: str | None = None  # the same in every workspace a copy took it to (gijiroku workspace copy)


@dataclass(frozen=True)
class ActionItem:
    """What a 対応事項 tag asks for: who, by when, how far along, and its review."""

    id: ActionItemId
    tagging_id: TaggingId
    text: str
    owner: str = ""
    due: str | None = None  # ISO date
    status: str = STATUS_TODO
    note: str = ""
    review: str = REVIEW_NONE
    review_remark: str = ""
    reviewed_by: str = ""  # who approved or returned it (the server's login role, or the OS login name)
    reviewed_at: str | None = None  # when (ISO, local time)
    changed_by: str | None = None  # who last changed it, recorded by the database (app/store/stamps.py)
    changed_at: str | None = None
    version: int = field(default=1, compare=False)


@dataclass(frozen=True)
class Changes:
    """What a mutator touched: record kind -> ids. Views decide whether it concerns them."""

    touched: tuple[tuple[str, tuple[int, ...]], ...] = ()

    @staticmethod
    def of(kind: str, *ids: int) -> Changes:
        return Changes(((kind, tuple(ids)),))

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.touched + other.touched)

    def ids(self, kind: str) -> set[int]:
        return {i for k, ids in self.touched if k == kind for i in ids}

    def kinds(self) -> set[str]:
        return {k for k, _ in self.touched}


@dataclass(frozen=True)
class SearchHit:
    """One turn, comment or answer a search found."""

    kind: str  # turn | comment | response
    id: int
    document_id: DocumentId
    document_title: str
    text: str
    speaker: str | None = None
    date: str | None = None
    agenda: str | None = None
    score: float = 0.0
    # text -> snippet; called the first time ``snippet`` is read (a result list shows a
    # screenful of its hits, so marking all of them up front would be wasted work)
    mark: Callable[[str], str] | None = field(default=None, compare=False, repr=False)
    # text -> (start, end) of each match in it, for highlighting the hit where it is shown
    locate: Callable[[str], list[tuple[int, int]]] | None = field(default=None, compare=False, repr=False)

    @cached_property
    def snippet(self) -> str:
        """A window of the text around the first match, with 【】 around the matched parts."""
        return self.mark(self.text) if self.mark is not None else self.text

    @cached_property
    def matches(self) -> list[tuple[int, int]]:
        """(start, end) in ``text`` of every match, in order ([] when not known)."""
        return self.locate(self.text) if self.locate is not None else []

    def as_json(self) -> dict[str, Any]:
        """The hit as ``gijiroku search --json`` prints it (the snippet made now)."""
        out = {f.name: getattr(self, f.name) for f in fields(self) if f.name not in ("mark", "locate")}
        out["snippet"] = self.snippet
        return out


@dataclass(frozen=True)
class Suggestion:
    """A turn that reads like an action, decision or issue, offered for tagging."""

    kind: str  # action | decision | issue
    turn: int  # index into the document's turns
    text: str
    owner: str | None = None
    due: str | None = None
    why: tuple[str, ...] = field(default=())
