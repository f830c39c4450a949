"""PDF minutes the tests generate: two-column labels, letter spacing, footers, page breaks."""
from __future__ import annotations

from pathlib import Path

import pytest
from minutes_builders import write_pdf

from app.core.domain import Minutes
from app.core.errors import Cancelled
from parsers.minutes import parse_minutes

HEADER = ["第1回 テスト会議 議事録", "日時：令和6年4月1日 10:00～11:30", "会場：第一会議室",
          "出席者：", "曽根委員(座長)、林委員", "（テスト市）：渋谷情報政策課長"]
LONG = "これは改ページをまたいで続く長い発言であり、途中で頁が替わっても一つの発言として読まれるべきものである。" * 20


class Steps:
    def __init__(self, cancel_at: int | None = None) -> None:
        self.calls: list[tuple[int, int]] = []
        self.cancel_at = cancel_at

    def step(self, done: int, total: int, label: str = "") -> None:
        self.calls.append((done, total))

    def cancelled(self) -> bool:
        return self.cancel_at is not None and len(self.calls) > self.cancel_at


def _plain(s: str) -> str:
    return "".join(s.split())


def _two_column(tmp_path: Path) -> Path:
    rows = [("", "（開始 10：00）"), ("座長\n（曽根委員）", "次第に基づき会議を進める。"), ("", "〔議題（１）報告〕"),
            ("", "続いて報告を願う。"), ("情報政策課長", LONG), ("林委員", "質問がある。"), ("", "（了承）")]
    return write_pdf(tmp_path / "two.pdf", rows, header=HEADER, two_column=True, width=32)


def test_two_column_labels_notes_and_page_break(tmp_path: Path) -> None:
    m = parse_minutes(_two_column(tmp_path), "", Steps())
    assert m.source.pages is not None and m.source.pages >= 2
    assert [(t.speaker, t.participant, t.agenda) for t in m.turns] == [
        (None, None, None), ("座長", "曽根委員", None), ("座長", "曽根委員", 0),
        ("情報政策課長", "渋谷情報政策課長", 0), ("林委員", "林委員", 0), (None, None, 0)]
    assert m.turns[1].name == "曽根"
    assert _plain(m.turns[3].text) == _plain(LONG)  # no '- 1 -' footer inside
    assert (m.meeting.date, m.meeting.start, m.meeting.end) == ("2024-04-01", "10:00", "11:30")


def test_progress_is_reported_per_page_and_cancel_is_honoured(tmp_path: Path) -> None:
    path = _two_column(tmp_path)
    steps = Steps()
    parse_minutes(path, "", steps)
    assert (0, 2) in steps.calls or any(total >= 2 for _, total in steps.calls)
    with pytest.raises(Cancelled):
        parse_minutes(path, "", Steps(cancel_at=0))


def test_letter_spaced_pdf(tmp_path: Path) -> None:
    rows = [("○議長（山田太郎君）", "皆さん、おはようございます。"), ("◆11番（中村健一君）", "質問します。")]
    m = parse_minutes(write_pdf(tmp_path / "ls.pdf", rows, letter_spaced=True), "", Steps())
    assert [(t.speaker, t.name, _plain(t.text)) for t in m.turns] == [
        ("議長", "山田太郎", "皆さん、おはようございます。"), ("11番", "中村健一", "質問します。")]
    assert m.meeting.date == "2023-10-02"


def test_single_column_turn_continues_over_page_break(tmp_path: Path) -> None:
    rows = [("○議長（山田太郎君）", "開会します。"), ("◎総務部長（小林和夫君）", LONG), ("", "〔「異議なし」と呼ぶ者あり〕")]
    m = parse_minutes(write_pdf(tmp_path / "one.pdf", rows, page_break_after=0), "", Steps())
    assert [t.speaker for t in m.turns] == ["議長", "総務部長", None]
    assert _plain(m.turns[1].text) == _plain(LONG)
    assert m.turns[1].page == 2
    assert not any("- 2 -" in t.text or "-2-" in _plain(t.text) for t in m.turns)


def test_minutes_object_is_plain_domain_data(tmp_path: Path) -> None:
    m = parse_minutes(_two_column(tmp_path), "abc", Steps())
    assert isinstance(m, Minutes) and m.source.sha256 == "abc" and m.source.format == "pdf"
