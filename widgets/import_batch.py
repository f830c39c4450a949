"""Importing many files without a preview each (ten years of minutes at once): parsed and
tokenised in a worker with progress and Cancel, stored as one undoable step, then one
summary of what was stored, what was already there and what could not be read."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from app.api import Workbench
from app.qt.bridge import WorkbenchBridge
from app.qt.commands import ImportDocumentCommand
from app.qt.jobs import Job, JobProgress
from widgets.messages import error_text

PROGRESS_DELAY_MS = 300
Parsed = tuple[Path, Any, Any, Exception | None]  # path, document, index terms, error


def parse_files(paths: list[Path], progress: JobProgress) -> list[Parsed]:
    """Worker: parse each file and compute its index terms; a file that cannot be read
    keeps its error. Stops between files when cancelled (what is parsed so far is kept)."""
    out: list[Parsed] = []
    for n, path in enumerate(paths):
        if progress.cancelled():
            break
        progress.step(n, len(paths), path.name)
        try:
            doc = Workbench.parse(path)
            out.append((path, doc, Workbench.prepare_index_terms(doc), None))
        except Exception as e:
            out.append((path, None, None, e))
    progress.step(len(out), len(paths), "")
    return out


class BatchImport(QObject):
    """One run over a list of files; ``finished(stored ids)`` when the summary is shown."""

    finished = Signal(list)

    def __init__(self, bridge: WorkbenchBridge, paths: list[Path], window: QWidget) -> None:
        super().__init__(window)
        self._bridge, self._window, self.paths = bridge, window, list(paths)
        self.summary: QMessageBox | None = None
        self.progress = QProgressDialog(self.tr("Reading %1 files …").replace("%1", str(len(paths))),
                                        self.tr("Cancel"), 0, len(paths), window)
        self.progress.setObjectName("batchImportProgress")
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(PROGRESS_DELAY_MS)
        self.job = Job(lambda progress: parse_files(self.paths, progress))
        self.progress.canceled.connect(self.job.cancel)
        self.job.signals.progressed.connect(self._progressed)
        self.job.signals.finished.connect(self._store)
        self.job.signals.failed.connect(lambda e: self._store([(p, None, None, e) for p in self.paths]))

    def start(self) -> None:
        self.job.start()

    def _progressed(self, done: int, total: int, name: str) -> None:
        self.progress.setValue(done)
        if name:
            self.progress.setLabelText(self.tr("Reading %1 (%2 of %3) …").replace("%1", name)
                                       .replace("%2", str(done + 1)).replace("%3", str(total)))

    def _store(self, parsed: list[Parsed]) -> None:
        """GUI thread: store every parsed file as one undo step; then the summary."""
        self.progress.reset()
        stored, present, failed = [], [], []
        bench, stack = self._bridge.bench, self._bridge.stack
        stack.beginMacro(self.tr("Import %1 files").replace("%1", str(len(parsed))))
        try:
            for path, doc, prepared, error in parsed:
                # the parse hashed the file: an earlier import (or one of this batch) may have it
                if error is None and bench.find_by_hash(doc.source.sha256) is not None:
                    present.append(path.name)
                    continue
                if error is None:
                    command = ImportDocumentCommand(self._bridge, doc, path.name, prepared)
                    error = self._bridge.push(command)
                    if error is None and command.doc_id is not None:
                        stored.append((path.name, int(command.doc_id)))
                        continue
                # a WorkbenchError's message names the file already
                failed.append(error_text(error, f"{path.name}: %1") if error else path.name)
        finally:
            stack.endMacro()
        skipped = [p.name for p in self.paths[len(parsed):]]
        self._show_summary([n for n, _ in stored], present, failed, skipped)
        self.finished.emit([i for _, i in stored])

    def _show_summary(self, stored: list[str], present: list[str], failed: list[str], skipped: list[str]) -> None:
        lines = [self.tr("Stored: %1").replace("%1", str(len(stored)))]
        if present:
            lines.append(self.tr("Already in the workspace (not stored again): %1").replace("%1", "、".join(present)))
        if failed:
            lines.append(self.tr("Could not be read:"))
            lines += ["・" + f for f in failed]
        if skipped:
            lines.append(self.tr("Not read (cancelled): %1").replace("%1", "、".join(skipped)))
        icon = QMessageBox.Icon.Warning if failed or skipped else QMessageBox.Icon.Information
        self.summary = QMessageBox(icon, self.tr("Import"), "\n".join(lines), QMessageBox.StandardButton.Ok,
                                   self._window)
        self.summary.setObjectName("batchImportSummary")
        self.summary.open()
