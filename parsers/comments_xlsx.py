"""XLSX -> Layout: every non-empty sheet row as a Row, with merged ranges as merges.

A merged range's top-left cell keeps the text; the cells below it in the same columns are
``merged_above`` (a merged answer cell is one shared response), the cells to its right are
covered by ``span``. The header need not be on the first row, and category rows between
table rows are ordinary rows with one filled cell; ``comments_build`` reads them (and the
title rows above the header) as headings and paragraphs.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from app.core.progress import Progress, check
from parsers.comments_rows import Cell, Item, Layout, Row, clean_cell_text
from parsers.readers import open_xlsx


def _value_text(value: Any) -> str:
    """A cell value as a clerk reads it: dates as ISO, whole floats without .0."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time(0) else value.isoformat(" ", "minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return clean_cell_text(str(value))


def _merge_marks(ws: Any) -> tuple[dict[tuple[int, int], int], set[tuple[int, int]], set[tuple[int, int]]]:
    """(row, col) -> span for each range's top-left; cells merged from above; cells covered
    from the left."""
    spans: dict[tuple[int, int], int] = {}
    above: set[tuple[int, int]] = set()
    left: set[tuple[int, int]] = set()
    for rng in ws.merged_cells.ranges:
        spans[(rng.min_row, rng.min_col)] = rng.max_col - rng.min_col + 1
        for r in range(rng.min_row, rng.max_row + 1):
            for c in range(rng.min_col, rng.max_col + 1):
                if (r, c) == (rng.min_row, rng.min_col):
                    continue
                (left if c > rng.min_col else above).add((r, c))
    return spans, above, left


def _sheet_items(ws: Any, table: int, progress: Progress) -> list[Item]:
    spans, above, left = _merge_marks(ws)
    items: list[Item] = []
    max_col = ws.max_column or 1
    for r, values in enumerate(ws.iter_rows(values_only=True), start=1):
        cells: list[Cell] = []
        for c in range(1, max_col + 1):
            if (r, c) in left:
                continue
            value = values[c - 1] if c - 1 < len(values) else None
            cells.append(Cell(_value_text(value), (r, c) in above, spans.get((r, c), 1)))
        row = Row(tuple(cells), table, place=f"シート「{ws.title}」{r}行目")
        if any(cell.text.strip() or cell.merged_above for cell in cells):
            items.append(row)
        if r % 200 == 0:
            check(progress, r, ws.max_row or r, "表を読み取っています")
    return items


def read_xlsx(path: Path, progress: Progress) -> Layout:
    """The layout of every sheet of a workbook, sheet after sheet.

    Raises WorkbenchError('broken_xlsx'); Cancelled on cancel."""
    wb = open_xlsx(path)
    items: list[Item] = []
    try:
        for n, ws in enumerate(wb.worksheets):
            items.extend(_sheet_items(ws, n, progress))
    finally:
        wb.close()
    return Layout(tuple(items))
