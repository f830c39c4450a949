"""The follow-up list (対応事項一覧) as Excel or CSV; Word is in exports/followups_docx.py,
and exports/followup_list.py picks the writer by the file name.

Pure: ``FollowupRow`` values in, one file out. Columns: 番号・対応事項・担当・期限・状況・
会議・日付・発言者・備考, then who did what: 確認者・確認日時 (the chair's verdict) and
更新者・更新日時 (the last change, as the database recorded it). Excel gets real date cells, an autofilter, a frozen header,
a drop-down for 状況 and widths that fit; CSV is UTF-8 with a BOM so Excel opens it in
Japanese without asking. Text that a spreadsheet would evaluate (=, +, -, @ …) is written
inert (exports/inert_cells.py): the text may come from a citizen's comment.
"""
from __future__ import annotations

import csv
import datetime as dt
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from app.core.domain import ACTION_STATUSES
from exports.inert_cells import csv_row, set_text

HEADERS = ("番号", "対応事項", "担当", "期限", "状況", "会議", "日付", "発言者", "備考",
           "確認者", "確認日時", "更新者", "更新日時")
MAX_WIDTH = 60  # characters; longer text wraps in its cell
DATE_FORMAT = "yyyy/mm/dd"
TIME_FORMAT = "yyyy/mm/dd hh:mm"
TIME_COLUMNS = (11, 13)  # 確認日時, 更新日時 (1-based)
TITLE = "対応事項一覧"
WRAPPED = (1, 5, 8)  # 対応事項, 会議, 備考


@dataclass(frozen=True)
class FollowupRow:
    """One action item as the list prints it (dates ISO)."""

    no: int
    text: str
    owner: str = ""
    due: str | None = None
    status: str = ""
    meeting: str = ""
    date: str | None = None
    speaker: str = ""
    note: str = ""
    reviewed_by: str = ""
    reviewed_at: str | None = None  # ISO date and time
    changed_by: str = ""
    changed_at: str | None = None


def _values(r: FollowupRow) -> list[object]:
    """The row's cells as text (dates and times ISO)."""
    return [r.no, r.text, r.owner, r.due or "", r.status, r.meeting, r.date or "", r.speaker, r.note,
            r.reviewed_by, r.reviewed_at or "", r.changed_by, r.changed_at or ""]


def _time(iso: str | None) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(iso) if iso else None
    except ValueError:
        return None


def source_text(r: FollowupRow) -> str:
    """出典 in one cell: 会議（日付）発言者."""
    when = f"（{r.date}）" if r.date else ""
    who = f"\n{r.speaker}" if r.speaker else ""
    return f"{r.meeting}{when}{who}"


def _date(iso: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(iso[:10]) if iso else None
    except ValueError:
        return None


def display_width(text: str) -> int:
    """Width in half-width columns: wide (Japanese) characters count two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def write_csv(rows: Sequence[FollowupRow], out: Path) -> Path:
    """UTF-8 with BOM, CRLF line ends, one header row; dates ISO."""
    with out.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(HEADERS)
        for r in rows:
            w.writerow(csv_row(_values(r)))
    return out


def write_xlsx(rows: Sequence[FollowupRow], out: Path) -> Path:
    """One sheet 対応事項一覧: date cells, autofilter, frozen header, 状況 drop-down."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    ws = wb.active
    ws.title = TITLE
    ws.append(list(HEADERS))
    for n, r in enumerate(rows, start=2):
        values = _values(r)
        values[3], values[6] = _date(r.due) or r.due, _date(r.date) or r.date
        values[10], values[12] = _time(r.reviewed_at) or r.reviewed_at, _time(r.changed_at) or r.changed_at
        for column, value in enumerate(values, start=1):
            cell = ws.cell(row=n, column=column)
            if isinstance(value, str):
                set_text(cell, value)
            else:
                cell.value = value
    font, fill = Font(name="ＭＳ ゴシック", bold=True), PatternFill("solid", fgColor="D9D9D9")
    for cell in ws[1]:
        cell.font, cell.fill = font, fill
        cell.alignment = Alignment(horizontal="center", vertical="center")
    last = len(rows) + 1
    wrap, top = Alignment(wrap_text=True, vertical="top"), Alignment(vertical="top")
    for row in ws.iter_rows(min_row=2, max_row=last):
        for i, cell in enumerate(row):
            cell.alignment = wrap if i in WRAPPED else top
        row[3].number_format = row[6].number_format = DATE_FORMAT
        for column in TIME_COLUMNS:
            row[column - 1].number_format = TIME_FORMAT
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(HEADERS))}{last}"
    dv = DataValidation(type="list", formula1='"' + ",".join(ACTION_STATUSES) + '"', allow_blank=True,
                        showErrorMessage=True, errorTitle="状況", error="一覧から選んでください")
    dv.add(f"E2:E{max(last, 2) + 500}")  # room for rows the clerk adds
    ws.add_data_validation(dv)
    _fit_widths(ws, rows)
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.save(str(out))
    return out


def _fit_widths(ws: object, rows: Sequence[FollowupRow]) -> None:
    from openpyxl.utils import get_column_letter

    widest = [display_width(h) for h in HEADERS]
    for r in rows:
        values = [str(r.no), r.text, r.owner, "2000/00/00", r.status, r.meeting, "2000/00/00", r.speaker, r.note,
                  r.reviewed_by, "2000/00/00 00:00", r.changed_by, "2000/00/00 00:00"]
        for i, v in enumerate(values):
            widest[i] = max(widest[i], max((display_width(line) for line in v.split("\n")), default=0))
    for i, w in enumerate(widest, start=1):
        ws.column_dimensions[get_column_letter(i)].width = min(MAX_WIDTH, w + 2)  # type: ignore[attr-defined]
