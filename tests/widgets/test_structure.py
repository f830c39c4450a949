"""Correcting a meeting's structure after the import, each correction ONE undo step: the walk
import → every structure edit → undo all → redo all, compared with the meeting expected.

The expected meeting is built from the imported one by plain edits of the domain objects,
one per correction, so every step is checked against what a clerk meant by it.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest

from app.api import Workbench
from app.core.domain import AgendaItem, Minutes, Participant, Turn
from app.core.errors import WorkbenchError
from app.qt import structure_commands as sc
from app.qt.bridge import WorkbenchBridge
from app.qt.commands import ImportDocumentCommand, TagCommand
from app.services.search import SearchFilter
from tests.conftest import confirm_minutes, gold_document
from tests.widgets.conftest import COUNCIL, SENDAI_PUBCOM

NEW_MEETING = {"title": "第2回 仙台市情報化推進会議 議事録", "date": "2016-02-09", "start_time": "13:35",
               "end_time": "15:05", "venue": "本庁舎2階 第三委員会室"}


# --- the expected meeting, edited as domain objects ----------------------------------------
def with_participant(m: Minutes, who: str, **values: str | None) -> Minutes:
    return dataclasses.replace(m, participants=tuple(dataclasses.replace(p, **values) if p.label == who else p
                                                     for p in m.participants))


def relabel(m: Minutes, old: str, new: str, **values: str | None) -> Minutes:
    m = with_participant(m, old, label=new, **values)
    return dataclasses.replace(m, turns=tuple(dataclasses.replace(t, participant=new) if t.participant == old else t
                                              for t in m.turns),
                               signatories=tuple(new if s == old else s for s in m.signatories))


def insert_item(m: Minutes, index: int, label: str, first: int, last: int) -> Minutes:
    """A new agenda item at ``index`` whose section is turns[first..last]."""
    turns = [dataclasses.replace(t, agenda=t.agenda + 1 if t.agenda is not None and t.agenda >= index else t.agenda)
             for t in m.turns]
    turns[first:last + 1] = [dataclasses.replace(t, agenda=index) for t in turns[first:last + 1]]
    agenda = list(m.agenda)
    agenda.insert(index, AgendaItem(label))
    return dataclasses.replace(m, agenda=tuple(agenda), turns=tuple(turns))


def find(m: Minutes, text_start: str) -> int:
    return next(i for i, t in enumerate(m.turns) if t.text.startswith(text_start))


def section(m: Minutes, index: int) -> list[Turn]:
    return [t for t in m.turns if t.agenda == index]


def test_every_structure_edit_undoes_and_redoes_as_one_step(qtbot, bench: Workbench) -> None:
    bridge = WorkbenchBridge(bench)
    gold = gold_document(COUNCIL)
    command = ImportDocumentCommand(bridge, gold, "council")
    assert bridge.push(command) is None
    doc = command.doc_id
    assert doc is not None
    table = ImportDocumentCommand(bridge, gold_document(SENDAI_PUBCOM), "pubcom")
    bridge.push(table)
    imported = bench.document(doc)
    assert isinstance(imported, Minutes)
    ids = bench.turn_ids(doc)
    tagging = TagCommand(bridge, "対応事項", "turn", ids[11], owner="情報政策課")
    bridge.push(tagging)
    assert len(bench.action_rows()) == 1
    start = bridge.stack.count()

    def pid(label: str) -> int:
        return next(p.id for p in bench.participants(doc) if p.label == label)

    def item(label: str) -> int:
        return next(a.id for a in bench.agenda_items(doc) if a.label == label)

    expected = imported
    m = imported
    heading = m.turns[8].text
    steps: list[tuple[Callable[[], object], Callable[[Minutes], Minutes]]] = [
        (lambda: sc.update_meeting(bridge, doc, **NEW_MEETING),
         lambda m: dataclasses.replace(m, meeting=dataclasses.replace(
             m.meeting, title=NEW_MEETING["title"], date=NEW_MEETING["date"], start=NEW_MEETING["start_time"],
             end=NEW_MEETING["end_time"], venue=NEW_MEETING["venue"]))),
        (lambda: sc.add_participant(bridge, doc, "熊谷委員", group="委員"),
         lambda m: dataclasses.replace(m, participants=m.participants + (Participant("熊谷委員", group="委員"),))),
        (lambda: sc.update_participant(bridge, pid("千葉委員"), role="副座長"),
         lambda m: with_participant(m, "千葉委員", role="副座長")),
        (lambda: sc.update_participant(bridge, pid("渋谷情報政策課長"), label="渋谷課長", name="渋谷"),
         lambda m: relabel(m, "渋谷情報政策課長", "渋谷課長", name="渋谷")),
        (lambda: sc.add_participant(bridge, doc, "曽根座長", name="曽根"),
         lambda m: dataclasses.replace(m, participants=m.participants + (Participant("曽根座長", name="曽根"),))),
        (lambda: sc.merge_participants(bridge, pid("曽根委員"), pid("曽根座長")),
         lambda m: dataclasses.replace(with_participant(m, "曽根委員", name="曽根"),
                                       participants=tuple(p if p.label != "曽根委員" else
                                                          dataclasses.replace(p, name="曽根")
                                                          for p in m.participants if p.label != "曽根座長"))),
        (lambda: sc.set_signatories(bridge, doc, ["柳生委員", "及川委員"]),
         lambda m: dataclasses.replace(m, signatories=("柳生委員", "及川委員"))),
        (lambda: sc.rename_speaker(bridge, doc, "情報政策課長", "渋谷情報政策課長"),
         lambda m: dataclasses.replace(m, turns=tuple(dataclasses.replace(t, speaker="渋谷情報政策課長")
                                                      if t.speaker == "情報政策課長" else t for t in m.turns))),
        (lambda: sc.make_heading(bridge, bench.turn_ids(doc)[8]),
         lambda m: dataclasses.replace(insert_item(m, 2, heading, 8, 8),
                                       turns=insert_item(m, 2, heading, 8, 8).turns[:8]
                                       + insert_item(m, 2, heading, 8, 8).turns[9:])),
        (lambda: sc.add_agenda_item(bridge, doc, "質疑", bench.turn_ids(doc)[find(expected, "只今、事務局から")]),
         lambda m: insert_item(m, 4, "質疑", find(m, "只今、事務局から"), find(m, "引き続きよろしく"))),
        (lambda: sc.rename_agenda_item(bridge, doc, item("会議の公開について"), "会議の公開"),
         lambda m: dataclasses.replace(m, agenda=(AgendaItem("会議の公開"),) + m.agenda[1:])),
        (lambda: sc.move_agenda_item(bridge, doc, item(imported.agenda[3].label), -1),
         lambda m: dataclasses.replace(
             m, agenda=m.agenda[:4] + (m.agenda[5], m.agenda[4]) + m.agenda[6:],
             turns=tuple(t for t in m.turns if t.agenda is None or t.agenda < 4)
             + tuple(dataclasses.replace(t, agenda=4) for t in section(m, 5))
             + tuple(dataclasses.replace(t, agenda=5) for t in section(m, 4))
             + tuple(t for t in m.turns if t.agenda is not None and t.agenda > 5))),
        (lambda: sc.remove_agenda_item(bridge, doc, item(imported.agenda[4].label)),
         lambda m: dataclasses.replace(m, agenda=m.agenda[:6],
                                       turns=tuple(dataclasses.replace(t, agenda=5) if t.agenda == 6 else t
                                                   for t in m.turns))),
        (lambda: sc.delete_turn(bridge, ids[11]),
         lambda m: dataclasses.replace(m, turns=tuple(t for t in m.turns if not t.text.startswith("適切な表現を")))),
    ]
    for run, edit in steps:
        before_count = bridge.stack.count()
        assert bridge.push(run()) is None  # type: ignore[arg-type]
        assert bridge.stack.count() == before_count + 1  # ONE undo step each
        expected = edit(expected)
        assert bench.document(doc) == expected, bridge.stack.undoText()
    assert bench.action_rows() == [] and bench.taggings_in_document(doc) == []
    deleted = sc.DeleteDocumentCommand(bridge, table.doc_id, "pubcom")  # type: ignore[arg-type]
    bridge.push(deleted)
    assert [d.id for d in bench.documents()] == [doc]
    final_ids, final_search = bench.turn_ids(doc), len(bench.search("検討", SearchFilter(speaker="渋谷情報政策課長"), 500))

    for _ in range(bridge.stack.count() - start):
        bridge.stack.undo()
    assert bench.document(doc) == imported and bench.turn_ids(doc) == ids
    assert len(bench.documents()) == 2 and len(bench.action_rows()) == 1
    assert bench.action_rows()[0].item.owner == "情報政策課"
    while bridge.stack.canRedo():
        bridge.stack.redo()
    assert bench.document(doc) == expected and bench.turn_ids(doc) == final_ids
    assert [d.id for d in bench.documents()] == [doc] and bench.action_rows() == []
    hits = bench.search("検討", SearchFilter(speaker="渋谷情報政策課長"), 500)
    assert len(hits) == final_search > 0  # the index followed the rename, and its redo
    assert all(h.speaker == "渋谷情報政策課長" for h in hits)
    on_new_date = bench.search("検討", SearchFilter(date_from="2016-02-09", date_to="2016-02-09"), 500)
    assert on_new_date and not bench.search("検討", SearchFilter(date_from="2016-02-08", date_to="2016-02-08"), 500)
    assert_index_matches_turns(bench, doc)


def assert_index_matches_turns(bench: Workbench, doc: int) -> None:
    """Each turn has exactly one index row, with its speaker and agenda item, and the FTS
    filter tokens find each row by its speaker (no stale row of an old value is left)."""
    db = bench.store.db
    rows = db.execute("SELECT ref_id, speaker, agenda_item_id FROM search_rows WHERE kind = 'turn'"
                      " AND document_id = ? ORDER BY ref_id", [doc]).fetchall()
    turns = db.execute("SELECT id, speaker, agenda_item_id FROM turns WHERE document_id = ? ORDER BY id",
                       [doc]).fetchall()
    assert rows == turns
    for speaker in {t[1] for t in turns if t[1]}:
        found = {h.id for h in bench.search("の", SearchFilter(speaker=speaker), None)}
        assert found == {t[0] for t in turns if t[1] == speaker and "の" in bench.turns([t[0]])[0].text} != set()


def test_structure_edits_refuse_confirmed_minutes_and_bad_values(qtbot, bench: Workbench) -> None:
    bridge = WorkbenchBridge(bench)
    doc, _ = bench.store_document(gold_document(COUNCIL))
    before = bench.document(doc)
    for bad in (lambda: bench.update_meeting(doc, title=" "), lambda: bench.add_participant(doc, "曽根委員"),
                lambda: bench.rename_speaker(doc, "いない人", "誰か"),
                lambda: bench.move_agenda_item(bench.agenda_items(doc)[0].id, -1)):
        with pytest.raises(WorkbenchError):
            bad()
    assert bench.document(doc) == before
    confirm_minutes(bench, doc)
    error = bridge.push(sc.rename_speaker(bridge, doc, "座長", "曽根座長"))
    assert error is not None and error.code == "frozen" and bridge.stack.count() == 0
    assert bench.document(doc) == before
