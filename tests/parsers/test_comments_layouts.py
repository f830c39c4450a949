"""Layouts of public-comment results that bodies publish besides the two fixture tables:
groups numbered in Roman numerals with numbers restarting per group, answer columns named
in many ways, intake sheets with the answers apart, labelled blocks without a table, and
the warnings that name where a clerk must look."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from comments_builders import (
    Line,
    Section,
    write_docx,
    write_docx_paragraphs,
    write_pdf,
    write_sheets,
    write_text,
    write_xlsx,
)

from app.core.domain import CommentTable
from parsers.comments import parse_comments

C1 = "計画の目標値が分かりにくいので、具体的な数値を示してほしい。"
C2 = "用語の解説を巻末に付けるべき。"
C3 = "図表を増やしてほしい。"
C4 = "スケジュールを明示すべき。"
A1 = "ご意見を踏まえ、目標値を追記しました。"
A2 = "巻末に用語集を追加します。"
A3 = "今後の参考とさせていただきます。"
A4 = "進捗状況は毎年度公表してまいります。"
G1 = "Ⅰ．当該意見を踏まえて内容を修正するもの"
G2 = "Ⅱ．その他の主な意見"


def parse(path: Path) -> CommentTable:
    return parse_comments(path, "x")


def answers(t: CommentTable) -> list[str | None]:
    return [None if c.response is None else t.responses[c.response].text for c in t.comments]


def roman_groups() -> list[Section]:
    return [Section(G1, [Line("1", C1, A1), Line("2", C2, A2)]),
            Section(G2, [Line("1", C3, A3), Line("2", C4, A4)])]


WRITERS: dict[str, Callable[[Path], Path]] = {
    "pdf": lambda d: write_pdf(d / "r.pdf", "計画案に対する意見募集の結果", [roman_groups()]),
    "docx": lambda d: write_docx(d / "r.docx", "計画案に対する意見募集の結果", list(roman_groups())),
    "xlsx": lambda d: write_xlsx(d / "r.xlsx", ["計画案に対する意見募集の結果"], roman_groups()),
    "txt": lambda d: write_text(d / "r.txt", "計画案に対する意見募集の結果", roman_groups()),
}


# --- groups -----------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_roman_numeral_groups_with_numbers_restarting(tmp_path: Path, fmt: str) -> None:
    t = parse(WRITERS[fmt](tmp_path))
    assert [c.label for c in t.categories] == ["当該意見を踏まえて内容を修正するもの", "その他の主な意見"]
    assert [(c.category, c.no) for c in t.comments] == [(0, "1"), (0, "2"), (1, "1"), (1, "2")]
    assert answers(t) == [A1, A2, A3, A4]
    assert not any("番号" in w for w in t.warnings)  # a restart under a new group is no jump


@pytest.mark.parametrize("heading", ["1 計画全般について", "【計画全般について】", "① 計画全般について",
                                     "ア．計画全般について", "第1章 計画全般について"])
def test_group_headings_in_any_numbering(tmp_path: Path, heading: str) -> None:
    sections = [Section(heading, [Line("1", C1, A1)]), Section("（２）その他", [Line("2", C3, A3)])]
    t = parse(write_docx(tmp_path / "h.docx", "結果", list(sections)))
    assert len(t.categories) == 2 and "計画全般について" in t.categories[0].label
    assert [c.category for c in t.comments] == [0, 1]


def test_group_numbers_printed_in_the_number_column(tmp_path: Path) -> None:
    """Ⅰ-2 and Ⅱ-2 are two comments, each in its group, numbered as printed."""
    sections = [Section("Ⅰ　当該意見を踏まえて内容を修正するもの", [Line("Ⅰ-1", C1, A1), Line("Ⅰ-2", C2, A2)]),
                Section("Ⅱ　その他の主な意見", [Line("Ⅱ-1", C3, A3), Line("Ⅱ-2", C4, A4)])]
    for path in (write_xlsx(tmp_path / "n.xlsx", ["結果"], sections, headings_inside=True),
                 write_text(tmp_path / "n.txt", "結果", sections)):
        t = parse(path)
        assert [(c.category, c.no) for c in t.comments] == \
            [(0, "Ⅰ-1"), (0, "Ⅰ-2"), (1, "Ⅱ-1"), (1, "Ⅱ-2")], path.name
        assert answers(t) == [A1, A2, A3, A4], path.name


# --- answer columns ---------------------------------------------------------------------

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


# --- intake sheets ----------------------------------------------------------------------

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


# --- labelled blocks --------------------------------------------------------------------

LABELLED = ["計画案に対する意見募集の結果", "意見募集期間：令和7年1月5日～2月5日",
            G1, "【御意見】", "計画の目標値が分かりにくいので、", "具体的な数値を示してほしい。",
            "【市の考え方】", A1,
            "【御意見】", C2, "【御意見】", "専門用語が多すぎる。", "【市の考え方】", A2,
            G2, "【御意見】", C3, "【市の考え方】", A3]


def check_labelled(t: CommentTable) -> None:
    assert [c.label for c in t.categories] == ["当該意見を踏まえて内容を修正するもの", "その他の主な意見"]
    assert [c.text for c in t.comments] == [C1, C2, "専門用語が多すぎる。", C3]
    assert answers(t) == [A1, A2, A2, A3]  # two comments before one answer share it
    assert t.title == "計画案に対する意見募集の結果"
    assert "意見募集期間：令和7年1月5日～2月5日" in t.notes


def test_labelled_blocks_in_a_text_file(tmp_path: Path) -> None:
    path = tmp_path / "l.txt"
    path.write_text("\n".join(LABELLED) + "\n", encoding="utf-8")
    check_labelled(parse(path))


def test_labelled_blocks_in_word_paragraphs(tmp_path: Path) -> None:
    check_labelled(parse(write_docx_paragraphs(tmp_path / "l.docx", LABELLED)))


def test_colon_labels_with_numbers(tmp_path: Path) -> None:
    text = ["バス路線再編計画（案）への意見と回答", "1", "意見：バスの本数を増やしてほしい。",
            "回答：事業者と協議してまいります。", "2", "意見：停留所に屋根を付けるべき。",
            "特に駅前は雨の日に困る。", "回答：順次整備を進めております。"]
    path = tmp_path / "c.txt"
    path.write_bytes("\r\n".join(text).encode("cp932"))
    t = parse(path)
    assert [(c.no, c.text) for c in t.comments] == [
        ("1", "バスの本数を増やしてほしい。"), ("2", "停留所に屋根を付けるべき。\n特に駅前は雨の日に困る。")]
    assert answers(t) == ["事業者と協議してまいります。", "順次整備を進めております。"]
    assert t.title == "バス路線再編計画（案）への意見と回答"


# --- doubt is spoken --------------------------------------------------------------------

def test_missing_answer_warning_names_page_and_quote(tmp_path: Path) -> None:
    pages = [[Section("（１）計画について", [Line("1", C1, A1)])],
             [Section(None, [Line("2", C3, "")])]]
    t = parse(write_pdf(tmp_path / "m.pdf", "結果", pages))
    assert answers(t) == [A1, None]
    assert any("No.2" in w and "2ページ" in w and "「図表を増やしてほしい。」" in w for w in t.warnings)


def test_numbering_jump_and_restart_are_warned(tmp_path: Path) -> None:
    rows = [["No", "意見の概要", "市の考え方"], [1, C1, A1], [2, C2, A2], [4, C3, A3], [1, C4, A4]]
    t = parse(write_sheets(tmp_path / "g.xlsx", {"結果": rows}))
    assert [c.no for c in t.comments] == ["1", "2", "4", "1"]  # every comment kept
    assert any("No.3" in w and "見当たりません" in w and "4行目" in w for w in t.warnings)
    assert any("戻って" in w and "5行目" in w for w in t.warnings)


def test_text_in_a_column_without_header_is_kept_and_named(tmp_path: Path) -> None:
    rows = [["No", "意見の概要", "市の考え方"], [1, C1, A1, "第2章 p.12"], [2, C3, A3]]
    t = parse(write_sheets(tmp_path / "u.xlsx", {"結果": rows}))
    assert t.comments[0].fields == (("4列目", "第2章 p.12"),)
    assert any("4列目" in w and "2行目" in w for w in t.warnings)


def test_text_outside_the_comments_is_kept_as_notes(tmp_path: Path) -> None:
    sections = ["意見提出期間 令和7年1月5日から2月5日まで", Section("（１）計画について", [Line("1", C1, A1)]),
                "※ご意見は趣旨を損なわない範囲で要約しています。"]
    t = parse(write_docx(tmp_path / "n.docx", "結果", sections))
    assert t.notes == ("意見提出期間 令和7年1月5日から2月5日まで", "※ご意見は趣旨を損なわない範囲で要約しています。")


# --- tables without borders, headings inside tables, one small table per comment --------

def test_pdf_table_without_ruled_lines(tmp_path: Path) -> None:
    long = C1 + "目標の達成状況を毎年確認できるようにすべき。"
    page1 = [Section(G1, [Line("1", long, A1), Line("2", "説明会を各区で開催し、", A2)])]
    page2 = [Section(None, [Line("", "資料も事前に配布すべき。", ""), Line("3", C3, A3)])]
    t = parse(write_pdf(tmp_path / "b.pdf", "結果", [page1, page2], ruled=False, repeat_header=False))
    assert [c.no for c in t.comments] == ["1", "2", "3"]
    assert [c.text for c in t.comments] == [long, "説明会を各区で開催し、資料も事前に配布すべき。", C3]
    assert answers(t) == [A1, A2, A3]
    assert [c.label for c in t.categories] == ["当該意見を踏まえて内容を修正するもの"]


def test_group_heading_rows_inside_a_word_table(tmp_path: Path) -> None:
    import docx
    rows = [("番号", "意見の概要", "市の考え方"), ("Ⅰ", "当該意見を踏まえて内容を修正するもの", ""),
            ("1", C1, A1), ("", "その他の意見", ""), ("1", C3, A3), ("2", C4, A4)]
    d = docx.Document()
    d.add_paragraph("結果")
    table = d.add_table(rows=len(rows), cols=3)
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            table.cell(i, j).text = value
    d.save(str(tmp_path / "g.docx"))
    t = parse(tmp_path / "g.docx")
    assert [c.label for c in t.categories] == ["当該意見を踏まえて内容を修正するもの", "その他の意見"]
    assert [(c.category, c.no) for c in t.comments] == [(0, "1"), (1, "1"), (1, "2")]
    assert answers(t) == [A1, A3, A4]


def test_one_small_table_per_comment(tmp_path: Path) -> None:
    """No. | 1 / 意見の概要 | … / 市の考え方 | … printed once per comment."""
    import docx
    d = docx.Document()
    d.add_paragraph("意見募集の結果")
    for no, comment, answer in (("1", C1, A1), ("2", C3, A3)):
        table = d.add_table(rows=3, cols=2)
        for i, (label, value) in enumerate((("No.", no), ("意見の概要", comment), ("市の考え方", answer))):
            table.cell(i, 0).text, table.cell(i, 1).text = label, value
        d.add_paragraph("")
    d.save(str(tmp_path / "s.docx"))
    t = parse(tmp_path / "s.docx")
    assert [(c.no, c.text) for c in t.comments] == [("1", C1), ("2", C3)]
    assert answers(t) == [A1, A3]


def test_group_column_merged_down_its_comments(tmp_path: Path) -> None:
    """分類 | No | 意見 | 考え方 with each 分類 cell merged over its group's rows."""
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    for r, row in enumerate([("分類", "No", "意見の概要", "市の考え方"), ("計画全般", 1, C1, A1),
                             (None, 2, C2, A2), ("進め方", 3, C3, A3)], start=1):
        for c, value in enumerate(row, start=1):
            ws.cell(r, c, value)
    ws.merge_cells("A2:A3")
    wb.save(str(tmp_path / "g.xlsx"))
    t = parse(tmp_path / "g.xlsx")
    assert [c.label for c in t.categories] == ["計画全般", "進め方"]
    assert [c.category for c in t.comments] == [0, 0, 1]
    assert answers(t) == [A1, A2, A3]


