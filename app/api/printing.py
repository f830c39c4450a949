"""Printing as exported: the Word export printed to PDF by LibreOffice, then its pages as images.

The minutes and the follow-up list are printed exactly as they are exported (A4, the same
table, fonts, page numbers and signature block): the window writes the .docx into a private
folder, LibreOffice prints it to PDF (``exports.pdf_convert``), and the printer gets the PDF's
pages drawn at its resolution. No Qt here: pages come back as raw RGB rows.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from app.api.exporting import export_followups, export_minutes
from app.core.errors import WorkbenchError
from app.store import ActionFilter, Store
from exports.pdf_convert import docx_to_pdf

POINTS_PER_INCH = 72


@dataclass(frozen=True)
class PageImage:
    """One page as 8-bit RGB rows, ``width`` × ``height`` pixels, ``stride`` bytes a row, and
    the page's size in points (A4 portrait: 595 × 842)."""

    width: int
    height: int
    stride: int
    rgb: bytes
    width_pt: float
    height_pt: float


def minutes_pdf(store: Store, doc_id: int, folder: Path) -> Path:
    """The minutes as the Word export prints them, as a PDF in ``folder`` (full text).

    Raises WorkbenchError (not_minutes, pdf_no_office, pdf_convert, export_write)."""
    from app.core.domain import DocumentId

    return export_minutes(store, DocumentId(doc_id), folder / "minutes.docx", pdf=True)[-1]


def followups_pdf(store: Store, folder: Path, f: ActionFilter | None = None) -> Path:
    """The follow-up list ``f`` selects (all by default), as its Word export prints it, as a
    PDF in ``folder``."""
    return docx_to_pdf(export_followups(store, folder / "followups.docx", f or ActionFilter()))


def pdf_page_count(pdf: Path) -> int:
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(str(pdf))
    except pypdfium2.PdfiumError as e:
        raise WorkbenchError("pdf_convert", path=str(pdf), detail=str(e)) from e
    try:
        return len(document)
    finally:
        document.close()


def pdf_pages(pdf: Path, dpi: float) -> Iterator[PageImage]:
    """Each page of ``pdf`` rendered at ``dpi``, one at a time (a page at 300 dpi is 26 MB)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf))
    try:
        for page in document:
            width_pt, height_pt = page.get_size()
            # white paper, no alpha: pdfium's BGR, byte order reversed = RGB rows
            bitmap = page.render(scale=dpi / POINTS_PER_INCH, rev_byteorder=True, fill_color=(255, 255, 255, 255))
            if bitmap.mode != "RGB":
                raise WorkbenchError("pdf_convert", path=str(pdf), detail=f"page colour format {bitmap.mode}")
            yield PageImage(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer), width_pt, height_pt)
            page.close()
    finally:
        document.close()
