"""Group headings in any numbering, numbers restarting per group, headings written into tables."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from comments_builders import (
    Line,
    Section,
    write_docx,
    write_pdf,
    write_sheets,
    write_text,
    write_xlsx,
)
from comments_samples import A1, A2, A3, A4, C1, C2, C3, C4, G1, G2, answers, parse


def roman_groups() -> list[Section]:
    return [Section(G1, [Line("1", C1, A1), Line("2", C2, A2)]),
            Section(G2, [Line("1", C3, A3), Line("2", C4, A4)])]


WRITERS: dict[str, Callable[[Path], Path]] = {
    "pdf": lambda d: write_pdf(d / "r.pdf", "計画案に対する意見募集の結果", [roman_groups()]),
    "docx": lambda d: write_docx(d / "r.docx", "計画案に対する意見募集の結果", list(roman_groups())),
    "xlsx": lambda d: write_xlsx(d / "r.xlsx", ["計画案に対する意見募集の結果"], roman_groups()),
    "txt": lambda d: write_text(d / "r.txt", "計画案に対する意見募集の結果", roman_groups()),
}


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


def test_group_row_with_its_count_in_another_cell(tmp_path: Path) -> None:
    rows = [["No", "意見の概要", "市の考え方"], ["（１）計画全般に関する意見", "", "2件"], [1, C1, A1], [2, C2, A2],
            ["（２）その他の意見", "", "1件"], [3, C3, A3]]
    t = parse(write_sheets(tmp_path / "c.xlsx", {"結果": rows}))
    assert [(c.label, c.declared) for c in t.categories] == [("計画全般に関する意見", 2), ("その他の意見", 1)]
    assert [(c.category, c.no) for c in t.comments] == [(0, "1"), (0, "2"), (1, "3")]
    assert t.warnings == ()


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


def test_text_groups_under_one_header_with_numbers_restarting(tmp_path: Path) -> None:
    lines = ["意見募集の結果", "", "No 意見の概要 市の考え方", "", G1, "", "1", C1, "", A1, "", "2", C2, "", A2, "",
             G2, "", "1", C3, "", A3]
    path = tmp_path / "g.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    t = parse(path)
    assert [c.label for c in t.categories] == ["当該意見を踏まえて内容を修正するもの", "その他の主な意見"]
    assert [(c.category, c.no) for c in t.comments] == [(0, "1"), (0, "2"), (1, "1")]
    assert answers(t) == [A1, A2, A3]
