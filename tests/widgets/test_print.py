"""印刷 and 印刷プレビュー: the minutes and the follow-up list on A4 exactly as exported.

There is no printer under CI: the print dialog prints to a PDF file, whose pages are compared
with the exported document's own PDF."""
from __future__ import annotations

import subprocess
from pathlib import Path

import pypdfium2
import pytest
from PIL import Image
from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog, QPrintPreviewWidget

from app.api.printing import pdf_page_count
from exports.pdf_convert import find_soffice
from tests.widgets.conftest import minutes_id
from tests.widgets.test_review_search import seed_actions

LIBREOFFICE_WAIT_MS = 180_000
A4_POINTS = (595, 842)


def gray_page(pdf: Path, page: int, dpi: int = 40) -> bytes:
    """A page's grey levels at ``dpi``, averaged over 4×4 pixels (text drawn from an image
    and from vectors differs in its anti-aliasing, not in where it is)."""
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        image = document[page].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        return image.resize((image.width // 4, image.height // 4), Image.Resampling.BOX).tobytes()
    finally:
        document.close()


def page_sizes(pdf: Path) -> list[tuple[int, int]]:
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        return [tuple(round(x) for x in page.get_size()) for page in document]  # type: ignore[misc]
    finally:
        document.close()


def page_difference(a: Path, page_a: int, b: Path, page_b: int) -> float:
    """Mean difference of two pages' grey levels (0 = identical, 255 = inverse)."""
    pa, pb = gray_page(a, page_a), gray_page(b, page_b)
    assert len(pa) == len(pb)
    return sum(abs(x - y) for x, y in zip(pa, pb)) / len(pa)


@pytest.fixture
def soffice() -> str:
    found = find_soffice()
    assert found, "LibreOffice is part of the test setup (python -m app.bootstrap test installs it)"
    return found


def test_print_minutes_as_exported(window, qtbot, tmp_path: Path, soffice: str) -> None:  # type: ignore[no-untyped-def]
    bench = window.bridge.bench
    printed = tmp_path / "printed.pdf"
    window.print_flow.printer.setOutputFileName(str(printed))  # "print to file": the CI has no printer
    assert window.actions_.print_minutes.isEnabled()
    with qtbot.waitSignal(window.print_flow.dialog_shown, timeout=LIBREOFFICE_WAIT_MS) as shown:
        window.actions_.print_minutes.trigger()
    dialog = shown.args[0]
    assert isinstance(dialog, QPrintDialog)
    dialog.accept()
    exported = bench.export_minutes(minutes_id(bench), tmp_path / "exported.docx", pdf=True)[-1]
    pages = pdf_page_count(exported)
    assert pages >= 2 and pdf_page_count(printed) == pages
    assert set(page_sizes(printed)) == {A4_POINTS}
    title = str(bench.document_info(minutes_id(bench))["title"])
    text = subprocess.run(["pdftotext", "-layout", str(exported), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert title.replace(" ", "")[:8] in text.replace(" ", "")  # what is compared is the minutes
    for page in range(pages):
        same = page_difference(printed, page, exported, page)
        assert same < 3.5, page
        if page + 1 < pages:  # the measure tells pages apart: the next page differs much more
            assert page_difference(printed, page, exported, page + 1) > 2.5 * same, page
    assert not window.print_flow._folder  # the private folder is gone


def test_print_preview_of_the_follow_up_list(window, qtbot, soffice: str) -> None:  # type: ignore[no-untyped-def]
    seed_actions(window.bridge.bench)
    window.tabs.setCurrentIndex(1)
    window.review.refresh_choices()
    window.review.owner.setText("情報政策")  # the list as filtered
    button = window.findChild(type(window.review.approve), "reviewPreview")
    with qtbot.waitSignal(window.print_flow.dialog_shown, timeout=LIBREOFFICE_WAIT_MS) as shown:
        button.click()
    dialog = shown.args[0]
    assert isinstance(dialog, QPrintPreviewDialog)
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() > 0, timeout=20_000)
    assert preview.pageCount() == pdf_page_count(window.print_flow.pdf)
    followups = window.print_flow.pdf.with_suffix(".docx")
    from docx import Document

    cells = " ".join(c.text for t in Document(str(followups)).tables for row in t.rows for c in row.cells)
    assert "情報政策課" in cells and "広報課" not in cells  # printed as the filter shows it
    dialog.reject()


def test_print_without_libreoffice_says_what_to_do(window, qtbot, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from exports import pdf_convert

    monkeypatch.setattr(pdf_convert, "find_soffice", lambda: None)
    with qtbot.waitSignal(window.print_flow.message, timeout=30_000) as said:
        window.print_minutes()
    assert "印刷" in said.args[0] or "not printed" in said.args[0]
    box = window.print_flow.error_box
    assert box is not None and "LibreOffice" in box.text()
    box.close()
