"""Correcting one turn: speaker, agenda item, text (saved as you type), split and merge."""
from __future__ import annotations

import dataclasses

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.domain import DocumentId, StoredTurn
from app.qt.bridge import WorkbenchBridge
from app.qt.commands import EditTurnCommand, EditTurnTextCommand, MergeTurnCommand, SplitTurnCommand, edit_turn_text
from widgets import confirm
from widgets.reader_models import speaker_label

TEXT_SAVE_DELAY_MS = 600


def python_offset(text: str, utf16_position: int) -> int:
    """Qt counts UTF-16 units; Python and the store count code points (differ past U+FFFF)."""
    return len(text.encode("utf-16-le")[:utf16_position * 2].decode("utf-16-le", errors="ignore"))


class TurnTextEdit(QPlainTextEdit):
    """The turn's text; saving is debounced, and leaving the field saves at once."""

    focus_lost = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.focus_lost.emit()
        super().focusOutEvent(event)


class TurnEditor(QWidget):
    """Edits go straight to the undo stack; nothing typed waits for an explicit save."""

    def __init__(self, bridge: WorkbenchBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self.turn: StoredTurn | None = None
        self._loading = False
        self._people: dict[str, tuple[str | None, str | None, str | None]] = {}  # label -> speaker, name, participant
        self.heading = QLabel(objectName="turnHeading")
        self.speaker = QComboBox(objectName="turnSpeaker", editable=True)
        self.speaker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.agenda = QComboBox(objectName="turnAgenda")
        self.text = TurnTextEdit(objectName="turnText")
        self.split = QPushButton(self.tr("&Split at cursor"), objectName="splitTurn")
        self.merge = QPushButton(self.tr("&Merge with next"), objectName="mergeTurn")
        self._timer = QTimer(self, singleShot=True, interval=TEXT_SAVE_DELAY_MS)
        self.agenda.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.agenda.setMinimumContentsLength(10)
        self.speaker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.speaker.setMinimumContentsLength(10)
        self._build()
        self._connect()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        form = QFormLayout()
        for text, field in ((self.tr("S&peaker:"), self.speaker), (self.tr("A&genda item:"), self.agenda)):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        layout.addLayout(form)
        layout.addWidget(self.text, 1)
        self.split.setToolTip(self.tr("Split this turn where the text cursor is (Ctrl+Shift+S)"))
        self.merge.setToolTip(self.tr("Join the next turn onto this one (Ctrl+Shift+M)"))
        row = QHBoxLayout()
        row.addWidget(self.split)
        row.addWidget(self.merge)
        layout.addLayout(row)

    def _connect(self) -> None:
        self.speaker.activated.connect(lambda _i: self._commit_speaker())
        self.speaker.lineEdit().editingFinished.connect(self._commit_speaker)
        self.agenda.activated.connect(lambda _i: self._commit_agenda())
        self.text.textChanged.connect(self._text_changed)
        self.text.focus_lost.connect(self.flush)
        self._timer.timeout.connect(self.flush)
        self.split.clicked.connect(self.split_at_cursor)
        self.merge.clicked.connect(self.merge_with_next)

    def set_document(self, doc_id: DocumentId) -> None:
        """Fill the speaker and agenda choices for one meeting."""
        bench = self._bridge.bench
        self._loading = True
        # one choice per person as the reader names them (青木委員 and 上田委員 are both the role 委員)
        self._people = {}
        for t in bench.turns(bench.turn_ids(doc_id)):
            if t.speaker is not None:
                self._people.setdefault(speaker_label(t), (t.speaker, t.name, t.participant))
        self.speaker.clear()
        self.speaker.addItem(self.tr("(note: no speaker)"), None)
        for label in self._people:
            self.speaker.addItem(label, label)
        self.agenda.clear()
        self.agenda.addItem(self.tr("(before the first agenda item)"), None)
        for a in bench.agenda_items(doc_id):
            self.agenda.addItem(a.label, a.id)
        self._loading = False

    def load(self, turn: StoredTurn | None) -> None:
        """Show a turn. The same turn again while its text is being typed (a save pending)
        keeps the typing and the version it was begun on: a change someone else made
        meanwhile then refuses the save with a message instead of being overwritten."""
        if turn is not None and self.turn is not None and turn.id == self.turn.id and self._timer.isActive():
            return
        self._timer.stop()
        self._loading = True
        self.turn = turn
        self.setEnabled(turn is not None)
        if turn is None:
            self.heading.clear()
            self.text.clear()
        else:
            page = self.tr(", page %1").replace("%1", str(turn.page)) if turn.page else ""
            self.heading.setText(self.tr("Turn %1").replace("%1", str(turn.position + 1)) + page)
            index = self.speaker.findData(speaker_label(turn)) if turn.speaker is not None else 0
            self.speaker.setCurrentIndex(index) if index >= 0 else self.speaker.setEditText(turn.speaker or "")
            self.agenda.setCurrentIndex(max(0, self.agenda.findData(turn.agenda_item_id)))
            if self.text.toPlainText() != turn.text:
                self.text.setPlainText(turn.text)
        self._loading = False

    def _text_changed(self) -> None:
        if not self._loading:
            self._timer.start()

    def flush(self) -> None:
        """Save typed text now (one merged undo step per turn while typing)."""
        self._timer.stop()
        if self.turn is None or self._loading:
            return
        text = self.text.toPlainText()
        if text != self.turn.text:
            shown = self.turn
            if self._bridge.push(EditTurnTextCommand(self._bridge, shown.id, text, shown.version)) is None:
                self.turn = dataclasses.replace(shown, text=text, version=shown.version + 1)  # our own save

    def _commit_speaker(self) -> None:
        if self._loading or self.turn is None:
            return
        index = self.speaker.currentIndex()
        typed = self.speaker.currentText().strip()
        if (index == 0 and typed == self.speaker.itemText(0)) or not typed:
            person: tuple[str | None, str | None, str | None] = (None, None, None)
        else:
            person = self._people.get(typed) or self._person_of_speaker(typed)
        if person == (self.turn.speaker, self.turn.name, self.turn.participant) or typed in (
                speaker_label(self.turn), self.turn.speaker):
            return
        speaker, name, participant = person
        self._bridge.push(EditTurnCommand(self._bridge, self.turn.id, edit_turn_text("speaker"), self.turn.version,
                                          speaker=speaker, name=name, participant=participant))

    def _person_of_speaker(self, typed: str) -> tuple[str | None, str | None, str | None]:
        """A typed speaker label: the person of its first turn, or a new speaker."""
        return next((p for p in self._people.values() if p[0] == typed), (typed, None, None))

    def _commit_agenda(self) -> None:
        if self._loading or self.turn is None:
            return
        value = self.agenda.currentData()
        if value != self.turn.agenda_item_id:
            self._bridge.push(EditTurnCommand(self._bridge, self.turn.id, edit_turn_text("agenda_item_id"),
                                              self.turn.version, agenda_item_id=value))

    def split_at_cursor(self) -> None:
        self.flush()
        if self.turn is None:
            return
        offset = python_offset(self.text.toPlainText(), self.text.textCursor().position())
        self._bridge.push(SplitTurnCommand(self._bridge, self.turn.id, offset, self.turn.version))

    def merge_with_next(self) -> None:
        """Join the next turn onto this one; two different speakers are asked about first."""
        self.flush()
        if self.turn is None:
            return
        following = self._next_turn(self.turn)
        if following is not None and following.speaker != self.turn.speaker:
            text = (self.tr("The next turn is by %1, this one by %2. Join them into one turn of %2?")
                    .replace("%1", following.speaker or self.tr("(note)"))
                    .replace("%2", self.turn.speaker or self.tr("(note)")))
            if not confirm.ask(self, self.tr("Merge two speakers"), text):
                return
        self._bridge.push(MergeTurnCommand(self._bridge, self.turn.id, self.turn.version,
                                           following.version if following is not None else None))

    def _next_turn(self, turn: StoredTurn) -> StoredTurn | None:
        ids = self._bridge.bench.turn_ids(turn.document_id)
        row = ids.index(turn.id) if turn.id in ids else -1
        found = self._bridge.bench.turns([ids[row + 1]]) if 0 <= row < len(ids) - 1 else []
        return found[0] if found else None

    def selected_span(self) -> tuple[int, int] | None:
        cursor = self.text.textCursor()
        if not cursor.hasSelection() or self.turn is None:
            return None
        text = self.text.toPlainText()
        return python_offset(text, cursor.selectionStart()), python_offset(text, cursor.selectionEnd())
