"""Search results: who said it, in which meeting, when, under which agenda item."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from app.domain import SearchHit
from app.qt.bridge import WorkbenchBridge
from widgets.record_table import RecordTableModel
from widgets.roles import item_data, RECORD_ROLE

Index = QModelIndex | QPersistentModelIndex


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
    """Runs ``Workbench.search``; Enter or double-click opens the passage."""

    open_passage = Signal(int, str, int)
    message = Signal(str)

    def __init__(self, bridge: WorkbenchBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self._bridge = bridge
        self.model = SearchHitModel(self)
        self.summary = QLabel(objectName="searchSummary")
        self.table = QTableView(objectName="searchTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for column, ems in ((1, 14), (3, 12)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, self.fontMetrics().horizontalAdvance("あ") * ems)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.table.doubleClicked.connect(self._open)
        self.table.activated.connect(self._open)

    def run(self, query: str) -> bool:
        """Search the workspace; False (and a status message) when search is unavailable."""
        query = query.strip()
        if not query:
            return False
        try:
            hits = self._bridge.try_call(lambda: self._bridge.bench.search(query))
        except ImportError:
            self.message.emit(self.tr("Search is not available in this installation yet."))
            return False
        hits = hits or []
        self.model.set_records(hits)
        self.summary.setText(self.tr("%1 passages for “%2”").replace("%1", str(len(hits))).replace("%2", query))
        if hits:
            self.table.selectRow(0)
        return True

    def _open(self, index: QModelIndex) -> None:
        h = item_data(index, RECORD_ROLE)
        if h is None:
            return
        self.open_passage.emit(int(h.document_id), h.kind, int(h.id))
