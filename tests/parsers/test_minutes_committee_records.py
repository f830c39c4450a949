"""A 区議会 committee's 委員会記録 (unmarked ``課長（氏名）`` labels, ``【協議事項（１）…】``
headings under a two-level 会議に付した事件, ``＜質疑＞`` stages, 開会日時 / 閉会日時) and a
審議会's 要点記録 (``（委員）`` / ``（事務局）`` statements, the record's own narration, a
``６　問合せ先`` section after the proceedings). Both written for the project."""
from __future__ import annotations

from pathlib import Path

from app.core.domain import CommentTable, Minutes
from parsers import parse_file
from tests.conftest import FIXTURES, layout_minutes

LAYOUTS = FIXTURES / "layouts"


def test_committee_record_is_minutes_with_its_times() -> None:
    m = layout_minutes("h9_kugikai_kensetsu.txt")
    assert (m.meeting.date, m.meeting.start, m.meeting.end) == ("2025-02-14", "13:30", "15:10")


def test_bracketed_sub_item_heading_moves_to_that_item() -> None:
    m = layout_minutes("h9_kugikai_kensetsu.txt")
    labels = [a.label for a in m.agenda]
    by_text = {t.text[:8]: t.agenda for t in m.turns if t.speaker}
    assert labels[by_text["資料１を御覧くだ"]] == "（１）区立公園の再整備方針について"
    assert labels[by_text["資料２に基づき、"]] == "（２）資源回収拠点の見直しについて"
    assert labels[by_text["以上で本日の委員"]] == "２\u3000その他"


def test_record_narration_and_closing_sections_are_notes() -> None:
    m = layout_minutes("h10_yoten_kosodate.txt")
    notes = [t.text for t in m.turns if t.speaker is None]
    assert "事務局から資料２により報告があった。" in notes
    assert "６\u3000問合せ先" in notes and "もり市こども未来部子育て支援課" in notes
    assert [t.speaker for t in m.turns if t.speaker][-1] == "事務局"
    assert m.turns[-1].speaker is None
    assert [a.label for a in m.agenda] == ["（１）第３期子ども・子育て支援事業計画の策定について",
                                           "（２）病児保育事業の利用状況について"]


def test_group_labels_do_not_warn_and_the_chair_resolves() -> None:
    m = layout_minutes("h10_yoten_kosodate.txt")
    assert {t.participant for t in m.turns if t.speaker == "会長"} == {"竹内会長"}
    assert not [w for w in m.warnings if "対応づけられません" in w or "分からない" in w]


def test_total_stated_in_a_numbered_line_is_the_declared_total(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("ひばり町図書館基本構想（案）に対する意見募集の結果")
    document.add_paragraph("２　意見提出者数　３人（意見数　４件）")
    rows = [("番号", "意見の概要", "本町の考え方")] + [
        (str(k), f"意見{k}について配慮してほしい。", f"意見{k}の趣旨を踏まえて検討します。") for k in range(1, 5)]
    grid = document.add_table(rows=len(rows), cols=3)
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            grid.cell(i, j).text = value
    path = tmp_path / "result.docx"
    document.save(str(path))
    table = parse_file(str(path), None)
    assert isinstance(table, CommentTable)
    assert table.declared_total == 4
    assert table.categories == ()


def test_unmarked_role_and_name_labels_make_a_filelayout_minutes(tmp_path: Path) -> None:
    """No title word at all: lines such as '総務課長（岡本恵）　…' are speakers."""
    path = tmp_path / "record.txt"
    path.write_text("\n".join([
        "令和７年３月４日　庁内連絡調整",
        "委員長（岡田修）　ただいまから始めます。本日は一件です。",
        "総務課長（岡本恵）　資料により御報告いたします。庁舎の改修は予定どおり進んでおります。",
        "委員長（岡田修）　以上で終わります。",
    ]), encoding="utf-8")
    m = parse_file(str(path), None)
    assert isinstance(m, Minutes)
    assert [(t.speaker, t.name) for t in m.turns if t.speaker] == [
        ("委員長", "岡田修"), ("総務課長", "岡本恵"), ("委員長", "岡田修")]


def test_square_labels_over_their_speech_with_stage_lines() -> None:
    """A 常任委員会 record (h11): a 付託案件 list, 【委員長】 labels on lines of their own,
    ◎質疑 / ◎討論・採決 stages, items named by their numbers in the chair's words."""
    m = layout_minutes("h11_shigikai_kakko.txt")
    assert [a.label for a in m.agenda] == ["議案第１２号\u3000介護保険条例の一部を改正する条例",
                                           "請願第３号\u3000補聴器購入費の助成を求める請願"]
    notes = [t.text for t in m.turns if t.speaker is None]
    assert notes == ["◎質疑", "◎討論・採決"]
    by_text = {t.text[:6]: t for t in m.turns if t.speaker}
    assert by_text["ただいまから"].speaker == "委員長" and by_text["ただいまから"].agenda == 0
    assert by_text["保険料が上が"].agenda == 0 and by_text["補聴器の助成"].agenda == 1
    assert {p.label for p in m.participants} >= {"川口仁委員", "森奈々委員", "内田早苗副委員長"}
    assert m.warnings == ()
