"""The window on a server workspace as each role sees it: a 閲覧 user gets a read-only
workbench, a change the server refuses is one Japanese message, and the review list says
who decided and who last changed an item."""
from __future__ import annotations

from app.api import Workbench
from app.core.domain import REVIEW_APPROVED, TurnId
from app.qt.commands import EditTurnCommand, UpdateActionItemCommand
from tests.pg_roles import Office, office_fixture  # noqa: F401 (the office fixture)


def test_a_reader_gets_a_read_only_workbench(qtbot, office: Office, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from app.qt.settings import WindowSettings
    from widgets.main_window import MainWindow

    window = MainWindow(Workbench(office.reader), WindowSettings(tmp_path / "s.ini"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert "閲覧" in window.workspace_label.text()
    assert not window.actions_.import_files.isEnabled()
    window.open_passage(office.doc, "turn", office.turn)
    assert window.inspector.turn_editor.text.isReadOnly() and window.inspector.frozen_note.isVisible()
    error = window.bridge.push(UpdateActionItemCommand(window.bridge, office.item, "承認", review=REVIEW_APPROVED))
    assert error is not None and error.code == "server_read_only"
    assert window.error_box is not None and "閲覧の権限" in window.error_box.text()
    assert window.bridge.stack.count() == 0
    assert window.bridge.bench.action_item(office.item).review == ""  # nothing reached the server
    window.bridge.bench.close()


def test_the_chair_reviews_and_a_refused_edit_is_one_message(qtbot, office: Office, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from app.qt.settings import WindowSettings
    from widgets.main_window import MainWindow

    window = MainWindow(Workbench(office.chair), WindowSettings(tmp_path / "s.ini"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert "委員長" in window.workspace_label.text() and not window.actions_.import_files.isEnabled()
    window.open_passage(office.doc, "turn", office.turn)
    assert window.inspector.turn_editor.text.isReadOnly()
    window.tabs.setCurrentIndex(1)
    window.review.refresh_choices()
    window.review.table.selectRow(0)
    window.review.approve.click()
    model = window.review.model
    assert model.index(0, model.REVIEW).data().split("\n")[0] == f"承認 {office.chair_login}"
    tip = model.index(0, model.TEXT).data(0x03)  # ToolTipRole
    assert office.chair_login in tip.splitlines()[-1]
    error = window.bridge.push(EditTurnCommand(window.bridge, TurnId(office.turn), "発言の編集", text="書き換え"))
    assert error is not None and error.code == "server_denied"
    assert window.error_box is not None and window.error_box.text().count("権限がありません") == 1
    assert "\n" not in window.error_box.text()
    window.bridge.bench.close()
