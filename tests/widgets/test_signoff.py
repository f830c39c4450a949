"""Sign-off in the window: 作成中 → 確認中 with each signatory's sign-off, undoable; 確定 is
asked for, final (no undo, no way back) and needs every sign-off; a confirmed meeting is
read-only and says why; a new revision can be corrected."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox

from app.core.domain import DocumentId
from app.qt.commands import EditTurnTextCommand
from app.qt.signoff_commands import NewRevisionCommand, SetStatusCommand, SignoffCommand
from tests.widgets.conftest import minutes_id


def revision_label(window, n: int) -> str:  # type: ignore[no-untyped-def]
    return window.tree_model.tr("revision %1").replace("%1", str(n))  # 第2版 in Japanese


def tree_text(window, doc_id: int) -> str:  # type: ignore[no-untyped-def]
    return str(window.tree_model.index_of(DocumentId(doc_id)).data())


def answer_confirm(panel) -> None:  # type: ignore[no-untyped-def]
    """Press 確定 and answer Yes to the question that follows."""
    panel.confirm.click()
    assert panel.confirm_box is not None and panel.confirm_box.isVisible()
    panel.confirm_box.button(QMessageBox.StandardButton.Yes).click()


def confirm(window) -> None:  # type: ignore[no-untyped-def]
    """Drive the inspector's panel from 作成中 to 確定, every signatory signing off."""
    panel = window.inspector.signoff
    panel.to_review.click()
    for check in panel.checks.values():
        check.click()
    answer_confirm(panel)


