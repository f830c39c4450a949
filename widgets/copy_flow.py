"""ファイル > 会議をノートPCへ持ち出す… and 持ち帰った内容を取り込む…: the window's
``gijiroku workspace copy`` (app/api/workspace_copy.py).

The copy runs as a BenchJob: in a worker with a Workbench of its own on the open workspace
(the window stays responsive; a progress dialog after a moment, with Cancel), the other
workspace a file the clerk chose. Its result is the API's report, shown as the command line
words it (widgets/copy_report_dialog.py). A fault is one message naming the file; the copy
is one transaction on the destination, so neither workspace changed. After bringing meetings
back, every view reloads what it shows.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from app.core.workspace import ServerAddress
from app.qt.bridge import WorkbenchBridge
from app.qt.jobs import BenchJob, JobProgress
from widgets.messages import error_text

if TYPE_CHECKING:  # the copy code and its dialogs load at the first use, not at the window's start
    from app.api import Workbench
    from app.api.copy_report import CopyReport
    from widgets.copy_dialog import CopyDialog
    from widgets.copy_report_dialog import CopyReportDialog

PROGRESS_DELAY_MS = 400


def _shown(place: Path | ServerAddress) -> str:
    """The open workspace as the dialog names it: a server by its name, a file by its file name."""
    return place.name


class CopyFlow(QObject):
    message = Signal(str)
    finished = Signal(object)  # the CopyReport, after the report is shown (and the views reloaded)

    def __init__(self, bridge: WorkbenchBridge, window: QWidget, flush: Callable[[], None]) -> None:
        super().__init__(window)
        self._bridge, self._window, self._flush = bridge, window, flush
        self.dialog: CopyDialog | None = None
        self.report_dialog: CopyReportDialog | None = None
        self.error_box: QMessageBox | None = None
        self.job: BenchJob | None = None

    # --- asking ----------------------------------------------------------------------
    def take_out(self, current: int | None) -> CopyDialog:
        """Ask which meetings (``current`` ticked) and to which file; modeless (tests drive it)."""
        from widgets.copy_dialog import TAKE_OUT, CopyDialog

        self._flush()
        bench = self._bridge.bench
        documents = self._bridge.try_call(bench.documents) or []
        dialog = self._new_dialog(CopyDialog(TAKE_OUT, _shown(bench.path), documents,
                                             [current] if current is not None else [], parent=self._window))
        dialog.accepted.connect(lambda: self._chosen(dialog))
        dialog.open()
        return dialog

    def bring_back(self) -> CopyDialog:
        """Ask which file taken out before, and which of its meetings (all by default)."""
        from app.api.workspace_copy import workspace_documents
        from widgets.copy_dialog import BRING_BACK, CopyDialog

        self._flush()
        dialog = self._new_dialog(CopyDialog(BRING_BACK, _shown(self._bridge.bench.path), load=workspace_documents,
                                             parent=self._window))
        dialog.accepted.connect(lambda: self._chosen(dialog))
        dialog.open()
        return dialog

    def _new_dialog(self, dialog: CopyDialog) -> CopyDialog:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        return dialog

    def _chosen(self, dialog: CopyDialog) -> None:
        path = dialog.path()
        if path is not None:
            self.run(dialog.direction, path, dialog.chosen())

    # --- running ---------------------------------------------------------------------
    def run(self, direction: str, other: Path, documents: Sequence[int]) -> BenchJob:
        """Copy ``documents`` out to ``other`` (TAKE_OUT) or in from it (BRING_BACK)."""
        from app.api.workspace_copy import copy_into, copy_out_of
        from widgets.copy_dialog import TAKE_OUT

        self._flush()
        chosen = list(documents)
        out = direction == TAKE_OUT

        def work(bench: Workbench, progress: JobProgress) -> CopyReport:
            if out:
                return copy_out_of(bench, other, chosen, progress)
            return copy_into(bench, other, chosen, progress)

        job = self.job = BenchJob(self._bridge.bench.path, work)
        job.subject = other
        label = (self.tr("Taking %1 meetings out to %2 …").replace("%1", str(len(chosen))) if out
                 else self.tr("Bringing back from %2 …")).replace("%2", other.name)
        progress = QProgressDialog(label, self.tr("Cancel"), 0, 0, self._window)
        progress.setObjectName("copyProgress")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(PROGRESS_DELAY_MS)
        progress.canceled.connect(job.cancel)
        job.signals.progressed.connect(lambda done, total, _label: self._progressed(progress, done, total))
        job.signals.finished.connect(lambda report: self._done(report, not out))
        job.signals.failed.connect(lambda error: self._failed(error, out))
        job.signals.cancelled.connect(lambda: self.message.emit(
            self.tr("Cancelled: neither workspace was changed.")))
        job.signals.done.connect(lambda: self._closed(progress))
        job.start()
        return job

    @staticmethod
    def _progressed(progress: QProgressDialog, done: int, total: int) -> None:
        progress.setMaximum(total)
        progress.setValue(done)

    @staticmethod
    def _closed(progress: QProgressDialog) -> None:
        progress.reset()
        progress.deleteLater()

    def _done(self, report: CopyReport, brought_back: bool) -> None:
        from app.api.workspace_copy import changes_after_copy
        from widgets.copy_report_dialog import CopyReportDialog

        if brought_back:  # the meetings, tags and action items that came in
            self._bridge.notify(changes_after_copy(self._bridge.bench))
        if self.report_dialog is not None:
            self.report_dialog.deleteLater()
        self.report_dialog = CopyReportDialog(report, brought_back, self._window)
        self.report_dialog.open()
        self.message.emit(report.summary_ja())
        self.finished.emit(report)

    def _failed(self, error: Any, out: bool) -> None:
        title = self.tr("Could not take the meetings out") if out else self.tr("Could not bring back")
        text = error_text(error, f"{type(error).__name__}: %1") + "\n\n" + self.tr("Neither workspace was changed.")
        self.error_box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                                     self._window)
        self.error_box.setObjectName("copyError")
        self.error_box.open()
        self.message.emit(title)
