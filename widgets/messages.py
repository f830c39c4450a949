"""Wording errors for the clerk."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.errors import WorkbenchError
from app.core.faults import explain


def error_text(error: BaseException, fallback: str = "%1") -> str:
    """A WorkbenchError's own Japanese message; an OSError or SQLite error worded the same way
    (app.core.faults); anything else (a module not installed) as ``fallback`` with %1 = the error."""
    if isinstance(error, (WorkbenchError, OSError)) or type(error).__module__ == "sqlite3":
        return explain(error).message_ja()
    return fallback.replace("%1", str(error))


def show_notices(parent: QWidget, title: str, notices: list[str]) -> QMessageBox | None:
    """The workspace's opening notices (a network share, open in another program) in one
    message box that does not block; None when there are none."""
    if not notices:
        return None
    box = QMessageBox(QMessageBox.Icon.Warning, title, "\n\n".join(notices), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("workspaceNotices")
    box.open()
    return box
