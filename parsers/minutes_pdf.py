"""PDF minutes to positioned ``Line``s, from pypdfium2's character boxes.

pypdfium2 is used rather than pdfplumber because import speed is a product goal: PDFium's
text layer costs about as much as ``pdftotext`` does, where pdfplumber's layout analysis
costs ten times that. The characters and their boxes come out of PDFium in bulk
(``pdf_chars``).
"""
from __future__ import annotations

import re
from collections import Counter
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Any

from app.core.errors import WorkbenchError
from app.core.progress import Progress, check
from parsers.minutes_lines import Line, clean_text, drop_running_titles, is_page_furniture
from parsers.pdf_chars import Char as _Char
from parsers.pdf_chars import page_chars
from parsers.pdf_pages import helper_possible, read_ahead, read_pages

# Characters whose baselines differ by less than this share of the font size are on one
# line (Word's PDF export of the Sendai minutes jitters baselines by ~0.1 pt).
LINE_Y_TOLERANCE_EM = 0.35
# A horizontal gap wider than this (in font sizes) separates columns: the Sendai label
# column ends ~6 em before the speech column; a full-width space is 1 em.
SEGMENT_GAP_EM = 2.5
# A gap at least this wide between two characters is a word space ('会場 第三委員会室').
WORD_GAP_EM = 0.8
# A narrower gap between two Latin letters or digits is still a space ('Office や Word').
LATIN_GAP_EM = 0.15
# Speech beside a label starts after a gap of at least this many font sizes (cell padding).
LABEL_GAP_EM = 0.3
# The speech column starts within this many points of the commonest line start.
COLUMN_TOLERANCE_PT = 4.0
# A layout is two-column when at least this many lines carry a label left of the speech
# column with speech beside it.
LABEL_ROWS_MIN = 2
# A vertical step this many times the usual line pitch starts a new paragraph.
BLOCK_GAP_FACTOR = 1.4
# Running heads and feet live in this share of the page height at the top and bottom.
PAGE_BAND_SHARE = 0.08


@dataclass
class _Seg:
    x0: float
    x1: float
    text: str
    start: int = 0  # index of its first character in the line


_BY_X, _BY_Y, _SIZE = itemgetter(1), itemgetter(3), itemgetter(4)


@dataclass
class _PdfLine:
    page: int
    y: float
    size: float
    chars: list[_Char]
    segs: list[_Seg] = field(default_factory=list)
    band: bool = False  # in the header or footer band of its page
    text: str = ""  # the segments joined by spaces

    def __post_init__(self) -> None:
        self.text = " ".join(s.text for s in self.segs)


def open_pdfium(path: Path) -> Any:
    """A pypdfium2 PdfDocument; the caller closes it. Raises WorkbenchError with
    encrypted_pdf, broken_pdf."""
    import pypdfium2 as pdfium

    from parsers.input_limits import check_pdf

    check_pdf(path)
    try:
        doc = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as e:
        code = "encrypted_pdf" if "password" in str(e).lower() else "broken_pdf"
        raise WorkbenchError(code, path=str(path)) from e
    except Exception as e:  # unreadable file, odd bytes
        raise WorkbenchError("broken_pdf", path=str(path)) from e
    if len(doc) == 0:
        doc.close()
        raise WorkbenchError("broken_pdf", path=str(path))
    return doc


def _latin(ch: str) -> bool:
    """A Latin letter or digit (cheaper than a regex on the per-character path)."""
    return ch.isascii() and ch.isalnum()


def _join_chars(chars: list[_Char]) -> list[_Seg]:
    """Characters of one line, left to right, into segments split at column gaps."""
    segs: list[_Seg] = []
    parts: list[str] = []
    x0 = prev_x1 = chars[0][1]
    start, prev = 0, ""
    for k, (ch, cx0, cx1, _y, size) in enumerate(chars):
        if not parts:
            prev_x1 = cx1
        elif cx0 - prev_x1 > SEGMENT_GAP_EM * size:
            segs.append(_Seg(x0, prev_x1, "".join(parts), start))
            parts, x0, prev_x1, start = [], cx0, cx1, k
        else:
            gap = cx0 - prev_x1
            if ch != " " and prev != " " and gap >= LATIN_GAP_EM * size and (
                    gap >= WORD_GAP_EM * size or (_latin(prev) and _latin(ch))):
                parts.append(" " if _latin(prev) or _latin(ch) else "\u3000")
            if cx1 > prev_x1:
                prev_x1 = cx1
        parts.append(ch)
        prev = ch
    segs.append(_Seg(x0, prev_x1, "".join(parts), start))
    return segs


def _page_lines(doc: Any, index: int) -> list[_PdfLine]:
    """The lines of one page, top to bottom, each split into column segments."""
    chars, height = page_chars(doc, index)
    chars.sort(key=_BY_Y, reverse=True)
    groups: list[list[_Char]] = []
    top = 0.0
    for c in chars:
        if groups and top - c[3] <= LINE_Y_TOLERANCE_EM * c[4]:
            groups[-1].append(c)
        else:
            groups.append([c])
            top = c[3]
    out = []
    band = PAGE_BAND_SHARE * height
    for g in groups:
        g.sort(key=_BY_X)
        mid = len(g) // 2
        size = sorted(map(_SIZE, g))[mid]
        y = sorted(map(_BY_Y, g))[mid]  # the median: estimated baselines jitter a little
        line = _PdfLine(index + 1, y, size, g, _join_chars(g), band=y < band or y > height - band)
        if line.text.strip():
            out.append(line)
    return out


