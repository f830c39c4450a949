"""Opening a workspace from the window: an older file is brought up to date in a worker,
with a busy dialog saying so, instead of a window that stops answering for minutes."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.api import Workbench
from app.core.workspace import ServerAddress
from app.qt.jobs import Job

# The dialog shows only when the upgrade takes longer than this (most take a moment).
UPGRADE_DIALOG_DELAY_MS = 400


def _upgrade(path: Path) -> None:
    """Worker: open the workspace once (which applies the pending steps) and close it."""
    Workbench(path).close()


def open_workspace(path: Path | ServerAddress, parent: QWidget | None = None, samples: bool = False) -> Workbench:
    """The Workbench of path (a new one starts empty, or with the samples when ``samples``:
    the very first start), or of a server workspace's address. Raises WorkbenchError."""
    if isinstance(path, Path) and Workbench.needs_upgrade(path):
        upgrade_in_worker(path, parent)
    return Workbench.open_or_sample(path, samples)


def upgrade_in_worker(path: Path, parent: QWidget | None = None) -> None:
    """Apply the pending schema steps of path in a worker while a busy dialog is shown;
    returns when they are done. Raises the worker's WorkbenchError."""
    text = QCoreApplication.translate("Opening", "Updating %1 for this version (only once; a large "
                                      "workspace takes a few minutes) …").replace("%1", path.name)
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Opening", "Minutes Workbench"))
    dialog.setCancelButton(None)  # a half-applied step is rolled back, but stopping it helps no one
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(UPGRADE_DIALOG_DELAY_MS)
    dialog.setValue(0)
    outcome: dict[str, Exception] = {}
    loop = QEventLoop()
    job = Job(lambda _progress: _upgrade(path))
    job.signals.failed.connect(lambda e: outcome.setdefault("error", e))
    job.signals.done.connect(loop.quit)
    job.start()
    loop.exec()
    dialog.reset()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
