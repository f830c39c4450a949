"""The public-comment parser on tables the tests generate in every format."""
from __future__ import annotations

from pathlib import Path

import pytest
from comments_builders import SAME, Line, Section, write_docx, write_pdf, write_text, write_xlsx

from app.core.domain import CommentTable
from parsers.comments import parse_comments

C1 = "計画の内容をもっと分かりやすく説明してほしい。"
C2 = "用語の解説を巻末に付けるべき。"
C3 = "図表を増やしてほしい。"
C4 = "スケジュールを明示すべき。"
C5 = "市民の意見を聞く場を設けてほしい。"
A1 = "分かりやすい表現に努めてまいります。"
A2 = "いただいたご意見を踏まえ、計画案を修正します。"
A3 = "進捗状況は毎年度公表してまいります。"


def parse(path: Path) -> CommentTable:
    return parse_comments(path, "x")


def sharing(t: CommentTable) -> list[list[str]]:
    """Groups of comment numbers that point at one response."""
    groups: dict[int, list[str]] = {}
    for c in t.comments:
        if c.response is not None:
            groups.setdefault(c.response, []).append(c.no)
    return sorted(groups.values())


def merged_sections() -> list[Section]:
    return [Section("（１）計画全般に関する意見", [Line("1", C1, A1), Line("2", C2, SAME)]),
            Section("（２）その他の意見（3件）",
                    [Line("3", C3, A2), Line("4", C4, SAME), Line("5", C5, SAME)])]


# --- PDF --------------------------------------------------------------------------------

def test_pdf_answers_merged_over_two_and_three_rows(tmp_path: Path) -> None:
    t = parse(write_pdf(tmp_path / "m.pdf", "意見募集の結果", [merged_sections()]))
    assert [c.no for c in t.comments] == ["1", "2", "3", "4", "5"]
    assert sharing(t) == [["1", "2"], ["3", "4", "5"]]
    assert [c.label for c in t.categories] == ["計画全般に関する意見", "その他の意見"]
    assert t.categories[1].declared == 3
    assert t.responses[t.comments[2].response].revised  # 修正します
    assert not t.responses[t.comments[0].response].revised
    assert t.comments[0].text == C1


def test_pdf_header_repeated_and_row_split_over_page_break(tmp_path: Path) -> None:
    page1 = ["意見提出件数 3件", Section("（１）計画に関する意見",
             [Line("1", C1, A1), Line("2", "説明会を各区で開催し、", "開催方法を検討してまいります。")])]
    page2 = [Section(None, [Line("", "資料も事前に配布すべき。", ""), Line("3", C3, A3)])]
    t = parse(write_pdf(tmp_path / "p.pdf", "結果", [page1, page2]))
    assert [c.no for c in t.comments] == ["1", "2", "3"]  # the repeated header is no comment
    assert t.comments[1].text.replace("\n", "") == "説明会を各区で開催し、資料も事前に配布すべき。"
    assert t.comments[2].page == 2
    assert t.declared_total == 3
    assert all(c.response is not None for c in t.comments)


def test_pdf_merged_answer_cut_by_page_break(tmp_path: Path) -> None:
    page1 = [Section("（１）意見", [Line("1", C1, "本市では、説明資料の作成にあたり、")])]
    page2 = [Section(None, [Line("2", C2, "図表を用いた分かりやすい記載に努めてまいります。"),
                            Line("3", C3, A3)])]
    t = parse(write_pdf(tmp_path / "cut.pdf", "結果", [page1, page2]))
    assert sharing(t) == [["1", "2"], ["3"]]
    assert t.responses[t.comments[0].response].text.replace("\n", "") == \
        "本市では、説明資料の作成にあたり、図表を用いた分かりやすい記載に努めてまいります。"
    assert any("ページをまたいで" in w for w in t.warnings)


def test_pdf_symbol_bullets_become_middots(tmp_path: Path) -> None:
    sec = Section("（１）意見", [Line("1", "次の点を改善してほしい。<br/>\uf06c 窓口の案内", A1)])
    t = parse(write_pdf(tmp_path / "b.pdf", "結果", [[sec]]))
    assert "\uf06c" not in t.comments[0].text


# --- DOCX -------------------------------------------------------------------------------

def test_docx_vertical_merges_are_one_shared_response(tmp_path: Path) -> None:
    t = parse(write_docx(tmp_path / "m.docx", "結果", ["意見提出件数", "5件（3人）", *merged_sections()]))
    assert sharing(t) == [["1", "2"], ["3", "4", "5"]]
    assert len(t.responses) == 2
    assert t.declared_total == 5
    assert t.warnings == ()


def test_docx_empty_answer_cell_warns_and_leaves_response_null(tmp_path: Path) -> None:
    sec = Section("１．全般に関するご意見", [Line("1", C1, A1), Line("2", C2, ""), Line("3", C3, A3)])
    t = parse(write_docx(tmp_path / "e.docx", "結果", [sec]))
    assert [c.response for c in t.comments][1] is None
    assert any("No.2" in w and "見つかりません" in w for w in t.warnings)
    assert t.categories[0].label == "全般に関するご意見"


