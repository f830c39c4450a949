"""Several people at once, as the window shows it: another program's change appears in an
open window within a second or two (on a file and on a server), typing in progress is not
overwritten, and undo refuses to undo over someone else's change."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.api import Workbench
from app.core.domain import DocumentId
from app.core.errors import WorkbenchError
from app.qt.bridge import WorkbenchBridge
from app.qt.commands import EditTurnTextCommand, SplitTurnCommand
from app.qt.settings import WindowSettings

ROOT = Path(__file__).resolve().parents[2]
REFRESH_WITHIN_MS = 5000  # the issue asks for a second or two; the margin is for a loaded test machine


def other_program_edits(address: str, kind: str, row_id: int, version: int, text: str, tmp_path: Path) -> dict:
    go = tmp_path / "go-now"
    go.write_text("go")
    done = subprocess.run([sys.executable, "-m", "tests.sync.edit_worker", address, kind, str(row_id), str(version),
                           text, str(go)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    result: dict = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def minutes(bench: Workbench) -> DocumentId:
    return next(d.id for d in bench.documents() if d.kind == "minutes")


def test_undo_is_refused_after_another_persons_change(qtbot, address: str, tmp_path: Path) -> None:
    bench = Workbench(address)
    bridge = WorkbenchBridge(bench)
    failures: list[WorkbenchError] = []
    bridge.failed.connect(failures.append)
    try:
        turn = bench.turns(bench.turn_ids(minutes(bench)))[2]
        bridge.push(EditTurnTextCommand(bridge, turn.id, turn.text + "（追記）", turn.version))
        assert other_program_edits(address, "turn", turn.id, turn.version + 1, "別の人の修正", tmp_path) == {"ok": True}
        bridge.stack.undo()
        assert [f.code for f in failures] == ["edit_conflict"]
        assert failures[0].message_ja().startswith(f"発言 {turn.position + 1}")
        assert bench.turns([turn.id])[0].text == "別の人の修正"  # not put back over their change
        # a split undone after another person edited a turn of that meeting: refused too
        long_turn = next(t for t in bench.turns(bench.turn_ids(minutes(bench))) if len(t.text) > 20)
        bridge.push(SplitTurnCommand(bridge, long_turn.id, 10, long_turn.version))
        count = len(bench.turn_ids(minutes(bench)))
        now = bench.turns([long_turn.id])[0]
        assert other_program_edits(address, "turn", now.id, now.version, "分割後に別の人が修正", tmp_path) == {"ok": True}
        bridge.stack.undo()
        assert [f.code for f in failures] == ["edit_conflict", "edit_conflict"]
        assert len(bench.turn_ids(minutes(bench))) == count
        assert bench.turns([long_turn.id])[0].text == "分割後に別の人が修正"
    finally:
        bench.close()


def reader_text(window, turn_id: int) -> str:  # type: ignore[no-untyped-def]
    from widgets.roles import ID_ROLE, RECORD_ROLE, item_data

    model = window.turn_model
    for row in range(model.rowCount()):
        index = model.index(row)
        if item_data(index, ID_ROLE) == turn_id:
            return str(item_data(index, RECORD_ROLE).text)
    return ""


def test_a_second_window_shows_another_programs_change(qtbot, address: str, tmp_path: Path) -> None:
    from widgets.main_window import MainWindow

    window = MainWindow(Workbench(address), WindowSettings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    bench = window.bridge.bench
    doc = minutes(bench)
    window.open_document(doc)
    turns = bench.turns(bench.turn_ids(doc))
    shown, typed_in = turns[1], turns[2]
    assert reader_text(window, shown.id) == shown.text
    # the clerk is typing into another turn when the other program saves it
    window.reader.select_id(typed_in.id)
    qtbot.waitUntil(lambda: window.inspector.turn_editor.turn is not None
                    and window.inspector.turn_editor.turn.id == typed_in.id)
    editor = window.inspector.turn_editor
    editor._timer.setInterval(600_000)  # the clerk is still typing: the save is not due yet
    editor.text.insertPlainText("入力中の文字")
    typing = editor.text.toPlainText()
    assert other_program_edits(address, "turn", shown.id, shown.version, "別の窓からの修正", tmp_path) == {"ok": True}
    assert other_program_edits(address, "turn", typed_in.id, typed_in.version, "同じ発言を先に修正", tmp_path) == {
        "ok": True}
    qtbot.waitUntil(lambda: reader_text(window, shown.id) == "別の窓からの修正", timeout=REFRESH_WITHIN_MS)
    qtbot.waitUntil(lambda: reader_text(window, typed_in.id) == "同じ発言を先に修正", timeout=REFRESH_WITHIN_MS)
    assert editor.text.toPlainText() == typing  # the refresh did not overwrite what is being typed
    failures: list[WorkbenchError] = []
    window.bridge.failed.connect(failures.append)
    editor.flush()  # the save: refused, their text shown, nothing of theirs lost
    assert [f.code for f in failures] == ["edit_conflict"]
    assert "もう一度編集してください" in window.error_box.text()
    window.error_box.close()
    assert bench.turns([typed_in.id])[0].text == "同じ発言を先に修正"
    qtbot.waitUntil(lambda: editor.text.toPlainText() == "同じ発言を先に修正", timeout=REFRESH_WITHIN_MS)
    window.close()
    window.bridge.bench.close()


def test_server_dialog_opens_a_server_workspace_and_remembers_it_without_password(
        qtbot, server_dsn: str, tmp_path: Path) -> None:
    from psycopg.conninfo import conninfo_to_dict
    from PySide6.QtWidgets import QDialogButtonBox

    from widgets.main_window import MainWindow

    settings = WindowSettings(tmp_path / "settings.ini")
    window = MainWindow(Workbench(tmp_path / "local.gijiroku"), settings)
    qtbot.addWidget(window)
    window.show()
    parts = conninfo_to_dict(server_dsn)
    dialog = window.choose_server()
    assert not dialog.findChildren(type(dialog.host), "serverPassword")  # no password field at all
    assert "pgpass" in dialog.note.text()
    dialog.host.setText("127.0.0.1" if str(parts.get("host", "")).startswith("/") else str(parts.get("host")))
    dialog.port.setValue(int(parts.get("port") or 5432))
    dialog.database.setText(str(parts["dbname"]))
    dialog.user.setText(str(parts.get("user") or ""))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Open).click()
    qtbot.waitUntil(lambda: window.bridge.bench.on_server, timeout=10_000)
    name = window.bridge.bench.shown_name
    assert str(parts["dbname"]) in name and name in window.windowTitle() and name in window.workspace_label.text()
    assert [str(a) for a in settings.recent_servers()] == [name]
    settings.add_recent_server(window.bridge.bench.path.__class__("postgresql://clerk:secret@db.city.local/gijiroku"))
    settings.sync()
    assert "secret" not in (tmp_path / "settings.ini").read_text(encoding="utf-8")
    # the dialog offers it again, filled in from the recent list
    again = window.choose_server()
    again.recent.setCurrentIndex(again.recent.findText(name))
    again.recent.activated.emit(again.recent.currentIndex())
    assert again.database.text() == str(parts["dbname"]) and again.address() is not None
    again.reject()
    window.close()
    window.bridge.bench.close()


def test_cli_lists_a_server_workspace(server_dsn: str) -> None:
    from tests.conftest import gold_document
    from tests.sync.conftest import COUNCIL

    bench = Workbench(server_dsn)
    bench.store_document(gold_document(COUNCIL))
    bench.close()
    done = subprocess.run([sys.executable, "-m", "app", "list", "--json", "--workspace", server_dsn], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    docs = json.loads(done.stdout)
    assert [d["kind"] for d in docs] == ["minutes"]
    assert not list(ROOT.glob("postgresql:*/**/*sync13*"))  # no file made of the address


@pytest.mark.parametrize("given", ["postgresql://clerk@db.city.local:5432/gijiroku", "service=gijiroku"])
def test_cli_takes_a_server_address_for_workspace(given: str) -> None:
    import argparse

    from app.cli.common import workspace_path
    from app.core.workspace import ServerAddress

    assert workspace_path(argparse.Namespace(workspace=given)) == ServerAddress(given)
