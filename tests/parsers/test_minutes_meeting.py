"""The meeting's own data — date, start, end, venue — from its title and header block, never
from a printer's or browser's time stamp; and the speaker labels real minutes print."""
from __future__ import annotations

from pathlib import Path

import pytest
from minutes_builders import write_pdf, write_text

from app.core.domain import Minutes
from app.core.progress import NO_PROGRESS
from parsers.minutes import parse_minutes

ROWS = [("○議長（山田太郎君）", "ただいまから会議を開きます。"), ("○３番（佐藤花子君）", "質問いたします。")]


def _parse(path: Path) -> Minutes:
    return parse_minutes(path, "", NO_PROGRESS)


def test_browser_time_stamp_is_not_the_date(tmp_path: Path) -> None:
    head = ["2025/01/10 14:22　文書閲覧 | テスト市議会会議録", "テスト市議会　総務委員会　本文",
            "開催日：令和6年12月26日"]
    m = _parse(write_text(tmp_path / "p.txt", ROWS, header=head))
    assert m.meeting.date == "2024-12-26"
    assert m.meeting.title == "テスト市議会 総務委員会 本文"


def test_browser_time_stamp_in_a_printed_pdf(tmp_path: Path) -> None:
    head = ["2025/01/10 14:22", "令和六年十二月二十六日　テスト市議会総務委員会会議録"]
    m = _parse(write_pdf(tmp_path / "p.pdf", ROWS, header=head))
    assert m.meeting.date == "2024-12-26"


@pytest.mark.parametrize("line,date,start,end", [
    ("日　時：令和６年１２月２６日（木）　午前十時開議", "2024-12-26", "10:00", None),
    ("日 時　平成二十八年二月八日（月）13：30～15：00", "2016-02-08", "13:30", "15:00"),
    ("開催日時　２０２４年４月１日　午後１時３０分から午後３時まで", "2024-04-01", "13:30", "15:00"),
])
def test_date_and_times_as_printed(tmp_path: Path, line: str, date: str, start: str, end: str | None) -> None:
    m = _parse(write_text(tmp_path / "d.txt", ROWS, header=["テスト市議会会議録", line, "場所：本庁舎第一会議室"]))
    assert (m.meeting.date, m.meeting.start, m.meeting.end) == (date, start, end)
    assert m.meeting.venue == "本庁舎第一会議室"


def test_no_date_is_said(tmp_path: Path) -> None:
    m = _parse(write_text(tmp_path / "n.txt", ROWS, header=["テスト市議会会議録"]))
    assert m.meeting.date is None
    assert any("開催日が見つかりません" in w for w in m.warnings)


LABELS = [
    ("○（山田議長）　ただいまから会議を開きます。", "議長", "山田"),
    ("○やまだ太郎議長　ただいまから会議を開きます。", "議長", "やまだ太郎"),
    ("〇河野大臣：ただいまから会議を開きます。", "大臣", "河野"),
    ("◯ごうこ正太郎委員　ただいまから会議を開きます。", "委員", "ごうこ正太郎"),
]


@pytest.mark.parametrize("line,speaker,name", LABELS, ids=[x[0][:6] for x in LABELS])
def test_speaker_label_forms(tmp_path: Path, line: str, speaker: str, name: str) -> None:
    rows = [("", line), ("", "○（佐藤花子議員登壇）"), ("", "○３番（佐藤花子君）　質問します。")]
    m = _parse(write_text(tmp_path / "l.txt", rows, header=["テスト会議録", "開催日：令和6年1月5日"]))
    assert [(t.speaker, t.name) for t in m.turns] == [(speaker, name), (None, None), ("３番", "佐藤花子")]
    assert m.turns[0].text == "ただいまから会議を開きます。"


def test_label_alone_with_the_speech_on_the_next_line(tmp_path: Path) -> None:
    rows = [("", "○（山田議長）"), ("", "ただいまから会議を開きます。"), ("", "〇河野大臣："),
            ("", "御説明いたします。")]
    m = _parse(write_text(tmp_path / "a.txt", rows, header=["テスト会議録", "開催日：令和6年1月5日"]))
    assert [(t.speaker, t.name, t.text) for t in m.turns] == [
        ("議長", "山田", "ただいまから会議を開きます。"), ("大臣", "河野", "御説明いたします。")]


def test_browser_print_of_a_search_system_page(tmp_path: Path) -> None:
    """A 会議録検索 page printed to PDF: time stamp and address in every page's margins, the
    speeches numbered '12: ◯委員長　…'."""
    from minutes_builders import FONT_SIZE, PAGE_H, PAGE_W, _font
    from reportlab.pdfgen import canvas

    path = tmp_path / "print.pdf"
    c = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H))
    lines = ["ＤＸ推進調査特別委員会　本文", "開催日: 2024-12-26"]
    for n in range(1, 41):
        lines += [f"{n}: ◯{'委員長' if n % 2 else '福田ようすけ委員'}　　発言{n}です。", "　続けて申し上げます。"]
    page, y = 0, 0.0
    for line in lines:
        if y < 60:
            if page:
                c.showPage()
            page, y = page + 1, 760.0
            c.setFont(_font(), 8)
            c.drawString(30, 820, "2025/01/10 14:22")
            c.drawString(250, 820, "文書閲覧 | テスト市議会会議録")
            c.drawString(30, 20, "https://www.example-gikai.jp/index.php/12345")
            c.drawString(540, 20, f"{page}/3")
            c.setFont(_font(), FONT_SIZE)
        c.drawString(60, y, line)
        y -= 16
    c.save()
    m = _parse(path)
    assert m.meeting.date == "2024-12-26" and m.meeting.body == "DX推進調査特別委員会"
    speech = [t for t in m.turns if t.speaker]
    assert len(speech) == 40 and (speech[1].speaker, speech[1].name) == ("委員", "福田ようすけ")
    assert speech[-1].text == "発言40です。続けて申し上げます。"
    assert m.warnings == ()


@pytest.mark.parametrize("stamp", ["印刷日時：2025年1月20日", "出力日 2025年1月20日", "最終更新日：令和7年1月20日"])
def test_a_labelled_print_or_update_stamp_is_not_the_date(tmp_path: Path, stamp: str) -> None:
    head = [stamp, "令和６年第４回テスト市議会定例会 会議録", "令和6年12月10日（火）"]
    assert _parse(write_text(tmp_path / "m.txt", ROWS, header=head)).meeting.date == "2024-12-10"
