"""Word minutes: the round trip through gijiroku parse, the layout, summary and public versions."""
from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from app.api import Workbench
from app.core.domain import TAG_ACTION, TAG_DECISION, TAG_PRIVATE, DocumentId, Minutes
from app.core.errors import WorkbenchError
from exports.fingerprint import check_docx
from exports.minutes_docx import ATTESTATION, speech_paragraphs
from exports.passages import cut_minutes, passage_text
from tests.conftest import confirm_minutes, gold_document
from tests.exports.conftest import gold_json, parsed_json
from tests.scoring import minutes_figures

COUNCIL = "sendai-ict-council-2016"


@pytest.fixture
def council(bench: Workbench) -> tuple[Workbench, DocumentId]:
    doc_id, _ = bench.store_document(gold_document(COUNCIL))
    return bench, doc_id


def test_exported_minutes_parse_back_to_the_stored_turns(council: tuple[Workbench, DocumentId],
                                                          tmp_path: Path) -> None:
    bench, doc_id = council
    out = tmp_path / "minutes.docx"
    assert bench.export_minutes(doc_id, out) == [out]
    stored = gold_json(COUNCIL)  # the stored meeting equals its gold (tests/store checks that)
    result = minutes_figures(stored, parsed_json(out))
    for key in ("text_f1", "speaker_acc", "boundary_f1"):
        assert result[key] >= 0.99, result
    assert result["turn_agenda_acc"] >= 0.99 and result["agenda_f1"] == 1.0, result


def test_layout_a4_mincho_page_numbers(council: tuple[Workbench, DocumentId], tmp_path: Path) -> None:
    bench, doc_id = council
    out = tmp_path / "m.docx"
    bench.export_minutes(doc_id, out)
    d = docx.Document(str(out))
    section = d.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    fonts = d.styles["Normal"].element.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:eastAsia")) == "ＭＳ 明朝" and fonts.get(qn("w:ascii")) == "ＭＳ 明朝"
    footer = section.footer.paragraphs[0]
    assert footer.text.startswith("- ") and footer.text.endswith(" -")
    assert "PAGE" in "".join(t.text for t in footer._p.iter(qn("w:instrText")))
    texts = [p.text for p in d.paragraphs]
    assert texts[0] == "平成27年度 仙台市情報化推進会議（第2回） 議事録"
    assert any(t.startswith("日　時：平成28年2月8日（月）") and "13：30～15：00" in t for t in texts)
    table = d.tables[0]
    assert table.rows[1].cells[0].text == "座長\n（曽根委員）"
    assert "〔会議の公開について〕" in [r.cells[1].text for r in table.rows]


def test_signature_block_with_signoffs(council: tuple[Workbench, DocumentId], tmp_path: Path) -> None:
    bench, doc_id = council
    bench.set_status(doc_id, "確認中")  # sign-offs are recorded while the minutes are 確認中
    bench.add_signoff(doc_id, "柳生委員", "2016-03-01T10:00:00")
    out = tmp_path / "m.docx"
    bench.export_minutes(doc_id, out)
    body = zipfile.ZipFile(out).read("word/document.xml").decode("utf-8")
    assert ATTESTATION in body and "gijiroku-signature" in body
    assert "議事録署名委員　柳生委員　（平成28年3月1日 署名済）" in body
    assert "議事録署名委員　吉田委員　＿" in body and "令和　　年　　月　　日" in body
    bench.add_signoff(doc_id, "吉田委員", "2016-03-04T09:00:00")
    bench.export_minutes(doc_id, out)
    body = zipfile.ZipFile(out).read("word/document.xml").decode("utf-8")
    assert "平成28年3月4日</w:t>" in body and "吉田委員　（平成28年3月4日 署名済）" in body


def test_fingerprint_printed_and_stored(council: tuple[Workbench, DocumentId], tmp_path: Path) -> None:
    bench, doc_id = council
    out = tmp_path / "m.docx"
    bench.export_minutes(doc_id, out)
    check = check_docx(out.read_bytes())
    assert check.ok and len(check.computed) == 64
    d = docx.Document(str(out))
    d.tables[0].rows[3].cells[1].paragraphs[0].runs[0].text += "（加筆）"
    d.save(str(tmp_path / "edited.docx"))
    assert not check_docx((tmp_path / "edited.docx").read_bytes()).ok


