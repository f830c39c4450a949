"""Search results: who said it, in which meeting, when, under which agenda item."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from app.core.domain import Changes, DocumentId, SearchHit
from app.core.errors import WorkbenchError
from app.qt.bridge import WorkbenchBridge
from widgets.record_table import RecordTableModel, show_rows
from widgets.roles import RECORD_ROLE, item_data
from widgets.search_filters import SearchFilters
from widgets.snippet_delegate import SnippetDelegate

Index = QModelIndex | QPersistentModelIndex
SEARCH_LIMIT = 200
PASSAGE = 4  # the column showing the text around the match
# Changes that can add or remove a speaker label, a body or a tag from the filter lists.
CHOICE_KINDS = frozenset({"document", "turn", "turn_set", "tag"})


class SearchHitModel(RecordTableModel):
    """Columns: speaker, meeting, date, agenda item, passage (matches in 【】)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([self.tr("Speaker"), self.tr("Meeting"), self.tr("Date"), self.tr("Agenda item"),
                          self.tr("Passage")], parent=parent)

    def cell(self, h: SearchHit, row: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return h.text
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        kinds = {"comment": self.tr("Comment"), "response": self.tr("Answer")}
        speaker = h.speaker or kinds.get(h.kind, "")
        return [speaker, h.document_title, h.date or "", h.agenda or "", h.snippet.replace("\n", " ")][column]


class SearchPanel(QWidget):
    """Runs ``Workbench.search`` with the filters above the results; Enter or double-click
    opens the passage (``open_hit``). Changing a filter searches the last query again."""

    open_hit = Signal(object)  # the SearchHit to open, its matches highlighted
    message = Signal(str)

    def __init__(self, bridge: WorkbenchBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self._bridge = bridge
        self._query = ""
        self._choices_stale = False
        self.filters = SearchFilters(self)
        self.model = SearchHitModel(self)
        self.summary = QLabel(objectName="searchSummary")
        self.table = QTableView(objectName="searchTable")
        show_rows(self.table, self.model)
        self.table.setItemDelegateForColumn(PASSAGE, SnippetDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PASSAGE, QHeaderView.ResizeMode.Stretch)
        for column, ems in ((1, 10), (3, 8)):  # the passage keeps the rest
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, self.fontMetrics().horizontalAdvance("あ") * ems)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.table.doubleClicked.connect(self._open)
        self.table.activated.connect(self._open)
        self.filters.changed.connect(self._filters_changed)
        bridge.changed.connect(self._apply_changes)
        bridge.workspace_opened.connect(lambda _path: self.refresh_choices())
        self.refresh_choices()

    def run(self, query: str) -> bool:
        """Search the workspace with the filters set; False (and a status message) when search
        is unavailable."""
        query = query.strip()
        if not query:
            return False
        values = self.filters.values()

        def search() -> list[SearchHit]:
            from app.services.search import SearchFilter  # may be missing: ImportError below

            filters = SearchFilter(**values) if values else None
            return self._bridge.bench.search(query, filters, SEARCH_LIMIT)

        try:
            hits = self._bridge.try_call(search)
        except ImportError:
            self.message.emit(self.tr("Search is not available in this installation yet."))
            return False
        self._query = query
        hits = hits or []
        self.model.set_records(hits)
        if values:
            text = self.tr("%1 passages for “%2” (filtered)")
        else:
            text = self.tr("%1 passages for “%2”")
        if len(hits) >= SEARCH_LIMIT:  # more may match: say so, and how to narrow them
            text += self.tr(" — the best %1 are shown; add a word or a filter to narrow them")
        self.summary.setText(text.replace("%1", str(len(hits))).replace("%2", query))
        if hits:
            self.table.selectRow(0)
        return True

    def set_current_document(self, doc_id: int | None) -> None:
        """The document open in the reader, for 'Just the open document' (searches again if
        that filter is on)."""
        try:
            info = self._bridge.bench.document_info(DocumentId(doc_id)) if doc_id is not None else None
        except WorkbenchError:  # gone meanwhile: as if none were open
            info = None
        title = str(info.get("title") or "") if info else ""
        self.filters.set_current_document(doc_id if info else None, title)

    def refresh_choices(self) -> None:
        """Refill the speaker, body and tag lists from the workspace."""
        self._choices_stale = False
        self.filters.refresh_choices(self._bridge.bench)

    def _filters_changed(self) -> None:
        if self._query:
            self.run(self._query)

    def _apply_changes(self, changes: Changes) -> None:
        if changes.kinds() & CHOICE_KINDS:
            if self.isVisible():
                self.refresh_choices()
            else:
                self._choices_stale = True  # refilled when the tab is shown (a full scan of turns)

    def showEvent(self, event: QShowEvent) -> None:
        if self._choices_stale:
            self.refresh_choices()
        super().showEvent(event)

    def _open(self, index: QModelIndex) -> None:
        h = item_data(index, RECORD_ROLE)
        if h is None:
            return
        self.open_hit.emit(h)
