"""The reader's models: a meeting's turns and a comment table's comment ↔ answer pairs.

Both are list models over the id list of one document. Turn rows are fetched in pages
(``PAGE_SIZE`` at a time, cached, oldest page dropped first) so a 5,000-turn meeting opens
at once; a change reloads only the pages holding touched rows.
"""
from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.api import Workbench
from app.core.domain import Changes, DocumentId, StoredComment, StoredTurn, Tag
from app.core.speakers import speaker_label as label_of_speaker
from widgets.roles import (
    ANSWER_ROLE,
    COLOR_ROLE,
    HEADING_ROLE,
    ID_ROLE,
    KIND_ROLE,
    LABEL_ROLE,
    MARKS_ROLE,
    NOTE_COLOR,
    NOTE_ROLE,
    RECORD_ROLE,
    SPANS_ROLE,
    TAGS_ROLE,
    Mark,
    speaker_color,
)

PAGE_SIZE = 200
MAX_PAGES = 30
Index = QModelIndex | QPersistentModelIndex


@dataclass
class ReaderRow:
    """One displayed row: the record, the heading opening above it, its tags."""

    record: Any
    label: str
    heading: str | None = None
    answer: str | None = None
    tags: list[tuple[str, str]] = field(default_factory=list)
    spans: list[tuple[int, int, str]] = field(default_factory=list)


def speaker_label(t: StoredTurn) -> str:
    """青木委員 for ○青木委員; 会長（石川委員） for a role held by a participant ("" for a note)."""
    return label_of_speaker(t.speaker, t.name, t.participant)


