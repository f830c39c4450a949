"""The review list's narrow columns grow when the window has room: at 1920×1080 the verdict's
remark and the meeting's title are read in the list, not only in a tooltip, while the action
item keeps the larger part of the width."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QTableView

TEXT_SHARE = 0.4  # the action item keeps at least this share of the list's width


class ColumnFitter(QObject):
    """Widths of ``growing`` columns: from their base width up to their widest line (or
    ``cap`` characters), taken from what the ``stretch`` column has beyond its share."""

    def __init__(self, table: QTableView, stretch: int, growing: dict[int, tuple[int, int]]) -> None:
        super().__init__(table)
        self.table, self.stretch, self.growing = table, stretch, growing  # column: (base, cap) in ems
        table.viewport().installEventFilter(self)
        model = table.model()
        for signal in (model.modelReset, model.dataChanged, model.rowsInserted, model.rowsRemoved):
            signal.connect(self.fit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _widest_line(self, column: int) -> int:
        model, metrics = self.table.model(), self.table.fontMetrics()
        lines = (str(model.index(row, column).data(Qt.ItemDataRole.DisplayRole) or "").split("\n")
                 for row in range(model.rowCount()))
        return max((metrics.horizontalAdvance(line) for rows in lines for line in rows), default=0)

    def fit(self, *_args: object) -> None:
        em = self.table.fontMetrics().horizontalAdvance("あ")
        header = self.table.horizontalHeader()
        width = self.table.viewport().width()
        others = sum(header.sectionSize(c) for c in range(header.count())
                     if c != self.stretch and c not in self.growing)
        room = width - others - int(width * TEXT_SHARE) - em - sum(base * em for base, _cap in self.growing.values())
        for column, (base, cap) in self.growing.items():
            wanted = min(self._widest_line(column) + em, cap * em) - base * em
            extra = max(0, min(wanted, room))
            room -= extra
            header.resizeSection(column, base * em + extra)
