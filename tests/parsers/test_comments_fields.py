"""A comment's other columns (備考, 該当箇所, 該当ページ …) are kept with it as fields, never
mixed into its answer: in labelled blocks (``【備考】``), in tab- and comma-separated text
(a sheet saved as text or CSV) and in Word and Excel tables. The documents were written
for the project (tests/fixtures/layouts/c4–c6) or are built here."""
from __future__ import annotations

from pathlib import Path

import pytest

from app.core.domain import CommentTable
from parsers import parse_file
from tests.conftest import FIXTURES

LAYOUTS = FIXTURES / "layouts"


def _table(path: Path) -> CommentTable:
    table = parse_file(str(path), None)
    assert isinstance(table, CommentTable)
    return table


def _answer(table: CommentTable, k: int) -> str:
    response = table.comments[k].response
    assert response is not None
    return table.responses[response].text


def test_labelled_note_blocks_become_fields_not_answer_text() -> None:
    table = _table(LAYOUTS / "c4_blocks_notes.txt")
    first, second, third = table.comments
    assert dict(first.fields) == {"該当箇所": "素案８ページ\u3000基本目標Ⅰ", "備考": "修正あり"}
    assert dict(second.fields) == {}
    assert dict(third.fields) == {"該当箇所": "素案２４ページ"}
    assert "備考" not in _answer(table, 0) and "修正あり" not in _answer(table, 0)
    assert "素案" not in first.text
    assert _answer(table, 2).replace("\n", "") == "市町村担当者会議を年２回開催し、取組状況を共有してまいります。"


def test_tab_separated_table_with_groups_and_notes() -> None:
    table = _table(LAYOUTS / "c5_tab.txt")
    assert [c.label for c in table.categories] == ["計画全般について", "保育について"]
    assert [(c.no, c.category, dict(c.fields)) for c in table.comments] == [
        ("1", 0, {"該当ページ": "P.3", "備考": "修正"}), ("2", 0, {"該当ページ": "P.5"}),
        ("3", 1, {"該当ページ": "P.12"})]
    assert _answer(table, 1) == "毎年度、子ども会議を開催します。"


def test_csv_with_a_quoted_cell_over_two_lines() -> None:
    table = _table(LAYOUTS / "c6_csv.csv")
    assert table.title == "みなみ市地域防災計画（修正案）に対する意見募集の結果"
    assert len(table.comments) == 3
    assert table.comments[1].text.replace("\n", "") == "要配慮者の避難支援について、個別避難計画の作成を急いでほしい。"
    assert dict(table.comments[1].fields) == {"備考": "類似意見２件"}
    assert _answer(table, 1).startswith("令和７年度中に")


ROWS = [("番号", "意見の概要", "町の考え方", "備考"),
        ("1", "図書館の開館時間を延ばしてほしい。", "平日は午後８時まで延長します。", "類似意見４件"),
        ("2", "駐車場を増やしてほしい。", "隣接地の活用を検討します。", "")]


@pytest.mark.parametrize("suffix", ["xlsx", "docx"])
def test_note_column_of_a_table_is_a_field(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"result.{suffix}"
    if suffix == "xlsx":
        import openpyxl

        book = openpyxl.Workbook()
        for row in ROWS:
            book.active.append(row)
        book.save(path)
    else:
        import docx

        document = docx.Document()
        grid = document.add_table(rows=len(ROWS), cols=len(ROWS[0]))
        for i, row in enumerate(ROWS):
            for j, value in enumerate(row):
                grid.cell(i, j).text = value
        document.save(str(path))
    table = _table(path)
    assert [dict(c.fields) for c in table.comments] == [{"備考": "類似意見４件"}, {}]
    assert _answer(table, 0) == "平日は午後８時まで延長します。"
