"""Defects of issue 11 found by trying the window as a new clerk would: each test fails on
the code before its fix. Japanese is typed with insertPlainText / setText only."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.core.domain import TAG_ACTION
from app.core.errors import WorkbenchError
from app.qt.commands import EditResponseCommand
from tests.conftest import confirm_minutes, gold_document
from tests.widgets.conftest import minutes_id, table_id
from tests.widgets.test_answers import ANSWER, answers_of, fresh_sheet, links
from tests.widgets.test_panels import WAIT_MS
from widgets.similar_panel import NEW_ANSWER


def group_new_answer_in_window(window, qtbot, doc: int) -> tuple[int, list[int]]:  # type: ignore[no-untyped-def]
    """「このグループに同じ回答を設定」 with 「新しい回答」 in the window's own 同趣旨 panel."""
    panel = window.similar
    window.docks[4].show()
    window.docks[4].raise_()
    with qtbot.waitSignal(panel.loaded, timeout=WAIT_MS):
        window.open_document(doc)
    assert panel.groups.rowCount() > 0, panel.status.text()
    group = panel.current_group()
    panel.answer_choice.setCurrentIndex(panel.answer_choice.findData(NEW_ANSWER))
    qtbot.mouseClick(panel.apply_button, Qt.MouseButton.LeftButton)
    rid = links(window.bridge.bench, doc)[group.comment_ids[0]]
    assert rid is not None
    return rid, list(group.comment_ids)


