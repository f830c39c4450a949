"""Correcting one comment: which answer it belongs to, and the answer's text and mark."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout,
                               QWidget)

from app.domain import DocumentId, StoredComment, StoredResponse
from app.qt.bridge import WorkbenchBridge
from app.qt.commands import EditResponseCommand, LinkCommentCommand

ANSWER_SAVE_DELAY_MS = 700
CHOICE_CHARS = 40


class CommentEditor(QWidget):
    """Link a comment to another answer; edit the answer it has (saved as you type)."""

    def __init__(self, bridge: WorkbenchBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self.comment: StoredComment | None = None
        self._responses: dict[int, StoredResponse] = {}
        self._loading = False
        self.heading = QLabel(objectName="commentHeading", wordWrap=True)
        self.text = QPlainTextEdit(objectName="commentText", readOnly=True)
        self.answer_choice = QComboBox(objectName="answerChoice")
        self.answer = QPlainTextEdit(objectName="answerText")
        self.revised = QCheckBox(self.tr("Plan &revised because of this"), objectName="answerRevised")
        self._timer = QTimer(self, singleShot=True, interval=ANSWER_SAVE_DELAY_MS)
        self.answer_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.answer_choice.setMinimumContentsLength(10)
        self._build()
        self.answer_choice.activated.connect(lambda _i: self._commit_link())
        self.answer.textChanged.connect(lambda: None if self._loading else self._timer.start())
        self._timer.timeout.connect(self.flush)
        self.revised.toggled.connect(self._commit_revised)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.text, 1)
        form = QFormLayout()
        label = QLabel(self.tr("&Answer:"))
        label.setBuddy(self.answer_choice)
        form.addRow(label, self.answer_choice)
        layout.addLayout(form)
        layout.addWidget(self.answer, 1)
        layout.addWidget(self.revised)

    def set_document(self, doc_id: DocumentId) -> None:
        self._loading = True
        self._responses = {r.id: r for r in self._bridge.bench.responses(doc_id)}
        self.answer_choice.clear()
        self.answer_choice.addItem(self.tr("(no answer)"), None)
        for n, r in enumerate(self._responses.values(), start=1):
            flat = " ".join(r.text.split())
            short = flat[:CHOICE_CHARS] + ("…" if len(flat) > CHOICE_CHARS else "")
            self.answer_choice.addItem(f"{n}. {short}", r.id)
        self._loading = False

    def load(self, comment: StoredComment | None) -> None:
        self.flush()
        self._loading = True
        self.comment = comment
        self.setEnabled(comment is not None)
        self.heading.setText(f"No.{comment.no}　{comment.category or ''}" if comment else "")
        self.text.setPlainText(comment.text if comment else "")
        response = self._responses.get(comment.response_id) if comment and comment.response_id else None
        self.answer_choice.setCurrentIndex(max(0, self.answer_choice.findData(comment.response_id if comment else None)))
        if self.answer.toPlainText() != (response.text if response else ""):
            self.answer.setPlainText(response.text if response else "")
        self.answer.setEnabled(response is not None)
        self.revised.setChecked(bool(response and response.revised))
        self.revised.setEnabled(response is not None)
        self._loading = False

    def _current_response(self) -> StoredResponse | None:
        if self.comment is None or self.comment.response_id is None:
            return None
        return self._responses.get(self.comment.response_id)

    def _commit_link(self) -> None:
        if self._loading or self.comment is None:
            return
        value = self.answer_choice.currentData()
        if value != self.comment.response_id:
            self._bridge.push(LinkCommentCommand(self._bridge, self.comment, value))

    def flush(self) -> None:
        self._timer.stop()
        response = self._current_response()
        if self._loading or response is None or self.answer.toPlainText() == response.text:
            return
        self._bridge.push(EditResponseCommand(self._bridge, response, text=self.answer.toPlainText()))

    def _commit_revised(self, on: bool) -> None:
        response = self._current_response()
        if not self._loading and response is not None and response.revised != on:
            self._bridge.push(EditResponseCommand(self._bridge, response, revised=on))

    def selected_span(self) -> tuple[int, int] | None:
        cursor = self.text.textCursor()
        return (cursor.selectionStart(), cursor.selectionEnd()) if cursor.hasSelection() else None
