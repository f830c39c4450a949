"""The follow-up list (Word, Excel, CSV) and the public-comment result table."""
from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from openpyxl import load_workbook

from app.api import Workbench
from app.cli.main import main
from app.core.domain import TAG_ACTION
from app.core.errors import WorkbenchError
from app.store import ActionFilter
from tests.conftest import gold_document
from tests.exports.conftest import gold_json, parsed_json
from tests.scoring import comments_figures


@pytest.fixture
def actions(bench: Workbench) -> Workbench:
    doc_id, _ = bench.store_document(gold_document("sendai-ict-council-2016"))
    ids = bench.turn_ids(doc_id)
    plan = [(11, "適切な表現を検討する", "情報政策課", "2016-03-31", "完了"),
            (29, "関係部署と調整して検討する", "情報政策課", "2016-06-30", "対応中"),
            (45, "利活用方針に盛り込む", "情報システム課", None, "未着手")]
    for turn, text, owner, due, status in plan:
        tagging, _ = bench.tag(TAG_ACTION, "turn", ids[turn])
        item = bench.action_item_for_tagging(tagging)
        bench.update_action_item(item.id, text=text, owner=owner, due=due, status=status, note="次回報告")
    return bench


def test_xlsx_dates_filter_freeze_dropdown(actions: Workbench, tmp_path: Path) -> None:
    out = actions.export_followups(tmp_path / "f.xlsx")
    ws = load_workbook(out).active
    assert [c.value for c in ws[1]][:5] == ["番号", "対応事項", "担当", "期限", "状況"]
    assert ws["D2"].value == dt.datetime(2016, 3, 31) and ws["D2"].number_format == "yyyy/mm/dd"
    assert ws["G2"].value == dt.datetime(2016, 2, 8)
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:M4"
    validation = ws.data_validations.dataValidation[0]
    assert validation.formula1 == '"未着手,対応中,完了,保留"' and "E2" in str(validation.sqref)
    assert ws.column_dimensions["B"].width >= 20


def test_csv_has_bom_and_filters(actions: Workbench, tmp_path: Path) -> None:
    out = actions.export_followups(tmp_path / "f.csv", ActionFilter(statuses=("未着手", "対応中")))
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][0] == "番号" and len(rows) == 3
    assert {r[4] for r in rows[1:]} == {"未着手", "対応中"}
    owner = actions.export_followups(tmp_path / "o.csv", ActionFilter(owner="システム"))
    assert len(owner.read_text(encoding="utf-8-sig").splitlines()) == 2


def test_docx_is_a_landscape_table(actions: Workbench, tmp_path: Path) -> None:
    out = actions.export_followups(tmp_path / "f.docx", ActionFilter(due_to="2016-12-31"))
    d = docx.Document(str(out))
    assert d.sections[0].orientation == WD_ORIENT.LANDSCAPE
    table = d.tables[0]
    assert [c.text for c in table.rows[0].cells][:2] == ["番号", "対応事項"]
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert len(table.rows) == 3  # header + the two items due by the end of 2016
    assert "平成28年3月31日" in [c.text for c in table.rows[1].cells]


def test_unknown_suffix_is_refused(actions: Workbench, tmp_path: Path) -> None:
    with pytest.raises(WorkbenchError) as e:
        actions.export_followups(tmp_path / "f.pdf")
    assert e.value.code == "export_format"


def test_cli_followups(actions: Workbench, tmp_path: Path) -> None:
    out = tmp_path / "cli.xlsx"
    assert main(["export", "followups", "--out", str(out), "-w", str(actions.path), "--status", "完了"]) == 0
    assert load_workbook(out).active.max_row == 2
    assert main(["export", "followups", "--out", str(out), "--due-from", "3月"]) == 2


@pytest.mark.parametrize("folder", ["sendai-dx-pubcom-2024", "shinagawa-dx-pubcom-2025"])
def test_comment_table_round_trip(bench: Workbench, tmp_path: Path, folder: str) -> None:
    doc_id, _ = bench.store_document(gold_document(folder))
    out = bench.export_comments(doc_id, tmp_path / "comments.docx")
    result = comments_figures(gold_json(folder), parsed_json(out, "comments"))
    for key in ("comment_text_f1", "comment_acc", "response_acc", "shared_response_f1", "category_f1"):
        assert result[key] == 1.0, result
    gold = gold_json(folder)
    assert result["comment_count"] == f"{len(gold['comments'])}/{len(gold['comments'])}"


def test_comment_table_merges_shared_answers(bench: Workbench, tmp_path: Path) -> None:
    doc_id, _ = bench.store_document(gold_document("sendai-dx-pubcom-2024"))
    out = bench.export_comments(doc_id, tmp_path / "c.docx")
    d = docx.Document(str(out))
    first = d.tables[1]
    assert [c.text for c in first.rows[0].cells] == ["No", "意見の概要", "市の考え方"]
    merges = [r._tr.tc_lst[2].tcPr.find(qn("w:vMerge")) for r in first.rows[1:3]]
    assert merges[0].get(qn("w:val")) == "restart" and merges[1].get(qn("w:val")) is None
    assert first.rows[1].cells[2]._tc is first.rows[2].cells[2]._tc  # one cell over Nos. 1 and 2
    counts = [[c.text for c in r.cells] for r in d.tables[0].rows]
    assert counts[-1] == ["計", "23件"] and counts[1] == ["（1）計画全般に関する意見", "8件"]


@pytest.mark.parametrize("folder", ["sendai-dx-pubcom-2024", "shinagawa-dx-pubcom-2025"])
def test_revised_answers_marked_and_read_back(bench: Workbench, tmp_path: Path, folder: str) -> None:
    doc_id, _ = bench.store_document(gold_document(folder))
    responses = bench.responses(doc_id)
    revised = {0, len(responses) - 1}  # the first answer is shared by two comments in both tables
    for i in revised:
        bench.update_response(responses[i].id, revised=True)
    out = bench.export_comments(doc_id, tmp_path / "revised.docx")
    d = docx.Document(str(out))
    first = d.tables[1]
    assert [c.text for c in first.rows[0].cells] == ["No", "意見の概要", "市の考え方", "対応区分"]
    assert first.rows[1].cells[3].text == "反映" and first.rows[1].cells[3]._tc is first.rows[2].cells[3]._tc
    texts = [p.text for p in d.paragraphs]
    assert any(t.startswith("※対応区分　反映：") for t in texts)
    assert any("案を修正したもの" in t and "件）" in t for t in texts)
    parsed = parsed_json(out, "comments")
    assert {i for i, r in enumerate(parsed["responses"]) if r.get("revised")} == revised
    result = comments_figures(gold_json(folder), parsed)
    for key in ("comment_text_f1", "comment_acc", "response_acc", "shared_response_f1", "category_f1"):
        assert result[key] == 1.0, result
    assert not any("件と記載されています" in w for w in parsed["warnings"])
