"""Small minutes documents the tests generate: PDFs set with reportlab's built-in Japanese
CID fonts, DOCX with python-docx, text in the encodings Japanese offices use."""
from __future__ import annotations

from pathlib import Path

HEADER = [
    "令和5年度 テスト市まちづくり審議会（第3回） 会議録",
    "日　時：令和５年１０月２日（月）　午後１時３０分から午後３時まで",
    "場　所：テスト市役所本庁舎３階　第一会議室",
    "出席者：山田委員（会長）、中村委員、森　淳委員",
    "事務局　都市計画課",
]
FONT = "HeiseiMin-W3"
FONT_SIZE = 10.5
PAGE_W, PAGE_H = 595.0, 842.0
LEFT, BODY_X, TOP, BOTTOM = 60.0, 150.0, 780.0, 70.0
LEADING = 16.0


def _font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    return FONT


def _wrap(text: str, width: int) -> list[str]:
    return [text[i:i + width] for i in range(0, len(text), width)] or [""]


def _spaced(text: str) -> str:
    return " ".join(text)


class _Pages:
    """A reportlab canvas that starts a new page (with a '- n -' footer) when full."""

    def __init__(self, path: Path, footer: bool, encrypt: str | None) -> None:
        from reportlab.pdfgen import canvas

        self.c = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H), encrypt=encrypt)
        self.page, self.y, self.footer = 1, TOP, footer
        self.c.setFont(_font(), FONT_SIZE)

    def need(self, lines: int) -> None:
        if self.y - lines * LEADING < BOTTOM:
            self.break_page()

    def break_page(self) -> None:
        if self.footer:
            self.c.drawCentredString(PAGE_W / 2, 40, f"- {self.page} -")
        self.c.showPage()
        self.c.setFont(_font(), FONT_SIZE)
        self.page, self.y = self.page + 1, TOP

    def text(self, x: float, s: str) -> None:
        self.c.drawString(x, self.y, s)

    def close(self) -> None:
        if self.footer:
            self.c.drawCentredString(PAGE_W / 2, 40, f"- {self.page} -")
        self.c.save()


def write_pdf(path: Path, rows: list[tuple[str, str]], *, header: list[str] | None = None,
              two_column: bool = False, letter_spaced: bool = False, width: int = 30,
              footer: bool = True, encrypt: str | None = None, page_break_after: int | None = None) -> Path:
    """Minutes as a PDF. ``rows`` are (label, speech); in two-column layout the label
    ('座長\\n（曽根委員）' wraps) sits left of the speech, else label and speech share a line.
    A row with an empty label is a body line (note, heading, continued speech)."""
    pages = _Pages(path, footer, encrypt)
    for line in header if header is not None else HEADER:
        pages.need(1)
        pages.text(LEFT, _spaced(line) if letter_spaced else line)
        pages.y -= LEADING
    pages.y -= LEADING
    for k, (label, speech) in enumerate(rows):
        if two_column:
            body = _wrap(speech, width)
            labels = label.split("\n") if label else []
            pages.need(min(len(body), 3))
            for i in range(max(len(body), len(labels))):
                if i < len(labels):
                    pages.text(LEFT, labels[i])
                if i < len(body):
                    pages.text(BODY_X, body[i])
                pages.y -= LEADING
                pages.need(1)
        else:
            full = f"{label}　{speech}" if label else speech
            for ln in _wrap(full, width + 8):
                pages.need(1)
                pages.text(LEFT, _spaced(ln) if letter_spaced else ln)
                pages.y -= LEADING
        pages.y -= LEADING / 2
        if page_break_after is not None and k == page_break_after:
            pages.break_page()
    pages.close()
    return path


def write_docx(path: Path, rows: list[tuple[str, str]], *, header: list[str] | None = None,
               table: bool = False, tail: list[str] | None = None) -> Path:
    """Minutes as DOCX: header paragraphs, then either a label | speech table or one
    paragraph per row ('label　speech'), then the ``tail`` paragraphs (a signature block)."""
    import docx

    d = docx.Document()
    for line in header if header is not None else HEADER:
        d.add_paragraph(line)
    if table:
        t = d.add_table(rows=0, cols=2)
        for label, speech in rows:
            cells = t.add_row().cells
            cells[0].text = label
            cells[1].text = speech
    else:
        for label, speech in rows:
            d.add_paragraph(f"{label}　{speech}" if label else speech)
    for line in tail or []:
        d.add_paragraph(line)
    d.save(str(path))
    return path


def write_text(path: Path, rows: list[tuple[str, str]], *, header: list[str] | None = None,
               encoding: str = "utf-8", sep: str = "　") -> Path:
    """Minutes as plain text, one row per line, in the given encoding ('utf-8-sig' for a
    BOM, 'cp932', 'euc_jp')."""
    lines = list(header if header is not None else HEADER) + [""]
    lines += [f"{label}{sep}{speech}" if label else speech for label, speech in rows]
    path.write_bytes(("\n".join(lines) + "\n").encode(encoding))
    return path


def write_image_pdf(path: Path) -> Path:
    """A 'scanned' PDF: drawn rectangles and lines, no text layer."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H))
    for i in range(20):
        c.rect(60, 780 - i * 30, 400, 12, fill=1)
    c.showPage()
    c.save()
    return path
