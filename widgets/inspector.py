"""The inspector on the right: the current turn or comment and its tags; with nothing
selected in a meeting, its sign-off panel. A confirmed (確定) meeting shows why it is read-only.

The turn and comment editors are built the first time a turn or comment is selected: the
window opens with nothing selected, and building them made every start wait for them."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from app.core.domain import MINUTES, Changes, DocumentId
from app.qt.bridge import WorkbenchBridge
from widgets.signoff_panel import FINAL, SignoffPanel
from widgets.tag_panel import TagPanel

if TYPE_CHECKING:
    from widgets.comment_editor import CommentEditor
    from widgets.turn_editor import TurnEditor


class Inspector(QWidget):
    """Shows one target (kind, id) of the open document; reloads it when a change touches it."""

    go_to_passage = Signal(str, int)

    def __init__(self, bridge: WorkbenchBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspector")
        self._bridge = bridge
        self.doc_id: DocumentId | None = None
        self.doc_kind = ""  # minutes | comments of the open document
        self.kind, self.target_id = "", 0
        self._turn_editor: TurnEditor | None = None
        self._comment_editor: CommentEditor | None = None
        self.hint = QLabel(self.tr("Select a turn or a comment in the reader."), wordWrap=True)
        self.signoff = SignoffPanel(bridge)
        self.empty = QWidget(objectName="inspectorEmpty")
        self.frozen_note = QLabel(objectName="frozenNote", wordWrap=True, visible=False)
        self.frozen = False
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.tags = TagPanel(bridge)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.stack)
        splitter.addWidget(self.tags)
        splitter.setChildrenCollapsible(False)
        empty = QVBoxLayout(self.empty)
        empty.setContentsMargins(0, 0, 0, 0)
        empty.addWidget(self.hint)
        empty.addWidget(self.signoff, 1)
        self.frozen_note.setText(self.tr("This meeting is confirmed (確定): its text is read-only. "
                                         "To correct it, create a new revision."))
        self.frozen_note.setStyleSheet("QLabel { background: #fff4ce; border: 1px solid #e0c060; padding: 4px; }")
        layout = QVBoxLayout(self)
        layout.addWidget(self.frozen_note)
        layout.addWidget(splitter)
        self.tags.go_to_passage.connect(lambda: self.go_to_passage.emit(self.kind, self.target_id))
        bridge.changed.connect(self.apply_changes)

    @property
    def turn_editor(self) -> TurnEditor:
        """The turn's editor, built when first needed (filled for the open meeting)."""
        if self._turn_editor is None:
            from widgets.turn_editor import TurnEditor

            self._turn_editor = editor = TurnEditor(self._bridge)
            self.stack.addWidget(editor)
            if self.doc_id is not None and self.doc_kind == MINUTES:
                editor.set_document(self.doc_id)
            self._freeze_turn_editor()
        return self._turn_editor

    @property
    def comment_editor(self) -> CommentEditor:
        """The comment's editor, built when first needed (its answers those of the open table)."""
        if self._comment_editor is None:
            from widgets.comment_editor import CommentEditor

            self._comment_editor = editor = CommentEditor(self._bridge)
            self.stack.addWidget(editor)
            if self.doc_id is not None and self.doc_kind == "comments":
                editor.set_document(self.doc_id)
        return self._comment_editor

    def build_editors(self) -> None:
        """Both editors now (the manual lists their keys)."""
        _ = self.turn_editor, self.comment_editor

    def set_document(self, doc_id: DocumentId | None, kind: str) -> None:
        self.flush()
        self.doc_id, self.doc_kind = doc_id, kind if doc_id is not None else ""
        if self._turn_editor is not None:
            self._turn_editor.load(None)  # split/merge must never act on a meeting no longer shown
            if doc_id is not None and kind == MINUTES:
                self._turn_editor.set_document(doc_id)
        if self._comment_editor is not None:
            self._comment_editor.load(None)
            if doc_id is not None and kind == "comments":
                self._comment_editor.set_document(doc_id)
        self.signoff.load(doc_id if kind == "minutes" else None)
        self.signoff.setVisible(doc_id is not None and kind == "minutes")
        self.show_target("", 0)

    def refresh_frozen(self) -> None:
        """Read-only editors and a note saying why, while the document is 確定 or the user's
        role on the server (委員長, 閲覧) may not change texts."""
        bench = self._bridge.bench
        confirmed = self.doc_id is not None and bench.status(self.doc_id) == FINAL
        may_edit = self._bridge.access.edit
        self.frozen = confirmed or (self.doc_id is not None and not may_edit)
        if not confirmed and not may_edit:
            self.frozen_note.setText(self.tr("Your role on the server (%1) does not change texts: they are "
                                             "read-only here.").replace("%1", self._bridge.access.role))
        elif confirmed:
            self.frozen_note.setText(self.tr("This meeting is confirmed (確定): its text is read-only. "
                                             "To correct it, create a new revision."))
        self.frozen_note.setVisible(self.frozen)
        self._freeze_turn_editor()

    def _freeze_turn_editor(self) -> None:
        editor = self._turn_editor
        if editor is None:
            return
        editor.text.setReadOnly(self.frozen)
        for w in (editor.speaker, editor.agenda, editor.split, editor.merge):
            w.setEnabled(not self.frozen)

    def show_target(self, kind: str, target_id: int) -> None:
        """Show a turn or comment of the open document ('' shows nothing)."""
        if (kind, target_id) != (self.kind, self.target_id):
            self.flush()
        self.kind, self.target_id = kind, target_id
        bench = self._bridge.bench
        text = ""
        if kind == "turn":
            found = bench.turns([target_id])  # type: ignore[list-item]
            self.turn_editor.load(found[0] if found else None)
            text = found[0].text if found else ""
            self.stack.setCurrentWidget(self.turn_editor)
        elif kind == "comment" and self.doc_id is not None:
            comment = next((c for c in bench.comments(self.doc_id) if c.id == target_id), None)
            self.comment_editor.load(comment)
            text = comment.text if comment else ""
            self.stack.setCurrentWidget(self.comment_editor)
        else:
            self.stack.setCurrentWidget(self.empty)
        if kind != "turn" and self._turn_editor is not None:
            self._turn_editor.load(None)
        self.refresh_frozen()
        self.tags.load(kind or "turn", target_id if kind else None, text)

    def apply_changes(self, changes: Changes) -> None:
        if self.doc_id is None:
            return
        if self.doc_id in changes.ids("document"):
            if self.doc_id not in {d.id for d in self._bridge.bench.documents()}:
                self.set_document(None, "")
                return
            self.refresh_frozen()
        if self.doc_kind == "comments" and (changes.ids("response") or changes.ids("comment")) and self._comment_editor:
            # whatever is shown: a new answer made elsewhere (the 同趣旨 panel) must be a choice
            # before its comment is shown, or its text typed here had no answer to go to
            self._comment_editor.set_document(self.doc_id)
        if not self.kind:
            return
        if self.kind == "turn" and changes.ids("turn_set"):
            self.turn_editor.set_document(self.doc_id)
        touched = changes.ids(self.kind) | changes.ids("response") | changes.ids("action_item")
        if self.target_id in touched or changes.ids("tagging") or changes.ids("response") or "action_item" in changes.kinds():
            self.show_target(self.kind, self.target_id)

    def flush(self) -> None:
        """Save whatever is being typed before the view moves on."""
        if self.kind == "turn":
            self.turn_editor.flush()
        elif self.kind == "comment":
            self.comment_editor.flush()
        self.tags.flush()

    def selected_span(self) -> tuple[int, int] | None:
        if self.kind == "turn":
            return self.turn_editor.selected_span()
        if self.kind == "comment":
            return self.comment_editor.selected_span()
        return None
