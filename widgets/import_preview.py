"""Models for the import preview: a parsed document's turns (speaker and agenda editable)
and comments, before anything is stored."""
from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.core.domain import Comment, CommentTable, Minutes, Turn
from widgets.record_table import RecordTableModel
from widgets.roles import NOTE_COLOR, item_data

Index = QModelIndex | QPersistentModelIndex
TEXT_PREVIEW_CHARS = 160


class PreviewTurnModel(RecordTableModel):
    """Columns: #, speaker, agenda item, page, text. Speaker and agenda can be corrected."""

    SPEAKER, AGENDA, TEXT = 1, 2, 4

    def __init__(self, minutes: Minutes, parent: QObject | None = None) -> None:
        super().__init__(["#", self.tr("Speaker"), self.tr("Agenda item"), self.tr("Page"), self.tr("Text")],
                         minutes.turns, parent)
        self.agenda = [a.label for a in minutes.agenda]

    @property
    def turns(self) -> list[Turn]:
        return self.records

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() in (self.SPEAKER, self.AGENDA):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def cell(self, t: Turn, row: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and t.speaker is None:
            return QColor(NOTE_COLOR)
        if role == Qt.ItemDataRole.EditRole and column == self.AGENDA:
            return t.agenda
        if role == Qt.ItemDataRole.ToolTipRole:
            return t.text if column == self.TEXT else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        return self._cell(row, column, t)

    def _cell(self, row: int, column: int, t: Turn) -> Any:
        if column == 0:
            return row + 1
        if column == self.SPEAKER:
            return t.speaker or self.tr("(note)")
        if column == self.AGENDA:
            return self.agenda[t.agenda] if t.agenda is not None and 0 <= t.agenda < len(self.agenda) else "—"
        if column == 3:
            return t.page if t.page is not None else ""
        return t.text[:TEXT_PREVIEW_CHARS] + ("…" if len(t.text) > TEXT_PREVIEW_CHARS else "")

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        t = self.turns[index.row()]
        if index.column() == self.SPEAKER:
            text = str(value or "").strip()
            speaker = None if not text or text == self.tr("(note)") else text
            new = dataclasses.replace(t, speaker=speaker, name=None if speaker != t.speaker else t.name,
                                      participant=None if speaker != t.speaker else t.participant)
        elif index.column() == self.AGENDA:
            new = dataclasses.replace(t, agenda=value if isinstance(value, int) and value >= 0 else None)
        else:
            return False
        self.turns[index.row()] = new
        self.dataChanged.emit(index, index)
        return True

    def corrected(self, minutes: Minutes) -> Minutes:
        return dataclasses.replace(minutes, turns=tuple(self.turns))


class AgendaChoiceDelegate(QStyledItemDelegate):
    """A combo box of the parsed agenda items (plus 'none') for the preview's agenda column."""

    def __init__(self, agenda: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._agenda = agenda

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem("—", -1)
        for i, label in enumerate(self._agenda):
            combo.addItem(label, i)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = item_data(index, Qt.ItemDataRole.EditRole)
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(value if value is not None else -1)))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class PreviewCommentModel(RecordTableModel):
    """Columns: No, category, comment, answer (read-only)."""

    COMMENT, ANSWER = 2, 3

    def __init__(self, table: CommentTable, parent: QObject | None = None) -> None:
        super().__init__([self.tr("No."), self.tr("Category"), self.tr("Comment"), self.tr("Answer")],
                         table.comments, parent)
        self.table = table

    def cell(self, c: Comment, row: int, column: int, role: int) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        cats, answers = self.table.categories, self.table.responses
        values = [c.no, cats[c.category].label if c.category is not None and c.category < len(cats) else "",
                  c.text, answers[c.response].text if c.response is not None and c.response < len(answers)
                  else self.tr("(no answer found)")]
        text = str(values[column])
        if role == Qt.ItemDataRole.ToolTipRole:
            return text if column >= 2 else None
        return text[:TEXT_PREVIEW_CHARS] + ("…" if len(text) > TEXT_PREVIEW_CHARS else "")