def test_docx_count_disagreeing_with_declared_warns(tmp_path: Path) -> None:
    sec = Section("■ 第1章に関する御意見（4件）", [Line("1", C1, A1), Line("2", C2, A3)])
    t = parse(write_docx(tmp_path / "c.docx", "結果", [sec]))
    assert t.categories[0].label == "第1章に関する御意見" and t.categories[0].declared == 4
    assert any("4件" in w and "2件" in w for w in t.warnings)


def test_docx_section_header_with_location_column(tmp_path: Path) -> None:
    header = ("番号", "該当箇所", "御意見の概要", "御意見に対する考え方")
    import docx
    d = docx.Document()
    d.add_paragraph("結果")
    table = d.add_table(rows=3, cols=4)
    for i, row in enumerate([header, ("1", "P.3", C1, A1), ("2", "P.5", C2, A2)]):
        for j, v in enumerate(row):
            table.cell(i, j).text = v
    d.save(str(tmp_path / "loc.docx"))
    t = parse(tmp_path / "loc.docx")
    assert [c.fields for c in t.comments] == [(("該当箇所", "P.3"),), (("該当箇所", "P.5"),)]
    assert t.comments[1].text == C2 and t.responses[t.comments[1].response].text == A2


# --- XLSX -------------------------------------------------------------------------------

def test_xlsx_header_on_row_4_with_category_rows_between(tmp_path: Path) -> None:
    sections = [Section("1．サービスに関するご意見", [Line("1-1", C1, A1), Line("1-2", C2, SAME)]),
                Section("2．地域に関するご意見", [Line("2-1", C3, A3)])]
    path = write_xlsx(tmp_path / "h.xlsx", ["意見と区の考え方", "実施期間：令和7年2月1日から", ""],
                      sections, header=("No.", "ご意見（要旨）", "区の考え方"), headings_inside=True)
    t = parse(path)
    assert [(c.category, c.no) for c in t.comments] == [(0, "1-1"), (0, "1-2"), (1, "2-1")]
    assert [c.label for c in t.categories] == ["サービスに関するご意見", "地域に関するご意見"]
    assert sharing(t) == [["1-1", "1-2"], ["2-1"]]
    assert t.title == "意見と区の考え方"


def test_xlsx_intake_sheet_keeps_extra_columns(tmp_path: Path) -> None:
    import datetime as dt

    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["受付番号", "受付日", "提出者区分", "意見内容", "対応区分", "市の考え方"])
    ws.append([101, dt.datetime(2025, 2, 3), "個人", C1, "反映", "ご意見を踏まえ記載を改めます。"])
    ws.append([102, dt.datetime(2025, 2, 4), "団体", C2, "参考", A3])
    wb.save(str(tmp_path / "intake.xlsx"))
    t = parse(tmp_path / "intake.xlsx")
    assert [c.no for c in t.comments] == ["101", "102"]
    assert dict(t.comments[0].fields) == {"受付日": "2025-02-03", "提出者区分": "個人", "対応区分": "反映"}
    assert [t.responses[c.response].revised for c in t.comments] == [True, False]


# --- text -------------------------------------------------------------------------------

def test_cp932_text_table(tmp_path: Path) -> None:
    sections = [Section("（１）計画全般に関する意見", [Line("１", C1, A1), Line("２", C2, SAME)]),
                Section("（２）その他の意見", [Line("３", C3, A2)])]
    t = parse(write_text(tmp_path / "t.txt", "意見募集の結果", sections, encoding="cp932"))
    assert [c.no for c in t.comments] == ["1", "2", "3"]
    assert [c.text for c in t.comments] == [C1, C2, C3]
    assert sharing(t) == [["1", "2"], ["3"]]
    assert t.responses[t.comments[2].response].text == A2
    assert any("No.2" in w and "共通" in w for w in t.warnings)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig"])
def test_text_categories_and_declared_counts(tmp_path: Path, encoding: str) -> None:
    sections = [Section("（１）計画全般に関する意見（2件）", [Line("1", C1, A1), Line("2", C4, A3)])]
    t = parse(write_text(tmp_path / "u.txt", "結果", sections, encoding=encoding))
    assert t.categories[0].declared == 2 and not any("件と記載" in w for w in t.warnings)
    assert [t.responses[c.response].text for c in t.comments] == [A1, A3]


def test_sample_intake_sheet_declares_its_total() -> None:
    """「提出された意見　3件（3人）」 above the table is the declared total."""
    from parsers import parse_file
    from tests.conftest import ROOT

    table = parse_file(ROOT / "resources" / "sample" / "sample_comments.xlsx")
    assert table.declared_total == 3 and table.warnings == ()
    assert [c.response for c in table.comments] == [0, 0, 1]