def test_answer_sheet_with_intake_numbers_that_are_not_plain_numbers(tmp_path: Path) -> None:
    intake = [["受付番号", "意見の内容"], ["R7-001", C1], ["R7-002", C3]]
    replies = [["受付番号", "対応", "反映の有無"], ["R7-002", A3, "無"], ["R7-001", A1, "○"]]
    t = parse(write_sheets(tmp_path / "r.xlsx", {"意見": intake, "回答": replies}))
    assert answers(t) == [A1, A3]
    assert [t.responses[c.response].revised for c in t.comments] == [True, False]


def test_text_with_columns_side_by_side(tmp_path: Path) -> None:
    """The layout ``pdftotext -layout`` leaves: columns apart by spaces, the answer of a
    long comment running on below it."""
    lines = ["計画案に対する意見と市の考え方", "",
             "Ⅰ．当該意見を踏まえて内容を修正するもの",
             "No.   意見の概要                          市の考え方",
             "    1 計画の目標値が分かりにくいので、    ご意見を踏まえ、目標値を",
             "      具体的な数値を示してほしい。        追記しました。",
             "    2 用語の解説を巻末に付けるべき。      巻末に用語集を追加します。",
             "", "Ⅱ．その他の主な意見",
             "No.   意見の概要                          市の考え方",
             "    1 図表を増やしてほしい。              今後の参考とさせていただき",
             "                                          ます。"]
    path = tmp_path / "s.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    t = parse(path)
    assert [c.label for c in t.categories] == ["当該意見を踏まえて内容を修正するもの", "その他の主な意見"]
    assert [(c.category, c.no) for c in t.comments] == [(0, "1"), (0, "2"), (1, "1")]
    assert [c.text for c in t.comments] == [C1, C2, C3]
    assert answers(t) == [A1, A2, A3]
    assert any("位置で切り分けました" in w for w in t.warnings)


