"""The fields of one 対応事項 (action item): owner, due date, status, note, review."""
from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from app.core.domain import ACTION_STATUSES, ActionItem
from app.qt.bridge import WorkbenchBridge
from app.qt.commands import UpdateActionItemCommand, action_item_text

NOTE_SAVE_DELAY_MS = 700


class ActionItemForm(QWidget):
    """Edits commit at once as UpdateActionItemCommand (owner on Enter/leaving the field,
    the note shortly after typing stops). ``go_to_passage`` asks to show the source turn."""

    go_to_passage = Signal()

    def __init__(self, bridge: WorkbenchBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self.item: ActionItem | None = None
        self._loading = False
        self.owner = QLineEdit(objectName="actionOwner")
        self.owner.setPlaceholderText(self.tr("Department or person in charge"))
        self.due = QDateEdit(objectName="actionDue", calendarPopup=True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.no_due = QCheckBox(self.tr("No due date"), objectName="actionNoDue")
        self.status = QComboBox(objectName="actionStatus")
        self.status.addItems(list(ACTION_STATUSES))
        self.note = QPlainTextEdit(objectName="actionNote")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(self.fontMetrics().height() * 5)
        self.source = QLabel(objectName="actionSource", wordWrap=True)
        self.review = QLabel(objectName="actionReview", wordWrap=True)
        self._note_timer = QTimer(self, singleShot=True, interval=NOTE_SAVE_DELAY_MS)
        self._build()
        self._connect()
        self.setEnabled(False)

    def _build(self) -> None:
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        due_row = QHBoxLayout()
        due_row.addWidget(self.due, 1)
        due_row.addWidget(self.no_due)
        go = QPushButton(self.tr("&Go to passage"), objectName="actionGo")
        go.clicked.connect(self.go_to_passage)
        form.addRow(self.tr("&Owner:"), self.owner)
        form.addRow(self.tr("D&ue:"), due_row)
        form.addRow(self.tr("S&tatus:"), self.status)
        form.addRow(self.tr("N&ote:"), self.note)
        form.addRow(self.tr("Review:"), self.review)
        form.addRow(self.tr("From:"), self.source)
        form.addRow("", go)
        for label, field in ((0, self.owner), (1, self.due), (2, self.status), (3, self.note)):
            buddy = form.itemAt(label, QFormLayout.ItemRole.LabelRole)
            if buddy is not None and isinstance(buddy.widget(), QLabel):
                buddy.widget().setBuddy(field)  # type: ignore[union-attr]

    def _connect(self) -> None:
        self.owner.editingFinished.connect(lambda: self._commit("owner", self.owner.text().strip()))
        self.due.dateChanged.connect(lambda _d: self._commit_due())
        self.no_due.toggled.connect(lambda _on: self._commit_due())
        self.status.currentTextChanged.connect(lambda text: self._commit("status", text))
        self.note.textChanged.connect(self._note_timer.start)
        self._note_timer.timeout.connect(self.flush)

    def load(self, item: ActionItem | None, source: str = "") -> None:
        """Show ``item`` (None clears and disables the form). The same item again while a note
        is being typed keeps the typing and the version it was begun on (another person's
        change then refuses its save with a message, instead of being overwritten)."""
        if item is not None and self.item is not None and item.id == self.item.id and self._note_timer.isActive():
            return
        self._note_timer.stop()
        self._loading = True
        self.item = item
        self.setEnabled(item is not None)
        self.owner.setText(item.owner if item else "")
        self.no_due.setChecked(not (item and item.due))
        self.due.setEnabled(bool(item and item.due))
        self.due.setDate(QDate.fromString(item.due, "yyyy-MM-dd") if item and item.due else QDate.currentDate())
        self.status.setCurrentText(item.status if item else ACTION_STATUSES[0])
        if item is None or self.note.toPlainText() != item.note:
            self.note.setPlainText(item.note if item else "")
        self.review.setText(self._review_text(item))
        self.source.setText(source)
        self._loading = False

    def _review_text(self, item: ActionItem | None) -> str:
        if item is None or not item.review:
            return self.tr("(not reviewed)")
        return f"{item.review}　{item.review_remark}".strip()

    def _commit_due(self) -> None:
        self.due.setEnabled(not self.no_due.isChecked())
        value = None if self.no_due.isChecked() else self.due.date().toString("yyyy-MM-dd")
        self._commit("due", value)

    def flush(self) -> None:
        """Save the note now if it differs (also called before the form is reloaded)."""
        self._note_timer.stop()
        self._commit("note", self.note.toPlainText())

    def _commit(self, field: str, value: Any) -> None:
        if self._loading or self.item is None or getattr(self.item, field) == value:
            return
        item_id, version = self.item.id, self.item.version  # the version shown: refused if changed since
        self.item = dataclasses.replace(self.item, **{field: value})  # re-entrant flushes see it done
        self._bridge.push(UpdateActionItemCommand(self._bridge, item_id, action_item_text(field), version,
                                                  **{field: value}))
        self.item = self._bridge.try_call(lambda: self._bridge.bench.action_item(item_id))
