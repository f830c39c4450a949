"""Correcting one comment: which answer it belongs to, and the answer's text and mark.

The clerk can also write a NEW answer (a fresh intake sheet has none): the 新しい回答を書く
button or its shortcut creates one and links the comment to it, as one undo step
(NewAnswerCommand). Typing into the answer box of a comment that has no answer does the
same with the typed text once the clerk pauses.
"""
from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.domain import DocumentId, StoredComment, StoredResponse
from app.qt.bridge import WorkbenchBridge
from app.qt.commands import EditResponseCommand, LinkCommentCommand
from app.qt.comment_commands import NewAnswerCommand
from widgets.one_line import flat
from widgets.shortcuts import local_action

ANSWER_SAVE_DELAY_MS = 700
CHOICE_CHARS = 40
NEW_ANSWER_SHORTCUT = "Ctrl+Shift+A"


def same_link(a: StoredComment | None, b: StoredComment | None) -> bool:
    """The same comment, still on the same answer."""
    return a is not None and b is not None and (a.id, a.response_id) == (b.id, b.response_id)


class CommentEditor(QWidget):
    """Link a comment to another answer or a new one; edit the answer it has (saved as you type)."""

    def __init__(self, bridge: WorkbenchBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self.comment: StoredComment | None = None
        self._doc_id: DocumentId | None = None
        self._responses: dict[int, StoredResponse] = {}
        self._loading = False
        self._writing = False  # a NewAnswerCommand is being pushed: the reload must not flush
        self._typed_on: StoredResponse | None = None  # the answer as shown when typing began (its version)
        self.heading = QLabel(objectName="commentHeading", wordWrap=True)
        self.text = QPlainTextEdit(objectName="commentText", readOnly=True)
        # the table's other columns for this comment (該当ページ, 備考 …), as printed
        self.fields = QLabel(objectName="commentFields", wordWrap=True,
                             textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        self.answer_choice = QComboBox(objectName="answerChoice")
        self.new_answer = QPushButton(self.tr("&Write a new answer"), objectName="newAnswer")
        self.answer = QPlainTextEdit(objectName="answerText")
        self.revised = QCheckBox(self.tr("Plan &revised because of this"), objectName="answerRevised")
        self._timer = QTimer(self, singleShot=True, interval=ANSWER_SAVE_DELAY_MS)
        policy = QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        self.answer_choice.setSizeAdjustPolicy(policy)
        self.answer_choice.setMinimumContentsLength(10)
        self.new_answer.setToolTip(self.tr("Write a new answer for this comment (%1); "
                                           "its present answer stays for the other comments")
                                   .replace("%1", NEW_ANSWER_SHORTCUT))
        self._build()
        self._connect()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.fields)
        row = QHBoxLayout()
        row.addWidget(self.answer_choice, 1)
        row.addWidget(self.new_answer)
        form = QFormLayout()
        label = QLabel(self.tr("&Answer:"))
        label.setBuddy(self.answer_choice)
        form.addRow(label, row)
        layout.addLayout(form)
        layout.addWidget(self.answer, 1)
        layout.addWidget(self.revised)

    def _connect(self) -> None:
        self.answer_choice.activated.connect(lambda _i: self._commit_link())
        self.answer.textChanged.connect(lambda: None if self._loading else self._timer.start())
        self._timer.timeout.connect(self.flush)
        self.revised.toggled.connect(self._commit_revised)
        self.new_answer.clicked.connect(self.write_new_answer)
        # a window-wide key, active only while the editor is shown; an action, so the help lists it
        self.new_answer_action = local_action(self, self.tr("Write a new answer for this comment (inspector)"),
                                              [NEW_ANSWER_SHORTCUT], self.write_new_answer,
                                              Qt.ShortcutContext.WindowShortcut, "newAnswer")

    def set_document(self, doc_id: DocumentId) -> None:
        self._loading = True
        self._doc_id = doc_id
        self._responses = {r.id: r for r in self._bridge.bench.responses(doc_id)}
        self.answer_choice.clear()
        self.answer_choice.addItem(self.tr("(no answer)"), None)
        empty = self.tr("(not written yet)")
        for n, r in enumerate(self._responses.values(), start=1):
            short = flat(r.text, CHOICE_CHARS)  # a wrapped source line leaves no space in Japanese
            self.answer_choice.addItem(f"{n}. {short or empty}", r.id)
        self._loading = False

    def load(self, comment: StoredComment | None) -> None:
        """Show a comment. Reloading the same one (after any change) keeps what is being typed
        and saves it a moment later: never from here, which may run inside an undo or redo."""
        old = self.comment
        if comment is None or old is None or comment.id != old.id:
            self.flush()  # the clerk moves on: save what was typed for the previous comment
        keep = same_link(comment, old) and self.answer.document().isModified()
        self._loading = True
        self.comment = comment
        self.setEnabled(comment is not None)
        self.heading.setText(f"No.{comment.no}　{comment.category or ''}" if comment else "")
        self.text.setPlainText(comment.text if comment else "")
        shown = [f"{label}：{value}" for label, value in (comment.fields if comment else ()) if value.strip()]
        self.fields.setText("\n".join(shown))
        self.fields.setVisible(bool(shown))
        rid = comment.response_id if comment else None
        self.answer_choice.setCurrentIndex(max(0, self.answer_choice.findData(rid)))
        self._show_answer(self._responses.get(rid) if rid is not None else None, keep)
        self._loading = False

    def _show_answer(self, response: StoredResponse | None, keep_typed: bool) -> None:
        if keep_typed:
            self._timer.start()
        else:
            self._typed_on = response
            if self.answer.toPlainText() != (response.text if response else ""):
                self.answer.setPlainText(response.text if response else "")
        self.answer.document().setModified(keep_typed)
        self.answer.setPlaceholderText(self.tr("Write the city's answer here.") if response else
                                       self.tr("No answer yet: type one here to write a new answer."))
        self.revised.setChecked(bool(response and response.revised))
        self.revised.setEnabled(response is not None)

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
        """Save what is typed: an edit of the comment's answer, or its first answer."""
        self._timer.stop()
        if self._loading or self._writing or self.comment is None or not self.answer.document().isModified():
            return
        response, typed = self._current_response(), self.answer.toPlainText()
        if response is not None and self._typed_on is not None and self._typed_on.id == response.id:
            response = self._typed_on  # edited as it was shown: someone else's change since is not overwritten
        self.answer.document().setModified(False)
        if self.comment.response_id is None:  # not an answer that an undo just removed
            if typed.strip():
                self._push_new_answer(typed)
        elif response is not None and typed != response.text:
            if self._bridge.push(EditResponseCommand(self._bridge, response, text=typed)) is None:
                self._typed_on = dataclasses.replace(response, text=typed, version=response.version + 1)

    def write_new_answer(self) -> None:
        """Link the comment to a new answer: the text typed for a comment without one, else empty."""
        if self.comment is None or self._doc_id is None or not self.isEnabled() or self._writing:
            return
        self._timer.stop()
        if self.comment.response_id is None:
            self._push_new_answer(self.answer.toPlainText())
        else:
            self.flush()  # a pending edit belongs to the answer the comment had
            self._push_new_answer("")
        self.answer.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _push_new_answer(self, text: str) -> None:
        assert self.comment is not None and self._doc_id is not None
        self._writing = True
        try:
            self._bridge.push(NewAnswerCommand(self._bridge, self._doc_id, [self.comment], text))
        finally:
            self._writing = False

    def _commit_revised(self, on: bool) -> None:
        response = self._current_response()
        if not self._loading and response is not None and response.revised != on:
            self._bridge.push(EditResponseCommand(self._bridge, response, revised=on))

    def selected_span(self) -> tuple[int, int] | None:
        cursor = self.text.textCursor()
        return (cursor.selectionStart(), cursor.selectionEnd()) if cursor.hasSelection() else None
