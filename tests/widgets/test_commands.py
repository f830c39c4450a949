"""Every undo command through push, undo and redo against a real workspace."""
from __future__ import annotations

from app.api import Workbench
from app.core.domain import TAG_ACTION, TAG_ISSUE, Changes
from app.qt.bridge import WorkbenchBridge
from app.qt.commands import (
    EditResponseCommand,
    EditTurnCommand,
    EditTurnTextCommand,
    ImportDocumentCommand,
    LinkCommentCommand,
    MergeTurnCommand,
    SetTaggingMemoCommand,
    SplitTurnCommand,
    TagCommand,
    UntagCommand,
    UpdateActionItemCommand,
)
from tests.conftest import gold_document
from tests.widgets.conftest import COUNCIL, minutes_id, table_id


def bridge_for(bench: Workbench) -> tuple[WorkbenchBridge, list[Changes]]:
    bridge = WorkbenchBridge(bench)
    seen: list[Changes] = []
    bridge.changed.connect(seen.append)
    return bridge, seen


def test_edit_turn_speaker_and_agenda(qtbot, gold_bench: Workbench) -> None:
    bridge, seen = bridge_for(gold_bench)
    doc = minutes_id(gold_bench)
    turn = gold_bench.turns(gold_bench.turn_ids(doc))[5]
    agenda = gold_bench.agenda_items(doc)[0].id
    bridge.push(EditTurnCommand(bridge, turn.id, "x", speaker="委員長", agenda_item_id=agenda))
    assert gold_bench.turns([turn.id])[0].speaker == "委員長"
    assert seen and turn.id in seen[-1].ids("turn")
    bridge.stack.undo()
    assert gold_bench.turns([turn.id])[0].speaker == turn.speaker
    assert gold_bench.turns([turn.id])[0].agenda_item_id == turn.agenda_item_id
    bridge.stack.redo()
    assert gold_bench.turns([turn.id])[0].agenda_item_id == agenda


def test_text_edits_of_one_turn_merge_into_one_step(qtbot, gold_bench: Workbench) -> None:
    bridge, _ = bridge_for(gold_bench)
    turn = gold_bench.turns(gold_bench.turn_ids(minutes_id(gold_bench)))[1]
    bridge.push(EditTurnTextCommand(bridge, turn.id, turn.text + "あ"))
    bridge.push(EditTurnTextCommand(bridge, turn.id, turn.text + "あい"))
    assert bridge.stack.count() == 1
    assert gold_bench.turns([turn.id])[0].text == turn.text + "あい"
    bridge.stack.undo()
    assert gold_bench.turns([turn.id])[0].text == turn.text
    bridge.stack.redo()
    assert gold_bench.turns([turn.id])[0].text == turn.text + "あい"


def test_split_and_merge_undo_redo_keep_ids(qtbot, gold_bench: Workbench) -> None:
    bridge, _ = bridge_for(gold_bench)
    doc = minutes_id(gold_bench)
    before = gold_bench.turn_ids(doc)
    turn = gold_bench.turns(before)[8]
    split = SplitTurnCommand(bridge, turn.id, 5)
    bridge.push(split)
    after = gold_bench.turn_ids(doc)
    assert len(after) == len(before) + 1 and split.new_turn_id in after
    bridge.stack.undo()
    assert gold_bench.turn_ids(doc) == before
    bridge.stack.redo()
    assert gold_bench.turn_ids(doc) == after
    bridge.push(MergeTurnCommand(bridge, turn.id))
    assert gold_bench.turns([turn.id])[0].text.replace("\n", "") == turn.text.replace("\n", "")
    bridge.stack.undo()
    assert gold_bench.turn_ids(doc) == after
    bridge.stack.redo()
    assert len(gold_bench.turn_ids(doc)) == len(before)


def test_failed_command_is_not_recorded(qtbot, gold_bench: Workbench) -> None:
    bridge, _ = bridge_for(gold_bench)
    last = gold_bench.turn_ids(minutes_id(gold_bench))[-1]
    with qtbot.waitSignal(bridge.failed) as blocker:
        error = bridge.push(MergeTurnCommand(bridge, last))
    assert error is not None and blocker.args[0].code == "bad_value"
    assert bridge.stack.count() == 0


