"""Suggested action items, decisions and issues for the open meeting; one key accepts or dismisses."""
from __future__ import annotations

import re
from collections import Counter
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QListView, QVBoxLayout, QWidget

from app.api import Workbench
from app.core.domain import TAG_ACTION, TAG_DECISION, TAG_ISSUE, Changes, DocumentId, Suggestion, TurnId
from app.core.errors import WorkbenchError
from app.qt.bridge import WorkbenchBridge
from app.qt.commands import TagCommand
from app.qt.jobs import BenchJob, LatestJob
from app.qt.suggestion_commands import ACCEPTED, DISMISSED, DecideSuggestionCommand
from widgets.roles import RECORD_ROLE, item_data
from widgets.shortcuts import local_action

Index = QModelIndex | QPersistentModelIndex
TAG_FOR_KIND = {"action": TAG_ACTION, "decision": TAG_DECISION, "issue": TAG_ISSUE}
KIND_COLORS = {"action": "#d62728", "decision": "#2ca02c", "issue": "#1f77b4"}
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")




class SuggestionListModel(QAbstractListModel):
    """The suggestions of one meeting, those of one kind only when ``set_kind`` says so."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.all_items: list[Suggestion] = []
        self.items: list[Suggestion] = []  # the rows shown
        self.kind: str | None = None

    def set_items(self, items: list[Suggestion]) -> None:
        self.all_items = list(items)
        self._show()

    def set_kind(self, kind: str | None) -> None:
        """Show only suggestions of kind (action, decision, issue); None shows every one."""
        self.kind = kind
        self._show()

    def _show(self) -> None:
        self.beginResetModel()
        self.items = [s for s in self.all_items if self.kind in (None, s.kind)]
        self.endResetModel()

    def counts(self) -> Counter[str]:
        """How many suggestions of each kind are left (shown or not)."""
        return Counter(s.kind for s in self.all_items)

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        gone = self.items.pop(row)
        self.all_items = [s for s in self.all_items if s is not gone]
        self.endRemoveRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.items):
            return None
        s = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            extra = "".join(f"　{k}: {v}" for k, v in ((self.tr("owner"), s.owner), (self.tr("due"), s.due)) if v)
            return f"[{TAG_FOR_KIND.get(s.kind, s.kind)}] {s.text}{extra}"
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(KIND_COLORS.get(s.kind, "#333333"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join((s.text, *s.why))
        return s if role == RECORD_ROLE else None


class SuggestionListView(QListView):
    """A accepts, D or Delete dismisses; Enter shows the turn (actions, listed in the help)."""

    accept_pressed = Signal()
    dismiss_pressed = Signal()

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.accept_action = local_action(self, self.tr("Accept the suggestion as a tag (suggestion list)"), ["A"],
                                          self.accept_pressed.emit, Qt.ShortcutContext.WidgetShortcut,
                                          "acceptSuggestion")
        self.dismiss_action = local_action(self, self.tr("Dismiss the suggestion (suggestion list)"), ["D", "Delete"],
                                           self.dismiss_pressed.emit, Qt.ShortcutContext.WidgetShortcut,
                                           "dismissSuggestion")


class SuggestionPanel(QWidget):
    """Loads ``Workbench.suggest`` for a meeting; degrades to a message when unavailable."""

    show_turn = Signal(int)  # turn id
    message = Signal(str)
    loaded = Signal()

    # False while the panel's dock sits behind another tab: Qt keeps such a panel "visible"
    # (moved off screen), so isVisible() alone started its work at every start-up. The main
    # window follows the dock's tab with ``set_on_screen``; a panel outside a dock stays True.
    on_screen = True

    def __init__(self, bridge: WorkbenchBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestionPanel")
        self._bridge = bridge
        self._turn_ids: list[TurnId] = []
        self._doc_id: DocumentId | None = None
        self._computed: list[Suggestion] = []  # every suggestion of the meeting, decided or not
        self._decided: dict[tuple[int, str, str], str] = {}  # read on the GUI thread when asked
        self.latest = LatestJob()
        self._pending: tuple[DocumentId | None, bool] | None = None
        self.model = SuggestionListModel(self)
        self.list = SuggestionListView(objectName="suggestionList")
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)  # a long meeting has thousands; full text in the tooltip
        self.hint = QLabel(self.tr("A: accept as tag · D: dismiss · Enter: show the turn"), wordWrap=True)
        self.kind = QComboBox(objectName="suggestionKind")
        kind_label = QLabel(self.tr("Sho&w:"))
        kind_label.setBuddy(self.kind)
        row = QHBoxLayout()
        row.addWidget(kind_label)
        row.addWidget(self.kind, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        self._fill_kinds()
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_chosen())
        self.model.rowsRemoved.connect(lambda *_: self._fill_kinds())
        self.model.modelReset.connect(self._fill_kinds)
        self.list.accept_pressed.connect(self.accept_current)
        self.list.dismiss_pressed.connect(self.dismiss_current)
        self.list.activated.connect(self._show)
        self.list.clicked.connect(self._show)
        bridge.changed.connect(self._on_changed)

    def _fill_kinds(self) -> None:
        """すべて / 対応事項 / 決定事項 / 論点 with how many of each are left."""
        counts = self.model.counts()
        current = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(self.tr("All (%1)").replace("%1", str(sum(counts.values()))), None)
        for kind in ("action", "decision", "issue"):
            self.kind.addItem(self.tr("%1 (%2)").replace("%1", TAG_FOR_KIND[kind]).replace("%2", str(counts[kind])),
                              kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(current)))
        self.kind.blockSignals(False)

    def _kind_chosen(self) -> None:
        self.model.set_kind(self.kind.currentData())
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0))

    def load(self, doc_id: DocumentId | None, is_minutes: bool) -> None:
        """Suggestions for a meeting, computed in a worker once the panel is visible (tokenising
        a long meeting takes seconds and competes with scrolling); ``loaded`` when shown."""
        self._pending = (doc_id, is_minutes)
        if self.isVisible() and self.on_screen:
            self._compute()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pending is not None and self.on_screen:
            self._compute()

    def set_on_screen(self, on: bool) -> None:
        """The dock's tab was chosen (True) or left: compute what waited for it."""
        self.on_screen = on
        if on and self._pending is not None and self.isVisible():
            self._compute()

    def _compute(self) -> None:
        assert self._pending is not None
        (doc_id, is_minutes), self._pending = self._pending, None
        self.model.set_items([])
        self._turn_ids, self._computed = [], []
        self._doc_id = doc_id
        self.latest.cancel()
        if doc_id is None or not is_minutes:
            return
        self._turn_ids = self._bridge.bench.turn_ids(doc_id)
        self._decided = self._bridge.bench.suggestion_decisions(doc_id)
        # the meeting is loaded through the worker's own connection (SQLite stays on its thread)
        job = BenchJob(self._bridge.bench.path,
                       lambda bench, _progress: Workbench.suggest_document(bench.document(doc_id)))
        self.latest.start(job, self._show_items, self._failed)

    def _show_items(self, items: list[Suggestion]) -> None:
        self._computed = [s for s in items if 0 <= s.turn < len(self._turn_ids)]
        self._show_undecided(0)
        self.loaded.emit()

    def key(self, s: Suggestion) -> tuple[int, str, str]:
        """How a decision on a suggestion is remembered: its turn's id, kind and text."""
        return int(self._turn_ids[s.turn]), s.kind, s.text

    def _show_undecided(self, row: int) -> None:
        """The suggestions the clerk has neither accepted nor dismissed (in any session)."""
        self.model.set_items([s for s in self._computed if self.key(s) not in self._decided])
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(min(max(row, 0), self.model.rowCount() - 1)))

    def _on_changed(self, changes: Changes) -> None:
        if self._doc_id is not None and self._doc_id in changes.ids("suggestion"):
            self._decided = self._bridge.bench.suggestion_decisions(self._doc_id)
            self._show_undecided(self.list.currentIndex().row())

    def _failed(self, error: Exception) -> None:
        if isinstance(error, ImportError):
            self.message.emit(self.tr("Suggestions are not available in this installation yet."))
        elif isinstance(error, WorkbenchError):
            self.message.emit(error.message_ja())
        self.loaded.emit()

    def _show(self, index: QModelIndex) -> None:
        s = item_data(index, RECORD_ROLE)
        if s is not None:
            self.show_turn.emit(int(self._turn_ids[s.turn]))

    def accept_current(self) -> None:
        """Tag the suggested passage (not again if that tag is already on it) and remember it."""
        index = self.list.currentIndex()
        s: Suggestion | None = item_data(index, RECORD_ROLE) if index.isValid() else None
        if s is None or self._doc_id is None:
            return
        turn_id = self._turn_ids[s.turn]
        text = self._bridge.bench.turns([turn_id])[0].text
        start = text.find(s.text) if s.text else -1
        span = (start, start + len(s.text)) if start >= 0 else None
        values: dict[str, Any] = {}
        if s.kind == "action":
            values = {"owner": s.owner or "", "due": s.due if s.due and ISO_DATE.match(s.due) else None,
                      "note": self.tr("Due: %1").replace("%1", s.due) if s.due and not ISO_DATE.match(s.due) else ""}
        tag_name = TAG_FOR_KIND.get(s.kind, TAG_ISSUE)
        there = self._bridge.bench.same_tagging(tag_name, "turn", turn_id, *(span or (None, None)))
        tag = None if there is not None else TagCommand(self._bridge, tag_name, "turn", turn_id, span, **values)
        error = self._bridge.push(DecideSuggestionCommand(self._bridge, self._doc_id, self.key(s), ACCEPTED, tag))
        if error is None:
            self.message.emit(self.tr("Accepted: %1").replace("%1", s.text))

    def dismiss_current(self) -> None:
        """Remember that the clerk does not want this suggestion (undoable)."""
        index = self.list.currentIndex()
        s: Suggestion | None = item_data(index, RECORD_ROLE) if index.isValid() else None
        if s is not None and self._doc_id is not None:
            self._bridge.push(DecideSuggestionCommand(self._bridge, self._doc_id, self.key(s), DISMISSED))
