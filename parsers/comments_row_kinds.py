"""What a table row is, once the header is known: a group heading written into the table,
or a comment row whose extra cells are kept as named fields. Pure functions."""
from __future__ import annotations

import re

from app.core.domain import Category
from app.core.text import fold_width
from parsers.comments_columns import Header, read_header
from parsers.comments_headers import read_heading
from parsers.comments_numbering import comment_number
from parsers.comments_rows import Cell, Item, Para, Row

# A comment cut mid-sentence ends with one of these; a heading never does.
CONTINUED = "、，,・（(「『"
# A cell that only counts: 8件, ８ 件.
COUNT_ONLY = re.compile(r"^\s*[0-9０-９]+\s*件\s*$")
# The name a field from a column without a header gets: 「4列目」.
UNHEADED = re.compile(r"^(?P<n>[0-9]+)列目$")


def is_heading_row(row: Row, h: Header, last_page: int | None) -> bool:
    """A group heading written into the table: one text spanning the table or outside
    the comment column, a group mark in the number column with its label beside it
    (Ⅰ | 当該意見を…), or a short label alone in the comment column. The rest of a
    comment cut by a page break (a row opening a new page) is never a heading."""
    grid = row.grid()
    filled = [(i, c) for i, c in enumerate(grid) if c.text.strip()]
    if not filled or len(filled) > 2:
        return False
    if len(filled) == 1 and (filled[0][1].span > 1 or (len(row.cells) == 1 and h.width > 1)):
        return read_heading(filled[0][1].text, strict=False) is not None
    at_page_start = row.page is not None and row.page != last_page
    columns = {i for i, _ in filled}
    text = " ".join(c.text for _, c in filled)
    if h.response in columns or (at_page_start and h.comment in columns):
        return False
    if len(filled) == 2:  # a mark that is no comment number, and the label
        no_cell = grid[h.no].text if h.no is not None and h.no in columns else ""
        return bool(no_cell) and comment_number(no_cell) is None and read_heading(text) is not None
    if columns == {h.comment}:
        return read_heading(text, strict=False) is not None and not text.rstrip().endswith(CONTINUED)
    return read_heading(text) is not None


def row_fields(h: Header, grid: list[Cell]) -> list[tuple[str, str]]:
    """(header, text) of the row's cells outside the number, comment and answer columns;
    a column without a header is named by its place (「4列目」) so its text is kept."""
    named = dict(h.extras)
    used = {h.no, h.comment, h.response}
    fields: list[tuple[str, str]] = []
    for i, cell in enumerate(grid):
        text = cell.text.strip()
        if text and i not in used:
            fields.append((named.get(i, f"{i + 1}列目"), text))
    return fields


def unheaded_column(name: str) -> int | None:
    """The 1-based column a field name made by ``row_fields`` for a headerless column names."""
    m = UNHEADED.match(name)
    return int(m.group("n")) if m else None


def header_paragraphs(items: tuple[Item, ...]) -> list[Item]:
    """A header printed as a paragraph (No.　意見の概要　市の考え方) right above a table
    without a header row becomes that table's header row, when the words match its columns."""
    out: list[Item] = list(items)
    for i, item in enumerate(items[:-1]):
        following = items[i + 1]
        if not isinstance(item, Para) or not isinstance(following, Row):
            continue
        words = item.text.split()
        header = read_header(words)
        if header is None or header.comment is None or read_header(following.texts()) is not None:
            continue
        if len(following.grid()) == len(words):
            out[i] = Row(tuple(Cell(w) for w in words), following.table, following.page, following.place)
    return out


def group_category(categories: list[Category], value: str) -> int:
    """The index of the category a group column's value names, added when new."""
    label = " ".join(fold_width(value).split())
    heading = read_heading(label, strict=False)
    label = heading.label if heading else label
    known = [i for i, c in enumerate(categories) if c.label == label]
    if known:
        return known[-1]
    categories.append(Category(label, heading.declared if heading else None))
    return len(categories) - 1


def split_count(row: Row) -> tuple[Row, int | None]:
    """The row without a cell that only counts (（１）計画全般 | | 8件), and that count."""
    counts = [i for i, c in enumerate(row.cells) if COUNT_ONLY.match(c.text)]
    if len(counts) != 1 or len(row.filled()) < 2:
        return row, None
    i = counts[0]
    n = int(fold_width(row.cells[i].text).strip().rstrip("件").strip())
    cells = row.cells[:i] + (Cell("", span=row.cells[i].span),) + row.cells[i + 1:]
    return Row(cells, row.table, row.page, row.place), n
