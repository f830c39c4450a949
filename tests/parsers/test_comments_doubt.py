"""Doubt is spoken: warnings that name the place and the first words; no text is lost."""
from __future__ import annotations

from pathlib import Path

from comments_builders import (
    Line,
    Section,
    write_docx,
    write_pdf,
    write_sheets,
)
from comments_samples import A1, A2, A3, A4, C1, C2, C3, C4, answers, parse


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
