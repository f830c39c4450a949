"""Doubt is spoken: text that reaches no turn, and structure that looks wrong, are warned in
Japanese with the page and a quote."""
from __future__ import annotations

from pathlib import Path

from minutes_builders import write_pdf, write_text

from app.core.domain import Turn
from app.core.progress import NO_PROGRESS
from parsers.minutes import parse_minutes
from parsers.minutes_coverage import coverage_warnings, lost_lines
from parsers.minutes_lines import Line

HEAD = ["テスト市議会会議録", "開催日：令和6年4月1日"]


def test_a_line_in_no_turn_is_named_with_page_and_quote() -> None:
    lines = [Line("○議長（山田太郎君）　ただいまから会議を開きます。", 2),
             Line("本日の議事日程はお手元に配付のとおりです。", 2),
             Line("○３番（佐藤花子君）　質問します。", 3)]
    turns = [Turn("議長", "ただいまから会議を開きます。", page=2), Turn("３番", "質問します。", page=3)]
    assert lost_lines(lines, turns, [], frozenset()) == [lines[1]]
    (warning,) = coverage_warnings(lines, turns, [], frozenset())
    assert warning.startswith("2 ページ: 「本日の議事日程はお手元に配付のとおりです…」")


def test_every_line_of_a_parse_is_accounted_for(tmp_path: Path) -> None:
    rows = [("○議長（山田太郎君）", "ただいまから会議を開きます。"), ("", "〔議題（１）予算について〕"),
            ("", "（了承）"), ("○３番（佐藤花子君）", "質問します。" * 12)]
    m = parse_minutes(write_pdf(tmp_path / "ok.pdf", rows, header=HEAD), "", NO_PROGRESS)
    assert m.warnings == ()


def test_a_run_of_turns_holding_only_names_is_warned(tmp_path: Path) -> None:
    rows = [("○議長（山田太郎君）", "出席議員の異動を報告します。"), ("", "１番　山田太郎君"), ("", "２番　鈴木花子君"),
            ("", "３番　佐藤一郎君"), ("○議長（山田太郎君）", "以上です。")]
    m = parse_minutes(write_pdf(tmp_path / "names.pdf", rows, header=HEAD), "", NO_PROGRESS)
    assert any(w.startswith("1 ページ: 名前や番号だけの発言が 3 件続いています") for w in m.warnings), m.warnings


def test_a_one_character_turn_is_warned(tmp_path: Path) -> None:
    rows = [("○議長（山田太郎君）", "賛成の方の挙手を求めます。"), ("○山田委員", "ア")]
    m = parse_minutes(write_text(tmp_path / "one.txt", rows, header=HEAD), "", NO_PROGRESS)
    assert any("1 文字だけの発言があります" in w and "ア" in w for w in m.warnings), m.warnings


def test_an_agenda_list_never_met_is_warned(tmp_path: Path) -> None:
    head = [*HEAD, "議事次第", "⑴　予算の執行状況について", "⑵　その他"]
    rows = [("○議長（山田太郎君）", "ただいまから会議を開きます。"), ("○３番（佐藤花子君）", "質問します。")]
    m = parse_minutes(write_text(tmp_path / "list.txt", rows, header=head), "", NO_PROGRESS)
    assert [a.label for a in m.agenda] == ["⑴　予算の執行状況について", "⑵　その他"]
    assert any(w.startswith("議事日程の項目（「⑴ 予算の執行状況について」など）を本文の見出しと対応づけられません")
               for w in m.warnings), m.warnings
