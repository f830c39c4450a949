"""The follow-up list (対応事項一覧) in Word: A4 landscape, one ruled table, header repeated.

Pure: ``FollowupRow`` values in, a .docx out (see exports/followups.py for the columns).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Sequence

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from exports.docx_style import (new_row, add_page_number_footer, fix_table_widths, mark_header_row,
                                new_document, set_table_borders, shade, stamp_core, wareki_date)
from exports.followups import FollowupRow, source_text

COLUMNS = ("番号", "対応事項", "担当", "期限", "状況", "出典（会議・日付・発言者）", "備考")
# twips; they add up to the 257 mm text width of landscape A4 with 20 mm side margins
WIDTHS = (680, 4200, 1700, 2000, 900, 3290, 1800)
CENTRED = (0, 3, 4)
TABLE_PT = 9.0


def _cells(r: FollowupRow) -> tuple[str, ...]:
    src = source_text(r).replace(f"（{r.date}）", f"（{wareki_date(r.date)}）") if r.date else source_text(r)
    return (str(r.no), r.text, r.owner, wareki_date(r.due) if r.due else "", r.status, src, r.note)


def write_docx(rows: Sequence[FollowupRow], out: Path, title: str = "対応事項一覧",
               subtitle: str = "") -> Path:
    """Write the list; ``subtitle`` (e.g. the filter) is printed under the title."""
    doc = new_document(landscape=True)
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
        cell.paragraphs[0].add_run(text).bold = True
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        shade(cell)
    mark_header_row(table.rows[0])
    for r in rows:
        for i, (cell, text) in enumerate(zip(new_row(table), _cells(r))):
            lines = text.split("\n")
            p = cell.paragraphs[0]
            p.add_run(lines[0]).font.size = Pt(TABLE_PT)
            if i in CENTRED:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for line in lines[1:]:
                cell.add_paragraph().add_run(line).font.size = Pt(TABLE_PT)
    fix_table_widths(table, list(WIDTHS))
    add_page_number_footer(doc)
    stamp_core(doc, title)
    doc.save(str(out))
    return out
