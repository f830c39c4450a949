"""The terms that characterise the open document against the rest of the workspace.

Computed in a worker once the panel is visible: ``Workbench.keywords`` tokenises every turn
of a meeting (seconds for a long one), so the worker opens its own read-only Workbench on
the same file (SQLite WAL lets it read while the window writes). On the fixtures it takes
20-40 ms, but a 5,000-turn meeting would block the window for seconds.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from app.core.domain import Changes, DocumentId
from app.qt.bridge import WorkbenchBridge
from app.qt.jobs import BenchJob, Job, LatestJob
from widgets.messages import error_text
from widgets.record_table import RecordTableModel, show_rows
from widgets.similar_panel import shown_term

Index = QModelIndex | QPersistentModelIndex
KEYWORD_LIMIT = 30
# Edits come in bursts (typing, a group answer): recompute once they settle.
REFRESH_DELAY_MS = 800
TEXT_KINDS = {"turn", "turn_set", "comment", "response", "document"}


class KeywordTableModel(RecordTableModel):
    """Keywords, best first: the term and how often the document uses it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([self.tr("Term"), self.tr("Count")], parent=parent)

    def cell(self, k: Any, row: int, column: int, role: int) -> Any:  # k: app.services.keywords.Keyword
        if role == Qt.ItemDataRole.DisplayRole:
            return shown_term(k.term) if column == 0 else k.count
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Used %1 times here (weight %2). Click to search the workspace.") \
                .replace("%1", str(k.count)).replace("%2", f"{k.score:.1f}")
        return None


class KeywordsPanel(QWidget):
    """Keywords of one document; clicking a term asks the window to search for it."""

    search_requested = Signal(str)
    message = Signal(str)
    loaded = Signal()

    # False while the panel's dock sits behind another tab: Qt keeps such a panel "visible"
    # (moved off screen), so isVisible() alone started its work at every start-up. The main
    # window follows the dock's tab with ``set_on_screen``; a panel outside a dock stays True.
    on_screen = True

    def __init__(self, bridge: WorkbenchBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keywordsPanel")
        self._bridge = bridge
        self._doc_id: DocumentId | None = None
        self._stale = False
        self.latest = LatestJob()
        self.model = KeywordTableModel(self)
        self.status = QLabel(objectName="keywordsStatus", wordWrap=True)
        self.table = QTableView(objectName="keywordsTable")
        self._refresh = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._build()
        self.table.clicked.connect(self._request)
        self.table.activated.connect(self._request)
        self._refresh.timeout.connect(self._compute_if_visible)
        bridge.changed.connect(self._on_changed)
        bridge.workspace_opened.connect(lambda _path: self.show_document(None))
        self.show_document(None)

    def _build(self) -> None:
        show_rows(self.table, self.model)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setCursor(Qt.CursorShape.PointingHandCursor)
        hint = QLabel(self.tr("Click a term to find it everywhere in the workspace."), wordWrap=True)
        hint.setObjectName("keywordsHint")
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)

    def set_on_screen(self, on: bool) -> None:
        """The dock's tab was chosen (True) or left: compute what waited for it."""
        self.on_screen = on
        self._compute_if_visible()

    def show_document(self, doc_id: int | None) -> None:
        """Keywords of a meeting or comment table (None clears), computed once visible."""
        self._doc_id = DocumentId(doc_id) if doc_id is not None else None
        self.model.set_records([])
        self.latest.cancel()
        if self._doc_id is None:
            self.status.setText(self.tr("Open a meeting or a comment table to see its keywords."))
            return
        self._stale = True
        self._compute_if_visible()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._compute_if_visible()

    def _on_changed(self, changes: Changes) -> None:
        if self._doc_id is not None and changes.kinds() & TEXT_KINDS:
            self._stale = True
            self._refresh.start()

    @property
    def job(self) -> Job | None:
        """The keyword job running for the shown document, if any."""
        return self.latest.job

    def _compute_if_visible(self) -> None:
        if not self._stale or self._doc_id is None or not (self.isVisible() and self.on_screen):
            return
        self._stale = False
        doc_id = self._doc_id
        if not self.model.rowCount():
            self.status.setText(self.tr("Finding the terms that characterise this document…"))
        job = BenchJob(self._bridge.bench.path, lambda bench, _progress: bench.keywords(doc_id, KEYWORD_LIMIT))
        self.latest.start(job, self._show_items, self._failed)

    def _show_items(self, items: list[Any]) -> None:
        self.model.set_records(items)
        self.status.setText(self.tr("Terms used here more than elsewhere in the workspace:") if items
                            else self.tr("This document has no telling terms yet."))
        self.loaded.emit()

    def _failed(self, error: Exception) -> None:
        text = error_text(error, self.tr("Keywords could not be computed: %1"))
        self.status.setText(text)
        self.message.emit(text)
        self.loaded.emit()

    def _request(self, index: QModelIndex) -> None:
        if index.isValid() and index.row() < len(self.model.records):
            term = self.model.records[index.row()].term
            self.search_requested.emit(term)
            self.message.emit(self.tr("Searching for %1").replace("%1", term))