def test_labelled_text_is_recognisable_before_parsing() -> None:
    from parsers.comments_labelled import looks_labelled
    assert looks_labelled("結果\n意見：バスを増やしてほしい。\n回答：協議してまいります。")
    assert not looks_labelled("○議長（山田太郎君）　開会します。\n○１番（中村健一君）　質問します。")


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


def test_numbered_preface_is_no_category(tmp_path: Path) -> None:
    """１ 意見募集期間… / ２ 提出件数 3件 / ３ 意見の概要と市の考え方, then a table without
    groups: no category, the total read, the preface kept."""
    preface = ["１ 意見募集期間 令和7年1月5日～2月5日", "２ 提出件数 3件", "３ 意見の概要と市の考え方"]
    sec = Section(None, [Line("1", C1, A1), Line("2", C2, A2), Line("3", C3, A3)])
    t = parse(write_docx(tmp_path / "p.docx", "計画案に対する意見募集の結果", [*preface, sec]))
    assert t.categories == ()
    assert t.declared_total == 3
    assert t.notes == ("１ 意見募集期間 令和7年1月5日～2月5日", "３ 意見の概要と市の考え方")
    assert t.warnings == ()


def test_label_lines_without_brackets_or_colons(tmp_path: Path) -> None:
    text = ["意見募集の結果", "No.1", "■ご意見", C1, "■市の考え方", A1, "No.2", "■ご意見", C3, "■市の考え方", A3]
    path = tmp_path / "b.txt"
    path.write_text("\n".join(text), encoding="utf-8")
    t = parse(path)
    assert [(c.no, c.text) for c in t.comments] == [("1", C1), ("2", C3)]
    assert answers(t) == [A1, A3]


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


