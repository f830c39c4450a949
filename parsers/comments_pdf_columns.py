"""A comment table printed without ruled lines, read from where its text stands.

Without drawn cell borders pdfplumber finds no table; the text lines then hold a header
(``No 意見の概要 市の考え方``) and rows whose columns stand side by side. The header gives
the columns; the boundary between two columns is the widest vertical gutter (an x range
no character of the rows below covers) between the centres of their header words, so a
centred header over left-aligned text still splits right. A line whose number cell holds
a comment number opens a row; the lines below it add to its cells; a whole line that reads
as a group heading stays a paragraph. The columns carry over to the next page, where the
lines before the first number continue the row the page break cut. Pure; pdfplumber dicts in.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from parsers.comments_columns import Header, read_header
from parsers.comments_headers import read_heading
from parsers.comments_numbering import comment_number
from parsers.comments_rows import Cell, Item, Para, Row, clean_cell_text

# A space wider than this share of the font size separates two words of a header.
WORD_GAP = 0.8
# A gutter narrower than this (points) is the space between two characters, not columns.
MIN_GUTTER = 4.0


@dataclass(frozen=True)
class _Word:
    text: str
    x0: float
    x1: float


def _words(chars: list[dict[str, Any]]) -> list[_Word]:
    words: list[_Word] = []
    for ch in sorted(chars, key=lambda c: c["x0"]):
        gap = WORD_GAP * float(ch.get("size", 10))
        if words and ch["x0"] - words[-1].x1 <= gap and ch["text"].strip():
            last = words[-1]
            words[-1] = _Word(last.text + ch["text"], last.x0, ch["x1"])
        elif ch["text"].strip():
            words.append(_Word(ch["text"], ch["x0"], ch["x1"]))
    return words


def _gutter(spans: list[tuple[float, float]], lo: float, hi: float) -> float | None:
    """The middle of the widest x range in [lo, hi] that no span covers, if wide enough."""
    edges = sorted((max(a, lo), min(b, hi)) for a, b in spans if b > lo and a < hi)
    best, at, x = 0.0, None, lo
    for a, b in edges + [(hi, hi)]:
        if a - x > best:
            best, at = a - x, (x + a) / 2
        x = max(x, b)
    return at if best >= MIN_GUTTER else None


@dataclass
class _Open:
    cells: list[list[str]]
    page: int
    top: float


@dataclass
class Borderless:
    """The state of a borderless table across pages; one per PDF."""

    words: list[_Word] = field(default_factory=list)  # the header's words
    header: Header | None = None
    table: int = 0

    def _bounds(self, lines: list[dict[str, Any]]) -> list[float]:
        spans = [(c["x0"], c["x1"]) for ln in lines for c in ln["chars"] if c["text"].strip()]
        bounds = []
        for a, b in zip(self.words, self.words[1:]):
            at = _gutter(spans, (a.x0 + a.x1) / 2, (b.x0 + b.x1) / 2)
            bounds.append(at if at is not None else (a.x1 + b.x0) / 2)
        return bounds

    def _split(self, line: dict[str, Any], bounds: list[float]) -> list[str]:
        cells = [""] * (len(bounds) + 1)
        for ch in sorted(line["chars"], key=lambda c: c["x0"]):
            mid = (ch["x0"] + ch["x1"]) / 2
            cells[sum(1 for b in bounds if mid >= b)] += ch["text"]
        return [c.strip() for c in cells]

    def _is_header(self, line: dict[str, Any]) -> bool:
        words = _words(line["chars"])
        header = read_header([w.text for w in words])
        if header is None:
            return False
        self.words, self.header = words, header
        return True

    def page(self, lines: list[dict[str, Any]], page: int, table: int) -> list[tuple[float, list[Item]]]:
        """The page's lines outside ruled tables as (top, items): paragraphs, and the
        header and rows of a borderless table once a header line was seen."""
        placed: list[tuple[float, list[Item]]] = []
        start = next((k for k, ln in enumerate(lines) if self._is_header_line(ln)), None)
        if self.header is None and start is None:
            return [(ln["top"], [Para(clean_cell_text(ln["text"]), page)]) for ln in lines]
        first = 0 if self.header is not None else (start or 0)
        for ln in lines[:first]:
            placed.append((ln["top"], [Para(clean_cell_text(ln["text"]), page)]))
        rows = [ln for ln in lines[first:] if not self._is_header_line(ln)
                and read_heading(ln["text"]) is None]
        bounds: list[float] = []
        current: _Open | None = None
        for ln in lines[first:]:
            if self._is_header(ln):
                self.table = table
                self._close(current, placed)
                current = None
                bounds = self._bounds(rows)
                placed.append((ln["top"], [Row(tuple(Cell(w.text) for w in self.words), table, page)]))
                continue
            bounds = bounds or self._bounds(rows)
            cells = self._split(ln, bounds)
            no = cells[self.header.no] if self.header and self.header.no is not None else ""
            if read_heading(ln["text"]) is not None and comment_number(no) is None:
                self._close(current, placed)
                current = None
                placed.append((ln["top"], [Para(clean_cell_text(ln["text"]), page)]))
            elif comment_number(no) is not None or current is None:
                self._close(current, placed)
                current = _Open([[c] if c else [] for c in cells], page, ln["top"])
            else:
                for k, c in enumerate(cells):
                    if c:
                        current.cells[k].append(c)
        self._close(current, placed)
        return placed

    def _is_header_line(self, line: dict[str, Any]) -> bool:
        return read_header([w.text for w in _words(line["chars"])]) is not None

    def _close(self, row: _Open | None, placed: list[tuple[float, list[Item]]]) -> None:
        if row is not None:
            cells = tuple(Cell(clean_cell_text("\n".join(parts))) for parts in row.cells)
            placed.append((row.top, [Row(cells, self.table, row.page)]))
