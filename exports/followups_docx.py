"""The follow-up list (対応事項一覧) in Word: A4 landscape, one ruled table, header repeated.

Pure: ``FollowupRow`` values in, a .docx out (see exports/followups.py for the columns).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from copy import deepcopy
from pathlib import Path

from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.table import Table
from lxml import etree

from exports.docx_style import (
    add_page_number_footer,
    add_paragraph_style,
    fix_table_widths,
    mark_header_row,
    new_document,
    set_table_borders,
    shade,
    stamp_core,
    wareki_date,
)
from exports.followups import FollowupRow

COLUMNS = ("番号", "対応事項", "担当", "期限", "状況", "出典（会議・日付・発言者）", "備考")
# twips; they add up to the 257 mm text width of landscape A4 with 20 mm side margins
WIDTHS = (680, 4200, 1700, 2000, 900, 3290, 1800)
CENTRED = (0, 3, 4)
TABLE_PT = 9.0
# The cell text's size and alignment live in two paragraph styles, not on every run: a
# font size per run cost 0.8 s for 1,000 rows, and the clerk can restyle the list at once.
CELL_STYLE, CENTRED_STYLE = "Table Text", "Table Text Centered"


def _cells(r: FollowupRow) -> tuple[str, ...]:
    """The cell texts of one row; 出典 is 会議 / （和暦の日付） / 発言者, one per line, so
    the date never wraps in the middle."""
    src = "\n".join(x for x in (r.meeting, f"（{wareki_date(r.date)}）" if r.date else "", r.speaker) if x)
    return (str(r.no), r.text, r.owner, wareki_date(r.due) if r.due else "", r.status, src, r.note)


def _table_styles(doc: DocxDocument) -> tuple[str, str]:
    """The two cell styles (9pt 明朝; one centred); returns their style ids."""
    add_paragraph_style(doc, CELL_STYLE, TABLE_PT)
    add_paragraph_style(doc, CENTRED_STYLE, TABLE_PT)
    centred = doc.styles[CENTRED_STYLE]
    centred.base_style = doc.styles[CELL_STYLE]
    centred.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return doc.styles[CELL_STYLE].style_id, centred.style_id


def _row_template(style_ids: tuple[str, str]) -> etree._Element:
    """An empty ``w:tr``: each cell with its width and one paragraph in its style."""
    tr = OxmlElement("w:tr")
    for i, width in enumerate(WIDTHS):
        tc, tc_pr, tc_w = OxmlElement("w:tc"), OxmlElement("w:tcPr"), OxmlElement("w:tcW")
        tc_w.set(qn("w:w"), str(width))
        tc_w.set(qn("w:type"), "dxa")
        tc_pr.append(tc_w)
        p, p_pr, p_style = OxmlElement("w:p"), OxmlElement("w:pPr"), OxmlElement("w:pStyle")
        p_style.set(qn("w:val"), style_ids[1] if i in CENTRED else style_ids[0])
        p_pr.append(p_style)
        p.append(p_pr)
        tc.extend((tc_pr, p))
        tr.append(tc)
    return tr


def _fill_paragraph(p: etree._Element, text: str) -> None:
    if not text:
        return
    r, t = OxmlElement("w:r"), OxmlElement("w:t")
    t.text = text
    if text != text.strip():
        t.set(qn("xml:space"), "preserve")
    r.append(t)
    p.append(r)


def _add_rows(table: Table, rows: Sequence[FollowupRow], template: etree._Element) -> None:
    """One ``w:tr`` per row, copied from ``template`` — lxml directly, since python-docx's
    per-cell calls (width, add_run, font size) were 80 % of the time of a long list."""
    tbl = table._tbl
    for r in rows:
        tr = deepcopy(template)
        for tc, text in zip(tr.iterchildren(qn("w:tc")), _cells(r)):
            first = tc[1]
            lines = text.split("\n")
            for line in lines[1:]:
                extra = deepcopy(first)
                _fill_paragraph(extra, line)
                tc.append(extra)
            _fill_paragraph(first, lines[0])
        tbl.append(tr)


def write_docx(rows: Sequence[FollowupRow], out: Path, title: str = "対応事項一覧",
               subtitle: str = "") -> Path:
    """Write the list; ``subtitle`` (e.g. the filter) is printed under the title."""
    doc = new_document(landscape=True)
    style_ids = _table_styles(doc)
    head = doc.add_paragraph(title, style="Title")
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    today = wareki_date(dt.date.today().isoformat())
    info = doc.add_paragraph(f"{subtitle}　" if subtitle else "")
    info.add_run(f"{today}現在　{len(rows)}件")
    info.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    table = doc.add_table(rows=1, cols=len(COLUMNS))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_table_borders(table, "single")
    for cell, text in zip(table.rows[0].cells, COLUMNS):
        cell.paragraphs[0].style = doc.styles[CENTRED_STYLE]
        cell.paragraphs[0].add_run(text).bold = True
        shade(cell)
    mark_header_row(table.rows[0])
    fix_table_widths(table, list(WIDTHS))  # the header row; the template carries the widths
    _add_rows(table, rows, _row_template(style_ids))
    add_page_number_footer(doc)
    stamp_core(doc, title)
    doc.save(str(out))
    return out
