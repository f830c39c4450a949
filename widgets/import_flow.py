"""Importing files into the window: the file dialog, drag and drop, one preview at a time."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from app.core.domain import Document
from app.qt.bridge import WorkbenchBridge
from app.qt.commands import ImportDocumentCommand

if TYPE_CHECKING:  # the dialogs' modules load when a file is imported, not at start-up
    from widgets.import_batch import BatchImport
    from widgets.import_dialog import ImportDialog

SUFFIXES = (".pdf", ".docx", ".xlsx", ".txt", ".text", ".csv", ".html", ".htm")


class ImportFlow(QObject):
    """Queues files; for each, an ImportDialog, then an ImportDocumentCommand on OK."""

    imported = Signal(int)  # document id
    duplicate = Signal(int)  # the document a file was already imported as
    message = Signal(str)

    def __init__(self, bridge: WorkbenchBridge, window: QWidget,
                 parse: Callable[..., Document] | None = None) -> None:
        super().__init__(window)
        self._bridge, self._window = bridge, window
        self.parse = parse
        self.queue: list[Path] = []
        self.dialog: ImportDialog | None = None
        self.batch: BatchImport | None = None

    def choose_files(self) -> None:
        caption = self.tr("Import documents")
        filters = self.tr("Minutes and comment tables (*.pdf *.docx *.xlsx *.txt *.html *.htm);;All files (*)")
        files, _ = QFileDialog.getOpenFileNames(self._window, caption, "", filters)
        self.import_files([Path(f) for f in files])

    def import_files(self, paths: list[Path]) -> None:
        self.queue.extend(paths)
        if self.dialog is None and self.batch is None:
            self._next()

    def _next(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        if not self.queue:
            self.dialog = None
            return
        path = self.queue.pop(0)
        from widgets.import_dialog import ImportDialog

        self.dialog = ImportDialog(self._bridge, path, self.parse, self._window)
        self.dialog.set_rest(len(self.queue))
        self.dialog.accepted.connect(self._store)
        self.dialog.rejected.connect(self._skipped)
        self.dialog.open()
        self.dialog.start()

    def _store(self) -> None:
        dialog = self.dialog
        doc = dialog.document() if dialog else None
        if dialog is not None and doc is not None:
            command = ImportDocumentCommand(self._bridge, doc, dialog.path.name, dialog.prepared_terms())
            if self._bridge.push(command) is None and command.doc_id is not None:
                self.imported.emit(int(command.doc_id))
                self.message.emit(self.tr("Imported %1").replace("%1", dialog.path.name))
        if dialog is not None and dialog.store_rest and self.queue:
            self._import_rest()
            return
        self._next()

    def _import_rest(self) -> None:
        """The queued files without preview, in a worker; the queue goes on afterwards."""
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
        paths, self.queue = self.queue, []
        from widgets.import_batch import BatchImport

        self.batch = BatchImport(self._bridge, paths, self._window)
        self.batch.finished.connect(self._batch_done)
        self.batch.start()

    def _batch_done(self, ids: list[int]) -> None:
        self.batch = None
        if ids:
            self.imported.emit(ids[-1])
        self.message.emit(self.tr("Imported %1 files").replace("%1", str(len(ids))))
        self._next()

    def _skipped(self) -> None:
        if self.dialog is not None and self.dialog.duplicate_of is not None:
            self.duplicate.emit(int(self.dialog.duplicate_of))
        elif self.dialog is not None:
            self.message.emit(self.tr("Nothing imported from %1").replace("%1", self.dialog.path.name))
        self._next()

    @staticmethod
    def importable(paths: list[Path]) -> list[Path]:
        return [p for p in paths if p.is_file() and p.suffix.lower() in SUFFIXES]
