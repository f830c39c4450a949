"""Faults in the window: every exception that reaches a command (its first run, undo, redo)
or a job is shown to the clerk as a message naming the file, never swallowed; a workspace on
a network share or open elsewhere says so on opening; 「コピーを保存」 copies what is saved."""
from __future__ import annotations

import errno
import os
import sqlite3
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from app.api import Workbench
from app.core.domain import TAG_ACTION
from app.core.errors import WorkbenchError
from app.qt import fault_hook
from app.qt.commands import EditTurnCommand, TagCommand
from app.qt.jobs import BenchJob, ParseJob
from app.store import placement
from tests.conftest import gold_document
from tests.widgets.conftest import COUNCIL, minutes_id


def fill_the_disk(bench: Workbench) -> None:
    """No page is left: the next one SQLite needs is refused as on a full disk (SQLITE_FULL)."""
    db = bench.store.db
    db.execute("CREATE TABLE filler(b BLOB)")
    db.execute(f"PRAGMA max_page_count = {bench.store.scalar('PRAGMA page_count')}")
    with pytest.raises(WorkbenchError):
        for _ in range(100_000):
            db.execute("INSERT INTO filler VALUES (zeroblob(256))")
    for _ in range(20):  # the last free bytes of partly filled pages too
        try:
            db.execute("INSERT INTO filler VALUES (zeroblob(16))")
        except WorkbenchError:
            pass


def shown(window) -> str:  # type: ignore[no-untyped-def]
    box = window.error_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    return str(box.text())


def test_a_full_disk_while_editing_is_a_message(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    bench = window.bridge.bench
    turn = bench.turns(bench.turn_ids(minutes_id(bench)))[3]
    fill_the_disk(bench)
    long_text = turn.text + "（追記）" * 5000  # needs new pages
    error = window.bridge.push(EditTurnCommand(window.bridge, turn.id, "x", text=long_text))
    assert error is not None and error.code == "disk_full"
    text = shown(window)
    assert "ws.gijiroku" in text and "ディスクがいっぱい" in text and "変更前のまま" in text
    assert bench.turns([turn.id])[0].text == turn.text and window.bridge.stack.count() == 0


def test_an_undo_that_fails_is_reported(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    bench = window.bridge.bench
    turn = bench.turns(bench.turn_ids(minutes_id(bench)))[5]
    assert window.bridge.push(EditTurnCommand(window.bridge, turn.id, "x", speaker="委員長")) is None
    window.error_box = None
    with qtbot.waitSignal(window.bridge.failed, timeout=2000) as failed:
        bench.store.db.execute("PRAGMA query_only = ON")  # the file turned read-only
        window.bridge.stack.undo()
    bench.store.db.execute("PRAGMA query_only = OFF")
    assert isinstance(failed.args[0], WorkbenchError)
    assert "書き込む権限がありません" in shown(window)


def test_an_unexpected_exception_in_a_command_is_reported(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    bench = window.bridge.bench
    turn = bench.turns(bench.turn_ids(minutes_id(bench)))[5]

    def broken(*_args: object, **_kwargs: object) -> None:
        raise KeyError("speaker")  # a bug, not a WorkbenchError

    monkeypatch.setattr(bench, "update_turn", broken)
    error = window.bridge.push(EditTurnCommand(window.bridge, turn.id, "x", speaker="委員長"))
    assert error is not None and error.code == "unexpected"
    assert "思いがけないエラー" in shown(window) and "KeyError" in shown(window)


def test_a_job_meeting_a_folder_fails_with_a_japanese_message(qtbot, tmp_path: Path) -> None:
    job = ParseJob(Workbench.parse, tmp_path)
    with qtbot.waitSignal(job.signals.failed, timeout=20000) as failed:
        job.start()
    error = failed.args[0]
    assert isinstance(error, WorkbenchError) and error.code == "is_directory"
    assert str(tmp_path) in error.message_ja()


def test_a_job_meeting_an_os_error_is_worded(qtbot, tmp_path: Path) -> None:
    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(tmp_path / "out.docx"))

    job = ParseJob(full, tmp_path / "in.docx")
    with qtbot.waitSignal(job.signals.failed, timeout=20000) as failed:
        job.start()
    assert failed.args[0].code == "disk_full" and "out.docx" in failed.args[0].message_ja()


def test_an_uncaught_exception_in_a_slot_reaches_the_clerk() -> None:
    seen: list[WorkbenchError] = []
    uninstall = fault_hook.install(seen.append)
    try:
        try:
            raise sqlite3.OperationalError("database or disk is full")
        except sqlite3.OperationalError as e:
            sys.excepthook(type(e), e, e.__traceback__)
    finally:
        uninstall()
    assert [e.code for e in seen] == ["disk_full"]


def test_a_network_workspace_says_so_on_opening(qtbot, tmp_path: Path, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from widgets.main_window import MainWindow

    monkeypatch.setattr(placement, "mounts", lambda: [("/", "ext4", "rw"), (str(tmp_path), "cifs", "rw")])
    monkeypatch.setattr(placement, "on_local_disk", lambda where: False)  # the share is faked, not the disk
    bench = Workbench(tmp_path / "共有.gijiroku")
    bench.store_document(gold_document(COUNCIL))
    window = MainWindow(bench, settings)
    qtbot.addWidget(window)
    box = window.notice_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "ネットワーク上のフォルダ（cifs）" in box.text() and "共有.gijiroku" in box.text()
    assert bench.store.journal_mode == "delete"
    turn = bench.turns(bench.turn_ids(minutes_id(bench)))[2]
    assert window.bridge.push(EditTurnCommand(window.bridge, turn.id, "x", speaker="委員長")) is None
    job = BenchJob(bench.path, lambda b, _p: [d.title for d in b.documents()])  # as exports run
    with qtbot.waitSignal(job.signals.finished, timeout=5000) as finished:
        job.start()
    assert finished.args[0] == [d.title for d in bench.documents()]


def test_save_a_copy_holds_every_saved_edit(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QAction

    bench = window.bridge.bench
    turns = bench.turns(bench.turn_ids(minutes_id(bench)))[:5]
    for t in turns:
        window.bridge.push(EditTurnCommand(window.bridge, t.id, "x", text="（訂正）" + t.text))
    window.bridge.push(TagCommand(window.bridge, TAG_ACTION, "turn", turns[0].id, owner="情報政策課",
                                  due="2024-03-31"))
    assert window.findChild(QAction, "saveCopy") is not None
    dest = tmp_path / "copy" / "控え.gijiroku"
    dest.parent.mkdir()
    window.save_copy_to(dest)
    copy = Workbench(dest)
    try:
        doc = minutes_id(copy)
        assert sum(t.text.startswith("（訂正）") for t in copy.turns(copy.turn_ids(doc))) == 5
        assert [(r.item.owner, r.item.due) for r in copy.action_rows()] == [("情報政策課", "2024-03-31")]
    finally:
        copy.close()
    window.error_box = None
    window.save_copy_to(dest)  # never over an existing file
    assert "上書きはしません" in shown(window)


@pytest.fixture(autouse=True)
def _no_leftover_hook():  # type: ignore[no-untyped-def]
    hook = sys.excepthook
    yield
    sys.excepthook = hook
