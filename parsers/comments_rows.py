"""A format-neutral model of a public-comment document: paragraphs and table rows.

Each reader (PDF, DOCX, XLSX) turns its file into a ``Layout``: the items of the document
in reading order, where an item is either a ``Para`` (text outside any table) or a ``Row``
of ``Cell``s. ``comments_build`` then finds headers, categories, comments and answers in it
without knowing which format it came from. Pure data; no I/O.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.text import bullets_to_middot

# Characters after which a wrapped line is taken to end a paragraph, so the break is kept.
# Everything else is a layout break inside a sentence and is joined without a space.
PARAGRAPH_END = "。．！？!?」』）)"
_ASCII_WORD = re.compile(r"[A-Za-z0-9]")


@dataclass(frozen=True)
class Cell:
    """One table cell as the reader found it.

    ``merged_above``: the cell is covered by the cell above it (a vertical merge: DOCX
    vMerge continue, an XLSX merged range, a PDF cell box spanning several rows).
    ``span``: how many grid columns the cell covers (horizontal merge).
    """

    text: str
    merged_above: bool = False
    span: int = 1


@dataclass(frozen=True)
class Row:
    """One table row. ``table`` numbers the tables of the document from 0; ``page`` is the
    1-based page the row starts on, or None where the format has no pages."""

    cells: tuple[Cell, ...]
    table: int
    page: int | None = None
    place: str = ""  # where a clerk finds the row when the page is not enough (シート「…」12行目)

    def texts(self) -> list[str]:
        """The cell texts, one per grid column (a spanning cell repeats as empty texts)."""
        out: list[str] = []
        for cell in self.cells:
            out.append(cell.text)
            out.extend("" for _ in range(cell.span - 1))
        return out

    def grid(self) -> list[Cell]:
        """One cell per grid column; the columns a spanning cell covers read as empty."""
        out: list[Cell] = []
        for cell in self.cells:
            out.append(cell)
            out.extend(Cell("") for _ in range(cell.span - 1))
        return out

    def filled(self) -> list[str]:
        """The non-empty cell texts."""
        return [c.text for c in self.cells if c.text.strip()]


@dataclass(frozen=True)
class Para:
    """A line or paragraph of text outside any table."""

    text: str
    page: int | None = None
    place: str = ""


def where(item: Row | Para) -> str:
    """Where an item is, for a warning: 「3ページ」, 「シート「意見」12行目」, or ""."""
    if item.place:
        return item.place
    return f"{item.page}ページ" if item.page is not None else ""


Item = Row | Para


@dataclass(frozen=True)
class Layout:
    """A document as paragraphs and rows in reading order."""

    items: tuple[Item, ...]
    pages: int | None = None
    notes: tuple[str, ...] = ()  # warnings from the reader, in Japanese


def spans_of(row: Row) -> list[tuple[int, int]]:
    """(first, last) grid columns of each cell of ``row`` that spans several columns."""
    out, at = [], 0
    for cell in row.cells:
        if cell.span > 1:
            out.append((at, at + cell.span - 1))
        at += cell.span
    return out


def clean_cell_text(text: str) -> str:
    """Cell text as a reader shows it: symbol-font bullets to ・, wrapped lines joined,
    paragraph breaks (a line ending in 。 and the like) kept as newlines."""
    lines = [ln.strip() for ln in bullets_to_middot(text).replace("\r", "\n").split("\n")]
    lines = [ln for ln in lines if ln]
    if not lines:
        return ""
    out = lines[0]
    for ln in lines[1:]:
        if out[-1] in PARAGRAPH_END or ln.startswith("・"):
            out += "\n" + ln
        elif _ASCII_WORD.match(out[-1]) and _ASCII_WORD.match(ln[0]) and out[-1].isalpha() and ln[0].isalpha():
            out += " " + ln
        else:
            out += ln
    return out


def join_texts(first: str, second: str) -> str:
    """Two pieces of one cell split by a page break, joined as ``clean_cell_text`` would."""
    if not first:
        return second
    if not second:
        return first
    return clean_cell_text(first + "\n" + second)
