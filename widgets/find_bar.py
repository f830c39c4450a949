"""The reader's find bar: every occurrence of a word in the open meeting or comment table.

Ctrl+F opens it; typing highlights all matches at once and jumps to the first one at or after
the current row; Enter / F3 go to the next, Shift+Enter / Shift+F3 to the previous (wrapping
round); the count says which of how many. Esc closes it and clears the highlights.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from widgets.reader_view import ReaderView
from widgets.roles import Mark


class FindBar(QWidget):
    """Sits above the reader; finds in whatever document the reader shows."""

    def __init__(self, reader: ReaderView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.reader = reader
        self.matches: list[Mark] = []
        self.current = -1
        self.edit = QLineEdit(objectName="findEdit", clearButtonEnabled=True)
        self.edit.setPlaceholderText(self.tr("Find in this document"))
        self.count = QLabel(objectName="findCount")
        self.previous_button = QToolButton(objectName="findPrevious", text="▲", autoRaise=True)
        self.previous_button.setToolTip(self.tr("Previous match (Shift+Enter, Shift+F3)"))
        self.next_button = QToolButton(objectName="findNext", text="▼", autoRaise=True)
        self.next_button.setToolTip(self.tr("Next match (Enter, F3)"))
        self.close_button = QToolButton(objectName="findClose", text="×", autoRaise=True)
        self.close_button.setToolTip(self.tr("Close the find bar (Esc)"))
        label = QLabel(self.tr("Fi&nd:"))
        label.setBuddy(self.edit)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 3, 6, 3)
        for w in (label, self.edit, self.previous_button, self.next_button, self.count):
            row.addWidget(w)
        row.addStretch(1)
        row.addWidget(self.close_button)
        self.edit.setFixedWidth(self.fontMetrics().horizontalAdvance("あ") * 20)
        self.edit.textChanged.connect(lambda _text: self.search())
        self.edit.installEventFilter(self)
        self.previous_button.clicked.connect(self.find_previous)
        self.next_button.clicked.connect(self.find_next)
        self.close_button.clicked.connect(self.close_bar)
        reader.rows_reset.connect(self._document_changed)
        self.hide()

    # --- opening and closing -----------------------------------------------------------
    def open_bar(self) -> None:
        """Show the bar with its text selected (the selection in the reader's inspector is not
        known here; the last word searched stays)."""
        was_visible = self.isVisible()
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()
        if not was_visible and self.edit.text():
            self.search()

    def close_bar(self) -> None:
        self.hide()
        self.matches, self.current = [], -1
        model = self.reader.reader_model()
        if model is not None:
            model.set_marks([])
        self.reader.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                self.find_previous() if shift else self.find_next()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)

    # --- finding -------------------------------------------------------------------------
    def search(self) -> None:
        """Find the text anew; the first match at or after the reader's current row is current."""
        model = self.reader.reader_model()
        self.matches = model.find(self.edit.text()) if model is not None else []
        if not self.matches:
            self.current = -1
            if model is not None:
                model.set_marks([])
            self._show_count()
            return
        current_row = self.reader.currentIndex().row() if self.reader.currentIndex().isValid() else 0
        self.current = next((n for n, m in enumerate(self.matches) if m.row >= current_row), 0)
        self._go(self.current)

    def find_next(self) -> None:
        self._step(1)

    def find_previous(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        if not self.isVisible():
            self.open_bar()
            if self.matches:
                return  # opening found the first match from the current row
        if not self.matches:
            self.search()
            return
        self._go((self.current + delta) % len(self.matches))

    def _go(self, n: int) -> None:
        self.current = n
        marks = [Mark(m.row, m.field, m.start, m.end, i == n) for i, m in enumerate(self.matches)]
        self.reader.show_marks(marks, marks[n])
        self._show_count()

    def _show_count(self) -> None:
        if not self.edit.text().strip():
            self.count.setText("")
        elif not self.matches:
            self.count.setText(self.tr("Not found"))
        else:
            self.count.setText(self.tr("%1 of %2").replace("%1", str(self.current + 1))
                               .replace("%2", str(len(self.matches))))

    def _document_changed(self) -> None:
        if self.isVisible():
            self.search()
        else:
            self.matches, self.current = [], -1