def test_second_sheet_repeating_the_comments_with_their_answers(tmp_path: Path) -> None:
    intake = [["受付番号", "受付日", "意見の内容"], [1, "2025-01-10", C1], [2, "2025-01-11", C3]]
    result = [["受付番号", "意見の内容", "市の考え方"], [1, C1, A1], [2, C3, A3]]
    t = parse(write_sheets(tmp_path / "w.xlsx", {"受付": intake, "結果": result}))
    assert [c.no for c in t.comments] == ["1", "2"]  # not listed twice
    assert answers(t) == [A1, A3]
    assert dict(t.comments[0].fields)["受付日"] == "2025-01-10"


def test_labelled_blocks_in_a_pdf_without_tables(tmp_path: Path) -> None:
    items = [G1, "【御意見】" + C1 + "目標の達成状況を毎年確認できるようにすべき。", "【市の考え方】" + A1,
             G2, "【御意見】" + C3, "【市の考え方】" + A3]
    t = parse(write_pdf(tmp_path / "l.pdf", "計画案への意見と市の考え方", [items]))
    assert [c.label for c in t.categories] == ["当該意見を踏まえて内容を修正するもの", "その他の主な意見"]
    assert [c.text for c in t.comments] == [C1 + "目標の達成状況を毎年確認できるようにすべき。", C3]
    assert answers(t) == [A1, A3]