def test_link_comment_and_edit_response(qtbot, gold_bench: Workbench) -> None:
    bridge, _ = bridge_for(gold_bench)
    doc = table_id(gold_bench)
    comments, responses = gold_bench.comments(doc), gold_bench.responses(doc)
    first = comments[0]
    other = next(r for r in responses if r.id != first.response_id)
    bridge.push(LinkCommentCommand(bridge, first, other.id))
    assert gold_bench.comments(doc)[0].response_id == other.id
    bridge.stack.undo()
    assert gold_bench.comments(doc)[0].response_id == first.response_id
    bridge.stack.redo()
    assert gold_bench.comments(doc)[0].response_id == other.id
    bridge.push(EditResponseCommand(bridge, other, text="改めて検討します。", revised=True))
    assert gold_bench.responses(doc)[responses.index(other)].revised
    bridge.stack.undo()
    restored = gold_bench.responses(doc)[responses.index(other)]
    assert (restored.text, restored.revised) == (other.text, other.revised)
    bridge.stack.redo()
    assert gold_bench.responses(doc)[responses.index(other)].text == "改めて検討します。"


def test_tag_untag_memo_and_action_item(qtbot, gold_bench: Workbench) -> None:
    bridge, _ = bridge_for(gold_bench)
    turn_id = gold_bench.turn_ids(minutes_id(gold_bench))[11]
    tag = TagCommand(bridge, TAG_ACTION, "turn", turn_id, (0, 4), owner="情報政策課")
    bridge.push(tag)
    item = gold_bench.action_item_for_tagging(tag.tagging_id)
    assert item.owner == "情報政策課" and gold_bench.tagging(tag.tagging_id).start == 0
    bridge.push(UpdateActionItemCommand(bridge, item.id, "s", status="対応中", due="2030-03-31"))
    bridge.push(SetTaggingMemoCommand(bridge, tag.tagging_id, "次回報告"))
    bridge.stack.undo()
    assert gold_bench.tagging(tag.tagging_id).memo == ""
    bridge.stack.undo()
    assert gold_bench.action_item(item.id).status == "未着手"
    bridge.stack.undo()
    assert gold_bench.taggings_for("turn", [turn_id]) == []
    for _ in range(3):
        bridge.stack.redo()
    assert gold_bench.action_item(item.id).due == "2030-03-31"  # same ids after redo
    assert gold_bench.tagging(tag.tagging_id).memo == "次回報告"
    bridge.push(UntagCommand(bridge, tag.tagging_id))
    assert gold_bench.taggings_for("turn", [turn_id]) == []
    bridge.stack.undo()
    assert gold_bench.action_item(item.id).status == "対応中"
    bridge.stack.redo()
    assert gold_bench.action_item_for_tagging(tag.tagging_id) is None


def test_tag_comment_whole(qtbot, gold_bench: Workbench) -> None:
    bridge, _ = bridge_for(gold_bench)
    comment = gold_bench.comments(table_id(gold_bench))[0]
    bridge.push(TagCommand(bridge, TAG_ISSUE, "comment", comment.id))
    assert len(gold_bench.taggings_for("comment", [comment.id])) == 1
    bridge.stack.undo()
    assert gold_bench.taggings_for("comment", [comment.id]) == []
    bridge.stack.redo()
    assert len(gold_bench.taggings_for("comment", [comment.id])) == 1


def test_import_command_undo_removes_document(qtbot, bench: Workbench) -> None:
    bridge, _ = bridge_for(bench)
    command = ImportDocumentCommand(bridge, gold_document(COUNCIL), "minutes.txt")
    bridge.push(command)
    assert [d.id for d in bench.documents()] == [command.doc_id]
    bridge.stack.undo()
    assert bench.documents() == []
    bridge.stack.redo()
    assert len(bench.documents()) == 1 and bench.documents()[0].items == 55


def test_undo_import_then_redo_everything_keeps_later_steps_working(qtbot, bench: Workbench) -> None:
    bridge, _ = bridge_for(bench)
    imported = ImportDocumentCommand(bridge, gold_document(COUNCIL), "minutes.txt")
    bridge.push(imported)
    turn = bench.turn_ids(imported.doc_id)[11]
    bridge.push(TagCommand(bridge, TAG_ACTION, "turn", turn))
    assert len(bench.action_rows()) == 1
    bridge.stack.undo()
    bridge.stack.undo()
    assert bench.documents() == [] and bench.action_rows() == []
    bridge.stack.redo()
    bridge.stack.redo()
    assert bench.turn_ids(imported.doc_id)[11] == turn
    [row] = bench.action_rows()
    assert row.target_id == turn and row.source_text.startswith("適切な表現")


def test_new_tag_in_codebook_is_undoable(qtbot, bench: Workbench) -> None:
    from app.qt.commands import AddTagCommand

    bridge, _ = bridge_for(bench)
    bridge.push(AddTagCommand(bridge, "予算", "#aa5500", None))
    assert "予算" in [t.name for t in bench.tags()]
    bridge.stack.undo()
    assert "予算" not in [t.name for t in bench.tags()]
    bridge.stack.redo()
    assert "予算" in [t.name for t in bench.tags()]
