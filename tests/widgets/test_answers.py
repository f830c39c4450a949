"""Writing NEW answers (workflow 4): from the comment editor and for a group of similar comments.

Japanese is typed with setText / insertPlainText only: qtbot.keyClicks with non-ASCII text
aborts the process under the offscreen platform.
"""
from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from app.api import Workbench
from app.core.domain import CommentTable, DocumentId
from app.qt.bridge import WorkbenchBridge
from app.qt.commands import EditResponseCommand
from app.qt.comment_commands import NewAnswerCommand
from tests.conftest import gold_document
from tests.widgets.conftest import SHINAGAWA, table_id
from tests.widgets.test_panels import shown_similar
from widgets.roles import ANSWER_ROLE
from widgets.similar_panel import NEW_ANSWER

ANSWER = "ご意見を踏まえ、計画案を修正します。"


def fresh_sheet(bench: Workbench) -> DocumentId:
    """Shinagawa's comments as an intake sheet: no answers at all yet."""
    gold = gold_document(SHINAGAWA)
    assert isinstance(gold, CommentTable)
    source = dataclasses.replace(gold.source, sha256="intake-sheet", path=gold.source.path + ".intake")
    sheet = dataclasses.replace(gold, source=source, title="受付票", responses=(),
                                comments=tuple(dataclasses.replace(c, response=None) for c in gold.comments))
    return bench.store_document(sheet)[0]


def answers_of(bench: Workbench, doc: int) -> dict[int, str]:
    return {r.id: r.text for r in bench.responses(doc)}  # type: ignore[arg-type]


def links(bench: Workbench, doc: int) -> dict[int, int | None]:
    return {c.id: c.response_id for c in bench.comments(doc)}  # type: ignore[arg-type]


def combo_ids(combo) -> list[object]:  # type: ignore[no-untyped-def]
    return [combo.itemData(i) for i in range(combo.count())]


def reader_answer(window, comment_id: int) -> str:  # type: ignore[no-untyped-def]
    model = window.reader.model()
    return model.data(model.index(model.row_of(comment_id)), ANSWER_ROLE)


def show_comment(window, doc: int, position: int):  # type: ignore[no-untyped-def]
    window.open_document(doc)
    comment = window.bridge.bench.comments(doc)[position]
    window.reader.select_id(comment.id)
    editor = window.inspector.comment_editor
    assert editor.comment is not None and editor.comment.id == comment.id and editor.isVisible()
    return comment, editor


def test_new_answer_then_edit_undo_both_redo_both(qtbot, gold_bench: Workbench) -> None:
    bridge = WorkbenchBridge(gold_bench)
    doc = table_id(gold_bench)
    comment = gold_bench.comments(doc)[4]
    before = answers_of(gold_bench, doc)
    create = NewAnswerCommand(bridge, doc, [comment])  # type: ignore[arg-type]
    bridge.push(create)
    rid = create.response_id
    assert rid is not None and rid not in before and answers_of(gold_bench, doc)[rid] == ""
    assert links(gold_bench, doc)[comment.id] == rid
    new = next(r for r in gold_bench.responses(doc) if r.id == rid)  # type: ignore[arg-type]
    bridge.push(EditResponseCommand(bridge, new, text=ANSWER))
    assert bridge.stack.count() == 2
    bridge.stack.undo()
    bridge.stack.undo()
    assert answers_of(gold_bench, doc) == before
    assert links(gold_bench, doc)[comment.id] == comment.response_id
    bridge.stack.redo()
    bridge.stack.redo()
    assert create.response_id == rid  # the later edit still names it
    assert answers_of(gold_bench, doc)[rid] == ANSWER
    assert links(gold_bench, doc)[comment.id] == rid


