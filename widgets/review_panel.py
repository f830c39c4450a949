"""The chair's view: every action item in the workspace, filtered; approve or return each."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.api import ActionFilter, ActionRow
from app.core.domain import ACTION_STATUSES, REVIEW_APPROVED, REVIEW_RETURNED, STATUS_DOING, STATUS_TODO, Changes
from app.qt.bridge import WorkbenchBridge
from app.qt.commands import UpdateActionItemCommand, action_item_text
from widgets.record_table import RecordTableModel, show_rows
from widgets.review_columns import ColumnFitter
from widgets.roles import RECORD_ROLE, item_data

Index = QModelIndex | QPersistentModelIndex
OVERDUE_BACK, OVERDUE_FORE = QColor("#fde8e8"), QColor("#b00020")


class ReviewTableModel(RecordTableModel):
    """Columns: status, due, owner, action item, review (verdict and remark, who and when),
    source (meeting; date and speaker). Each row is two lines, so the action item reads in
    the width it gets and the narrow columns say two things each."""

    STATUS, DUE, OWNER, TEXT, REVIEW, SOURCE = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([self.tr("Status"), self.tr("Due"), self.tr("Owner"), self.tr("Action item"),
                          self.tr("Review"), self.tr("Meeting")], parent=parent)

    def cell(self, r: ActionRow, row: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and r.overdue:
            return OVERDUE_BACK
        if role == Qt.ItemDataRole.ForegroundRole and r.overdue and column == self.DUE:
            return OVERDUE_FORE
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(r, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _cell(self, r: ActionRow, column: int) -> str:
        due = (r.item.due or "—") + ("\n" + self.tr("overdue") if r.overdue else "")
        values = [r.item.status, due, r.item.owner, r.item.text.replace("\n", " "), self._review(r),
                  f"{' '.join(x for x in (r.date, r.speaker) if x)}\n{r.meeting}"]
        return values[column]

    def _review(self, r: ActionRow) -> str:
        """承認 or 差戻し and who on the first line, when on the second; the remark is in the
        tooltip (and after the verdict when the column is wide enough)."""
        if not r.item.review:
            return "—"
        first = " ".join(x for x in (r.item.review, r.item.reviewed_by) if x)
        remark = f"：{r.item.review_remark}" if r.item.review_remark else ""
        return f"{first}{remark}\n{self.when(r)}"

    @staticmethod
    def when(r: ActionRow) -> str:
        """When it was decided, e.g. 「11/30 14:02」 (with the year when not this one)."""
        if not r.item.reviewed_at:
            return ""
        day, _, time = r.item.reviewed_at.partition("T")
        year, month, date = day.split("-")
        this_year = QDate.currentDate().year() == int(year)
        return ("" if this_year else f"{year}/") + f"{int(month)}/{int(date)} {time[:5]}"

    def decided(self, r: ActionRow) -> str:
        """Who decided and when, e.g. 「yamada 11/30 14:02」."""
        return " ".join(x for x in (r.item.reviewed_by, self.when(r)) if x)

    def changed(self, r: ActionRow) -> str:
        """Who last changed the item and when, as the database recorded it."""
        if not r.item.changed_by:
            return ""
        at = (r.item.changed_at or "").replace("T", " ")[:16]
        return self.tr("Last changed by %1 at %2").replace("%1", r.item.changed_by).replace("%2", at)

    def _tooltip(self, r: ActionRow, column: int) -> str:
        lines = self._lines(r, column)
        if self.changed(r):
            lines.append(self.changed(r))
        return "\n".join(lines)

    def _lines(self, r: ActionRow, column: int) -> list[str]:
        lines = [self.tr("Overdue")] if r.overdue else []
        if column == self.REVIEW and r.item.review:
            lines.append(self.tr("%1 by %2").replace("%1", r.item.review).replace("%2", self.decided(r) or "?"))
            if r.item.review_remark:
                lines.append(self.tr("Remark: %1").replace("%1", r.item.review_remark))
        elif column == self.TEXT:
            lines += [r.item.text, "", self.tr("From:") + " " + r.source_text]
        elif column == self.SOURCE:
            lines.append(" ".join(x for x in (r.date, r.meeting, r.speaker) if x))
        else:
            lines.append(r.source_text)
        return lines


class LinesDelegate(QStyledItemDelegate):
    """Each line of the cell on its own line, elided at its end: a title wrapping onto the
    second line hid the date and speaker below it."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText


