"""Asking the clerk before a step that is easy to do by mistake (a delete, a merge of two
speakers), and a wait cursor while a correction runs. One place, so every such question
looks the same and tests can answer it."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QMessageBox, QWidget


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """Yes/No with No as the default (Enter does not delete by accident)."""
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    answer = QMessageBox.question(parent, title, text, buttons, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """One line of text from the clerk (a new name or label); None when cancelled or empty."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value.strip() if ok and value.strip() else None


@contextmanager
def busy() -> Iterator[None]:
    """A wait cursor while a correction runs on the window's thread (a long meeting's
    reindexing takes a moment)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
