"""Rebuild the sample comment table (sample_comments.xlsx) the first start imports.

    .venv/bin/python resources/sample/build_samples.py

The comments are written for this project: a fictional city's public comment on a bus plan.
"""
from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

ROWS = [
    ("（１）計画全般に関する意見（２件）", None, None),
    ("1", "高齢者が通院に使える便を残してほしい。", "通院など日常生活に必要な移動を確保することを基本として、運行計画を検討してまいります。"),
    ("2", "病院へ行く便を減らさないでほしい。", None),
    ("（２）停留所に関する意見（１件）", None, None),
    ("3", "停留所の時刻表が小さくて読みにくい。", "時刻表の文字を大きくするなど、見やすい表示に改善してまいります。"),
]


def build(out: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "意見一覧"
    ws["A1"] = "みどり市地域公共交通計画（案）に対する意見募集の結果"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "提出された意見　3件（3人）"
    ws.append([])
    ws.append(["No", "意見の概要", "市の考え方"])
    merge_from = None
    for no, comment, answer in ROWS:
        ws.append([no, comment, answer])
        row = ws.max_row
        if comment is None:
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=3)
        elif answer is None and merge_from is not None:
            ws.merge_cells(start_row=merge_from, start_column=3, end_row=row, end_column=3)
        else:
            merge_from = row
    for col, width in zip("ABC", (8, 50, 60)):
        ws.column_dimensions[col].width = width
    for row in ws.iter_rows(min_row=4):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    wb.save(out)


if __name__ == "__main__":
    build(Path(__file__).resolve().parent / "sample_comments.xlsx")
