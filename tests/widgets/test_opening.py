"""Opening a workspace from an earlier version: the window brings it up to date in a worker
(a busy dialog if that takes long) and then shows it; a file that is no workspace is an
error message, and the workspace already open stays."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QProgressDialog

from app.api import Workbench
from app.qt import opening
from app.services.search import SearchFilter
from tests.conftest import downgrade_to_version_3, gold_document
from tests.widgets.conftest import COUNCIL


def old_workspace(path: Path) -> int:
    bench = Workbench(path)
    bench.store_document(gold_document(COUNCIL))
    return downgrade_to_version_3(bench)


def test_window_opens_an_older_workspace_after_updating_it(window, qtbot, tmp_path: Path,
                                                           monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "old.gijiroku"
    rows = old_workspace(path)
    assert Workbench.needs_upgrade(path)
    seen: list[str] = []
    real_upgrade = opening._upgrade

    def slow_upgrade(p: Path) -> None:  # the dialog must show while the worker is still busy
        import time
        time.sleep(opening.UPGRADE_DIALOG_DELAY_MS / 1000 + 0.4)
        real_upgrade(p)

    def note_dialogs() -> None:
        seen.extend(w.labelText() for w in QApplication.topLevelWidgets()
                    if isinstance(w, QProgressDialog) and w.isVisible())

    monkeypatch.setattr(opening, "_upgrade", slow_upgrade)
    from PySide6.QtCore import QTimer
    timer = QTimer()
    timer.timeout.connect(note_dialogs)
    timer.start(100)
    window.open_workspace(path)
    timer.stop()
    bench = window.bridge.bench
    assert bench.path == path and not Workbench.needs_upgrade(path)
    assert any("old.gijiroku" in text for text in seen)
    assert len(bench.search("情報", None, None)) > 0
    assert bench.search("情報", SearchFilter(speaker="情報政策課長"), None)
    assert window.tree_model.rowCount() > 0 and rows > 0


def test_a_file_that_is_no_workspace_is_refused_and_the_open_one_stays(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    before = window.bridge.bench.path
    bad = tmp_path / "not-a-workspace.gijiroku"
    bad.write_bytes(b"this is not SQLite at all" * 100)
    assert not Workbench.needs_upgrade(bad)
    window.open_workspace(bad)
    assert window.bridge.bench.path == before
    assert "not-a-workspace.gijiroku" in window.error_box.text()