class ReaderModel(QAbstractListModel):
    """Base: rows over an id list, row data from ``_fetch_page``; answers the shared roles."""

    kind = "turn"

    def __init__(self, bench: Workbench, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bench = bench
        self.doc_id: DocumentId | None = None
        self._ids: list[int] = []
        self._row_of: dict[int, int] = {}
        self._pages: OrderedDict[int, list[ReaderRow]] = OrderedDict()
        self._tags: dict[int, Tag] = {}
        self._marks: dict[int, list[Mark]] = {}  # row -> its highlighted passages
        # per row for find: (text, answer) and their normalised forms
        self._texts: list[tuple[tuple[str, str], tuple[str, ...]]] | None = None

    def load(self, doc_id: DocumentId | None) -> None:
        self.beginResetModel()
        self._marks, self._texts = {}, None
        self.doc_id = doc_id
        self._tags = {t.id: t for t in self.bench.tags()}
        self._ids = self._load_ids(doc_id) if doc_id is not None else []
        self._row_of = {i: r for r, i in enumerate(self._ids)}
        self._pages.clear()
        self.endResetModel()

    def _load_ids(self, doc_id: DocumentId) -> list[int]:
        raise NotImplementedError

    def _fetch_page(self, page: int) -> list[ReaderRow]:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def row_of(self, record_id: int) -> int | None:
        return self._row_of.get(record_id)

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def row_data(self, row: int) -> ReaderRow:
        page = row // PAGE_SIZE
        rows = self._pages.get(page)
        if rows is None:
            rows = self._fetch_page(page)
            self._pages[page] = rows
            if len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        return rows[row - page * PAGE_SIZE]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role == KIND_ROLE:
            return self.kind
        if role == MARKS_ROLE:
            return self._marks.get(index.row(), [])
        row = self.row_data(index.row())
        return self._role_value(row, role)

    # --- find and highlight ---------------------------------------------------------------
    def find(self, needle: str) -> list[Mark]:
        """Every occurrence of ``needle`` in the rows' text and answers, in reading order.

        Matched as search matches: full-width = half-width, capitals = small letters, line
        breaks and spaces ignored (``app.core.text.normalize``). The rows' normalised texts are
        made once per document; only rows that contain the word are mapped back to offsets."""
        from app.services.search import normalized_map, normalized_text

        key = normalized_text(needle)
        if not key or self.doc_id is None:
            return []
        if self._texts is None:
            self._maps: dict[tuple[int, int], Any] = {}  # (row, field) -> offset map, as needed
            texts = self._searchable_texts()
            self._texts = [(fields, tuple(normalized_text(t) for t in fields)) for fields in texts]
        found = []
        for row, (fields, quick) in enumerate(self._texts):
            for field_no, text in enumerate(fields):
                if key not in quick[field_no]:
                    continue
                where = self._maps.get((row, field_no))
                if where is None:
                    where = self._maps[(row, field_no)] = normalized_map(text)[1]
                norm = quick[field_no]
                at = norm.find(key)
                while at >= 0:
                    found.append(Mark(row, field_no, where[at], where[at + len(key) - 1] + 1))
                    at = norm.find(key, at + len(key))
        return found

    def _searchable_texts(self) -> list[tuple[str, str]]:
        """(text, answer shown beside it) of every row, in order."""
        raise NotImplementedError

    def set_marks(self, marks: list[Mark]) -> None:
        """Highlight ``marks`` (replacing those shown before; [] clears them)."""
        touched = set(self._marks)
        self._marks = {}
        for m in marks:
            self._marks.setdefault(m.row, []).append(m)
        touched |= set(self._marks)
        if touched:
            self.dataChanged.emit(self.index(min(touched)), self.index(max(touched)), [MARKS_ROLE])

    def marks(self) -> list[Mark]:
        return [m for row in sorted(self._marks) for m in self._marks[row]]

    def _role_value(self, row: ReaderRow, role: int) -> Any:
        values = {Qt.ItemDataRole.DisplayRole: row.record.text, LABEL_ROLE: row.label,
                  HEADING_ROLE: row.heading, TAGS_ROLE: row.tags, SPANS_ROLE: row.spans,
                  RECORD_ROLE: row.record, ANSWER_ROLE: row.answer,
                  Qt.ItemDataRole.ToolTipRole: ", ".join(n for n, _ in row.tags) or None}
        return values.get(role)  # type: ignore[call-overload]

    def _tag_lists(self, ids: list[int]) -> dict[int, tuple[list[tuple[str, str]], list[tuple[int, int, str]]]]:
        out: dict[int, tuple[list[tuple[str, str]], list[tuple[int, int, str]]]] = {i: ([], []) for i in ids}
        for t in self.bench.taggings_for(self.kind, ids):
            tag = self._tags.get(t.tag_id)
            if tag is None:
                continue
            out[t.target_id][0].append((tag.name, tag.color))
            if t.start is not None and t.end is not None:
                out[t.target_id][1].append((t.start, t.end, tag.color))
        return out

    def apply_changes(self, changes: Changes) -> None:
        """Reload what ``changes`` touched: the whole list when its ids changed, else rows."""
        if self.doc_id is None:
            return
        if "tag" in changes.kinds():
            self._tags = {t.id: t for t in self.bench.tags()}
        self._texts = None
        if self._set_changed(changes):
            self.load(self.doc_id)
            return
        rows = sorted(r for i in changes.ids(self.kind) if (r := self._row_of.get(i)) is not None)
        for page in {r // PAGE_SIZE for r in rows}:
            self._pages.pop(page, None)
            self._pages.pop(page + 1, None)  # its first heading depends on this page's last row
        if rows:
            self.dataChanged.emit(self.index(rows[0]), self.index(rows[-1]))

    def _set_changed(self, changes: Changes) -> bool:
        return self.doc_id in changes.ids("document")


class TurnListModel(ReaderModel):
    """A meeting's turns in order: heading where the agenda item changes, speaker colours."""

    kind = "turn"

    def load(self, doc_id: DocumentId | None) -> None:
        self._agenda: dict[int, str] = {}
        self._colors: dict[str, str] = {}
        if doc_id is not None:
            self._agenda = {a.id: a.label for a in self.bench.agenda_items(doc_id)}
            self._colors = {s: speaker_color(i) for i, s in enumerate(self.bench.speakers(doc_id))}
        super().load(doc_id)

    def _load_ids(self, doc_id: DocumentId) -> list[int]:
        return list(self.bench.turn_ids(doc_id))

    def _searchable_texts(self) -> list[tuple[str, str]]:
        return [(t.text, "") for t in self.bench.turns(self._ids)]  # type: ignore[arg-type]

    def _fetch_page(self, page: int) -> list[ReaderRow]:
        start = page * PAGE_SIZE
        first = max(0, start - 1)
        turns = self.bench.turns(self._ids[first:start + PAGE_SIZE])  # type: ignore[arg-type]
        previous = turns[0].agenda_item_id if start > 0 and turns else -1
        turns = turns[start - first:]
        tags = self._tag_lists([t.id for t in turns])
        rows = []
        for t in turns:
            heading = None
            if t.agenda_item_id != previous and t.agenda_item_id is not None:
                heading = self._agenda.get(t.agenda_item_id)
            previous = t.agenda_item_id
            names, spans = tags.get(t.id, ([], []))
            rows.append(ReaderRow(t, self._label(t), heading, None, names, spans))
        return rows

    @staticmethod
    def _label(t: StoredTurn) -> str:
        return speaker_label(t)

    def _role_value(self, row: ReaderRow, role: int) -> Any:
        turn: StoredTurn = row.record
        if role == NOTE_ROLE:
            return turn.speaker is None
        if role == COLOR_ROLE:
            return QColor(NOTE_COLOR if turn.speaker is None else self._colors.get(turn.speaker, "#333333"))
        return super()._role_value(row, role)

    def _set_changed(self, changes: Changes) -> bool:
        if self.doc_id in changes.ids("turn_set") or self.doc_id in changes.ids("document"):
            return True
        if changes.ids("turn") & set(self._row_of):  # a changed speaker may need a colour
            self._colors = {s: speaker_color(i) for i, s in enumerate(self.bench.speakers(self.doc_id))}  # type: ignore[arg-type]
        return False


class CommentListModel(ReaderModel):
    """A comment table: comments by category, each beside its answer."""

    kind = "comment"

    def _load_ids(self, doc_id: DocumentId) -> list[int]:
        self._comments = self.bench.comments(doc_id)
        self._responses = {r.id: r for r in self.bench.responses(doc_id)}
        return [c.id for c in self._comments]

    def _searchable_texts(self) -> list[tuple[str, str]]:
        return [(c.text, self._answer(c, self._comments[n - 1] if n else None))
                for n, c in enumerate(self._comments)]

    def _fetch_page(self, page: int) -> list[ReaderRow]:
        start = page * PAGE_SIZE
        comments = self._comments[start:start + PAGE_SIZE]
        tags = self._tag_lists([c.id for c in comments])
        previous = self._comments[start - 1] if start > 0 else None
        rows = []
        for c in comments:
            heading = c.category if previous is None or c.category != previous.category else None
            names, spans = tags.get(c.id, ([], []))
            rows.append(ReaderRow(c, f"No.{c.no}", heading, self._answer(c, previous), names, spans))
            previous = c
        return rows

    def _answer(self, c: StoredComment, previous: StoredComment | None) -> str:
        if c.response_id is None:
            return self.tr("(no answer)")
        if previous is not None and previous.response_id == c.response_id:
            return self.tr("(same answer as No.%1)").replace("%1", previous.no)
        response = self._responses.get(c.response_id)
        return (response.text if response else "") or self.tr("(not written yet)")

    def _role_value(self, row: ReaderRow, role: int) -> Any:
        if role == COLOR_ROLE:
            return QColor("#1f5fa8")
        if role == NOTE_ROLE:
            return False
        return super()._role_value(row, role)

    def responses(self) -> list[Any]:
        return list(self._responses.values())

    def apply_changes(self, changes: Changes) -> None:
        """Comment tables are small: any change to one reloads its rows in place."""
        if self.doc_id is None:
            return
        if self.doc_id in changes.ids("document"):
            self.load(self.doc_id)
            return
        touched = (changes.ids("comment") & set(self._row_of) or changes.ids("response") & set(self._responses)
                   or "tag" in changes.kinds())
        if touched and self._ids:
            self._texts = None
            self._tags = {t.id: t for t in self.bench.tags()}
            self._load_ids(self.doc_id)
            self._pages.clear()
            self.dataChanged.emit(self.index(0), self.index(len(self._ids) - 1))
