"""The reader, correcting and tagging, driven through the main window's widgets."""
from __future__ import annotations

from PySide6.QtCore import Qt

from app.core.domain import TAG_ACTION, TAG_DECISION, TAG_ISSUE
from tests.widgets.conftest import minutes_id, table_id


def select_turn(window, row: int) -> int:  # type: ignore[no-untyped-def]
    turn_id = window.bridge.bench.turn_ids(window.doc_id)[row]
    assert window.reader.select_id(turn_id)
    return turn_id


def test_opens_on_the_first_meeting(window) -> None:  # type: ignore[no-untyped-def]
    bench = window.bridge.bench
    assert window.doc_id == minutes_id(bench)
    assert window.reader.model().rowCount() == 55
    assert window.tree.currentIndex().isValid()


def test_change_speaker_and_agenda_then_undo_redo(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    bench = window.bridge.bench
    turn_id = select_turn(window, 11)
    editor = window.inspector.turn_editor
    assert editor.turn.id == turn_id
    old = bench.turns([turn_id])[0]
    editor.speaker.setEditText("副座長")
    editor.speaker.lineEdit().editingFinished.emit()
    assert bench.turns([turn_id])[0].speaker == "副座長"
    editor.agenda.setCurrentIndex(1)
    editor.agenda.activated.emit(1)
    assert bench.turns([turn_id])[0].agenda_item_id == editor.agenda.itemData(1)
    window.actions_.undo.trigger()
    window.actions_.undo.trigger()
    assert bench.turns([turn_id])[0] == old
    assert editor.speaker.currentText() == old.speaker
    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert bench.turns([turn_id])[0].speaker == "副座長"


def test_edit_text_is_saved_while_typing(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    bench = window.bridge.bench
    turn_id = select_turn(window, 11)
    editor = window.inspector.turn_editor
    editor.text.setFocus()
    editor.text.moveCursor(editor.text.textCursor().MoveOperation.End)
    editor.text.insertPlainText("（追記）")
    qtbot.waitUntil(lambda: bench.turns([turn_id])[0].text.endswith("（追記）"), timeout=3000)
    window.actions_.undo.trigger()
    assert not bench.turns([turn_id])[0].text.endswith("（追記）")
    assert not editor.text.toPlainText().endswith("（追記）")


def test_split_at_cursor_and_merge(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    bench = window.bridge.bench
    doc = window.doc_id
    turn_id = select_turn(window, 13)
    count = window.reader.model().rowCount()
    editor = window.inspector.turn_editor
    cursor = editor.text.textCursor()
    cursor.setPosition(6)
    editor.text.setTextCursor(cursor)
    window.actions_.split.trigger()
    assert window.reader.model().rowCount() == count + 1
    assert len(bench.turns([turn_id])[0].text) <= 6
    assert window.reader.current_id() == turn_id  # the reader keeps its place
    window.actions_.merge.trigger()
    assert window.reader.model().rowCount() == count
    window.actions_.undo.trigger()
    window.actions_.undo.trigger()
    assert window.reader.model().rowCount() == count
    assert bench.turn_ids(doc) == bench.turn_ids(doc)
    window.actions_.redo.trigger()
    assert window.reader.model().rowCount() == count + 1


def test_tag_with_shortcuts_and_span(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    bench = window.bridge.bench
    turn_id = select_turn(window, 11)
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_1)  # one key in the reader: 論点
    qtbot.keyClick(window.reader, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    names = {bench.tags()[t.tag_id - 1].name for t in bench.taggings_for("turn", [turn_id])}
    assert names == {TAG_ISSUE, TAG_DECISION}
    editor = window.inspector.turn_editor
    cursor = editor.text.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(5, cursor.MoveMode.KeepAnchor)
    editor.text.setTextCursor(cursor)
    window.tags.actions[2].trigger()  # 対応事項 on the selected span
    action = [t for t in bench.taggings_for("turn", [turn_id]) if t.start is not None]
    assert action and (action[0].start, action[0].end) == (0, 5)
    panel = window.inspector.tags
    assert panel.current_tagging_id() == action[0].id
    assert panel.action_box.isVisibleTo(window)
    panel.memo.setText("次回までに")
    panel.memo.editingFinished.emit()
    assert bench.tagging(action[0].id).memo == "次回までに"
    window.actions_.undo.trigger()
    assert bench.tagging(action[0].id).memo == ""


def test_action_item_fields(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    bench = window.bridge.bench
    turn_id = select_turn(window, 27)
    window.tags.tag_current(TAG_ACTION)
    form = window.inspector.tags.action_form
    item_id = form.item.id
    form.owner.setText("情報政策課")
    form.owner.editingFinished.emit()
    form.no_due.setChecked(False)
    form.due.setDate(form.due.date().fromString("2030-03-31", "yyyy-MM-dd"))
    form.status.setCurrentText("対応中")
    form.note.setPlainText("関係部署と調整")
    form.flush()
    item = bench.action_item(item_id)
    assert (item.owner, item.due, item.status, item.note) == ("情報政策課", "2030-03-31", "対応中", "関係部署と調整")
    row = bench.action_rows()[0]
    assert row.target_id == turn_id  # always linked to its passage
    window.actions_.undo.trigger()
    assert bench.action_item(item_id).note == ""


def test_comment_table_reads_in_pairs_and_links(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    bench = window.bridge.bench
    doc = table_id(bench)
    window.open_document(doc)
    assert window.reader.model().rowCount() == 23
    comment = bench.comments(doc)[2]
    window.reader.select_id(comment.id)
    editor = window.inspector.comment_editor
    assert editor.comment.id == comment.id
    target = next(i for i in range(1, editor.answer_choice.count()) if editor.answer_choice.itemData(i) != comment.response_id)
    editor.answer_choice.setCurrentIndex(target)
    editor.answer_choice.activated.emit(target)
    assert bench.comments(doc)[2].response_id == editor.answer_choice.itemData(target)
    window.actions_.undo.trigger()
    assert bench.comments(doc)[2].response_id == comment.response_id
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_1)
    assert len(bench.taggings_for("comment", [comment.id])) == 1


def test_panels_behind_the_inspector_tab_wait_for_their_tab(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The suggestions and keywords behind the 詳細 tab start no worker when the window opens (Qt
    keeps a panel behind a tab 'visible', off screen: their tokenising ran at every start-up,
    competing with the first screen); choosing a tab computes its panel."""
    qtbot.wait(800)  # what the shown window would have started has started
    for panel in (window.suggestions, window.keywords):
        assert panel.latest.job is None and panel.model.rowCount() == 0, type(panel).__name__
    with qtbot.waitSignal(window.keywords.loaded, timeout=30000):
        window.docks[3].raise_()
    assert window.keywords.model.rowCount() > 0
    assert window.suggestions.latest.job is None  # still behind its tab


def test_suggestions_load_in_a_worker_and_accept_with_one_key(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = window.suggestions
    with qtbot.waitSignal(panel.loaded, timeout=30000):
        window.docks[2].raise_()  # computed once the panel is shown
    before = panel.model.rowCount()
    assert before > 0
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_A)
    assert panel.model.rowCount() == before - 1
    assert window.bridge.bench.taggings_in_document(window.doc_id)
    assert window.bridge.stack.count() == 1
    qtbot.keyClick(panel.list, Qt.Key.Key_D)
    assert panel.model.rowCount() == max(0, before - 2)
    assert window.bridge.stack.count() == 2  # dismissing is remembered, and can be undone


def test_suggestions_of_one_kind_and_accepting_an_issue(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = window.suggestions
    with qtbot.waitSignal(panel.loaded, timeout=30000):
        window.docks[2].raise_()
    everything = panel.model.rowCount()
    labels = [panel.kind.itemText(i) for i in range(panel.kind.count())]
    assert labels[0].endswith(f"({everything})") and any(t.startswith("論点 (") for t in labels)
    panel.kind.setCurrentIndex(panel.kind.findData("issue"))
    issues = panel.model.rowCount()
    assert 0 < issues < everything
    assert all(panel.model.index(r).data().startswith("[論点]") for r in range(issues))
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_A)
    bench = window.bridge.bench
    names = {t.id: t.name for t in bench.tags()}
    assert [names[t.tag_id] for t in bench.taggings_in_document(window.doc_id)] == ["論点"]
    assert panel.model.rowCount() == issues - 1 and panel.kind.currentData() == "issue"
    assert panel.kind.itemText(panel.kind.currentIndex()) == f"論点 ({issues - 1})"
    panel.kind.setCurrentIndex(0)
    assert panel.model.rowCount() == everything - 1


def test_suggestions_degrade_when_module_is_missing(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.api import Workbench

    def missing(doc):  # type: ignore[no-untyped-def]
        raise ImportError("app.services.suggest")

    monkeypatch.setattr(Workbench, "suggest_document", staticmethod(missing))
    window.docks[2].raise_()
    with qtbot.waitSignal(window.suggestions.loaded, timeout=10000):
        window.open_document(window.doc_id)
    assert window.suggestions.model.rowCount() == 0
    assert window.statusBar().currentMessage()


def test_new_tag_in_codebook(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.tags.add_tag("予算", "#9467bd", None)
    assert [a.text() for a in window.tags.actions][-1] == "予算"
    select_turn(window, 5)
    window.tags.actions[-1].trigger()
    assert window.bridge.bench.taggings_in_document(window.doc_id)

