"""Widget tests: offscreen Qt, a real Workbench on tmp_path built from the fixtures' gold."""
from __future__ import annotations

import os
from typing import Any

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before any Qt import

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.api import Workbench
from app.qt.settings import WindowSettings
from tests.conftest import gold_document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
COUNCIL, SENDAI_PUBCOM, SHINAGAWA = "sendai-ict-council-2016", "sendai-dx-pubcom-2024", "shinagawa-dx-pubcom-2025"


@pytest.fixture(autouse=True)
def _undo_stacks_emptied_after_each_test(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every bridge a test made has its undo stack emptied when the test ends. A stack's
    commands are C++ objects owned by the stack whose Python side refers back to the bridge;
    left to the garbage collector, that cycle is torn down in an order Qt does not survive
    (a segmentation fault in a later test's collection)."""
    import weakref

    from app.qt.bridge import WorkbenchBridge

    made: list[weakref.ref[WorkbenchBridge]] = []
    original = WorkbenchBridge.__init__

    def recording(self: WorkbenchBridge, *args: object, **kwargs: object) -> None:
        original(self, *args, **kwargs)  # type: ignore[arg-type]
        made.append(weakref.ref(self))

    monkeypatch.setattr(WorkbenchBridge, "__init__", recording)
    yield
    for ref in made:
        bridge = ref()
        if bridge is not None:
            try:
                bridge.stack.clear()
            except RuntimeError:  # its C++ side is already gone
                pass


@pytest.fixture
def settings(tmp_path: Path) -> WindowSettings:
    return WindowSettings(tmp_path / "settings.ini")


@pytest.fixture
def gold_bench(tmp_path: Path) -> Iterator[Workbench]:
    """The council minutes and both comment tables, stored from their gold parses."""
    bench = Workbench(tmp_path / "ws.gijiroku")
    for folder in (COUNCIL, SENDAI_PUBCOM, SHINAGAWA):
        bench.store_document(gold_document(folder))
    yield bench
    bench.close()


def shown_window(qtbot: Any, bench: Workbench, settings: WindowSettings) -> Any:
    """The main window on ``bench``, shown and exposed (closed by qtbot at the test's end)."""
    from widgets.main_window import MainWindow

    w = MainWindow(bench, settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def window(qtbot, gold_bench: Workbench, settings: WindowSettings):  # type: ignore[no-untyped-def]
    return shown_window(qtbot, gold_bench, settings)


def minutes_id(bench: Workbench) -> int:
    return next(d.id for d in bench.documents() if d.kind == "minutes")


def table_id(bench: Workbench, folder: str = SENDAI_PUBCOM) -> int:
    return next(d.id for d in bench.documents() if d.kind == "comments" and folder in d.path)


@pytest.fixture(autouse=True)
def settled_workers(qapp):  # type: ignore[no-untyped-def]
    """Each test starts with no worker of an earlier test still running or queued (two
    pool threads only: a leftover suggestion or keyword job delayed the next test's export).
    Widgets are left to qtbot: closing them here as well crashed the garbage collector."""
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    yield
    QThreadPool.globalInstance().waitForDone(60_000)
    QApplication.processEvents()
