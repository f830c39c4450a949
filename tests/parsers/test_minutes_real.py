"""Minutes that bodies really published, read as a new user brings them: a Word→PDF with a
議事次第 page, a web page saved from a 会議録検索 system, and that system's text download.
Each is scored against its hand-checked reading (tests/fixtures/real/expected)."""
from __future__ import annotations

import json

import pytest

from app.core.contract import to_json
from app.core.domain import Minutes
from parsers import parse_file
from tests.conftest import FIXTURES
from tests.scoring import real_minutes_figures

REAL = FIXTURES / "real"
DOCUMENTS = ["m01_caa_shohisha_kyoiku25.pdf", "m06_sendai_dx_tokubetsu_20241226.html",
             "m08_hirosaki_r5_1teirei_1go.txt"]


@pytest.fixture(scope="module", params=DOCUMENTS)
def case(request: pytest.FixtureRequest) -> tuple[str, Minutes]:
    doc = parse_file(REAL / request.param)  # the kind is detected, as on import
    assert isinstance(doc, Minutes)
    return request.param, doc


def test_figures_reach_095(case: tuple[str, Minutes]) -> None:
    name, doc = case
    expected = json.loads((REAL / "expected" / (name.rsplit(".", 1)[0] + ".json")).read_text(encoding="utf-8"))
    figures = real_minutes_figures(expected, to_json(doc))
    assert all(v >= 0.95 for v in figures.values()), figures


def test_no_text_is_lost(case: tuple[str, Minutes]) -> None:
    _name, doc = case
    assert not [w for w in doc.warnings if "入っていません" in w], doc.warnings


def test_front_matter_is_never_a_turn(case: tuple[str, Minutes]) -> None:
    _name, doc = case
    speakers = {t.speaker for t in doc.turns}
    assert not speakers & {"議事日程", "出席議員", "欠席議員", "説明員", "事務局職員"}
    assert not any(s and s.endswith("番") and len(s) <= 3 for s in speakers)


def test_text_download_reads_its_roll_and_agenda() -> None:
    doc = parse_file(REAL / "m08_hirosaki_r5_1teirei_1go.txt")
    assert isinstance(doc, Minutes)
    by_name = {p.name: p for p in doc.participants}
    assert by_name["樋川篤子"].group == "出席議員" and by_name["樋川篤子"].title == "議員"
    assert by_name["越明男"].group == "欠席議員"
    assert by_name["櫻田宏"].title == "市長"
    assert by_name["佐藤記一"].group == "出席事務局職員"
    assert doc.signatories == ("三上秋雄議員", "佐藤哲議員", "工藤光志議員")
    assert (doc.meeting.start, doc.meeting.end) == ("10:00", "10:31")
    # each turn sits under the item the chair announced (日程第４ -> 第４　議案第１号…)
    mayor = next(t for t in doc.turns if t.speaker == "市長")
    assert mayor.agenda is not None and doc.agenda[mayor.agenda].label.startswith("第４")
    assert mayor.participant == "櫻田宏市長"


def test_saved_page_drops_navigation_and_panels() -> None:
    doc = parse_file(REAL / "m06_sendai_dx_tokubetsu_20241226.html")
    assert isinstance(doc, Minutes)
    assert doc.source.format == "html"
    assert doc.meeting.date == "2024-12-26"
    text = "".join(t.text for t in doc.turns)
    for furniture in ("ナビゲーション", "検索語", "Copyright", "発言一覧", "50: "):
        assert furniture not in text
    assert doc.turns[0].text.startswith("ただいまからＤＸ推進調査特別委員会を開会いたします。")
