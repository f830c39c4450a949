"""DOCX -> Layout: body paragraphs and table rows in document order, with merges.

Vertical merges are read from ``w:vMerge`` (a ``continue`` cell is ``merged_above``, so a
merged answer is one response shared by the rows), horizontal ones from ``w:gridSpan``.
python-docx's ``row.cells`` repeats a merged cell's text in every row it covers, so the
XML cells are read directly instead.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from app.core.progress import Progress, check
from parsers.comments_rows import Cell, Item, Layout, Para, Row, clean_cell_text
from parsers.readers import open_docx

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _paragraph_text(p: Any) -> str:
    """The visible text of a w:p element (runs, tabs as spaces, line breaks as newlines)."""
    out: list[str] = []
    for el in p.iter():
        if el.tag == W + "t" and el.text:
            out.append(el.text)
        elif el.tag == W + "tab":
            out.append(" ")
        elif el.tag in (W + "br", W + "cr"):
            out.append("\n")
        elif el.tag == W + "sym":
            out.append("・")  # a Wingdings/Symbol bullet typed as a symbol
    text = "".join(out)
    if p.find(f"{W}pPr/{W}numPr") is not None and text.strip():
        text = "・" + text  # a bulleted list item: its bullet is numbering, not text
    return text


def _cell(tc: Any) -> Cell:
    """One w:tc as a Cell: its paragraphs, kept apart, and its merge marks."""
    parts = [clean_cell_text(_paragraph_text(p)) for p in tc.iter(W + "p")]
    text = "\n".join(p for p in parts if p)
    props = tc.find(W + "tcPr")
    merged, span = False, 1
    if props is not None:
        vmerge = props.find(W + "vMerge")
        if vmerge is not None and vmerge.get(W + "val", "continue") == "continue":
            merged = True
        grid = props.find(W + "gridSpan")
        if grid is not None:
            span = int(grid.get(W + "val", "1"))
    return Cell("" if merged else text, merged, span)


def _rows(tbl: Any, table: int) -> list[Row]:
    rows = []
    for n, tr in enumerate(tbl.findall(W + "tr"), start=1):
        cells = tuple(_cell(tc) for tc in tr.findall(W + "tc"))
        rows.append(Row(cells, table, place=f"{table + 1}つ目の表の{n}行目"))
    return rows


def read_docx(path: Path, progress: Progress) -> Layout:
    """The layout of a DOCX. Raises WorkbenchError('broken_docx'); Cancelled on cancel."""
    document = open_docx(path)
    body = document.element.body
    children = list(body.iterchildren())
    items: list[Item] = []
    table = 0
    for i, el in enumerate(children):
        if el.tag == W + "p":
            text = _paragraph_text(el).strip()
            if text:
                items.append(Para(text))
        elif el.tag == W + "tbl":
            items.extend(_rows(el, table))
            table += 1
        if i % 50 == 0:
            check(progress, i, len(children), "表を読み取っています")
    return Layout(tuple(items))
