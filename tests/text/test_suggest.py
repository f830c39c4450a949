"""Suggested action items, decisions and issues: the Sendai fixture, who speaks,
inflections, owner and due."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from text_workspace import FIXTURES, MINUTES, gold_document

from app.core.domain import Meeting, Minutes, Participant, Source, Turn
from app.services.suggest import due_of, suggest, to_json
from tests.scoring import suggestion_figures

GOLD = json.loads((FIXTURES / MINUTES / "suggestions.gold.json").read_text(encoding="utf-8"))
CITY = Participant("渋谷情報政策課長", title="情報政策課長", group="仙台市")
MEMBER = Participant("林委員", title="委員", group="委員")


def meeting(*turns: Turn) -> Minutes:
    return Minutes(Source("m.txt", "txt"), Meeting(), (CITY, MEMBER), turns=turns)


def city(text: str) -> Turn:
    return Turn(speaker="情報政策課長", participant="渋谷情報政策課長", text=text)


def member(text: str) -> Turn:
    return Turn(speaker="林委員", participant="林委員", text=text)


def actions(doc: Minutes) -> list[str]:
    return [s.text for s in suggest(doc) if s.kind == "action"]


def test_sendai_gold_minutes_all_promises_and_decisions() -> None:
    found = suggest(gold_document(MINUTES))
    res = suggestion_figures(GOLD, to_json(found))
    assert res["action_recall"] == 1.0 and res["decision_recall"] == 1.0
    assert res["decision_precision"] == 1.0
    assert res["action_precision"] >= 10 / 11  # the one extra: 続けていく必要があると思っている (turn 15)
    assert {s.turn for s in found if s.kind == "action"} == {g["turn"] for g in GOLD["actions"]} | {15}
    assert [s.turn for s in found if s.kind == "decision"] == [3, 5, 7, 50]


@pytest.mark.parametrize("text", [
    "関係部署と調整して検討する。", "検討します。", "検討いたします。", "前向きに検討したい。",
    "検討したいと考えております。", "検討させていただきます。", "改善に努めてまいります。",
    "計画に盛り込んでいく予定である。", "来年度中に導入する予定です。", "次回までに整理しようと思う。",
    "取り組みが今後必要だと思っている。", "何らかの対応を検討していかなければならないと考えている。",
    "結果を公表したい。", "資料を修正していきます。",
])
def test_promises_in_every_inflection(text: str) -> None:
    assert actions(meeting(city(text))) == [text]


@pytest.mark.parametrize("text", [
    "検討した。", "検討しているところである。", "システム審査を始めたところである。",
    "ご理解いただきたい。", "どのように検討するのか。", "セキュリティ面の講習等が必要である。",
    "ここで資料を説明させていただく。", "そのようなケースも確かに存在する。",
    "情報発信を一元的に行っていこうというものである。", "教育に使用するために配備したものである。",
])
def test_statements_that_are_not_promises(text: str) -> None:
    assert actions(meeting(city(text))) == []


def test_a_member_asking_the_city_is_not_a_promise() -> None:
    doc = meeting(member("具体的に検討すると良いのではないか。"), member("ぜひ検討したい。"),
                  member("ご検討いただきたい。"), city("検討する。"))
    found = suggest(doc)
    assert [(s.kind, s.turn) for s in found if s.kind != "issue"] == [("action", 3)]


def test_issues_are_what_members_raise_not_what_the_chair_asks() -> None:
    doc = meeting(member("具体的に現在どういう協力体制を構築しているのか。"), member("そうですか。"),
                  member("ご検討いただきたい。"), member("全部止まったときの対応も検討すべき。"),
                  member("個人情報の扱いについて懸念がある。"), member("資料の説明はよく分かった。"),
                  city("どういう体制にするかは検討中です。"),
                  Turn(speaker="座長", text="ほかにご意見はございませんか。"),
                  Turn(speaker="座長", text="事務局の説明について皆さんはどう思われるか。"))
    found = [(s.turn, s.why[0]) for s in suggest(doc) if s.kind == "issue"]
    assert found == [(0, "question"), (2, "request"), (3, "proposal"), (4, "concern")]


def test_sendai_issues_are_the_members_questions_and_proposals() -> None:
    doc = gold_document(MINUTES)
    issues = [s for s in suggest(doc) if s.kind == "issue"]
    assert issues and all("委員" in (doc.turns[s.turn].speaker or "") for s in issues)
    assert any("協力体制を構築しているのか" in s.text for s in issues)
    assert any(s.text.endswith("検討すべき。") for s in issues)


def test_owner_is_the_city_speaker_and_due_is_as_stated() -> None:
    doc = meeting(city("3 月下旬に開催する会議で決定の上、公表したい。"), city("導入は来年度中の予定である。"),
                  Turn(speaker="事務局", text="次回の会議で報告する。"))
    found = suggest(doc)
    assert [(s.owner, s.due) for s in found] == [("情報政策課長", "3月下旬"), ("情報政策課長", "来年度中"),
                                                 ("事務局", "次回")]
    assert due_of("来年度に向けて検討する。") == "来年度"
    assert due_of("引き続き検討する。") is None


def test_city_side_by_label_when_no_participant_list() -> None:
    doc = Minutes(Source("m.txt", "txt"), Meeting(), turns=(
        Turn(speaker="危機管理課長", text="早急に対応する。"), Turn(speaker="委員長", text="対応する。"),
        Turn(speaker="11番", text="検討したい。")))
    assert [s.turn for s in suggest(doc)] == [0]


def test_decisions_from_notes_and_the_chair() -> None:
    doc = meeting(Turn(speaker=None, text="（了承）"), Turn(speaker=None, text="〔「異議なし」と呼ぶ者あり〕"),
                  Turn(speaker=None, text="(なし)"), Turn(speaker="座長", text="それでは報告を了承とする。"),
                  Turn(speaker="座長", text="これで了承とするがよろしいか。"))
    assert [(s.kind, s.turn) for s in suggest(doc)] == [("decision", 0), ("decision", 1), ("decision", 3)]


def test_json_shape() -> None:
    out = to_json(suggest(meeting(city("検討したい。"), Turn(speaker=None, text="（了承）"),
                                  member("導入時期はいつごろになるのか。"))))
    assert out == {"suggestions": [
        {"kind": "action", "turn": 0, "text": "検討したい。", "owner": "情報政策課長", "due": None},
        {"kind": "decision", "turn": 1, "text": "（了承）"},
        {"kind": "issue", "turn": 2, "text": "導入時期はいつごろになるのか。"}]}


@pytest.mark.parametrize("name", ["minutes.pdf", "minutes.docx", "minutes.txt"])
def test_cli_suggest_scores_on_the_fixture(name: str, tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-m", "app", "suggest", str(FIXTURES / MINUTES / name)],
                         capture_output=True, text=True, cwd=root, check=True).stdout
    res = suggestion_figures(GOLD, json.loads(out))
    assert res["action_recall"] >= 0.9 and res["action_precision"] >= 0.8
    assert res["decision_recall"] == 1.0 and res["decision_precision"] == 1.0