def test_button_writes_a_new_answer_for_one_comment(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    bench = window.bridge.bench
    doc = table_id(bench)
    comment, editor = show_comment(window, doc, 2)
    old_answer = reader_answer(window, comment.id)
    before = answers_of(bench, doc)
    qtbot.mouseClick(editor.new_answer, Qt.MouseButton.LeftButton)
    assert window.bridge.stack.count() == 1
    rid = editor.comment.response_id
    assert rid not in before and set(answers_of(bench, doc)) == set(before) | {rid}
    assert editor.answer_choice.currentData() == rid and editor.answer.hasFocus()
    assert editor.answer.toPlainText() == "" and editor.answer.isEnabled()
    editor.answer.insertPlainText(ANSWER)
    editor.flush()
    assert answers_of(bench, doc)[rid] == ANSWER
    assert reader_answer(window, comment.id) == ANSWER
    assert editor.revised.isEnabled()
    assert comment.response_id in answers_of(bench, doc)  # the old answer stays for the others
    window.actions_.undo.trigger()
    window.actions_.undo.trigger()
    assert answers_of(bench, doc) == before and links(bench, doc)[comment.id] == comment.response_id
    assert rid not in combo_ids(editor.answer_choice)
    assert reader_answer(window, comment.id) == old_answer
    window.actions_.redo.trigger()
    window.actions_.redo.trigger()
    assert answers_of(bench, doc)[rid] == ANSWER and rid in combo_ids(editor.answer_choice)
    assert reader_answer(window, comment.id) == ANSWER and editor.answer.toPlainText() == ANSWER


def test_shortcut_and_typing_on_a_fresh_intake_sheet(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    bench = window.bridge.bench
    doc = fresh_sheet(bench)
    comment, editor = show_comment(window, doc, 0)
    assert combo_ids(editor.answer_choice) == [None]
    assert editor.answer.isEnabled() and editor.answer.placeholderText()
    editor.answer.setFocus()
    editor.answer.insertPlainText(ANSWER)  # typing the first answer creates it once the clerk pauses
    qtbot.waitUntil(lambda: links(bench, doc)[comment.id] is not None, timeout=3000)
    rid = links(bench, doc)[comment.id]
    assert rid is not None and answers_of(bench, doc) == {rid: ANSWER}
    assert window.bridge.stack.count() == 1 and reader_answer(window, comment.id) == ANSWER
    assert combo_ids(editor.answer_choice) == [None, rid]
    second, editor = show_comment(window, doc, 1)
    window.reader.setFocus()
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_A, ctrl_shift)  # 新しい回答を書く
    assert window.bridge.stack.count() == 2
    new = links(bench, doc)[second.id]
    assert new not in (None, rid) and answers_of(bench, doc)[new] == ""
    assert editor.answer_choice.count() == 3 and editor.answer.hasFocus()
    editor.answer.moveCursor(QTextCursor.MoveOperation.End)
    editor.answer.insertPlainText("検討します。")
    editor.flush()
    assert answers_of(bench, doc)[new] == "検討します。"
    while window.bridge.stack.canUndo():
        window.actions_.undo.trigger()
    assert answers_of(bench, doc) == {} and set(links(bench, doc).values()) == {None}
    assert reader_answer(window, second.id) == window.reader.model().tr("(no answer)")
    while window.bridge.stack.canRedo():
        window.actions_.redo.trigger()
    assert answers_of(bench, doc) == {rid: ANSWER, new: "検討します。"}


def test_group_gets_one_new_answer_in_one_step(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    bench, bridge = window.bridge.bench, window.bridge
    doc = table_id(bench, SHINAGAWA)
    panel = shown_similar(qtbot, bridge, doc)
    panel.group_list.setCurrentIndex(panel.groups.index(1, 0))
    group = panel.groups.records[1]
    combo = panel.answer_choice
    assert combo.itemData(combo.count() - 1) == NEW_ANSWER
    combo.setCurrentIndex(combo.count() - 1)
    assert panel.apply_button.isEnabled()
    before_answers, before_links = answers_of(bench, doc), links(bench, doc)
    seen: list[object] = []
    bridge.changed.connect(seen.append)
    with qtbot.waitSignal(panel.go_to_comment) as shown:
        qtbot.mouseClick(panel.apply_button, Qt.MouseButton.LeftButton)
    assert bridge.stack.count() == 1 and len(seen) == 1
    (rid,) = set(answers_of(bench, doc)) - set(before_answers)
    assert all(links(bench, doc)[cid] == rid for cid in group.comment_ids)
    assert combo.currentData() == rid and not panel.apply_button.isEnabled()
    assert shown.args == [group.comment_ids[0]]
    window.open_document(doc)
    window.reader.select_id(group.comment_ids[0])
    assert rid in combo_ids(window.inspector.comment_editor.answer_choice)
    bridge.stack.undo()
    assert answers_of(bench, doc) == before_answers and links(bench, doc) == before_links
    assert rid not in combo_ids(combo) and combo.itemData(combo.count() - 1) == NEW_ANSWER
    bridge.stack.redo()
    assert all(links(bench, doc)[cid] == rid for cid in group.comment_ids)
    assert rid in combo_ids(combo)


def test_new_answer_is_the_only_choice_on_a_fresh_sheet(qtbot, gold_bench: Workbench) -> None:
    bridge = WorkbenchBridge(gold_bench)
    doc = fresh_sheet(gold_bench)
    panel = shown_similar(qtbot, bridge, doc)
    assert panel.groups.rowCount() > 0, panel.status.text()
    assert combo_ids(panel.answer_choice) == [NEW_ANSWER] and panel.apply_button.isEnabled()
    panel.apply_answer()
    group = panel.current_group()
    rid = links(gold_bench, doc)[group.comment_ids[0]]
    assert rid is not None and {links(gold_bench, doc)[cid] for cid in group.comment_ids} == {rid}
    bridge.stack.undo()
    assert answers_of(gold_bench, doc) == {}
    bridge.stack.redo()
    assert answers_of(gold_bench, doc) == {rid: ""}


def test_undoing_an_answer_edit_does_not_save_the_box_again(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    bench = window.bridge.bench
    doc = table_id(bench)
    comment, editor = show_comment(window, doc, 2)
    old = answers_of(bench, doc)[comment.response_id]
    editor.answer.moveCursor(QTextCursor.MoveOperation.End)
    editor.answer.insertPlainText("（追記）")
    editor.flush()
    assert answers_of(bench, doc)[comment.response_id] == old + "（追記）"
    window.actions_.undo.trigger()  # the reload must not push the box's text as a new edit
    assert window.bridge.stack.count() == 1 and window.bridge.stack.index() == 0
    assert answers_of(bench, doc)[comment.response_id] == old and editor.answer.toPlainText() == old
    window.actions_.redo.trigger()
    assert editor.answer.toPlainText() == old + "（追記）"


def test_typing_survives_a_reload_of_the_same_comment(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.qt.commands import TagCommand

    bench = window.bridge.bench
    doc = fresh_sheet(bench)
    comment, editor = show_comment(window, doc, 3)
    editor.answer.insertPlainText(ANSWER)
    window.bridge.push(TagCommand(window.bridge, "論点", "comment", comment.id))  # reloads the editor
    assert editor.answer.toPlainText() == ANSWER and links(bench, doc)[comment.id] is None
    qtbot.waitUntil(lambda: links(bench, doc)[comment.id] is not None, timeout=3000)
    assert answers_of(bench, doc) == {links(bench, doc)[comment.id]: ANSWER}
    assert window.bridge.stack.count() == 2


def test_the_editor_shows_a_comments_other_columns(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """A 該当ページ or 備考 column read from the table is shown under the comment, and only
    where the comment has one."""
    bench = window.bridge.bench
    gold = gold_document(SHINAGAWA)
    assert isinstance(gold, CommentTable)
    noted = dataclasses.replace(gold.comments[0], fields=(("該当ページ", "P.12"), ("備考", "同趣旨 3 件")))
    source = dataclasses.replace(gold.source, sha256="with-fields", path=gold.source.path + ".fields")
    doc = bench.store_document(dataclasses.replace(gold, source=source, comments=(noted, *gold.comments[1:])))[0]
    _comment, editor = show_comment(window, doc, 0)
    assert editor.fields.isVisible()
    assert editor.fields.text() == "該当ページ：P.12\n備考：同趣旨 3 件"
    show_comment(window, doc, 1)
    assert not editor.fields.isVisible()
