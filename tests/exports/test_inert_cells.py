"""Follow-up lists never carry a live formula: every payload a spreadsheet would evaluate is
written as text in CSV and XLSX, checked by reading the files back."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.api import Workbench
from app.core.domain import TAG_ACTION
from exports.inert_cells import csv_text, looks_like_formula
from tests.conftest import gold_document

PAYLOADS = ['=HYPERLINK("http://x","a")', "=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)", "\t=1",
            "\r=1+1"]
HARMLESS = ["適切な表現を検討する", "1+1", "情報政策課 = 担当"]


@pytest.fixture
def poisoned(bench: Workbench) -> Workbench:
    """One action item per payload, the payload in its text, owner and note (as a citizen's
    comment quoted into a follow-up would put it)."""
    doc_id, _ = bench.store_document(gold_document("sendai-ict-council-2016"))
    ids = bench.turn_ids(doc_id)
    for n, text in enumerate(PAYLOADS + HARMLESS):
        tagging, _ = bench.tag(TAG_ACTION, "turn", ids[10 + n])
        item = bench.action_item_for_tagging(tagging)
        bench.update_action_item(item.id, text=text, owner=text, note=text)
    return bench


def test_payloads_are_text_in_xlsx(poisoned: Workbench, tmp_path: Path) -> None:
    out = poisoned.export_followups(tmp_path / "f.xlsx")
    ws = load_workbook(out).active
    cells = {(c.row, c.column): c for row in ws.iter_rows(min_row=2) for c in row}
    texts = [cells[(r, 2)] for r in range(2, ws.max_row + 1)]
    assert sorted(c.value for c in texts) == sorted(PAYLOADS + HARMLESS)
    for cell in (c for c in cells.values() if isinstance(c.value, str)):
        assert cell.data_type == "s", (cell.coordinate, cell.value)  # never "f" (formula)
    for cell in texts:
        if cell.value in PAYLOADS:
            assert cell.quotePrefix, cell.value  # stays text when the clerk edits the cell
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)


def test_payloads_are_inert_in_csv(poisoned: Workbench, tmp_path: Path) -> None:
    out = poisoned.export_followups(tmp_path / "f.csv")
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))[1:]
    fields = [field for row in rows for field in row]
    assert not any(looks_like_formula(field) for field in fields)
    texts = {row[1] for row in rows}
    assert texts == {"'" + p for p in PAYLOADS} | set(HARMLESS)
    assert {row[2] for row in rows} == texts and {row[8] for row in rows} == texts


def test_csv_rule() -> None:
    assert csv_text("=1") == "'=1" and csv_text("\t=1") == "'\t=1" and csv_text("a=1") == "a=1"
    assert csv_text("") == "" and csv_text("１＋１") == "１＋１"
