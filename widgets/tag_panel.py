"""The tags on the current turn or comment: tag buttons, the list with memos, the action item
(its form built the first time a 対応事項 tag is selected)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.api import Workbench
from app.core.domain import TAG_ACTION, Tag, Tagging
from app.qt.bridge import WorkbenchBridge
from app.qt.commands import SetTaggingMemoCommand, UntagCommand
from widgets.roles import ID_ROLE, RECORD_ROLE, item_data

if TYPE_CHECKING:
    from widgets.action_form import ActionItemForm

Index = QModelIndex | QPersistentModelIndex
EXCERPT_CHARS = 24


class TaggingListModel(QAbstractListModel):
    """The taggings of one target, with their tag names, colours, spans and memos."""

    def __init__(self, bench: Workbench, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bench = bench
        self._rows: list[Tagging] = []
        self._tags: dict[int, Tag] = {}
        self._text = ""

    def load(self, kind: str, target_id: int | None, text: str = "") -> None:
        self.beginResetModel()
        self._tags = {t.id: t for t in self.bench.tags()}
        self._rows = self.bench.taggings_for(kind, [target_id]) if target_id is not None else []
        self._text = text
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def tag_of(self, t: Tagging) -> Tag | None:
        return self._tags.get(t.tag_id)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        t = self._rows[index.row()]
        tag = self._tags.get(t.tag_id)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._label(t, tag)
        if role == Qt.ItemDataRole.DecorationRole and tag is not None:
            return QColor(tag.color)
        return {ID_ROLE: t.id, RECORD_ROLE: t}.get(role)

    def _label(self, t: Tagging, tag: Tag | None) -> str:
        parts = [tag.name if tag else "?"]
        if t.start is not None and t.end is not None:
            excerpt = self._text[t.start:t.end]
            parts.append("「" + (excerpt[:EXCERPT_CHARS] + "…" if len(excerpt) > EXCERPT_CHARS else excerpt) + "」")
        if t.memo:
            parts.append("— " + t.memo)
        return " ".join(parts)


class TagPanel(QWidget):
    """Tag buttons for the current target, its taggings, a memo field and the action item form."""

    go_to_passage = Signal()

    def __init__(self, bridge: WorkbenchBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self.target: tuple[str, int | None] = ("turn", None)
        self.model = TaggingListModel(bridge.bench, self)
        self.list = QListView(objectName="taggingList")
        self.list.setModel(self.model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setMaximumHeight(self.fontMetrics().height() * 7)
        self.memo = QLineEdit(objectName="taggingMemo", enabled=False)
        self.memo.setPlaceholderText(self.tr("Memo on the selected tag"))
        self.remove = QPushButton(self.tr("Remove tag"), objectName="removeTag", enabled=False)
        self.buttons = QHBoxLayout()
        self._action_form: ActionItemForm | None = None
        self.action_box = QGroupBox(self.tr("Action item"))
        self._build()
        self.list.selectionModel().currentChanged.connect(lambda *_: self._show_tagging())
        self.memo.editingFinished.connect(self._commit_memo)
        self.remove.clicked.connect(self._remove)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.buttons)
        label = QLabel(self.tr("Tag &list:"))
        label.setBuddy(self.list)
        layout.addWidget(label)
        layout.addWidget(self.list)
        row = QHBoxLayout()
        row.addWidget(self.memo, 1)
        row.addWidget(self.remove)
        layout.addLayout(row)
        QVBoxLayout(self.action_box)  # the form goes in when first needed
        layout.addWidget(self.action_box)
        layout.addStretch(1)  # spare height below the form, not between the rows
        self.action_box.setVisible(False)

    @property
    def action_form(self) -> ActionItemForm:
        """The action item's form, built when first needed."""
        if self._action_form is None:
            from widgets.action_form import ActionItemForm

            self._action_form = form = ActionItemForm(self._bridge)
            form.go_to_passage.connect(self.go_to_passage)
            self.action_box.layout().addWidget(form)
        return self._action_form

    def flush(self) -> None:
        """Save the action item's note being typed, if any."""
        if self._action_form is not None:
            self._action_form.flush()

    def set_tag_actions(self, actions: list[QAction]) -> None:
        while self.buttons.count():
            item = self.buttons.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        for action in actions:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.buttons.addWidget(button)
        self.buttons.addStretch(1)

    def load(self, kind: str, target_id: int | None, text: str = "", keep: int | None = None) -> None:
        """Show the taggings of one target; ``keep`` re-selects a tagging id after a reload."""
        self.flush()
        current = keep if keep is not None else self.current_tagging_id()
        self.target = (kind, target_id)
        self.model.bench = self._bridge.bench
        self.model.load(kind, target_id, text)
        rows = [item_data(self.model.index(r), ID_ROLE) for r in range(self.model.rowCount())]
        row = rows.index(current) if current in rows else (len(rows) - 1 if rows else -1)
        self.list.setCurrentIndex(self.model.index(row) if row >= 0 else QModelIndex())
        self._show_tagging()

    def current_tagging(self) -> Tagging | None:
        index = self.list.currentIndex()
        return item_data(index, RECORD_ROLE) if index.isValid() else None

    def current_tagging_id(self) -> int | None:
        t = self.current_tagging()
        return t.id if t else None

    def _show_tagging(self) -> None:
        t = self.current_tagging()
        self.memo.setEnabled(t is not None)
        self.remove.setEnabled(t is not None)
        self.memo.setText(t.memo if t else "")
        tag = self.model.tag_of(t) if t else None
        item = self._bridge.bench.action_item_for_tagging(t.id) if t and tag and tag.name == TAG_ACTION else None
        if item is not None or self._action_form is not None:  # built before its box is shown
            self.action_form.load(item, self._source_text(t) if t else "")
        self.action_box.setVisible(item is not None)

    def _source_text(self, t: Tagging) -> str:
        text = self.model._text
        excerpt = text[t.start:t.end] if t.start is not None and t.end is not None else text
        return excerpt[:80] + ("…" if len(excerpt) > 80 else "")

    def _commit_memo(self) -> None:
        t = self.current_tagging()
        if t is not None and self.memo.text() != t.memo:
            self._bridge.push(SetTaggingMemoCommand(self._bridge, t.id, self.memo.text()))

    def _remove(self) -> None:
        t = self.current_tagging()
        if t is not None:
            self._bridge.push(UntagCommand(self._bridge, t.id))
