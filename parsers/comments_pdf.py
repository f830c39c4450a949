"""PDF -> Layout with pdfplumber's ruled-table geometry.

Each page gives its tables (``find_tables`` on the drawn lines) and the text lines outside
them, merged in top-to-bottom order. A cell pdfplumber reports as missing (None) is either
covered by a taller cell above it (a merged answer cell: ``merged_above``) or by a wider
cell to its left (``span``); the cell boxes tell which. Header rows repeated on each page
and rows cut by a page break are left to ``comments_build``, which sees the page numbers.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from app.core.errors import Cancelled, WorkbenchError
from app.core.progress import Progress, check
from parsers.comments_pdf_columns import Borderless
from parsers.comments_rows import Cell, Item, Layout, Para, Row, clean_cell_text
from parsers.readers import open_pdf

# Points a cell edge may miss a row or column edge by and still count as reaching it
# (the Sendai and Shinagawa prints are off by up to 0.5 pt where Word drew merged cells).
EDGE_TOLERANCE = 2.0
# Page numbers printed as footers: "- 1 -", "－２－", "1/6", "- 4 -" (Sendai table).
PAGE_FOOTER = re.compile(r"^\s*(?:[-－‐ー―]\s*[0-9０-９]+\s*[-－‐ー―]|[0-9０-９]+\s*/\s*[0-9０-９]+|"
                         r"[0-9０-９]+)\s*$")


def _columns(table: Any) -> list[tuple[float, float]]:
    """The x-range of each grid column: the narrowest cell seen in that column."""
    width = max(len(r.cells) for r in table.rows)
    cols: list[tuple[float, float] | None] = [None] * width
    for r in table.rows:
        for j, bbox in enumerate(r.cells):
            if bbox is None:
                continue
            cur = cols[j]
            if cur is None or bbox[2] - bbox[0] < cur[1] - cur[0]:
                cols[j] = (bbox[0], bbox[2])
    return [c if c is not None else (0.0, 0.0) for c in cols]


def _covered_above(table: Any, i: int, j: int) -> bool:
    """True when a cell above row i in column j reaches down to row i's bottom."""
    bottom = table.rows[i].bbox[3]
    for k in range(i - 1, -1, -1):
        bbox = table.rows[k].cells[j] if j < len(table.rows[k].cells) else None
        if bbox is not None:
            return bool(bbox[3] >= bottom - EDGE_TOLERANCE)
    return False


def _table_rows(table: Any, index: int, page: int) -> list[Row]:
    """The rows of one pdfplumber table as Rows, merges resolved from the cell boxes."""
    texts = table.extract()
    cols = _columns(table)
    rows: list[Row] = []
    for i, r in enumerate(table.rows):
        cells: list[Cell] = []
        for j, bbox in enumerate(r.cells):
            if bbox is not None:
                cells.append(Cell(clean_cell_text(texts[i][j] or "")))
            elif _covered_above(table, i, j):
                cells.append(Cell("", merged_above=True))
            elif cells and _reaches(r.cells, j, cols):
                last = cells[-1]
                cells[-1] = Cell(last.text, last.merged_above, last.span + 1)
            else:
                cells.append(Cell(""))
        rows.append(Row(tuple(cells), index, page))
    return rows


def _reaches(cells: list[Any], j: int, cols: list[tuple[float, float]]) -> bool:
    """True when the nearest real cell left of column j extends over column j."""
    for k in range(j - 1, -1, -1):
        if cells[k] is not None:
            return bool(cells[k][2] >= cols[j][1] - EDGE_TOLERANCE)
    return False


def _outside(tables: list[Any]) -> Any:
    """A pdfplumber object filter keeping what lies outside every table box."""
    boxes = [t.bbox for t in tables]

    def keep(obj: dict[str, Any]) -> bool:
        if "x0" not in obj or "top" not in obj:
            return True
        cx, cy = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        return not any(b[0] <= cx <= b[2] and b[1] <= cy <= b[3] for b in boxes)
    return keep


def _page_items(page: Any, number: int, first_table: int,
                borderless: Borderless) -> tuple[list[Item], int]:
    """A page's paragraphs and rows in reading order, and the next table number. Lines
    of a page without ruled tables may be a table without borders (``comments_pdf_columns``)."""
    tables = sorted(page.find_tables(), key=lambda t: t.bbox[1])
    lines = [line for line in page.filter(_outside(tables)).extract_text_lines()
             if line["text"].strip() and not PAGE_FOOTER.match(line["text"].strip())]
    if tables:  # a page with ruled tables: the lines around them are paragraphs
        placed: list[tuple[float, list[Item]]] = [
            (line["top"], [Para(clean_cell_text(line["text"].strip()), number)]) for line in lines]
    else:
        placed = borderless.page(lines, number, first_table)
    for n, t in enumerate(tables):
        placed.append((t.bbox[1], list(_table_rows(t, first_table + n, number))))
    placed.sort(key=lambda p: p[0])
    return [item for _, items in placed for item in items], first_table + len(tables)


def _open(path: Path) -> Any:
    """``readers.open_pdf``, telling an encrypted file from a broken one where pdfplumber
    hides pdfminer's PDFPasswordIncorrect inside a PdfminerException without a message
    (pdfplumber 0.11; readers.open_pdf only looks at the message)."""
    try:
        return open_pdf(path)
    except WorkbenchError as e:
        inner = e.__cause__
        names = {type(a).__name__ for a in getattr(inner, "args", ())} | {type(inner).__name__}
        if e.code == "broken_pdf" and names & {"PDFPasswordIncorrect", "PDFEncryptionError"}:
            raise WorkbenchError("encrypted_pdf", path=str(path)) from e
        raise


def read_pdf(path: Path, progress: Progress) -> Layout:
    """The layout of a PDF's text layer.

    Raises WorkbenchError: encrypted_pdf, broken_pdf, scanned_pdf (no text at all);
    Cancelled on cancel."""
    pdf = _open(path)
    items: list[Item] = []
    table, chars = 0, 0
    borderless = Borderless()
    try:
        pages = pdf.pages
        for n, page in enumerate(pages, start=1):
            check(progress, n - 1, len(pages), f"{n}ページ目を読み取っています")
            chars += len(page.chars)
            page_items, table = _page_items(page, n, table, borderless)
            items.extend(page_items)
            page.flush_cache()
        count = len(pages)
    except (WorkbenchError, Cancelled):
        raise
    except Exception as e:  # pdfminer raises many kinds mid-file for damaged content
        raise WorkbenchError("broken_pdf", path=str(path)) from e
    finally:
        pdf.close()
    if chars == 0:
        raise WorkbenchError("scanned_pdf", path=str(path))
    return Layout(tuple(items), count)
