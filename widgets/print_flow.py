"""印刷 and 印刷プレビュー of the minutes and the follow-up list, exactly as exported.

The export is written and printed to PDF by LibreOffice in a worker (``Workbench.*_print_pdf``,
a few seconds, with a progress dialog); then QPrintDialog or QPrintPreviewDialog opens and each
PDF page is drawn on an A4 page of the printer at the printer's resolution (at most
PRINT_DPI: a page is an image, 26 MB at 300 dpi). The page range chosen in the dialog is
honoured. The private folder is removed when the dialog closes.
"""
from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRectF, Qt, Signal
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog, QWidget

from app.api import ActionFilter, Workbench
from app.core.domain import DocumentId
from app.qt.bridge import WorkbenchBridge
from app.qt.jobs import BenchJob
from widgets.messages import error_text

if TYPE_CHECKING:  # Qt's print support (and the system's printer list) loads at the first print
    from PySide6.QtPrintSupport import QPrinter

PRINT_DPI = 300  # sharp on paper; more only makes the spool larger
PREVIEW_DPI = 110  # the preview keeps every page in memory
PROGRESS_DELAY_MS = 300


class PrintFlow(QObject):
    """Prepares the PDF in a worker, then shows the print or preview dialog over it."""

    message = Signal(str)
    dialog_shown = Signal(object)  # the QPrintDialog or QPrintPreviewDialog, once open

    def __init__(self, bridge: WorkbenchBridge, window: QWidget) -> None:
        super().__init__(window)
        self._bridge, self._window = bridge, window
        self.job: BenchJob | None = None
        self.progress: QProgressDialog | None = None
        self.dialog: QDialog | None = None
        self.error_box: QMessageBox | None = None
        self.pdf: Path | None = None
        self._folder: Path | None = None
        self._previewing = False

    @cached_property
    def printer(self) -> QPrinter:
        """The printer, A4, made at the first print and kept (the print dialog's choices stay
        for the next print): making it loads Qt's print support and asks the system for its
        printers, tens of milliseconds a start-up does not need."""
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        return printer

    # --- what to print -------------------------------------------------------------------
    def print_minutes(self, doc_id: DocumentId, preview: bool = False) -> None:
        title = str(self._bridge.bench.document_info(doc_id).get("title") or "")
        self._prepare(lambda bench, folder: bench.minutes_print_pdf(doc_id, folder), title, preview)

    def print_followups(self, f: ActionFilter, preview: bool = False) -> None:
        self._prepare(lambda bench, folder: bench.followups_print_pdf(folder, f), self.tr("Follow-up list"), preview)

    # --- preparing the pages -------------------------------------------------------------
    def _prepare(self, make: Callable[[Workbench, Path], Path], title: str, preview: bool) -> None:
        if self.job is not None:
            return  # one at a time: the progress dialog of the running one is showing
        self._cleanup()
        folder = self._folder = Path(tempfile.mkdtemp(prefix="gijiroku-print-"))
        job = BenchJob(self._bridge.bench.path, lambda bench, _progress: make(bench, folder))
        progress = QProgressDialog(self.tr("Preparing %1 for printing …").replace("%1", title), self.tr("Cancel"),
                                   0, 0, self._window)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(PROGRESS_DELAY_MS)
        progress.canceled.connect(job.cancel)
        job.signals.finished.connect(lambda pdf: self._ready(Path(pdf), title, preview))
        job.signals.failed.connect(lambda e: self._failed(title, e))
        job.signals.done.connect(lambda: self._job_done(progress))
        self.job, self.progress = job, progress
        job.start()

    def _job_done(self, progress: QProgressDialog) -> None:
        progress.reset()
        progress.deleteLater()
        self.job, self.progress = None, None

    def _failed(self, title: str, error: Exception) -> None:
        text = error_text(error, f"{type(error).__name__}: %1")
        self.message.emit(self.tr("%1 was not printed.").replace("%1", title))
        self.error_box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Print"),
                                     self.tr("%1 was not printed.").replace("%1", title) + "\n\n" + text,
                                     QMessageBox.StandardButton.Ok, self._window)
        self.error_box.open()
        self._cleanup()

    def _ready(self, pdf: Path, title: str, preview: bool) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog

        self.pdf = pdf
        self.printer.setDocName(title)
        self._orient(pdf)
        dialog: QDialog
        if preview:
            dialog = QPrintPreviewDialog(self.printer, self._window)
            dialog.setObjectName("printPreview")
            dialog.setWindowTitle(self.tr("Print preview — %1").replace("%1", title))
            dialog.paintRequested.connect(self._paint_preview)
        else:
            dialog = QPrintDialog(self.printer, self._window)
            dialog.setObjectName("printDialog")
            dialog.setWindowTitle(self.tr("Print — %1").replace("%1", title))
            dialog.setMinMax(1, max(1, self._page_count()))
            dialog.accepted.connect(lambda: self._printed(self.paint(self.printer), title))
        dialog.finished.connect(lambda _result: self._cleanup())
        self.dialog = dialog
        QDialog.open(dialog)  # QPrintDialog.open() in Python wants a receiver and a slot
        self.dialog_shown.emit(dialog)

    def _orient(self, pdf: Path) -> None:
        """A4 in the orientation of the document's first page (the follow-up list may be wide)."""
        from app.api.printing import pdf_pages

        first = next(pdf_pages(pdf, 1), None)
        landscape = first is not None and first.width_pt > first.height_pt
        self.printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape
                                        else QPageLayout.Orientation.Portrait)

    def _page_count(self) -> int:
        from app.api.printing import pdf_page_count

        return pdf_page_count(self.pdf) if self.pdf is not None else 0

    def _printed(self, pages: int, title: str) -> None:
        self.message.emit(self.tr("Printed %1 (%2 pages)").replace("%1", title).replace("%2", str(pages)))

    def _paint_preview(self, printer: QPrinter) -> None:
        self._previewing = True
        try:
            self.paint(printer)
        finally:
            self._previewing = False

    # --- drawing the pages -----------------------------------------------------------------
    def paint(self, printer: QPrinter) -> int:
        """Draw the prepared PDF's pages (those of the chosen range) on ``printer``, each
        filling the paper; returns how many pages were drawn."""
        from app.api.printing import pdf_pages

        if self.pdf is None:
            return 0
        printer.setFullPage(True)
        dpi = min(printer.resolution(), PREVIEW_DPI if self._previewing else PRINT_DPI)
        first, last = printer.fromPage(), printer.toPage()  # 0, 0: all pages
        painter = QPainter()
        if not painter.begin(printer):
            self.message.emit(self.tr("The printer could not be opened."))
            return 0
        drawn = 0
        try:
            for number, page in enumerate(pdf_pages(self.pdf, dpi), start=1):
                if first and not first <= number <= last:
                    continue
                if drawn:
                    printer.newPage()
                image = QImage(page.rgb, page.width, page.height, page.stride, QImage.Format.Format_RGB888)
                paper = printer.pageLayout().fullRectPixels(printer.resolution())
                painter.drawImage(QRectF(0, 0, paper.width(), paper.height()), image)
                drawn += 1
        finally:
            painter.end()
        return drawn

    def _cleanup(self, *_: Any) -> None:
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
        self._folder = None