def test_summary_keeps_only_decisions_and_actions(council: tuple[Workbench, DocumentId], tmp_path: Path) -> None:
    bench, doc_id = council
    ids = bench.turn_ids(doc_id)
    bench.tag(TAG_DECISION, "turn", ids[3])  # （了承）
    bench.tag(TAG_ACTION, "turn", ids[11], 0, 5)  # 適切な表現 …
    out = tmp_path / "summary.docx"
    bench.export_minutes(doc_id, out, summary=True)
    d = docx.Document(str(out))
    speeches = [r.cells[1].text for r in d.tables[0].rows if not r.cells[1].text.startswith("〔")]
    assert speeches == ["（了承）", "適切な表現"]
    marks = [p.text for p in d.element.body.iter(qn("w:p")) if p.getparent().tag == qn("w:sdtContent")]
    assert "（要点記録）" in marks
    assert parsed_json(out)["meeting"]["date"] == "2016-02-08"  # the note does not end the header


@pytest.mark.parametrize("status, draft", [("作成中", True), ("確認中", True), ("確定", False)])
def test_draft_mark_under_the_title(council: tuple[Workbench, DocumentId], tmp_path: Path,
                                    status: str, draft: bool) -> None:
    bench, doc_id = council
    if status == "確定":
        confirm_minutes(bench, doc_id)
    else:
        bench.set_status(doc_id, status)
    out = tmp_path / "m.docx"
    bench.export_minutes(doc_id, out)
    d = docx.Document(str(out))
    body = d.element.body
    assert d.paragraphs[0].text == "平成27年度 仙台市情報化推進会議（第2回） 議事録"
    following = body[1]  # the content control right after the title
    assert (following.tag == qn("w:sdt") and "（案）" in "".join(following.itertext())) is draft
    parsed = parsed_json(out)["meeting"]
    gold = gold_json(COUNCIL)["meeting"]
    assert parsed["title"].replace(" ", "") == gold["title"].replace(" ", "")
    assert (parsed["date"], parsed["start"], parsed["end"]) == (gold["date"], gold["start"], gold["end"])
    assert check_docx(out.read_bytes()).ok


def test_public_version_hides_private_passages(council: tuple[Workbench, DocumentId], tmp_path: Path) -> None:
    bench, doc_id = council
    ids = bench.turn_ids(doc_id)
    bench.tag(TAG_PRIVATE, "turn", ids[6])
    bench.tag(TAG_PRIVATE, "turn", ids[11], 0, 5)
    out = tmp_path / "public.docx"
    bench.export_minutes(doc_id, out, public=True)
    speeches = [r.cells[1].text for r in docx.Document(str(out)).tables[0].rows]
    assert "（非公開）" in speeches
    assert "（非公開）を検討したい。" in speeches
    assert not any("柳生委員と吉田委員にお願い" in s for s in speeches)


def test_passage_text_merges_and_marks() -> None:
    text = "0123456789"
    assert passage_text(text, None, [(2, 4), (3, 6)]) == "01（非公開）6789"
    assert passage_text(text, [(0, 2), (5, 7)], []) == "01（略）56"
    assert passage_text(text, [None], [(1, 3)]) == "0（非公開）3456789"
    m = gold_document(COUNCIL)
    assert isinstance(m, Minutes)
    assert [t.text for t in cut_minutes(m, {0: [None]}).turns] == ["（開始 13：30）"]


def test_speech_paragraphs_join_wrapped_lines() -> None:
    assert speech_paragraphs("確認いただきたいこと\nがある。\n・一つ目\n・二つ目") == \
        ["確認いただきたいことがある。", "・一つ目", "・二つ目"]
    assert speech_paragraphs("ICT\nstrategy") == ["ICT strategy"]


def test_comment_document_is_not_minutes(bench: Workbench, tmp_path: Path) -> None:
    doc_id, _ = bench.store_document(gold_document("sendai-dx-pubcom-2024"))
    with pytest.raises(WorkbenchError) as e:
        bench.export_minutes(doc_id, tmp_path / "x.docx")
    assert e.value.code == "not_minutes"
