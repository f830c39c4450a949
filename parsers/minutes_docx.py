"""DOCX minutes to ``Line``s: body paragraphs in order, and two-column tables read as a
speaker label column beside the speech."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from app.core.progress import Progress, check
from parsers.minutes_labels import note_text
from parsers.minutes_lines import Line, clean_text, drop_running_titles, is_caption_row, is_page_furniture
from parsers.readers import open_docx

# A table is a label | speech table when it has two columns and the left cells are this
# short on average (the Sendai minutes: '座長', '情報政策課長', '座長（曽根委員）').
LABEL_CELL_MAX_CHARS = 24


def _paragraph_lines(text: str, in_table: bool, label: str = "") -> list[Line]:
    """One paragraph (soft breaks split it) as Lines; the first starts a block."""
    out: list[Line] = []
    for k, part in enumerate(text.split("\n")):
        t = clean_text(part)
        if t and not is_page_furniture(t):
            out.append(Line(t, None, label if not out else "", k == 0 or not out, in_table))
    if not out and label:
        out.append(Line("", None, label, True, in_table))
    return out


def _row_cells(row: Any) -> list[Any]:
    """The distinct cells of a row (merged cells repeat in python-docx)."""
    seen: set[int] = set()
    cells = []
    for c in row.cells:
        if id(c._tc) not in seen:
            seen.add(id(c._tc))
            cells.append(c)
    return cells


def _is_label_table(rows: list[list[Any]]) -> bool:
    two = [r for r in rows if len(r) == 2]
    if not two or len(two) * 2 < len(rows):
        return False
    lefts = [len(r[0].text.strip()) for r in two]
    return sum(lefts) / len(lefts) <= LABEL_CELL_MAX_CHARS


def _table_lines(table: Any) -> Iterator[Line]:
    rows = [_row_cells(r) for r in table.rows]
    if _is_label_table(rows):
        for cells in rows:
            if len(cells) != 2:
                yield from (ln for c in cells for p in c.paragraphs for ln in _paragraph_lines(p.text, True))
                continue
            label = clean_text("".join(x.strip() for x in cells[0].text.split("\n")))
            paras = [p.text for p in cells[1].paragraphs if p.text.strip()]
            if is_caption_row(label, cells[1].text):
                continue  # the caption row, repeated on each table
            if not paras and note_text(label):
                yield from _paragraph_lines(label, True)  # '（異議なし）' across an empty speech cell
                continue
            if not paras:
                yield from _paragraph_lines("", True, label)
            for k, p in enumerate(paras):
                yield from _paragraph_lines(p, True, label if k == 0 else "")
        return
    for cells in rows:
        for c in cells:
            for p in c.paragraphs:
                yield from _paragraph_lines(p.text, False)


def read_docx_lines(path: Path, progress: Progress) -> list[Line]:
    """The Lines of a DOCX body in document order (headers and footers of the page are not
    content). Any thread; raises WorkbenchError('broken_docx'), Cancelled."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    d = open_docx(path)
    children = list(d.element.body.iterchildren())
    out: list[Line] = []
    for k, child in enumerate(children):
        if k % 50 == 0:
            check(progress, k, len(children), "段落を読み込み中")
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            out.extend(_paragraph_lines(Paragraph(child, d).text, False))
        elif tag == "tbl":
            out.extend(_table_lines(Table(child, d)))
    return drop_running_titles(out)