class ReviewPanel(QWidget):
    """Filters over ``Workbench.action_rows``; double-click or Enter opens the passage."""

    open_passage = Signal(int, str, int)  # document id, kind, target id

    def __init__(self, bridge: WorkbenchBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPanel")
        self._bridge = bridge
        self.model = ReviewTableModel(self)
        self.table = QTableView(objectName="reviewTable")
        self.status = QComboBox(objectName="reviewStatus")
        self.owner = QLineEdit(objectName="reviewOwner", clearButtonEnabled=True)
        self.body = QComboBox(objectName="reviewBody")
        self.meeting = QComboBox(objectName="reviewMeeting")
        self.due_on = QCheckBox(self.tr("Due &by"), objectName="reviewDueOn")
        self.due = QDateEdit(QDate.currentDate(), objectName="reviewDue", calendarPopup=True, enabled=False)
        self.overdue = QCheckBox(self.tr("&Overdue only"), objectName="reviewOverdue")
        self.remark = QLineEdit(objectName="reviewRemark")
        self.approve = QPushButton(self.tr("&Approve"), objectName="reviewApprove")
        self.send_back = QPushButton(self.tr("&Return with remark"), objectName="reviewReturn")
        self.count = QLabel(objectName="reviewCount")
        self.body.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.body.setMinimumContentsLength(10)
        self.meeting.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.meeting.setMinimumContentsLength(10)
        self.status.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.status.setMinimumContentsLength(10)
        self._build()
        self._connect()
        self.refresh_choices()

    def _build(self) -> None:
        self.status.addItem(self.tr("All statuses"), ())
        self.status.addItem(self.tr("Open (not started or in progress)"), (STATUS_TODO, STATUS_DOING))
        for s in ACTION_STATUSES:
            self.status.addItem(s, (s,))
        self.owner.setPlaceholderText(self.tr("Owner contains …"))
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.remark.setPlaceholderText(self.tr("Remark for returning the item"))
        filters = QGridLayout()
        cells = ((self.tr("&Status:"), self.status), (self.tr("O&wner:"), self.owner),
                 (self.tr("Bo&dy:"), self.body), (self.tr("&Meeting:"), self.meeting))
        for n, (text, w) in enumerate(cells):
            label = QLabel(text)
            label.setBuddy(w)
            filters.addWidget(label, n // 2, (n % 2) * 2)
            filters.addWidget(w, n // 2, (n % 2) * 2 + 1)
        due_row = QHBoxLayout()
        for w in (self.due_on, self.due, self.overdue):
            due_row.addWidget(w)
        due_row.addStretch(1)
        filters.addLayout(due_row, 0, 4, 2, 1)
        filters.setColumnStretch(1, 1)
        filters.setColumnStretch(3, 1)
        self._layout_table()
        actions = QHBoxLayout()
        actions.addWidget(self.count, 1)
        actions.addWidget(self.approve)
        actions.addWidget(self.remark, 2)
        actions.addWidget(self.send_back)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

    def _layout_table(self) -> None:
        """Rows of two lines or more; the action item takes the width the narrow columns leave
        and wraps whole (at 1366×768 it had 「実際の…」 between seven columns sized to their
        contents)."""
        show_rows(self.table, self.model)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        em = self.fontMetrics().horizontalAdvance("あ")
        rows = self.table.verticalHeader()
        rows.setMinimumSectionSize(self.fontMetrics().lineSpacing() * 2 + em // 2 + 4)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # a long item wraps whole
        for column in (ReviewTableModel.DUE, ReviewTableModel.OWNER, ReviewTableModel.REVIEW, ReviewTableModel.SOURCE):
            self.table.setItemDelegateForColumn(column, LinesDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ReviewTableModel.TEXT, QHeaderView.ResizeMode.Stretch)
        digits = self.fontMetrics().horizontalAdvance("2099-12-31") + em
        for column, width in ((ReviewTableModel.STATUS, em * 4), (ReviewTableModel.DUE, digits),
                              (ReviewTableModel.OWNER, em * 6)):
            header.resizeSection(column, width)
        self.fitter = ColumnFitter(self.table, ReviewTableModel.TEXT,
                                   {ReviewTableModel.REVIEW: (8, 20), ReviewTableModel.SOURCE: (9, 30)})
        self.fitter.fit()

    def _connect(self) -> None:
        for combo in (self.status, self.body, self.meeting):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.owner.textChanged.connect(lambda _t: self.reload())
        self.due_on.toggled.connect(self.due.setEnabled)
        self.due_on.toggled.connect(lambda _on: self.reload())
        self.due.dateChanged.connect(lambda _d: self.reload())
        self.overdue.toggled.connect(lambda _on: self.reload())
        self.table.doubleClicked.connect(self._open)
        self.table.activated.connect(self._open)
        self.approve.clicked.connect(lambda: self._review(REVIEW_APPROVED))
        self.send_back.clicked.connect(lambda: self._review(REVIEW_RETURNED))
        self._bridge.changed.connect(self.apply_changes)

    def refresh_choices(self) -> None:
        """Refill the body and meeting filters from the workspace's documents."""
        docs = self._bridge.bench.documents()
        for combo, items in ((self.body, sorted({d.body for d in docs if d.body})),
                             (self.meeting, [(d.title if not d.date else f"{d.date} {d.title}", d.id)
                                             for d in docs])):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), None)
            for item in items:
                combo.addItem(*(item if isinstance(item, tuple) else (item, item)))
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        self.reload()

    def current_filter(self) -> ActionFilter:
        return ActionFilter(statuses=tuple(self.status.currentData() or ()), owner=self.owner.text().strip(),
                            body=self.body.currentData() or "", document_id=self.meeting.currentData(),
                            due_to=self.due.date().toString("yyyy-MM-dd") if self.due_on.isChecked() else None,
                            overdue_only=self.overdue.isChecked())

    def reload(self) -> None:
        selected = self.current_row()
        rows = self._bridge.bench.action_rows(self.current_filter())
        self.model.set_records(rows)
        overdue = sum(1 for r in rows if r.overdue)
        self.count.setText(self.tr("%1 action items, %2 overdue").replace("%1", str(len(rows)))
                           .replace("%2", str(overdue)))
        if selected is not None:
            for i, r in enumerate(rows):
                if r.item.id == selected.item.id:
                    self.table.selectRow(i)

    def apply_changes(self, changes: Changes) -> None:
        kinds = changes.kinds()
        if "document" in kinds:
            self.refresh_choices()
        elif kinds & {"action_item", "tagging", "turn", "comment"}:
            self.reload()

    def current_row(self) -> ActionRow | None:
        index = self.table.currentIndex()
        return item_data(index, RECORD_ROLE) if index.isValid() else None

    def _open(self, index: QModelIndex) -> None:
        r = item_data(index, RECORD_ROLE)
        if r is not None:
            self.open_passage.emit(int(r.document_id), r.target_kind, int(r.target_id))

    def _review(self, verdict: str) -> None:
        r = self.current_row()
        if r is None:
            return
        remark = self.remark.text().strip() if verdict == REVIEW_RETURNED else ""
        if verdict == REVIEW_RETURNED and not remark:
            self.remark.setFocus()
            self.remark.setPlaceholderText(self.tr("Write a remark first, then Return"))
            return
        self._bridge.push(UpdateActionItemCommand(self._bridge, r.item.id, action_item_text("review"),
                                                  r.item.version, review=verdict, review_remark=remark))
        self.remark.clear()
