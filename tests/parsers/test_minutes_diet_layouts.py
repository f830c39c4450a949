"""Minutes in the 国会 layouts (written for the project: a 参議院 and a 衆議院 committee, each
as text and LibreOffice PDF): an agenda list printed without numbers under
``本日の会議に付した案件``, speaker labels with a bracketed given-name letter
(``○田中（英）委員``), rolls with titles on lines of their own and posts in brackets."""
from __future__ import annotations

from pathlib import Path

import pytest

from app.core.domain import Minutes
from app.core.progress import NO_PROGRESS
from parsers.minutes import parse_minutes
from tests.conftest import FIXTURES

LAYOUTS = FIXTURES / "layouts"


def _parse(path: Path) -> Minutes:
    return parse_minutes(path, "", NO_PROGRESS)


@pytest.mark.parametrize("name", ["h7_shugiin_kosei.txt", "h7_shugiin_kosei_pdf.pdf"])
def test_unnumbered_agenda_list_is_read_with_its_wrapped_item(name: str) -> None:
    m = _parse(LAYOUTS / name)
    assert [a.label for a in m.agenda] == [
        "政府参考人出頭要求に関する件", "厚生労働関係の基本施策に関する件",
        "医療法の一部を改正する法律案（内閣提出第十二号）"]
    # the chair's '…を議題といたします' moves the turns under the item it names
    moved = next(k for k, t in enumerate(m.turns) if t.text.startswith("次に、医療法"))
    assert {t.agenda for t in m.turns[moved:]} == {2}


@pytest.mark.parametrize("name", ["h6_sangiin_norin.txt", "h6_sangiin_norin_pdf.pdf"])
def test_bracketed_riders_belong_to_the_item_above(name: str) -> None:
    m = _parse(LAYOUTS / name)
    assert [a.label for a in m.agenda] == [
        "食料・農業・農村基本法の一部を改正する法律案（内閣提出、衆議院送付）",
        "農林水産に関する調査（森林の整備及び保全に関する件）"]
    assert m.turns[0].speaker == "委員長"  # the riders did not open the proceedings


@pytest.mark.parametrize("name", ["h7_shugiin_kosei.txt", "h7_shugiin_kosei_pdf.pdf"])
def test_name_with_given_name_letter_is_one_label(name: str) -> None:
    m = _parse(LAYOUTS / name)
    tanaka = [t for t in m.turns if t.name and t.name.startswith("田中")]
    assert {(t.speaker, t.name, t.participant) for t in tanaka} == {
        ("委員", "田中（英）", "田中英之理事"), ("委員", "田中（健）", "田中健")}
    assert not any(t.text.startswith("委員") for t in tanaka)
    assert not [w for w in m.warnings if "対応づけられません" in w]


def test_diet_rolls_give_titles_and_posts() -> None:
    m = _parse(LAYOUTS / "h7_shugiin_kosei.txt")
    people = {p.name: (p.title, p.group) for p in m.participants}
    assert people["武見敬三"] == ("厚生労働大臣", "出席国務大臣")
    assert people["浅沼一成"] == ("厚生労働省医政局長", "出席政府参考人")
    assert "田中健" in people and "吉田久美子" in people
    upper = {p.name: p.title for p in _parse(LAYOUTS / "h6_sangiin_norin.txt").participants}
    assert upper["進藤金日子"] == "理事" and upper["山下雄平"] == "理事"
    assert "国務大臣" not in {p.label for p in _parse(LAYOUTS / "h6_sangiin_norin.txt").participants}


def test_members_named_with_honorific_resolve() -> None:
    m = _parse(LAYOUTS / "h6_sangiin_norin.txt")
    assert {t.participant for t in m.turns if t.speaker == "紙智子君"} == {"紙智子"}
    assert not [w for w in m.warnings if "対応づけられません" in w]


def test_blank_line_ends_an_unnumbered_list(tmp_path: Path) -> None:
    path = tmp_path / "shingikai.txt"
    path.write_text("\n".join([
        "第４回みなと区景観審議会　会議録",
        "日時：令和７年１月２８日（火）午前１０時から",
        "議題",
        "　景観計画の改定について",
        "　屋外広告物条例の運用状況について",
        "",
        "会議は公開で行われた",
        "",
        "会長：ただいまから第４回景観審議会を開会します。本日は景観計画の改定について審議します。",
        "委員：改定案の重点地区の範囲について質問します。",
        "事務局：重点地区は駅周辺の三地区を予定しております。",
    ]), encoding="utf-8")
    m = _parse(path)
    assert [a.label for a in m.agenda] == ["景観計画の改定について", "屋外広告物条例の運用状況について"]
    assert [t.speaker for t in m.turns if t.speaker] == ["会長", "委員", "事務局"]