def test_answer_typed_for_a_group_is_saved(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    bench = window.bridge.bench
    doc = fresh_sheet(bench)
    rid, members = group_new_answer_in_window(window, qtbot, doc)
    editor = window.inspector.comment_editor
    assert editor.comment is not None and editor.comment.id == members[0]
    assert editor.answer_choice.currentData() == rid  # not 「（回答なし）」
    editor.answer.setFocus()
    editor.answer.insertPlainText(ANSWER)
    editor.flush()
    assert answers_of(bench, doc)[rid] == ANSWER
    assert {links(bench, doc)[c] for c in members} == {rid}


def test_result_table_with_unanswered_comments_warns(window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    bench = window.bridge.bench
    doc = fresh_sheet(bench)
    rid, members = group_new_answer_in_window(window, qtbot, doc)
    window.bridge.push(EditResponseCommand(
        window.bridge, next(r for r in bench.responses(doc) if r.id == rid), text=ANSWER))
    window.open_document(doc)
    unanswered = bench.unanswered_comments(doc)
    comments = bench.comments(doc)
    assert len(unanswered) == len(comments) - len(members)
    out = tmp_path / "結果.docx"
    with qtbot.waitSignal(window.export_flow.exported, timeout=WAIT_MS):
        window.export_flow.export_comments(doc, out)
    box = window.export_flow.message_box
    assert box is not None and box.icon() == QMessageBox.Icon.Warning
    assert out.name in box.text() and f"No.{unanswered[0]}" in box.text()
    assert str(len(unanswered)) in box.text()


def test_split_and_merge_never_touch_a_meeting_not_on_screen(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    bench = window.bridge.bench
    meeting = minutes_id(bench)
    turn_id = bench.turn_ids(meeting)[20]
    window.reader.select_id(turn_id)
    editor = window.inspector.turn_editor
    cursor = editor.text.textCursor()
    cursor.setPosition(4)
    editor.text.setTextCursor(cursor)
    before = bench.document(meeting)
    window.open_document(table_id(bench))
    assert not window.actions_.split.isEnabled() and not window.actions_.merge.isEnabled()
    for key in (Qt.Key.Key_S, Qt.Key.Key_M):
        qtbot.keyClick(window.reader, key, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    editor.split_at_cursor()
    editor.merge_with_next()
    assert bench.document(meeting) == before and window.bridge.stack.count() == 0
    window.open_document(meeting)
    assert window.actions_.split.isEnabled() and window.actions_.merge.isEnabled()


def test_merging_two_speakers_asks_first(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from widgets import confirm

    bench = window.bridge.bench
    meeting = minutes_id(bench)
    ids, turns = bench.turn_ids(meeting), bench.document(meeting).turns
    row = next(i for i in range(len(turns) - 1)
               if turns[i].speaker and turns[i + 1].speaker and turns[i].speaker != turns[i + 1].speaker)
    window.reader.select_id(ids[row])
    asked: list[str] = []
    monkeypatch.setattr(confirm, "ask", lambda _parent, _title, text: asked.append(text) or False)
    window.actions_.merge.trigger()
    assert len(asked) == 1 and turns[row + 1].speaker in asked[0] and turns[row].speaker in asked[0]
    assert bench.turn_ids(meeting) == ids
    monkeypatch.setattr(confirm, "ask", lambda _parent, _title, text: asked.append(text) or True)
    window.actions_.merge.trigger()
    assert len(asked) == 2 and bench.turn_ids(meeting) == ids[:row + 1] + ids[row + 2:]


def test_tags_cannot_be_added_to_confirmed_minutes(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    bench = window.bridge.bench
    meeting = minutes_id(bench)
    turn_id = bench.turn_ids(meeting)[11]
    tagged = window.tags.tag_current  # the reader's current turn
    window.reader.select_id(turn_id)
    assert tagged(TAG_ACTION) is not None
    confirm_minutes(bench, meeting)
    window.open_document(meeting)
    window.reader.select_id(turn_id)
    before = bench.taggings_in_document(meeting)
    with qtbot.waitSignal(window.bridge.failed) as failed:
        assert tagged("論点") is None
    assert isinstance(failed.args[0], WorkbenchError) and "確定" in failed.args[0].message_ja()
    assert "確定" in window.statusBar().currentMessage()
    assert bench.taggings_in_document(meeting) == before
    try:
        bench.untag(before[0].id)
    except WorkbenchError as e:
        assert e.code == "frozen"
    else:
        raise AssertionError("a tag was removed from confirmed minutes")


def test_second_revision_shows_each_action_item_once_in_review(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from tests.widgets.test_signoff import confirm as confirm_meeting

    bench = window.bridge.bench
    meeting = minutes_id(bench)
    for row in (11, 30):
        window.reader.select_id(bench.turn_ids(meeting)[row])
        window.tags.tag_current(TAG_ACTION)
    window.open_document(meeting)
    confirm_meeting(window)
    window.inspector.signoff.new_revision.click()
    second = window.doc_id
    assert second != meeting
    window.review.reload()
    rows = window.review.model.records
    assert len(rows) == 2 and {r.document_id for r in rows} == {second}
    window.bridge.stack.undo()  # the new revision
    window.review.reload()
    assert {r.document_id for r in window.review.model.records} == {meeting}


def test_decisions_on_suggestions_outlast_reopening(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.core.domain import TAG_DECISION, TAG_ISSUE
    from widgets.suggestion_panel import TAG_FOR_KIND

    bench, panel = window.bridge.bench, window.suggestions
    meeting = window.doc_id
    with qtbot.waitSignal(panel.loaded, timeout=WAIT_MS):
        window.docks[2].raise_()
    everything = [panel.model.items[r] for r in range(panel.model.rowCount())]
    accepted, dismissed, tagged_before = everything[0], everything[1], everything[2]
    turn_ids = bench.turn_ids(meeting)
    # the third is already tagged by hand exactly as accepting would tag it
    turn = turn_ids[tagged_before.turn]
    start = bench.turns([turn])[0].text.find(tagged_before.text)
    name = TAG_FOR_KIND[tagged_before.kind]
    bench.tag(name, "turn", turn, start, start + len(tagged_before.text))
    panel.list.setCurrentIndex(panel.model.index(0))
    panel.list.accept_action.trigger()  # the A key of the list
    panel.list.setCurrentIndex(panel.model.index(panel.model.items.index(dismissed)))
    panel.list.dismiss_action.trigger()  # the D key of the list
    panel.list.setCurrentIndex(panel.model.index(panel.model.items.index(tagged_before)))
    taggings = len(bench.taggings_in_document(meeting))
    panel.list.accept_action.trigger()  # the A key of the list
    assert len(bench.taggings_in_document(meeting)) == taggings  # not tagged twice
    assert name in (TAG_ACTION, TAG_DECISION, TAG_ISSUE)

    window.open_document(table_id(bench))
    with qtbot.waitSignal(panel.loaded, timeout=WAIT_MS):
        window.open_document(meeting)  # reopened: the decisions hold
    shown = [panel.model.items[r] for r in range(panel.model.rowCount())]
    assert accepted not in shown and dismissed not in shown and tagged_before not in shown
    assert len(shown) == len(everything) - 3
    window.bridge.stack.undo()  # the last acceptance
    window.bridge.stack.undo()  # the dismissal
    shown = [panel.model.items[r] for r in range(panel.model.rowCount())]
    assert dismissed in shown and tagged_before in shown and accepted not in shown
    assert len(bench.taggings_in_document(meeting)) == taggings  # the hand-made tag stays


def test_only_the_first_start_gets_the_samples(window, qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from pathlib import Path

    from app.api import Workbench
    from app.cli.gui import is_first_start
    from app.qt.opening import open_workspace

    default = tmp_path / "data" / "workspace.gijiroku"
    monkeypatch.setenv("GIJIROKU_WORKSPACE", str(default))
    assert is_first_start(default, [])
    assert not is_first_start(default, [Path("/somewhere/else.gijiroku")])
    assert not is_first_start(tmp_path / "other.gijiroku", [])
    first = open_workspace(default, samples=True)
    try:
        docs = first.documents()
        assert len(docs) == 2 and all(d.sample for d in docs)
    finally:
        first.close()
    window.open_workspace(default)
    tree = window.tree_model
    label = "〔" + tree.tr("sample") + "〕"
    assert all(label in str(tree.index_of(d.id).data()) for d in docs)
    assert not window.empty_hint.isVisible()

    new = tmp_path / "新しい.gijiroku"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(new), ""))
    window.new_workspace()
    assert window.bridge.bench.path == new and window.bridge.bench.documents() == []
    assert window.empty_hint.isVisible() and "Ctrl+I" in window.empty_hint.text()
    assert "Ctrl+I" in window.statusBar().currentMessage()
    reopened = Workbench(new)
    assert reopened.documents() == []
    reopened.close()
    # the first document arrives from elsewhere (another clerk on a server): no status of its own
    _doc, changes = window.bridge.bench.store_document(gold_document("sendai-dx-pubcom-2024"))
    window.bridge.notify(changes)
    assert not window.empty_hint.isVisible() and "Ctrl+I" not in window.statusBar().currentMessage()
