"""Answer columns found by what their header means, intake sheets with the answers apart,
answers that point at another."""
from __future__ import annotations

from pathlib import Path

import pytest
from comments_builders import (
    Line,
    Section,
    write_docx,
    write_sheets,
)
from comments_samples import A1, A2, A3, A4, C1, C2, C3, C4, answers, parse


@pytest.mark.parametrize("answer_header", ["回答", "対応", "対応方針", "区の考え方", "県の考え方", "国の考え方",
                                           "市の考え方", "本市の考え方", "考え方", "市の対応", "意見への対応",
                                           "ご意見に対する町の対応", "担当課の見解"])
def test_answer_column_found_by_what_its_header_means(tmp_path: Path, answer_header: str) -> None:
    sec = Section(None, [Line("1", C1, A1), Line("2", C2, A2)])
    t = parse(write_docx(tmp_path / "a.docx", "結果", [sec], header=("No", "意見の概要", answer_header)))
    assert [c.text for c in t.comments] == [C1, C2]
    assert answers(t) == [A1, A2]


def test_class_column_named_like_an_answer_is_not_the_answer(tmp_path: Path) -> None:
    """回答区分 (a class such as 反映) before 市の回答: the text column is the answer."""
    rows = [["No", "ご意見", "回答区分", "市の回答"], [1, C1, "反映", A1], [2, C3, "参考", A3]]
    t = parse(write_sheets(tmp_path / "k.xlsx", {"結果": rows}))
    assert answers(t) == [A1, A3]
    assert t.comments[0].fields == (("回答区分", "反映"),)
    assert t.responses[t.comments[0].response].revised


def test_intake_sheet_with_answers_on_a_second_sheet(tmp_path: Path) -> None:
    intake = [["受付番号", "受付日", "意見の内容"], [1, "2025-01-10", C1], [2, "2025-01-11", C2],
              [3, "2025-01-12", C3]]
    replies = [["受付番号", "市の考え方"], [1, A1], ["2、3", A3]]
    t = parse(write_sheets(tmp_path / "i.xlsx", {"意見": intake, "回答": replies}))
    assert [c.no for c in t.comments] == ["1", "2", "3"]
    assert answers(t) == [A1, A3, A3]
    assert t.comments[1].response == t.comments[2].response  # one answer for Nos. 2 and 3
    assert not any("見つかりません" in w for w in t.warnings)


def test_intake_sheet_answer_sheet_number_without_comment_is_named(tmp_path: Path) -> None:
    intake = [["受付番号", "意見の内容"], [1, C1]]
    replies = [["受付番号", "回答"], [1, A1], [7, A4]]
    t = parse(write_sheets(tmp_path / "j.xlsx", {"意見": intake, "回答": replies}))
    assert answers(t) == [A1]
    assert A4 in [r.text for r in t.responses]  # kept, not dropped
    assert any("No.7" in w and "回答" in w and "3行目" in w for w in t.warnings)


def test_intake_sheet_answer_in_a_column_far_right(tmp_path: Path) -> None:
    header = ["受付番号", "受付日", "提出者", "意見の内容", "対応区分", "", "", "", "担当課", "", "", "市の対応"]
    rows = [header, [1, "2025-01-10", "個人", C1, "反映", "", "", "", "企画課", "", "", A1],
            [2, "2025-01-12", "団体", C3, "参考", "", "", "", "交通課", "", "", A3]]
    t = parse(write_sheets(tmp_path / "f.xlsx", {"受付一覧": [["意見受付一覧"], *rows]}))
    assert [c.text for c in t.comments] == [C1, C3]
    assert answers(t) == [A1, A3]
    assert dict(t.comments[1].fields)["担当課"] == "交通課"


def test_answer_sheet_with_intake_numbers_that_are_not_plain_numbers(tmp_path: Path) -> None:
    intake = [["受付番号", "意見の内容"], ["R7-001", C1], ["R7-002", C3]]
    replies = [["受付番号", "対応", "反映の有無"], ["R7-002", A3, "無"], ["R7-001", A1, "○"]]
    t = parse(write_sheets(tmp_path / "r.xlsx", {"意見": intake, "回答": replies}))
    assert answers(t) == [A1, A3]
    assert [t.responses[c.response].revised for c in t.comments] == [True, False]


def test_intake_sheet_with_a_two_row_header(tmp_path: Path) -> None:
    """市の考え方 spans 区分 | 内容 on the row below: the answer is the 内容 column."""
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    rows = [("受付番号", "意見の内容", "市の考え方", None), (None, None, "区分", "内容"),
            (1, C1, "反映", A1), (2, C3, "参考", A3)]
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            ws.cell(r, c, value)
    ws.merge_cells("C1:D1")
    wb.save(str(tmp_path / "t.xlsx"))
    t = parse(tmp_path / "t.xlsx")
    assert answers(t) == [A1, A3]
    assert t.comments[0].fields == (("市の考え方・区分", "反映"),)
    assert t.responses[t.comments[0].response].revised
    assert not t.notes


def test_second_sheet_repeating_the_comments_with_their_answers(tmp_path: Path) -> None:
    intake = [["受付番号", "受付日", "意見の内容"], [1, "2025-01-10", C1], [2, "2025-01-11", C3]]
    result = [["受付番号", "意見の内容", "市の考え方"], [1, C1, A1], [2, C3, A3]]
    t = parse(write_sheets(tmp_path / "w.xlsx", {"受付": intake, "結果": result}))
    assert [c.no for c in t.comments] == ["1", "2"]  # not listed twice
    assert answers(t) == [A1, A3]
    assert dict(t.comments[0].fields)["受付日"] == "2025-01-10"


def test_header_printed_above_a_table_without_header_row(tmp_path: Path) -> None:
    import docx
    d = docx.Document()
    d.add_paragraph("意見募集の結果")
    d.add_paragraph("No.\t意見の概要\t市の考え方")
    table = d.add_table(rows=2, cols=3)
    for i, row in enumerate((("1", C1, A1), ("2", C3, A3))):
        for j, value in enumerate(row):
            table.cell(i, j).text = value
    d.save(str(tmp_path / "h.docx"))
    t = parse(tmp_path / "h.docx")
    assert [(c.no, c.text) for c in t.comments] == [("1", C1), ("2", C3)]
    assert answers(t) == [A1, A3]


def test_answer_that_points_at_another_answer(tmp_path: Path) -> None:
    sec = Section("（１）計画について", [Line("1", C1, A1), Line("2", C2, A2), Line("3", C4, "No.1と同じ。"),
                                    Line("4", C3, "同上")])
    t = parse(write_docx(tmp_path / "r.docx", "結果", [sec]))
    assert answers(t) == [A1, A2, A1, A1]
    assert t.comments[2].response == t.comments[0].response == t.comments[3].response
    assert len(t.responses) == 2
    assert any("No.3" in w and "No.1と同じ" in w for w in t.warnings)
