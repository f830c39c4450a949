"""A copy names a turn (comment, agenda item, participant …) by its document and position. A
split, merge or delete on one side since the last copy moves the positions after it: a tag
brought back by position would land on another turn, and one side's texts would be written
over the other's shifted by one. Such a meeting is reported and left as it is, not merged."""
from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pytest

from app.api import Workbench
from app.api.workspace_copy import copy_workspace
from app.core.domain import DocumentId
from tests.conftest import gold_document

COUNCIL, PUBCOM = "sendai-ict-council-2016", "sendai-dx-pubcom-2024"


def tagged_texts(bench: Workbench, doc: DocumentId) -> dict[str, set[str]]:
    """Tag name -> the texts of the turns it is on."""
    names = {t.id: t.name for t in bench.tags()}
    texts = {t.id: t.text for t in bench.turns(bench.turn_ids(doc))}
    found: dict[str, set[str]] = {}
    for tagging in bench.taggings_in_document(doc):
        found.setdefault(names[tagging.tag_id], set()).add(texts[tagging.target_id])
    return found


@pytest.fixture
def trip(tmp_path: Path) -> tuple[Path, Path, DocumentId, DocumentId]:
    """The office's file with the council minutes and a comment table, the minutes taken out."""
    office, laptop = tmp_path / "office.gijiroku", tmp_path / "laptop.gijiroku"
    with closing(Workbench(office)) as bench:
        minutes, _ = bench.store_document(gold_document(COUNCIL))
        bench.store_document(gold_document(PUBCOM))
    copy_workspace(office, laptop, [minutes])
    with closing(Workbench(laptop)) as bench:
        [there] = [d.id for d in bench.documents()]
    return office, laptop, minutes, there


def split(bench: Workbench, doc: DocumentId, index: int) -> None:
    turn = bench.turns(bench.turn_ids(doc))[index]
    bench.split_turn(turn.id, len(turn.text) // 2)


def test_a_turn_split_at_the_office_keeps_the_laptops_tag_off_the_wrong_turn(
        trip: tuple[Path, Path, DocumentId, DocumentId]) -> None:
    office, laptop, minutes, there = trip
    with closing(Workbench(laptop)) as bench:
        bench.add_tag("会場で確認", "#00aa00")
        meant = bench.turns(bench.turn_ids(there))[20]
        bench.tag("会場で確認", "turn", meant.id)
    with closing(Workbench(office)) as bench:
        split(bench, minutes, 5)  # every turn after the 6th moves one down
        before = tagged_texts(bench, minutes)
    report = copy_workspace(laptop, office, [there])
    with closing(Workbench(office)) as bench:
        after = tagged_texts(bench, minutes)
        assert after.get("会場で確認", {meant.text}) == {meant.text}  # never on another turn's text
        assert after == before  # the meeting was not merged ...
        assert "会場で確認" in {t.name for t in bench.tags()}  # ... the workspace's own rows were
    [line] = [n.line for n in report.notes if "位置で突き合わせられない" in n.text]
    assert "仙台市情報化推進会議" in line and "コピー先で" in line, line
    assert report.unmatched == 1 and "突き合わせずコピーしなかった文書 1 件" in report.summary_ja()


def test_a_turn_split_on_the_laptop_does_not_shift_the_offices_texts_under_its_tags(
        trip: tuple[Path, Path, DocumentId, DocumentId]) -> None:
    office, laptop, minutes, there = trip
    with closing(Workbench(office)) as bench:
        texts_before = [t.text for t in bench.turns(bench.turn_ids(minutes))]
        bench.tag("論点", "turn", bench.turn_ids(minutes)[20], memo="事務所で")
        tags_before = tagged_texts(bench, minutes)
    with closing(Workbench(laptop)) as bench:
        split(bench, there, 5)
    report = copy_workspace(laptop, office, [there])
    with closing(Workbench(office)) as bench:
        assert [t.text for t in bench.turns(bench.turn_ids(minutes))] == texts_before
        assert tagged_texts(bench, minutes) == tags_before
    assert any("位置で突き合わせられない" in n.text and "コピー元で" in n.text for n in report.notes), report.lines


def test_a_meeting_without_structure_edits_still_merges(trip: tuple[Path, Path, DocumentId, DocumentId]) -> None:
    office, laptop, minutes, there = trip
    with closing(Workbench(laptop)) as bench:
        meant = bench.turns(bench.turn_ids(there))[20]
        bench.tag("論点", "turn", meant.id, memo="会場で")
        bench.update_turn(bench.turn_ids(there)[3], text="会場で直した本文")
    report = copy_workspace(laptop, office, [there])
    assert not any("位置で突き合わせられない" in n.text for n in report.notes)
    with closing(Workbench(office)) as bench:
        assert tagged_texts(bench, minutes)["論点"] == {meant.text}
        assert bench.turns(bench.turn_ids(minutes))[3].text == "会場で直した本文"