def test_status_and_signoffs_through_the_panel_with_undo(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    bench, doc = window.bridge.bench, minutes_id(window.bridge.bench)
    window.open_document(doc)
    panel = window.inspector.signoff
    assert window.inspector.stack.currentWidget() is window.inspector.empty and panel.isVisible()
    assert "作成中" in panel.status.text() and list(panel.checks) == ["柳生委員", "吉田委員"]
    assert panel.to_review.isEnabled() and not panel.confirm.isEnabled()
    assert not any(c.isEnabled() for c in panel.checks.values())
    panel.to_review.click()
    assert bench.status(doc) == "確認中" and "〔確認中〕" in tree_text(window, doc)
    panel.checks["柳生委員"].click()
    assert [s.signatory for s in bench.signoffs(doc)] == ["柳生委員"]
    assert panel.times["柳生委員"].text()[:2] == "20" and not panel.confirm.isEnabled()
    panel.checks["吉田委員"].click()
    assert panel.confirm.isEnabled()
    panel.confirm.click()  # asked first: Cancel changes nothing
    panel.confirm_box.button(QMessageBox.StandardButton.Cancel).click()
    assert bench.status(doc) == "確認中"

    stack = window.bridge.stack
    stack.undo()
    assert [s.signatory for s in bench.signoffs(doc)] == ["柳生委員"]
    assert not panel.checks["吉田委員"].isChecked() and not panel.confirm.isEnabled()
    stack.redo()
    signed_at = {s.signatory: s.signed_at for s in bench.signoffs(doc)}
    assert set(signed_at) == {"柳生委員", "吉田委員"}
    answer_confirm(panel)
    assert bench.status(doc) == "確定" and "〔確定〕" in tree_text(window, doc)
    assert panel.new_revision.isEnabled() and not panel.to_draft.isEnabled()
    assert not any(c.isEnabled() for c in panel.checks.values())
    assert not stack.canUndo() and not stack.canRedo()  # 確定 is final: nothing to undo into
    assert {s.signatory: s.signed_at for s in bench.signoffs(doc)} == signed_at


def test_confirm_is_refused_until_every_signatory_signed(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The rules are the Workbench's: a command that skips the panel's buttons is refused
    with a message, and the status stays."""
    bench, bridge, doc = window.bridge.bench, window.bridge, minutes_id(window.bridge.bench)
    assert bridge.push(SetStatusCommand(bridge, doc, "確定")) is not None
    assert window.error_box is not None and "確認中" in window.error_box.text()
    window.error_box.close()
    bridge.push(SetStatusCommand(bridge, doc, "確認中"))
    bridge.push(SignoffCommand(bridge, doc, "柳生委員"))
    error = bridge.push(SetStatusCommand(bridge, doc, "確定"))
    assert error is not None and error.code == "signoff_missing" and "吉田委員" in window.error_box.text()
    assert bench.status(doc) == "確認中" and bridge.stack.undoText() != "Set status to 確定"


def test_withdrawing_a_signoff_is_undoable(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    bench, doc = window.bridge.bench, minutes_id(window.bridge.bench)
    bridge = window.bridge
    bridge.push(SetStatusCommand(bridge, doc, "確認中"))
    bridge.push(SignoffCommand(bridge, doc, "吉田委員"))
    before = bench.signoffs(doc)
    window.open_document(doc)
    check = window.inspector.signoff.checks["吉田委員"]
    assert check.isChecked() and check.isEnabled()
    check.click()
    assert bench.signoffs(doc) == [] and not check.isChecked()
    bridge.stack.undo()
    assert bench.signoffs(doc) == before and window.inspector.signoff.checks["吉田委員"].isChecked()
    bridge.stack.undo()
    assert bench.signoffs(doc) == []


def test_confirmed_meeting_is_read_only_and_says_why(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    bench, doc = window.bridge.bench, minutes_id(window.bridge.bench)
    window.open_document(doc)
    confirm(window)
    inspector = window.inspector
    assert inspector.frozen_note.isVisible() and "new revision" in inspector.frozen_note.text()
    turn_id = bench.turn_ids(doc)[3]
    window.reader.select_id(turn_id)
    editor = inspector.turn_editor
    assert inspector.stack.currentWidget() is editor
    assert editor.text.isReadOnly() and not editor.split.isEnabled() and not editor.speaker.isEnabled()
    before = bench.turns([turn_id])[0].text
    assert window.bridge.push(EditTurnTextCommand(window.bridge, turn_id, "改ざん")) is not None
    assert window.error_box is not None and window.error_box.isVisible()
    assert "確定済み" in window.error_box.text() and "新しい版" in window.error_box.text()
    assert bench.turns([turn_id])[0].text == before
    assert window.bridge.stack.undoText() != "Edit turn text"  # nothing recorded
    window.error_box.close()
    window.actions_.split.trigger()  # the menu still reaches the store, which refuses
    assert "確定済み" in window.statusBar().currentMessage()
    assert len(bench.turn_ids(doc)) == len(bench.turn_ids(doc))


def test_new_revision_opens_editable_and_undoes(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    bench, doc = window.bridge.bench, minutes_id(window.bridge.bench)
    window.open_document(doc)
    confirm(window)
    window.inspector.signoff.new_revision.click()
    new_id = window.doc_id
    assert new_id != doc and bench.status(new_id) == "作成中" and bench.revision(new_id) == 2
    assert revision_label(window, 2) in tree_text(window, new_id) and "〔確定〕" in tree_text(window, doc)
    assert "2" in window.statusBar().currentMessage()
    assert not window.inspector.frozen_note.isVisible()
    turn_id = bench.turn_ids(new_id)[3]
    window.reader.select_id(turn_id)
    assert not window.inspector.turn_editor.text.isReadOnly()
    window.bridge.push(EditTurnTextCommand(window.bridge, turn_id, "訂正後の本文"))
    assert bench.turns([turn_id])[0].text == "訂正後の本文"

    stack = window.bridge.stack
    stack.undo()  # the correction
    stack.undo()  # the new revision
    assert new_id not in {d.id for d in bench.documents()}
    assert not window.tree_model.index_of(new_id).isValid()
    stack.redo()
    assert new_id in {d.id for d in bench.documents()} and bench.revision(new_id) == 2
    assert revision_label(window, 2) in tree_text(window, new_id)
    stack.redo()
    assert bench.turns([turn_id])[0].text == "訂正後の本文"


def test_signoff_dialog_from_the_file_menu(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    bench, doc = window.bridge.bench, minutes_id(window.bridge.bench)
    window.open_document(doc)
    window.actions_.signoff.trigger()
    dialog = window.signoff_dialog
    assert dialog is not None and dialog.isVisible() and isinstance(dialog, QDialog)
    dialog.panel.to_review.click()
    assert bench.status(doc) == "確認中"
    assert "確認中" in window.inspector.signoff.status.text()  # the inspector's panel follows
    for check in dialog.panel.checks.values():
        check.click()
    answer_confirm(dialog.panel)
    assert window.inspector.frozen_note.isVisible()
    dialog.panel.new_revision.click()
    assert not dialog.isVisible() and window.doc_id != doc


def test_new_revision_command_push_undo_redo(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import confirm_minutes

    bridge, doc = window.bridge, minutes_id(window.bridge.bench)
    confirm_minutes(bridge.bench, doc)
    command = NewRevisionCommand(bridge, doc)
    assert bridge.push(command) is None and command.new_id is not None
    turns = bridge.bench.turn_ids(command.new_id)
    bridge.stack.undo()
    assert bridge.bench.turn_ids(command.new_id) == []
    bridge.stack.redo()
    assert bridge.bench.turn_ids(command.new_id) == turns  # the same ids come back
