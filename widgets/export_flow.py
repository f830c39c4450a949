"""Exports from the window: ask what and where, write in a worker, say what was written.

Each export runs as a BenchJob (the worker opens the workspace itself; the GUI thread's
connection is never shared) with a progress dialog that appears after a moment and can
cancel. Verify and key creation are pure and run as plain Jobs.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QProgressDialog, QPushButton, QWidget

from app.api import ActionFilter, Workbench
from app.core.domain import DocumentId
from app.qt.bridge import WorkbenchBridge
from app.qt.jobs import BenchJob, Job, JobProgress
from widgets.messages import error_text

if TYPE_CHECKING:  # the dialogs' modules load when one opens, not at start-up
    from widgets.export_dialog import MinutesExportDialog
    from widgets.key_dialog import KeyDialog
    from widgets.trust_dialog import TrustDialog

PROGRESS_DELAY_MS = 500
UNANSWERED_SHOWN = 12  # comment numbers named in the warning; the rest are counted
UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')


def file_name(title: str, suffix: str) -> str:
    """A title as a file name: characters Windows forbids become _."""
    return (UNSAFE.sub("_", title).strip("_") or "export") + suffix


class ExportFlow(QObject):
    """Owns the running export job, its progress dialog and the "Open folder" button."""

    message = Signal(str)
    exported = Signal(object)  # list[Path], after the status bar says so
    verified = Signal(object)  # app.services.signing.MinutesCheck
    key_created = Signal(object)  # Path

    def __init__(self, bridge: WorkbenchBridge, window: QWidget) -> None:
        super().__init__(window)
        self._bridge, self._window = bridge, window
        self.job: Job | None = None
        self.progress: QProgressDialog | None = None
        self.dialog: MinutesExportDialog | None = None
        self.key_dialog: KeyDialog | None = None
        self.trust_dialog: TrustDialog | None = None
        self.message_box: QMessageBox | None = None
        self.folder: Path | None = None
        self.open_url: Callable[[QUrl], Any] = QDesktopServices.openUrl
        self.folder_button = QPushButton(self.tr("Open folder"), objectName="openExportFolder", visible=False)
        self.folder_button.setFlat(True)
        self.folder_button.clicked.connect(self.open_folder)

    def _folder_for(self, name: str) -> Path:
        return (self.folder or self._bridge.bench.path.parent) / name

    # --- the minutes -------------------------------------------------------------------
    def export_minutes(self, doc_id: DocumentId) -> MinutesExportDialog:
        """Open the export dialog for a meeting; OK starts the export."""
        title = str(self._bridge.bench.document_info(doc_id).get("title") or "")
        from widgets.export_dialog import MinutesExportDialog

        self.dialog = MinutesExportDialog(title, self._folder_for(file_name(title, ".docx")), self._window)
        self.dialog.set_signable(self._bridge.bench.status(doc_id))
        self.dialog.accepted.connect(lambda: self._minutes_chosen(doc_id))
        self.dialog.create_key_requested.connect(self.create_key)
        self.dialog.trust_requested.connect(self.show_trusted)
        self.dialog.open()
        return self.dialog

    def _minutes_chosen(self, doc_id: DocumentId) -> None:
        assert self.dialog is not None
        out, options = self.dialog.output(), self.dialog.options()
        self.run(out, lambda bench, progress: bench.export_minutes(doc_id, out, progress=progress, **options))

    # --- follow-ups and comment tables -------------------------------------------------
    def export_followups(self, f: ActionFilter, out: Path | None = None) -> None:
        """The action items ``f`` selects, as Word, Excel or CSV by the file's suffix."""
        out = out or self._ask_save(self.tr("Export follow-up list"), self.tr("follow-ups"),
                                    self.tr("Word (*.docx);;Excel (*.xlsx);;CSV (*.csv)"))
        if out is not None:
            self.run(out, lambda bench, _progress: [bench.export_followups(out, f)])

    def export_comments(self, doc_id: DocumentId, out: Path | None = None) -> None:
        """The comment table with the city's answers (意見と考え方), as Word."""
        title = str(self._bridge.bench.document_info(doc_id).get("title") or "")
        out = out or self._ask_save(self.tr("Export comments and answers"), title, self.tr("Word (*.docx)"))
        if out is None:
            return
        unanswered = self._bridge.bench.unanswered_comments(doc_id)
        self.run(out, lambda bench, _progress: [bench.export_comments(doc_id, out)],
                 then=(lambda _files: self._warn_unanswered(out, unanswered)) if unanswered else None)

    def _warn_unanswered(self, out: Path, nos: list[str]) -> None:
        """The result table was written with blank 考え方 cells: say which, and what to do."""
        shown = "、".join(f"No.{n}" for n in nos[:UNANSWERED_SHOWN]) + ("…" if len(nos) > UNANSWERED_SHOWN else "")
        text = (self.tr("%1: %2 comments have no answer yet, so their answer cells are empty (%3). "
                        "Write their answers in the inspector and export again.")
                .replace("%1", out.name).replace("%2", str(len(nos))).replace("%3", shown))
        self.show_message(QMessageBox.Icon.Warning, self.tr("Comments without an answer"), text)
        self.message.emit(text)

    def _ask_save(self, caption: str, title: str, filters: str) -> Path | None:
        name, chosen = QFileDialog.getSaveFileName(self._window, caption, str(self._folder_for(file_name(title, ""))),
                                                   filters)
        if not name:
            return None
        path = Path(name)
        suffix = re.search(r"\*(\.\w+)", chosen)
        return path if path.suffix or suffix is None else path.with_suffix(suffix.group(1))

    # --- running -----------------------------------------------------------------------
    def run(self, out: Path, work: Callable[[Workbench, JobProgress], list[Path]],
            then: Callable[[list[Path]], None] | None = None) -> BenchJob:
        """Write ``out`` in a worker; progress after a moment; the result in the status bar
        (``then`` runs after that, e.g. a warning about what the file lacks)."""
        job = BenchJob(self._bridge.bench.path, work)
        job.signals.cancelled.connect(lambda: self.message.emit(self.tr("Export cancelled: %1").replace("%1", out.name)))
        def written(files: list[Path]) -> None:
            self._written(files)
            if then is not None:
                then(files)

        self._start(job, self.tr("Writing %1 …").replace("%1", out.name), written, lambda e: self._failed(out, e))
        return job

    def _start(self, job: Job, label: str, finished: Callable[[Any], None],
               failed: Callable[[Exception], None]) -> None:
        """Show progress after a moment and run ``job``. Every handler is connected before
        the job starts: a quick job (a verify) can end before the next line would run."""
        job.signals.finished.connect(finished)
        job.signals.failed.connect(failed)
        progress = QProgressDialog(label, self.tr("Cancel"), 0, 0, self._window)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(PROGRESS_DELAY_MS)
        progress.canceled.connect(job.cancel)
        self.job, self.progress = job, progress
        job.signals.progressed.connect(lambda done, total, _label: self._progressed(progress, done, total))
        job.signals.done.connect(lambda: self._job_done(job, progress))
        job.start()

    @staticmethod
    def _progressed(progress: QProgressDialog, done: int, total: int) -> None:
        progress.setMaximum(total)
        progress.setValue(done)

    def _job_done(self, job: Job, progress: QProgressDialog) -> None:
        """Close this job's progress dialog (a later job may already have its own)."""
        progress.reset()
        progress.deleteLater()
        if self.job is job:
            self.job, self.progress = None, None

    def _written(self, files: list[Path]) -> None:
        files = [Path(f) for f in files]
        self.folder = files[0].parent
        names = "、".join(f.name for f in files)
        self.message.emit(self.tr("Wrote %1 in %2").replace("%1", names).replace("%2", str(self.folder)))
        self.folder_button.setToolTip(str(self.folder))
        self.folder_button.show()
        self.exported.emit(files)

    def open_folder(self) -> None:
        """Show the folder of the last export in the file manager."""
        if self.folder is not None:
            self.open_url(QUrl.fromLocalFile(str(self.folder)))
        self.folder_button.hide()

    def _failed(self, out: Path, error: Exception) -> None:
        text = error_text(error, f"{type(error).__name__}: %1")
        self.show_message(QMessageBox.Icon.Warning, self.tr("Export failed"),
                          self.tr("%1 was not written.").replace("%1", out.name) + "\n\n" + text)
        self.message.emit(self.tr("%1 was not written.").replace("%1", out.name))

    def show_message(self, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        self.message_box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self._window)
        self.message_box.setObjectName("exportMessage")
        self.message_box.open()
        return self.message_box

    # --- verify and keys ---------------------------------------------------------------
    def verify(self, path: Path | None = None) -> None:
        """Check a signed .docx or .pdf the way ``gijiroku verify`` does, against this
        workspace's trusted signers; the verdict in a message box."""
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self._window, self.tr("Verify signature"), str(self._folder_for("")),
                                                  self.tr("Signed minutes (*.docx *.pdf)"))
            path = Path(name) if name else None
        if path is None:
            return
        trusted = self._bridge.bench.trust_list()  # read here: the worker has no workspace
        job = Job(lambda _progress: Workbench.verify_signature(path, trusted=trusted))
        self._start(job, self.tr("Checking %1 …").replace("%1", path.name), self._show_verdict,
                    lambda e: self._failed_verify(path, e))

    def _show_verdict(self, check: Any) -> None:
        sig = check.signature
        verdict = check.verdict if check.valid else f"{check.verdict}（{check.failure}）"
        claimed = self.tr("— (the certificate says “%1”, not verified)").replace("%1", sig.claimed)
        lines = [self.tr("%1: %2").replace("%1", check.path.name).replace("%2", verdict),
                 self.tr("Signer: %1").replace("%1", sig.signer or (claimed if sig.claimed else "—")),
                 self.tr("Certificate SHA-256: %1").replace("%1", sig.fingerprint_text or "—"),
                 self.tr("Signed at: %1").replace("%1", sig.signed_at.replace("T", " ") or "—"),
                 self.tr("Signature file: %1").replace("%1", check.p7s.name if check.p7s else "—")
                 if check.path.suffix.lower() != ".pdf" else self.tr("Signature: embedded in the PDF (PAdES)")]
        if not check.valid:
            lines.append(self.tr("Reason: %1").replace("%1", check.reason))
        icon = QMessageBox.Icon.Information if check.valid else QMessageBox.Icon.Warning
        self.show_message(icon, self.tr("Verify signature"), "\n".join(lines))
        self.message.emit(lines[0])
        self.verified.emit(check)

    def _failed_verify(self, path: Path, error: Exception) -> None:
        text = error_text(error, "%1")
        self.show_message(QMessageBox.Icon.Warning, self.tr("Verify signature"), text)

    def create_key(self) -> KeyDialog:
        """Ask for the signer's name and a password; create the .p12 in a worker."""
        parent = self.dialog if self.dialog is not None and self.dialog.isVisible() else self._window
        from widgets.key_dialog import KeyDialog

        self.key_dialog = KeyDialog(self._folder_for(file_name(self.tr("signing-key"), ".p12")), parent)
        self.key_dialog.accepted.connect(self._key_chosen)
        self.key_dialog.open()
        return self.key_dialog

    def _key_chosen(self) -> None:
        d = self.key_dialog
        if d is None or d.result() != QDialog.DialogCode.Accepted:
            return
        out, name, password = d.output(), d.name.text().strip(), d.password.text()
        register = d.register.isChecked()
        job = Job(lambda _progress: Workbench.create_key(out, name, password))
        self._start(job, self.tr("Creating %1 …").replace("%1", out.name),
                    lambda until: self._key_done(out, str(until), password if register else None, register),
                    lambda e: self._failed(out, e))

    def _key_done(self, out: Path, until: str, password: str | None, register: bool) -> None:
        text = self.tr("Created the signing key %1 (valid until %2)").replace("%1", out.name).replace("%2", until)
        if register:
            from widgets.trust_dialog import shown_fingerprint

            [entry] = self._bridge.bench.trust_certificate(out, password=password or None)
            text += "　" + self.tr("Trusted as a signer: SHA-256 %1").replace("%1", shown_fingerprint(entry.fingerprint))
        self.message.emit(text)
        if self.dialog is not None:
            self.dialog.set_key(out)
        self.key_created.emit(out)

    def show_trusted(self) -> TrustDialog:
        """The workspace's trusted signers (list, add with the fingerprint shown, remove)."""
        parent = self.dialog if self.dialog is not None and self.dialog.isVisible() else self._window
        from widgets.trust_dialog import TrustDialog

        self.trust_dialog = TrustDialog(self._bridge.bench, self._folder_for(""), parent)
        self.trust_dialog.open()
        return self.trust_dialog