def _drop_furniture(lines: list[_PdfLine], pages: int) -> list[_PdfLine]:
    """Remove page numbers, separators, and text repeated in the page bands."""
    def key(ln: _PdfLine) -> str:
        return re.sub(r"[0-9０-９\s]", "", ln.text)

    band_pages: dict[str, set[int]] = {}
    for ln in lines:
        if ln.band:
            band_pages.setdefault(key(ln), set()).add(ln.page)
    repeated = {k for k, p in band_pages.items() if k and len(p) >= 2 and len(p) * 2 >= pages}
    return [ln for ln in lines
            if not is_page_furniture(ln.text) and not (ln.band and key(ln) in repeated)]


def _label_split(ln: _PdfLine, body_x: float) -> int | None:
    """Index of the first speech character when the line starts in the label column and
    its speech starts at the speech column after a gap; None otherwise."""
    chars = ln.chars
    if not chars or chars[0][1] >= body_x - COLUMN_TOLERANCE_PT:
        return None
    for k in range(1, len(chars)):
        _ch, x0 = chars[k][0], chars[k][1]
        if x0 >= body_x - COLUMN_TOLERANCE_PT:
            gap = x0 - max(c[2] for c in chars[:k])
            return k if abs(x0 - body_x) <= COLUMN_TOLERANCE_PT and gap >= LABEL_GAP_EM * ln.size else None
    return len(chars) if chars[-1][2] < body_x - COLUMN_TOLERANCE_PT else None


def _speech_column(lines: list[_PdfLine]) -> tuple[float | None, list[int | None]]:
    """The x where speech starts in a two-column (label | speech) layout (else None), and
    for each line the index where its speech starts after a label (else None)."""
    starts = Counter(round(ln.chars[0][1]) for ln in lines if ln.chars)
    if not starts:
        return None, [None] * len(lines)
    body_x = float(starts.most_common(1)[0][0])
    splits = [_label_split(ln, body_x) for ln in lines]
    rows = sum(1 for ln, k in zip(lines, splits) if k is not None and k < len(ln.chars))
    return (body_x, splits) if rows >= LABEL_ROWS_MIN else (None, [None] * len(lines))


def _joined(chars: list[_Char]) -> str:
    return " ".join(s.text for s in _join_chars(chars)) if chars else ""


def _to_line(ln: _PdfLine, k: int | None, table: bool, new_block: bool) -> Line:
    """A positioned line as a Line; its characters before index ``k`` are the label."""
    if k is None:
        return Line(clean_text(ln.text), ln.page, "", new_block, table)
    at = next((i for i, s in enumerate(ln.segs) if s.start == k), None)
    if at is not None:  # the usual case: the label column gap already split the segments
        label = " ".join(s.text for s in ln.segs[:at])
        body = " ".join(s.text for s in ln.segs[at:])
    else:
        label, body = _joined(ln.chars[:k]), _joined(ln.chars[k:])
    return Line(clean_text(body), ln.page, clean_text(label), new_block, True)


def _pitch(lines: list[_PdfLine]) -> float:
    steps = sorted(a.y - b.y for a, b in zip(lines, lines[1:]) if a.page == b.page and a.y > b.y)
    return steps[len(steps) // 2] if steps else 0.0


def reading_ahead(path: Path) -> AbstractContextManager[None]:
    """While in it, a second process may already be reading the pages of the PDF minutes
    ``path`` for ``read_pdf_lines`` (parsers/pdf_pages.py). A file that cannot be opened
    is left to the reading itself to report."""
    if not helper_possible():
        return nullcontext()
    try:
        doc = open_pdfium(path)
    except WorkbenchError:
        return nullcontext()
    try:
        pages = len(doc)
    finally:
        doc.close()
    return read_ahead(path, pages, _page_lines)


def read_pdf_lines(path: Path, progress: Progress) -> tuple[list[Line], int, list[str]]:
    """The Lines of a PDF's text layer, its page count, and warnings.

    Any thread. Reports one step per page and raises Cancelled when asked to stop.
    Raises WorkbenchError: encrypted_pdf, broken_pdf, scanned_pdf (no text on any page)."""
    doc = open_pdfium(path)
    try:
        pages = len(doc)
        by_page = read_pages(path, doc, _page_lines, progress)
        check(progress, pages, pages, "解析中")
    finally:
        doc.close()
    raw_lines = [ln for got in by_page for ln in got]
    if not raw_lines:
        raise WorkbenchError("scanned_pdf", path=str(path))
    empty = [i + 1 for i, got in enumerate(by_page) if not got]
    warnings = [f"{p} ページに文字情報がありません（画像のみのページは読み取れません）。" for p in empty]
    lines = _drop_furniture(raw_lines, pages)
    body_x, splits = _speech_column(lines)
    pitch = _pitch(lines)
    out = []
    for k, ln in enumerate(lines):
        prev = lines[k - 1] if k else None
        new_block = prev is None or (prev.page == ln.page and pitch > 0
                                     and prev.y - ln.y > BLOCK_GAP_FACTOR * pitch)
        out.append(_to_line(ln, splits[k], body_x is not None, new_block))
    return drop_running_titles([ln for ln in out if ln.text or ln.label]), pages, warnings
