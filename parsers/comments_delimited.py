"""Text whose table is tab- or comma-separated (a sheet saved as テキスト（タブ区切り） or
CSV): every line as a Row, as ``comments_xlsx`` gives a sheet's rows, read with the
standard library's csv module (quoted cells may hold commas and line breaks). The text is
such a table only when a line splits at the separator into a comment-table header
(``No.`` / ``意見の概要`` / ``市の考え方`` …); the title lines above it become one-cell rows,
which ``comments_build`` reads as the title and headings. Pure.
"""
from __future__ import annotations

import csv
import io

from parsers.comments_columns import read_header
from parsers.comments_rows import Cell, Item, Row, clean_cell_text

SEPARATORS = ("\t", ",")


def _header_line(rows: list[list[str]]) -> int | None:
    for k, row in enumerate(rows):
        cells = [c.strip() for c in row]
        if sum(1 for c in cells if c) >= 2 and read_header(cells) is not None:
            return k
    return None


def delimited_items(text: str) -> list[Item] | None:
    """The rows of a tab- or comma-separated comment table, else None."""
    for separator in SEPARATORS:
        if separator not in text:
            continue
        reader = csv.reader(io.StringIO(text), delimiter=separator)
        rows: list[list[str]] = []
        starts: list[int] = []  # the line each row starts on (a quoted cell may span lines)
        try:
            for row in reader:
                starts.append(reader.line_num - sum(c.count("\n") for c in row))
                rows.append(row)
        except csv.Error:
            continue
        if _header_line(rows) is None:
            continue
        return [Row(tuple(Cell(clean_cell_text(c)) for c in row), 0, place=f"{line}行目")
                for row, line in zip(rows, starts) if any(c.strip() for c in row)]
    return None
