"""A table model over a list of records: the rows, headers and lookup every list shares."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView

from widgets.roles import RECORD_ROLE

Index = QModelIndex | QPersistentModelIndex


class RecordTableModel(QAbstractTableModel):
    """Rows are ``records``; subclasses give the headers and ``cell(record, row, column, role)``.

    ``RECORD_ROLE`` on any cell returns the row's record."""

    def __init__(self, headers: Sequence[str], records: Sequence[Any] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.records: list[Any] = list(records)

    def set_records(self, records: Sequence[Any]) -> None:
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.records):
            return None
        record = self.records[index.row()]
        if role == RECORD_ROLE:
            return record
        return self.cell(record, index.row(), index.column(), role)

    def cell(self, record: Any, row: int, column: int, role: int) -> Any:
        """What a cell shows in ``role`` (None for nothing)."""
        raise NotImplementedError


def show_rows(table: QTableView, model: QAbstractItemModel) -> QTableView:
    """Set a table up as a read-only list of records: whole rows selected, one at a time,
    no row numbers."""
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    return table