def test_group_row_with_its_count_in_another_cell(tmp_path: Path) -> None:
    rows = [["No", "意見の概要", "市の考え方"], ["（１）計画全般に関する意見", "", "2件"], [1, C1, A1], [2, C2, A2],
            ["（２）その他の意見", "", "1件"], [3, C3, A3]]
    t = parse(write_sheets(tmp_path / "c.xlsx", {"結果": rows}))
    assert [(c.label, c.declared) for c in t.categories] == [("計画全般に関する意見", 2), ("その他の意見", 1)]
    assert [(c.category, c.no) for c in t.comments] == [(0, "1"), (0, "2"), (1, "3")]
    assert t.warnings == ()


def test_answer_that_points_at_another_answer(tmp_path: Path) -> None:
    sec = Section("（１）計画について", [Line("1", C1, A1), Line("2", C2, A2), Line("3", C4, "No.1と同じ。"),
                                    Line("4", C3, "同上")])
    t = parse(write_docx(tmp_path / "r.docx", "結果", [sec]))
    assert answers(t) == [A1, A2, A1, A1]
    assert t.comments[2].response == t.comments[0].response == t.comments[3].response
    assert len(t.responses) == 2
    assert any("No.3" in w and "No.1と同じ" in w for w in t.warnings)


def test_text_groups_under_one_header_with_numbers_restarting(tmp_path: Path) -> None:
    lines = ["意見募集の結果", "", "No 意見の概要 市の考え方", "", G1, "", "1", C1, "", A1, "", "2", C2, "", A2, "",
             G2, "", "1", C3, "", A3]
    path = tmp_path / "g.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    t = parse(path)
    assert [c.label for c in t.categories] == ["当該意見を踏まえて内容を修正するもの", "その他の主な意見"]
    assert [(c.category, c.no) for c in t.comments] == [(0, "1"), (0, "2"), (1, "1")]
    assert answers(t) == [A1, A2, A3]


def test_labelled_text_under_a_title_naming_both_parts(tmp_path: Path) -> None:
    path = tmp_path / "t.txt"
    path.write_text("\n".join(["ご意見と市の考え方", "【御意見】", C1, "【市の考え方】", A1]), encoding="utf-8")
    t = parse(path)
    assert t.title == "ご意見と市の考え方"
    assert [c.text for c in t.comments] == [C1] and answers(t) == [A1]
    assert not any("どの意見にも対応しない" in w for w in t.warnings)
