"""Names guessed from labels: words of action are no names, participants never heard get
name and title, and a label wrapped in a narrow label column is read whole."""
from __future__ import annotations

from pathlib import Path

import pytest

from app.core.domain import Participant
from app.core.progress import NO_PROGRESS
from parsers.minutes import parse_minutes
from parsers.minutes_labels import marked_speaker, parse_label
from parsers.minutes_people import fill_names
from tests.parsers.minutes_builders import write_pdf, write_text

OPENING = "○議長（山田太郎君）　開会します。"


@pytest.mark.parametrize("line,speaker", [("○総務委員長　報告", "総務委員長"), ("○市長　提案説明", "市長"),
                                          ("○総務部長　答弁", "総務部長"), ("○建設委員長　経過報告", "建設委員長")])
def test_a_word_of_action_after_a_label_is_not_a_name(line: str, speaker: str) -> None:
    found = marked_speaker(line, frozenset())
    assert found is not None
    assert (found[0].speaker, found[0].name) == (speaker, None)


def test_a_name_after_a_label_still_is() -> None:
    found = marked_speaker("◇議長 鈴木三郎　休憩します。", frozenset())
    assert found is not None and found[0].name == "鈴木三郎"
    assert parse_label("委員長　報告", marked=False).name is None


def test_committee_report_turn_in_text(tmp_path: Path) -> None:
    rows = [("", OPENING), ("", "○総務委員長　報告"), ("", "ただいま議題となりました議案について報告します。")]
    m = parse_minutes(write_text(tmp_path / "r.txt", rows), "", NO_PROGRESS)
    assert [(t.speaker, t.name) for t in m.turns] == [("議長", "山田太郎"), ("総務委員長", None)]


def _p(label: str) -> Participant:
    return Participant(label=label, group="市")


def test_participants_never_heard_get_name_and_title() -> None:
    people = [_p("渋谷情報政策課長"), _p("佐藤情報システム課長"), _p("高橋情報政策課長"), _p("事務局"),
              _p("総務委員長")]
    got = {p.label: (p.name, p.title) for p in fill_names(people, {"渋谷情報政策課長": "情報政策課長"})}
    assert got["渋谷情報政策課長"] == ("渋谷", "情報政策課長")
    assert got["高橋情報政策課長"] == ("高橋", "情報政策課長")  # the title another holds
    assert got["佐藤情報システム課長"] == ("佐藤", "情報システム課長")  # the dictionary's surname
    assert got["事務局"] == (None, None) and got["総務委員長"] == (None, None)


def test_label_wrapped_in_a_narrow_column_is_one_label(tmp_path: Path) -> None:
    header = ["第1回 テスト会議 議事録", "日時：令和6年4月1日 10:00～11:00", "出席者：", "曽根委員(座長)、林委員",
              "（テスト市）：佐藤情報システム課長"]
    rows = [("座長\n（曽根委員）", "始めます。" * 20), ("情報システム課\n長", "システムの更新について説明する。" * 8),
            ("林委員", "了解した。" * 20), ("事務局\n長", "事務局から補足する。" * 8)]
    path = write_pdf(tmp_path / "w.pdf", rows, header=header, two_column=True, width=20)
    m = parse_minutes(path, "", NO_PROGRESS)
    assert [(t.speaker, t.participant) for t in m.turns] == [
        ("座長", "曽根委員"), ("情報システム課長", "佐藤情報システム課長"), ("林委員", "林委員"), ("事務局長", None)]
    assert "長" not in {t.speaker for t in m.turns}
